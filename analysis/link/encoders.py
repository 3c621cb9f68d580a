"""Which sentence encoder reads which language, and its word-piece vectors (both optional).

all-MiniLM-L6-v2 (and its word pieces) was trained on English; the multilingual USE covers
Russian. Kazakh has none: characters and lemmas only (bench/link_sdg_kk.py).
"""

from __future__ import annotations

import importlib.util
import os

from analysis import embed
from analysis.link.word_vectors import StaticVectors

# language -> the loader in analysis/embed.py (looked up when called, so a test can replace it)
ENCODER_LANGUAGES: dict[str, str] = {"en": "load_embedder", "ru": "load_multilingual_embedder"}


# language -> name of the encoder the last linking in this process actually ran with (None: it
# ran without one). The links cache stores a run's links only when this is what its key assumed
# (`encoder_ran_as_installed`): links made while an installed encoder failed to load are lexical
# only, and must not be served to a later run in which it loads.
ENCODER_RAN: dict[str, str | None] = {}


def encoder_for(language: str = "en"):
    """The language's sentence encoder, or None (none for it, not installed, or broken)."""
    loader = ENCODER_LANGUAGES.get(language)
    if loader is None:
        return None
    try:
        encoder = getattr(embed, loader)()
    except Exception:  # noqa: BLE001 - a broken model package means lexical linking, not a failed run
        encoder = None
    ENCODER_RAN[language] = getattr(encoder, "name", type(encoder).__name__) if encoder is not None else None
    return encoder


def encoder_installed(language: str) -> bool:
    """An encoder for `language` is installed and not switched off (it may still fail to load)."""
    if os.environ.get("CONCORD_NO_EMBEDDINGS") or language not in ENCODER_LANGUAGES:
        return False
    if language == "en":
        return embed.model_dir() is not None
    return importlib.util.find_spec(embed.MULTILINGUAL_PACKAGE) is not None


def encoder_ran_as_installed(language: str) -> bool:
    """The last linking ran with an encoder exactly when one is installed (or never asked)."""
    if language not in ENCODER_RAN:
        return True
    return (ENCODER_RAN[language] is not None) == encoder_installed(language)


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
