"""Parse cache: a document's read blocks and extracted items, keyed by its content hash.

Re-running a check after editing one plan re-reads only that plan. The key covers the
file bytes, the NLP pipeline, the lexicons and the reading/extraction code (a planner's edit
to a cue list, or a new release, invalidates the cache) and the facts a planner set that
extraction depends on (period, region). Entries
are plain JSON under the user's cache folder; ids are stored with a placeholder and
re-numbered for the document's place in the current run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import stat
import time
from functools import lru_cache
from pathlib import Path

from analysis import embed
from analysis.files import write_bytes
from analysis.model import Document, Evidence, Item, Link, PipelineInfo
from analysis.resources import resources_dir
from analysis.version import app_version

CACHE_FORMAT = "concord.cache/4"  # 2: item terms from context-free lemmas; 3: typed link evidence; 4: problems as data
# Drafts change daily and every version is an entry: past this size the least recently used
# entries go (down to 80% of it), so the cache folder never grows without end.
CACHE_BUDGET_MB = 1024
_ENTRY_NAME = re.compile(r"(?:links-)?[0-9a-f]{32}\.json")
_TEMP_NAME = re.compile(r"\.(?:links-)?[0-9a-f]{32}\.json\.[0-9a-f]{8}\.tmp")  # analysis.files' temporary names
_PLACEHOLDER = "@doc"


def source_digest(files: list[Path]) -> str:
    """Hash of the app version and the given files, each with its path inside the package (a
    frozen bundle has no .py sources to hash: its version stands for its code)."""
    digest = hashlib.sha256(app_version().encode())
    code = Path(__file__).resolve().parent.parent
    for path in files:
        resolved = path.resolve()
        name = resolved.relative_to(code).as_posix() if resolved.is_relative_to(code) else path.name
        digest.update(name.encode("utf-8", "surrogatepass"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def _rules_fingerprint(lexicon_dir: str | None) -> str:
    """Hash of everything that decides what a file yields: lexicons, readers, extraction code."""
    code = Path(__file__).resolve().parent
    roots = [(resources_dir() / "lexicons", "*.json"), (code / "readers", "*.py"), (code / "extract", "*.py")]
    if lexicon_dir:
        roots.append((Path(lexicon_dir), "*.json"))
    return source_digest([path for root, pattern in roots for path in sorted(root.rglob(pattern))])


def linking_sources() -> list[Path]:
    """Every file whose change may change the links: each module of the linking package
    (whatever its files are called: a new or renamed module counts), the encoders, the NLP engine
    and the blend weights."""
    code = Path(__file__).resolve().parent
    files = [*sorted((code / "link").rglob("*.py")), code / "embed.py", code / "nlp.py"]
    files.append(resources_dir() / "linking.json")
    return [path for path in files if path.is_file()]


@lru_cache(maxsize=1)
def _linking_code_fingerprint() -> str:
    return source_digest(linking_sources())


def linking_fingerprint() -> str:
    """What decides the links besides the items: the linking code and which encoders are present."""
    folder = embed.model_dir()
    weights = ""
    if folder is not None:  # the weights themselves: a reinstalled model at the same path is another model
        try:
            weights = "|".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(folder.iterdir()))
        except OSError:
            weights = "unreadable"
    encoders = [
        str(folder),
        weights,
        str(importlib.util.find_spec(embed.MULTILINGUAL_PACKAGE) is not None),
        os.environ.get("CONCORD_NO_EMBEDDINGS", ""),
    ]
    return "|".join([_linking_code_fingerprint(), *encoders])


def file_hash(path: str | Path) -> str | None:
    """SHA-256 of a regular file's bytes; None for anything else (a named pipe would block, a
    device never ends) or a file that cannot be read. The pipeline calls it only after the
    readers' `check_file` has accepted the file's kind, type and size."""
    digest = hashlib.sha256()
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return digest.hexdigest()


class ParseCache:
    def __init__(self, directory: Path, pipeline: PipelineInfo, lexicon_dir: str | None = None) -> None:
        self.directory = directory
        self.lexicon_dir = lexicon_dir
        self.written = False  # an entry was written this run: time to check the budget
        self.salt = "|".join([CACHE_FORMAT, pipeline.name, pipeline.version, _rules_fingerprint(lexicon_dir)])

    def key(self, content_hash: str, period: tuple[int, int] | None, region: str | None, suffix: str = "") -> str:
        # keyed by the extension too: the same bytes under another name go to another reader
        # (a Word file renamed .pdf must be refused, not served from the .docx's cache entry)
        raw = f"{self.salt}|{suffix.lower()}|{content_hash}|{period}|{region}"
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def load(self, key: str, document: Document, terms: dict | None = None) -> tuple[Document, list[Item]] | None:
        """The cached parse, renumbered as `document` (its id, path and planner-set facts win).
        `terms`, when given, receives what linking knew of the item texts (text -> Terms lists)."""
        try:
            text = self._read(key).replace(f'"{_PLACEHOLDER}:', f'"{document.id}:')
            data = json.loads(text)
            if data.get("format") != CACHE_FORMAT:
                return None
            cached = Document.from_dict({**data["document"], "id": document.id})
            items = [Item.from_dict({**d, "document_id": document.id}) for d in data["items"]]
            if terms is not None:
                terms.update(data.get("terms") or {})
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a missing or damaged entry is just a miss
        cached.path, cached.level, cached.level_name = document.path, document.level, document.level_name
        cached.region = document.region or cached.region
        cached.period = document.period or cached.period
        for item in items:
            item.location.file = document.path
        for block in cached.blocks:
            block.location.file = document.path
        for section in cached.sections:
            section.document_id = document.id
            section.location.file = document.path
        return cached, items

    def store(self, key: str, document: Document, items: list[Item], terms: dict | None = None) -> None:
        """`terms`: the item texts as linking analysed them, so that a re-run needs no spaCy at all."""
        doc = document.to_dict()
        payload = {"format": CACHE_FORMAT, "document": doc, "items": [i.to_dict() for i in items]}
        if terms:
            payload["terms"] = terms
        self._write(key, json.dumps(payload, ensure_ascii=False).replace(f'"{document.id}:', f'"{_PLACEHOLDER}:'))

    # ---- links of a whole run: the same documents, levels and settings give the same links ----

    def links_key(self, documents: list[Document], parse_keys: dict[str, str | None], settings: str) -> str | None:
        """Key of a run's links: every document's parse key, id, level, region and status, the
        linking settings, code and encoders. None when a document has no parse key (unreadable
        bytes): such a run is linked afresh."""
        parts = [self.salt, linking_fingerprint(), settings]
        for d in documents:
            key = parse_keys.get(d.id)
            if key is None:
                return None
            parts.append(f"{d.id}|{key}|{d.level}|{d.level_name}|{d.region}|{d.status.value}|{d.language}")
        return "links-" + hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def load_links(self, key: str) -> tuple[list[Link], list[tuple[str, str, float, list[str]]]] | None:
        try:
            data = json.loads(self._read(key))
            if data.get("format") != CACHE_FORMAT:
                return None
            links = [
                Link(source_id=a, target_id=b, rank=r, score=s, evidence=[Evidence.from_dict(x) for x in e])
                for a, b, r, s, e in data["links"]
            ]
            pairs = [(a, b, s, list(t)) for a, b, s, t in data["same_level_pairs"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return links, pairs

    def store_links(self, key: str, links: list[Link], pairs: list[tuple[str, str, float, list[str]]]) -> None:
        """Scores kept unrounded: a re-run's checks see exactly the numbers of the first run."""
        payload = {
            "format": CACHE_FORMAT,
            "links": [
                [link.source_id, link.target_id, link.rank, float(link.score), [e.to_dict() for e in link.evidence]]
                for link in links
            ],
            "same_level_pairs": [list(p) for p in pairs],
        }
        self._write(key, json.dumps(payload, ensure_ascii=False))

    def _read(self, key: str) -> str:
        path = self._path(key)
        text = path.read_bytes().decode("utf-8", errors="surrogatepass")
        try:
            os.utime(path)  # used now: the last to go when the cache is pruned
        except OSError:
            pass
        return text

    def prune(self, budget_mb: float = CACHE_BUDGET_MB) -> int:
        """Delete the least recently used entries while the folder is over `budget_mb`, down to
        80% of it; returns how many went. Unreadable or vanishing files are skipped."""
        self._remove_stale_temp_files()
        entries = []
        for path in self.directory.glob("*/*.json"):
            if not _ENTRY_NAME.fullmatch(path.name):
                continue  # never a file Concord did not write (a shared folder as cache_dir)
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        if total <= budget_mb * 1_000_000:
            return 0
        removed = 0
        for _, size, path in sorted(entries):
            if total <= 0.8 * budget_mb * 1_000_000:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed

    def _remove_stale_temp_files(self, age_s: float = 3600) -> None:
        """An entry's temporary file left by a run that was killed (SIGKILL, power cut): removed
        once it is an hour old (a running write finishes in well under that)."""
        now = time.time()
        for path in self.directory.glob("*/.*.tmp"):
            if not _TEMP_NAME.fullmatch(path.name):
                continue
            try:
                if now - path.stat().st_mtime > age_s:
                    path.unlink()
            except OSError:
                continue

    def _write(self, key: str, text: str) -> None:
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)  # the cache's own folder: made as needed
            # surrogatepass: a file name that is not valid UTF-8 (Linux keeps its bytes as lone
            # surrogates) is stored and read back as it is, instead of failing the whole run
            write_bytes(target, text.encode("utf-8", "surrogatepass"))
            self.written = True
        except (OSError, UnicodeError):
            pass  # a read-only or full disk only costs speed
