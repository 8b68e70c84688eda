"""A content-addressed cache of Stanza analyses, so an unchanged draft costs nothing the second time.

The key hashes everything the analysis depends on: the text as written (offsets point into it, so
drafts differing only in invisible characters never share an entry), what was parsed (the focus or
every sentence), the pipeline's processors and keyword arguments, the model files (path, size,
mtime), the versions of stanza and quoteguard, and how the nlp stage mends the tokenizer's false
sentence breaks (`sentence_breaks`: its revision and word lists). Entries are compressed JSON (never
pickle: a cache directory may be shared) written to a temporary file and renamed, so concurrent runs only
ever see whole entries; an unreadable entry is treated as a miss and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from . import __version__
from .invisible import REVISION as INVISIBLE_REVISION
from .invisible import has_invisible
from .io import atomic_file
from .models import ModelSource, model_fingerprint
from .nlp import Analysis, Entity, Focus, Token, surface_words
from .sentence_breaks import key_part as breaks_key_part

FORMAT = 1  # bump when the stored shape changes
ENV_DIR = "QUOTEGUARD_CACHE_DIR"
_TOKEN_FIELDS = tuple(Token.__dataclass_fields__)


def default_cache_dir() -> str:
    """$QUOTEGUARD_CACHE_DIR, else $XDG_CACHE_HOME/quoteguard, else ~/.cache/quoteguard."""
    if os.environ.get(ENV_DIR):
        return os.environ[ENV_DIR]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "quoteguard")


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


class AnalysisCache:
    """Get and put analyses by key; all failures to read or write degrade to a cache miss."""

    def __init__(self, directory: str, source: ModelSource) -> None:
        self.directory = Path(directory)
        self._model_key = json.dumps(
            {"format": FORMAT, "quoteguard": __version__, "stanza": _package_version("stanza"),
             "breaks": breaks_key_part(),
             "directory": source.directory, "processors": list(source.processors),
             "kwargs": source.kwargs, "models": model_fingerprint(source)},
            sort_keys=True, default=str,
        )
        self.hits = 0
        self.misses = 0

    def key(self, text: str, focus: Focus | None) -> str:
        digest = hashlib.sha256()
        digest.update(self._model_key.encode())
        scope = "all" if focus is None else json.dumps(
            [list(map(list, focus.spans)), sorted(focus.cue_words), focus.neighbours,
             sorted(focus.chain_words), focus.reach])
        digest.update(b"\0" + scope.encode() + b"\0")
        if has_invisible(text):  # analysed without them since then: older entries must not answer
            digest.update(INVISIBLE_REVISION.encode() + b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json.z"

    def get(self, key: str, text: str) -> Analysis | None:
        try:
            raw = json.loads(zlib.decompress(self._path(key).read_bytes()))
            analysis = _from_dict(raw, text)
        except (OSError, ValueError, KeyError, TypeError, zlib.error):
            self.misses += 1
            return None
        self.hits += 1
        return analysis

    def put(self, key: str, analysis: Analysis) -> None:
        path = self._path(key)
        data = zlib.compress(json.dumps(_to_dict(analysis), separators=(",", ":")).encode(), 6)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_file(str(path), binary=True, durable=False) as handle:  # a lost entry is a miss
                handle.write(data)
        except OSError:
            pass  # a read-only or full cache directory slows the next run, it does not fail this one


def _to_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        "tokens": [[getattr(t, name) for name in _TOKEN_FIELDS] for t in analysis.tokens],
        "sentences": analysis.sentences,
        "entities": [asdict(e) for e in analysis.entities],
        "processors": sorted(analysis.processors),
        "parsed": None if analysis.parsed is None else sorted(analysis.parsed),
    }


def _from_dict(raw: dict[str, Any], text: str) -> Analysis:
    tokens = [Token(**dict(zip(_TOKEN_FIELDS, row, strict=True))) for row in raw["tokens"]]
    if tokens and tokens[-1].end > len(text):
        raise ValueError("entry does not fit the text")
    return surface_words(Analysis(  # (entries stored before multi-word tokens were spelt as written)
        text=text,
        tokens=tokens,
        sentences=[(a, b) for a, b in raw["sentences"]],
        entities=[Entity(**e) for e in raw["entities"]],
        processors=frozenset(raw["processors"]),
        parsed=None if raw["parsed"] is None else frozenset(raw["parsed"]),
    ))
