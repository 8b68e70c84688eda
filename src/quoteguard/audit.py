"""Audit an archive: many documents in, one JSON line per document and an aggregate summary out.

Corpora are JSONL files (one object per line with an id and a text field), Parquet files (the same
two columns) or directories of drafts. Documents are streamed, checked in batches and written in
input order, locally in `jobs` processes or on a Dask cluster (`scheduler`), where each worker
process loads the Stanza pipeline once and keeps it for every batch it is given.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

from .config import Config, expand_paths
from .io import InputError, document_from_text, read_document
from .knowledge import build_knowledge
from .models import locate_models
from .report.model import document_entry
from .runner import Failure, RunOptions, Task, Worker, make_worker, ordered_map, process_pool

TOP_SOURCES = 20


@dataclass(frozen=True)
class Record:
    """One document of a corpus: its id, where it came from, and its text or the file to read."""

    id: str
    origin: str  # file:line, file#row or the file's path
    text: str | None = None
    path: str | None = None
    problem: str | None = None  # the record could not be used (no text field, bad JSON line)


@dataclass(frozen=True)
class AuditSettings:
    """Everything a worker needs, in plain data, so it can travel to another machine."""

    models_dir: str | None
    cache_dir: str | None
    parse_all: bool
    knowledge: dict[str, Any] = field(default_factory=dict)
    max_bytes: int = 10 * 1024 * 1024
    jobs: int = 1


def read_corpus(paths: Iterable[str], config: Config, text_field: str = "text",
                id_field: str = "id") -> Iterator[Record]:
    """Records from every corpus path, lazily; an unusable corpus path raises InputError."""
    for path in paths:
        lower = path.lower()
        if lower.endswith((".jsonl", ".ndjson")):
            yield from _jsonl(path, text_field, id_field)
        elif lower.endswith(".parquet"):
            yield from _parquet(path, text_field, id_field)
        elif os.path.isdir(path):
            files, errors = expand_paths((path,), config)
            if errors:
                raise InputError(errors[0][1])
            for file in files:
                yield Record(id=os.path.relpath(file, path), origin=file, path=file)
        elif os.path.exists(path):
            yield Record(id=path, origin=path, path=path)
        else:
            raise InputError(f"{path}: no such file or directory")


def _jsonl(path: str, text_field: str, id_field: str) -> Iterator[Record]:
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                origin = f"{path}:{number}"
                try:
                    row = json.loads(line)
                except ValueError:
                    yield Record(id=origin, origin=origin, problem="not a JSON object")
                    continue
                yield _record(row if isinstance(row, dict) else {}, origin, text_field, id_field)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte offset {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _parquet(path: str, text_field: str, id_field: str) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("reading Parquet needs pyarrow: pip install 'quoteguard[audit]'") from None
    try:
        table = pq.ParquetFile(path)
        columns = [c for c in (id_field, text_field) if c in table.schema_arrow.names]
        number = 0
        for batch in table.iter_batches(batch_size=256, columns=columns):
            for row in batch.to_pylist():
                yield _record(row, f"{path}#{number}", text_field, id_field)
                number += 1
    except OSError as exc:
        raise InputError(f"{path}: cannot read as Parquet ({exc})") from None


def _record(row: dict[str, Any], origin: str, text_field: str, id_field: str) -> Record:
    ident = str(row.get(id_field)) if row.get(id_field) is not None else origin
    text = row.get(text_field)
    if not isinstance(text, str):
        return Record(id=ident, origin=origin, problem=f"no text in field {text_field!r}")
    return Record(id=ident, origin=origin, text=text)


# -- checking, in this process or in a worker -----------------------------------------------------

_LOCK = threading.Lock()  # a Dask worker may run tasks in threads; one pipeline, one at a time
_WORKERS: dict[str, Worker] = {}


def _worker_for(settings: AuditSettings) -> Worker:
    """This process's worker for these settings: models and knowledge loaded once, then reused."""
    key = json.dumps(asdict(settings), sort_keys=True)
    if key not in _WORKERS:
        options = RunOptions(locate_models(settings.models_dir), settings.cache_dir, settings.jobs,
                             settings.parse_all)
        _WORKERS[key] = make_worker(options, build_knowledge(settings.knowledge))
    return _WORKERS[key]


def audit_batch(records: list[Record], settings: AuditSettings) -> list[dict[str, Any]]:
    """Check a batch of records and return one result line each (errors become lines too)."""
    with _LOCK:
        worker = _worker_for(settings)
        return [_audit_one(record, worker, settings) for record in records]


def _audit_one(record: Record, worker: Worker, settings: AuditSettings) -> dict[str, Any]:
    line: dict[str, Any] = {"id": record.id, "origin": record.origin}
    if record.problem:
        return {**line, "error": record.problem}
    try:
        if record.path is not None:
            doc = read_document(record.path, max_bytes=settings.max_bytes)
        else:
            assert record.text is not None
            if not record.text.strip():
                return {**line, "error": "empty text"}
            doc = document_from_text(record.text, record.id)
    except InputError as exc:
        return {**line, "error": str(exc)}
    checked = worker.check(Task(doc))
    if isinstance(checked, Failure):
        return {**line, "error": checked.message}
    return {**line, **document_entry(checked)}


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def run_audit(records: Iterable[Record], settings: AuditSettings, scheduler: str | None = None,
              batch_size: int = 8) -> Iterator[dict[str, Any]]:
    """Result lines in input order: locally (jobs processes) or on the Dask cluster at `scheduler`."""
    batches = _batches(records, batch_size)
    if scheduler:
        try:
            from dask.distributed import Client
        except ImportError:
            raise InputError("--scheduler needs dask.distributed: pip install 'quoteguard[audit]'") from None
        with Client(scheduler) as client:
            window = 2 * max(1, sum(client.nthreads().values()))
            for lines in ordered_map(lambda batch: client.submit(audit_batch, batch, settings, pure=False),
                                     batches, window):
                yield from lines
        return
    if settings.jobs <= 1:
        for batch in batches:
            yield from audit_batch(batch, settings)
        return
    # Workers load their pipeline with their first batch.
    with process_pool(settings.jobs) as pool:
        for lines in ordered_map(lambda batch: pool.submit(audit_batch, batch, settings), batches,
                                 2 * settings.jobs):
            yield from lines


# -- the aggregate ----------------------------------------------------------------------------------

@dataclass
class Aggregate:
    """Running totals over result lines; `summary()` is the archive's figures."""

    documents: int = 0
    failed: int = 0
    speech_quotes: int = 0
    attributed: int = 0
    unnamed: int = 0
    findings: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    names: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, line: dict[str, Any]) -> None:
        self.documents += 1
        if "error" in line:
            self.failed += 1
            return
        self.speech_quotes += line["summary"]["speech_quotes"]
        self.attributed += line["summary"]["attributed"]
        self.findings.update(f["rule"] for f in line["findings"])
        for entry in line.get("sources", {}).get("entries", []):
            if entry["anonymous"]:
                self.unnamed += entry["quotes"]
            elif entry["quotes"]:
                self.sources[entry["id"]] += entry["quotes"]
                self.names.setdefault(entry["id"], {"name": entry["name"], "type": entry["type"],
                                                    "affiliation": entry["affiliation"]})

    def summary(self) -> dict[str, Any]:
        top = sorted(self.sources.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES]
        return {
            "documents": self.documents,
            "failed": self.failed,
            "speech_quotes": self.speech_quotes,
            "attributed": self.attributed,
            "unattributed_quote_rate": _rate(self.speech_quotes - self.attributed, self.speech_quotes),
            "unnamed_source_share": _rate(self.unnamed, self.attributed),
            "findings": dict(sorted(self.findings.items())),
            "top_sources": [{"id": key, **self.names[key], "quotes": count} for key, count in top],
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def render_summary(summary: dict[str, Any]) -> str:
    """The aggregate for a terminal."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{100 * value:.1f}%"

    lines = [
        f"{summary['documents']} documents ({summary['failed']} could not be checked), "
        f"{summary['speech_quotes']} speech quotes, {summary['attributed']} attributed",
        f"unattributed-quote rate: {pct(summary['unattributed_quote_rate'])}",
        f"unnamed-source share of attributed quotes: {pct(summary['unnamed_source_share'])}",
    ]
    if summary["top_sources"]:
        lines.append("top sources:")
        for entry in summary["top_sources"]:
            where = f" ({entry['affiliation']})" if entry.get("affiliation") else ""
            lines.append(f"  {entry['quotes']:5}  {entry['name']}{where}")
    if summary["findings"]:
        lines.append("findings: " + ", ".join(f"{rule} {n}" for rule, n in summary["findings"].items()))
    return "\n".join(lines) + "\n"


