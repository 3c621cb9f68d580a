"""Extraction: a read Document -> its sections and Items (goals ... indicators, risks, resources).

Stages, each in its own module: structure (labels, section tree), tables (indicator
matrices, item tables), statements (structured and language-based items), targets
(measurable attributes), classify (input/output/outcome), metadata (period, region,
language), drafts (ids and parents).
"""

from __future__ import annotations

from pathlib import Path

from analysis.extract.drafts import Draft, assemble, drop_group_headings, settle_heading_statements
from analysis.extract.metadata import (
    detect_language,
    detect_period,
    detect_region,
    document_year,
    language_sample,
    section_languages,
)
from analysis.extract.statements import Sentence, StatementReader
from analysis.extract.structure import (
    build_sections,
    contents_blocks,
    contents_headings,
    item_roles,
    letter_lines,
    parse_label,
    structure_lexicon,
    summary_sections,
)
from analysis.extract.tables import CarriedBox, TableReader, under_figure_caption
from analysis.model import FOOTNOTE_STYLE, BlockKind, Document, Item, item_key
from analysis.nlp import NlpEngine

# A paragraph this long between two tables is text, not a caption: the tables are apart.
CAPTION_WORDS = 30
# Documents whose paragraphs are numbered provisions (decrees, legal-style programmes): at least
# this share of their paragraphs of PROVISION_WORDS words or more, and PROVISION_COUNT of them.
PROVISION_SHARE, PROVISION_WORDS, PROVISION_COUNT = 0.5, 8, 15


def numbered_provisions(blocks: list, language: str) -> bool:
    """Is every paragraph numbered ('17. The objective of the second phase ...')? Then numbering
    says nothing about what is an item."""
    kinds = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    paragraphs = [b for b in blocks if b.kind in kinds and len(b.text.split()) >= PROVISION_WORDS]
    numbered = sum(1 for b in paragraphs if parse_label(b.text, language, b.label).code)
    return numbered >= PROVISION_COUNT and numbered >= PROVISION_SHARE * len(paragraphs)


def extract_document(document: Document, engine: NlpEngine) -> list[Item]:
    """Fill the document's sections, period, region and language; return its items."""
    blocks = document.blocks
    language = engine.language
    document.language = document.language or detect_language(language_sample(blocks))
    contents = contents_blocks(blocks)
    blocks, from_contents = contents_headings(blocks, contents)
    notes = {i for i, b in enumerate(blocks) if b.style == FOOTNOTE_STYLE}
    skip = contents | notes | letter_lines(blocks)
    sections, owner = build_sections(document.id, blocks, language, skip, from_contents)
    document.sections = sections
    section_languages(sections, document.language)
    if document.period is None:
        document.period = detect_period(document.title, blocks, document.created)
    if document.region is None:
        document.region = detect_region(document.title, blocks, language)
    if not document.word_count:
        document.word_count = sum(len(b.text.split()) for b in blocks)

    roles = item_roles(sections, language)
    text_blocks = [i for i, b in enumerate(blocks) if b.kind != BlockKind.TABLE and b.text.strip()]
    sentences: dict[int, list[Sentence]] = {}
    for i, doc in zip(text_blocks, engine.sentences(blocks[i].text for i in text_blocks), strict=True):
        sentences[i] = [Sentence(s.text, engine.is_past(s)) for s in doc.sents]

    provisions = numbered_provisions(blocks, language)
    reader = StatementReader(language, document.period, provisions=provisions, title=document.title)
    year = document_year(blocks)
    # tables before the plan starts are history; without a stated period, before the cover's year
    tables = TableReader(language, document.period or ((year, year) if year else None))
    drafts: list[Draft] = []
    caption = structure_lexicon(language).figure_caption
    carried = CarriedBox()
    for i, block in enumerate(blocks):
        if i in contents or block.style == FOOTNOTE_STYLE:
            continue
        role = roles[owner[i]] if owner[i] >= 0 else None
        if block.kind == BlockKind.TABLE:
            if not under_figure_caption(blocks, i, caption):
                found = tables.drafts(block, i, role)
                for draft in found:  # a table's parents are its own rows: index them in the whole list
                    if draft.parent_draft is not None:
                        draft.parent_draft += len(drafts)
                drafts.extend(found)
                carried.table_ends(tables.trailing_kind, block.location.page)
            continue
        carried_draft = carried.draft(block, i, language)
        if carried_draft is not None:
            if carried_draft.text:
                drafts.append(carried_draft)
            continue
        if block.kind == BlockKind.HEADING or len(block.text.split()) > CAPTION_WORDS:
            tables.interrupt()
        if i in sentences:
            drafts.extend(reader.block_drafts(block, i, role, sentences[i]))
    drafts = drop_group_headings(drafts)
    drafts = settle_heading_statements(drafts, structure_lexicon(language).definition)
    reader.place_references(drafts)
    items = assemble(document.id, drafts, sections, owner)
    summaries = summary_sections(sections, language)
    for item, draft in zip(items, drafts, strict=True):
        section = owner[draft.block_index] if 0 <= draft.block_index < len(owner) else -1
        if section in summaries:
            item.extra["in_summary"] = True  # an executive summary restates the plan's items
    file_name = Path(document.path).name
    for item in items:
        item.key = item_key(file_name, item.kind, item.code, item.text)
    return items
