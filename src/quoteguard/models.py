"""Stanza models: where they are (option, environment, default), what they hold, one pipeline per process.

Looked for in order: `--models-dir`/config, `$STANZA_RESOURCES_DIR`, Stanza's default directory. A
directory may hold a `pipeline.json` manifest for models with non-default file names. Nothing is
downloaded while checking; `quoteguard models download` is the one call that fetches.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROCESSOR_ORDER = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
# What each processor needs before it (stanza's REQUIRES_DEFAULT).
PROCESSOR_NEEDS = {
    "tokenize": set(),
    "mwt": {"tokenize"},
    "pos": {"tokenize"},
    "lemma": {"tokenize"},
    "depparse": {"tokenize", "pos", "lemma"},
    "ner": {"tokenize"},
}
MANIFEST = "pipeline.json"

class ModelError(Exception):
    """No usable Stanza models; the message says how to get them."""


@dataclass(frozen=True)
class ModelSource:
    """Where models were found and the keyword arguments that build the pipeline."""

    directory: str
    found_by: str  # option | environment | default
    kwargs: dict[str, Any]
    processors: tuple[str, ...]


def candidate_dirs(explicit: str | None) -> list[tuple[str, str]]:
    """Model directories in the order they are tried: option, environment, stanza's default."""
    dirs = []
    if explicit:
        dirs.append((explicit, "option"))
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        dirs.append((env, "environment"))
    dirs.append((default_model_dir(), "default"))
    return dirs


def default_model_dir() -> str:
    """Stanza's own default, `stanza.resources.common.DEFAULT_MODEL_DIR` less the environment.

    Worked out from stanza's version file rather than imported: importing stanza pulls in torch
    (~2 s), and a run served from the analysis cache needs neither. A test keeps the two in step.
    """
    import importlib.util
    import re

    try:
        from platformdirs import user_cache_dir

        spec = importlib.util.find_spec("stanza")
        folder = next(iter(spec.submodule_search_locations or [])) if spec else None
        found = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]",
                          Path(folder, "_version.py").read_text(encoding="utf-8")) if folder else None
        if found:
            return str(Path(user_cache_dir("stanza", "StanfordNLP", found.group(1)), "resources"))
    except (ImportError, OSError, StopIteration):
        pass
    from stanza.resources.common import DEFAULT_MODEL_DIR  # the slow way, if stanza's layout changed

    return str(DEFAULT_MODEL_DIR)


def locate_models(explicit: str | None = None, lang: str = "en", only: tuple[str, ...] | None = None) -> ModelSource:
    """Find the first directory holding a usable pipeline; an explicit option never falls through."""
    tried = []
    for directory, how in candidate_dirs(explicit):
        source = _models_in(directory, how, lang, only)
        if source is not None:
            return source
        tried.append(directory)
        if how == "option":
            break
    raise ModelError(
        "no Stanza models found in " + ", ".join(tried) + "; run `quoteguard models download` "
        "or point --models-dir / STANZA_RESOURCES_DIR at a Stanza resources directory"
    )


def _models_in(directory: str, how: str, lang: str, only: tuple[str, ...] | None) -> ModelSource | None:
    root = Path(directory)
    manifest = root / MANIFEST
    if manifest.is_file():
        try:
            raw = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{manifest}: unreadable pipeline manifest ({exc})") from None
        kwargs = {k: v for k, v in raw.items() if not k.startswith("_")}
        for key, value in list(kwargs.items()):
            if key.endswith("_path") and isinstance(value, str) and not os.path.isabs(value):
                kwargs[key] = str(root / value)
        wanted = [p.strip() for p in str(kwargs.pop("processors", ",".join(PROCESSOR_ORDER))).split(",")]
        present = [p for p in wanted if _manifest_has(kwargs, p)]
        lang = kwargs.pop("lang", lang)
    else:
        if not (root / lang / "tokenize").is_dir():
            return None
        kwargs = {}
        present = [p for p in PROCESSOR_ORDER if any((root / lang / p).glob("*.pt"))]
    processors = _usable(present, only)
    if "tokenize" not in processors:
        return None
    kwargs = {k: v for k, v in kwargs.items() if k.split("_")[0] in processors or "_" not in k}
    kwargs["lang"] = lang
    return ModelSource(str(root), how, kwargs, processors)


def model_fingerprint(source: ModelSource) -> list[tuple[str, int, int]]:
    """Path, size and mtime of every model file the pipeline reads: changes when models change."""
    root = Path(source.directory)
    files = {root / MANIFEST, root / "resources.json"}
    files |= {Path(v) for v in source.kwargs.values() if isinstance(v, str) and os.path.isfile(v)}
    lang = str(source.kwargs.get("lang", "en"))
    for processor in source.processors:
        files |= set((root / lang / processor).glob("*.pt"))
    found = []
    for path in sorted(files):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def _manifest_has(kwargs: dict[str, Any], processor: str) -> bool:
    path = kwargs.get(f"{processor}_model_path")
    return path is None or Path(path).is_file()


def _usable(present: list[str], only: tuple[str, ...] | None) -> tuple[str, ...]:
    """Processors in dependency order, dropping any whose prerequisites are missing."""
    chosen: list[str] = []
    for name in PROCESSOR_ORDER:
        wanted = only is None or name in only or name in ("tokenize", "mwt")  # mwt is part of tokenizing
        if name in present and wanted and PROCESSOR_NEEDS[name] <= set(chosen):
            chosen.append(name)
    return tuple(chosen)


_PIPELINES: dict[tuple, Any] = {}


def configure_threads(jobs: int = 1) -> None:
    """Torch on a small machine: share the cores among worker processes, never oversubscribe.

    An explicit OMP_NUM_THREADS wins (a busy CI runner is often faster with 1: torch's threads
    spin while they wait for a core another process holds).
    """
    import torch

    explicit = os.environ.get("OMP_NUM_THREADS", "").strip()
    if explicit.isdigit() and int(explicit) > 0:
        threads = int(explicit)
    else:
        threads = max(1, (os.cpu_count() or 1) // max(1, jobs))
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def pipelines_loaded() -> int:
    """How many pipelines this process has built (one per model set: loads are never repeated)."""
    return len(_PIPELINES)


def load_pipeline(source: ModelSource, jobs: int = 1) -> Any:
    """Build the stanza.Pipeline once per process; later calls return the same object.

    `jobs` is the number of processes sharing the machine, each with its own pipeline.
    """
    key = (source.directory, source.processors, json.dumps(source.kwargs, sort_keys=True))
    if key in _PIPELINES:
        return _PIPELINES[key]
    try:
        import stanza
    except ImportError as exc:  # pragma: no cover
        raise ModelError(f"stanza is not installed ({exc}); pip install quoteguard") from None
    configure_threads(jobs)
    logging.getLogger("stanza").setLevel(logging.WARNING)
    kwargs = dict(source.kwargs)
    lang = kwargs.pop("lang", "en")
    try:
        pipeline = stanza.Pipeline(
            lang=lang,
            dir=source.directory,
            processors=",".join(source.processors),
            download_method=None,
            use_gpu=False,
            logging_level="WARN",
            **kwargs,
        )
    except Exception as exc:  # stanza raises many kinds; all mean the same to the user
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(
            f"could not load Stanza models from {source.directory}: {first}; "
            "run `quoteguard models download` or check --models-dir"
        ) from None
    _PIPELINES[key] = pipeline
    return pipeline


def download(directory: str | None, lang: str = "en") -> str:
    """Fetch the official models for `lang` into `directory` (stanza's default when None)."""
    import stanza

    target = directory or default_model_dir()
    stanza.download(lang, model_dir=target, processors=",".join(PROCESSOR_ORDER))
    return target
