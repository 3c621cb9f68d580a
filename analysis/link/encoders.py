"""Which sentence encoder reads which language, and its word-piece vectors (both optional).

all-MiniLM-L6-v2 (and its word pieces) was trained on English; the multilingual USE covers
Russian. Kazakh has none: characters and lemmas only (bench/link_sdg_kk.py).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis import embed
from analysis.link.word_vectors import StaticVectors

ENCODER_LANGUAGES: dict[str, Callable[[], object]] = {
    "en": embed.load_embedder,
    "ru": embed.load_multilingual_embedder,
}


def encoder_for(language: str = "en"):
    """The language's sentence encoder, or None (none for it, not installed, or broken)."""
    loader = ENCODER_LANGUAGES.get(language)
    if loader is None:
        return None
    try:
        return loader()
    except Exception:  # noqa: BLE001 - a broken model package means lexical linking, not a failed run
        return None


_STATIC: dict[int, tuple[object, StaticVectors | None]] = {}


def word_vectors_of(encoder) -> StaticVectors | None:
    """The encoder's word-piece vectors, one instance per encoder (it remembers each word's vector)."""
    if encoder is None:
        return None
    held = _STATIC.get(id(encoder))
    if held is None or held[0] is not encoder:
        table = getattr(encoder, "w", {}).get("embeddings.word_embeddings.weight")
        vectors = StaticVectors(table, encoder.tokenizer) if table is not None else None
        held = _STATIC[id(encoder)] = (encoder, vectors)
    return held[1]
