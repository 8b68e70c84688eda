"""The report model: a JSON document checked against the packaged JSON Schema, which every writer renders.

`build_report` turns check results into plain dicts (stable key order, no timestamps, so the
same input gives the same bytes), validated before any writer sees them. Beside the contract the
model carries each draft's layout (its analysed text and paragraphs), which only the HTML page draws.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from .. import __version__
from ..engine import CheckResult
from ..model import SEVERITIES, Finding, Quote, is_speech
from ..plural import counted

SCHEMA_VERSION = "1.0"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("quoteguard").joinpath("schemas").joinpath("report.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the report breaks the contract."""
    jsonschema.Draft202012Validator(schema()).validate(report)


def _source_span(result: CheckResult, start: int, end: int) -> tuple[int, int]:
    doc = result.doc
    src_start = doc.to_source(start)
    src_end = doc.to_source(end - 1) + 1 if end > start else src_start
    return src_start, src_end


def document_report(result: CheckResult) -> dict[str, Any]:
    doc = result.doc
    block_quotes = set(doc.block_quotes)
    counts: dict[str, int] = {}  # speaker id -> quotes attributed to them
    quotes = [_quote_entry(result, q, q.start in block_quotes, counts) for q in result.quotes]
    spans = quote_spans(result)
    findings = [_finding_entry(result, f, spans) for f in result.findings]
    return {"path": doc.path, "format": doc.format, "quotes": quotes, "findings": findings,
            "speakers": _speaker_entries(result, counts), "summary": _summary([quotes], [findings])}


def _quote_entry(result: CheckResult, q: Quote, block: bool, counts: dict[str, int]) -> dict[str, Any]:
    """One quote with its speaker and affiliation; counts the quote for its speaker."""
    doc = result.doc
    found = result.attribution.attributions.get(q.id)
    speaker = affiliation = None
    if found is not None and found.speaker_id is not None:
        entity = result.attribution.speakers[found.speaker_id]
        profile = result.profiles.get(entity.id)
        counts[entity.id] = counts.get(entity.id, 0) + 1
        speaker = {
            "id": entity.id,
            "name": entity.name,
            "mention": found.mention.text if found.mention else entity.name,
            "anonymous": entity.anonymous,
            "type": entity.kind,
            "title": profile.title if profile else None,
            "party": profile.party.name if profile and profile.party else None,
        }
        if profile and profile.affiliation:
            aff = profile.affiliation
            affiliation = {"name": aff.name, "short": aff.short, "title": aff.title,
                           "country": aff.country, "source": aff.source}
    start, end = _source_span(result, q.start, q.end)
    line, column = doc.line_col(q.start)
    return {
        "id": q.id,
        "text": doc.source[start:end],
        "start": start,
        "end": end,
        "line": line,
        "column": column,
        "kind": q.kind,
        "speech": is_speech(q.kind),
        "speaker": speaker,
        "affiliation": affiliation,
        "cue": found.cue if found else None,
        "via": found.via if found else None,
        "sieve": found.sieve if found else None,
        "confidence": found.confidence if found else None,
        "paragraph": q.paragraph + 1,
        "open_mark": q.open_mark,
        "close_mark": q.close_mark,
        "mismatched": q.mismatched,
        "block": block,
        "parent": q.parent,
        "continued_from": q.continued_from,
        "continues": q.continues,
    }


def _finding_entry(result: CheckResult, f: Finding, spans: dict[str, tuple[int, int]]) -> dict[str, Any]:
    start, end = _source_span(result, f.start, f.end)
    line, column = result.doc.line_col(f.start)
    end_line, end_column = result.doc.line_col(max(f.start, f.end - 1))
    return {"rule": f.rule, "severity": f.severity, "message": f.message, "quote_id": f.quote_id,
            "line": line, "column": column, "start": start, "end": end,
            "end_line": end_line, "end_column": end_column + 1,
            "fingerprint": finding_fingerprint(result, f, spans)}


def _speaker_entries(result: CheckResult, counts: dict[str, int]) -> list[dict[str, Any]]:
    """The quoted speakers, most quoted first."""
    speakers = result.attribution.speakers
    entries = []
    for sid in sorted(counts, key=lambda s: (-counts[s], speakers[s].name)):
        entity = speakers[sid]
        profile = result.profiles.get(sid)
        entries.append({
            "id": sid, "name": entity.name, "type": entity.kind, "anonymous": entity.anonymous,
            "title": profile.title if profile else None,
            "affiliation": profile.affiliation.name if profile and profile.affiliation else None,
            "party": profile.party.name if profile and profile.party else None,
            "quotes": counts[sid],
        })
    return entries


def quote_spans(result: CheckResult) -> dict[str, tuple[int, int]]:
    """Quote id -> (start, end) in Document.text, for fingerprinting many findings."""
    spans: dict[str, tuple[int, int]] = {}
    for q in result.quotes:
        spans.setdefault(q.id, (q.start, q.end))
    return spans


def normalise_quote(text: str) -> str:
    """Quote text reduced to lower-case words: marks, markup, case and spacing do not matter."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def fingerprint(rule: str, text: str) -> str:
    """A stable key for a finding: its rule and the normalised text of its quote (or span)."""
    return hashlib.sha256(f"{rule}\n{normalise_quote(text)}".encode()).hexdigest()[:20]


def finding_fingerprint(result: CheckResult, finding: Finding,
                        spans: dict[str, tuple[int, int]] | None = None) -> str:
    """The finding's rule + its quote's normalised text (or its own span's, or its message).

    `spans` (quote id -> start, end) spares a search of every quote per finding; see `quote_spans`.
    """
    spans = spans if spans is not None else quote_spans(result)
    span = spans.get(finding.quote_id or "", (finding.start, finding.end))
    text = result.doc.text[span[0]:span[1]]
    if finding.rule == "unused-suppression" or not normalise_quote(text):
        text = finding.message
    return fingerprint(finding.rule, text)


def _summary(quote_lists: list[list[dict]], finding_lists: list[list[dict]]) -> dict[str, int]:
    quotes = [q for ql in quote_lists for q in ql]
    findings = [f for fl in finding_lists for f in fl]
    speech = [q for q in quotes if q["speech"]]
    return {
        "quotes": len(quotes),
        "speech_quotes": len(speech),
        "attributed": sum(1 for q in speech if q["speaker"] is not None and q["speaker"]["type"] != "pronoun"),
        **{level + "s": sum(1 for f in findings if f["severity"] == level) for level in SEVERITIES},
    }


def _with_sources(report: dict[str, Any], result: CheckResult) -> dict[str, Any]:
    """The document's sources section: each source with its counts, and where it is cited indirectly."""
    summary = result.sourcing
    if summary is None:
        return report
    indirect = []
    for item in summary.indirect:
        start, end = _source_span(result, item.start, item.end)
        line, column = result.doc.line_col(item.start)
        indirect.append({"source_id": item.source_id, "cue": item.cue, "text": result.doc.source[start:end],
                         "line": line, "column": column, "start": start, "end": end})
    report["sources"] = {
        "entries": [{"id": e.id, "name": e.name, "type": e.type, "anonymous": e.anonymous, "title": e.title,
                     "affiliation": e.affiliation, "quotes": e.quotes, "indirect": e.indirect}
                    for e in summary.entries],
        "indirect": indirect,
        "named": summary.named,
        "unnamed": summary.unnamed,
        "named_share": summary.named_share,
    }
    return report


def document_entry(result: CheckResult) -> dict[str, Any]:
    """One document as the report (and each line of an audit) shows it."""
    return _with_sources(document_report(result), result)


@dataclass(frozen=True)
class DraftLayout:
    """Where a draft's quotes and findings sit in its analysed text (`Document.text`, not the source:
    Markdown, HTML and DOCX differ), which the HTML page draws and the JSON contract does not carry."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each paragraph in text
    quotes: tuple[tuple[str, int, int], ...]  # (quote id, start, end) in text, in the report's quote order
    finding_paragraphs: tuple[int | None, ...]  # each finding's paragraph index; None when in none


class Report(dict[str, Any]):
    """The report: this dict is the JSON contract (what the json, text, sarif and github writers
    read); `layouts` holds one `DraftLayout` per document, in the same order, for the HTML page."""

    def __init__(self, contract: dict[str, Any], layouts: list[DraftLayout]) -> None:
        super().__init__(contract)
        self.layouts = layouts


def draft_layout(result: CheckResult) -> DraftLayout:
    doc = result.doc
    paragraphs = tuple((p.start, p.end) for p in doc.paragraphs)
    finding_paragraphs = tuple(
        next((i for i, (start, end) in enumerate(paragraphs) if start <= f.start < max(end, start + 1)), None)
        for f in result.findings)
    return DraftLayout(doc.text, paragraphs, tuple((q.id, q.start, q.end) for q in result.quotes),
                       finding_paragraphs)


def severity_counts(summary: dict[str, int]) -> str:
    """`2 errors, 1 warning, 0 infos` from a report or document summary."""
    return ", ".join(counted(summary[level + "s"], level) for level in SEVERITIES)


def build_report(results: list[CheckResult], errors: list[tuple[str, str]], processors: tuple[str, ...]) -> Report:
    documents = [document_entry(r) for r in results]
    summary = _summary([d["quotes"] for d in documents], [d["findings"] for d in documents])
    report = {
        "tool": {"name": "quoteguard", "version": __version__},
        "schema_version": SCHEMA_VERSION,
        "models": {"processors": list(processors)},
        "documents": documents,
        "errors": [{"path": p, "message": m} for p, m in errors],
        "summary": {"documents": len(documents), **summary, "suppressed": sum(r.suppressed for r in results)},
    }
    validate(report)
    return Report(report, [draft_layout(r) for r in results])
