"""Every Qt model passes Qt's own model tester (QAbstractItemModelTester via qtmodeltester)."""

from __future__ import annotations

from analysis.model import ItemKind


def test_models_pass_qtmodeltester(analysed, qtmodeltester):
    window = analysed
    alignment = window.alignment_view
    item = next(i for i in alignment.matrix_model.rows if window.session.links_from.get(i.id))
    alignment.candidates_model.set_item(item.id)
    models = [
        window.documents_view.model,
        window.findings_view.model,
        window.findings_view.proxy,
        window.document_view.tree_model,
        window.document_view.tree_proxy,
        alignment.matrix_model,
        alignment.candidates_model,
        window.overview_view.model,
        window.overview_view.table.model(),
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=False)


def test_models_empty_before_analysis_pass_qtmodeltester(window, qtmodeltester):
    for model in (
        window.findings_view.model,
        window.document_view.tree_model,
        window.alignment_view.matrix_model,
        window.alignment_view.candidates_model,
        window.overview_view.model,
        window.documents_view.model,
    ):
        qtmodeltester.check(model, force_py=False)


def test_models_structure_tree_nests_document_section_objective_indicator(analysed):
    model = analysed.document_view.tree_model
    session = analysed.session
    indicator = next(
        i
        for i in session.result.items
        if i.kind == ItemKind.INDICATOR and i.parent_id and session.items[i.parent_id].document_id == i.document_id
    )
    index = model.index_of(indicator.id)
    chain = []
    while index.isValid():
        chain.append(model.node(index).kind if model.node(index).kind != "item" else model.node(index).item_kind)
        index = index.parent()
    assert chain[0] == ItemKind.INDICATOR and ItemKind.OBJECTIVE in chain
    assert chain[-1] == "document" and "section" in chain


def test_models_alignment_matrix_cells_follow_links(analysed):
    model = analysed.alignment_view.matrix_model
    session = analysed.session
    cells = 0
    for row, item in enumerate(model.rows):
        for link in session.links_from.get(item.id, []):
            column = model.column_of(link.target_id)
            assert column >= 0
            assert model.link_at(row, column) is link
            cells += 1
    assert cells > 0
