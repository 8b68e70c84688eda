"""Run the stages in order on one document: nlp → quotes → attribution → affiliation → rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .affiliation import Profile, profiles
from .attribution import AttributionResult, attribute
from .io import Document
from .knowledge import Knowledge
from .nlp import Analysis, analyse
from .quotes import Quote, QuoteScan, classify, find_quotes
from .rules import Finding, RuleInput, run_rules
from .sources import SourceText
from .summary import SourcesSummary, summarise
from .suppress import apply_suppressions


@dataclass
class CheckResult:
    doc: Document
    analysis: Analysis
    scan: QuoteScan
    quotes: list[Quote]
    attribution: AttributionResult
    profiles: dict[str, Profile]
    findings: list[Finding]
    sourcing: SourcesSummary | None = None  # who the draft cites, quoted or not
    suppressed: int = 0  # findings silenced by inline comments or the baseline


def check_document(
    doc: Document, pipeline: Any, kb: Knowledge, severities: dict[str, str] | None = None,
    sources: list[SourceText] | None = None,
) -> CheckResult:
    """`sources` (transcripts, releases) switch on the verbatim check of every speech quote."""
    analysis = analyse(doc.text, pipeline)
    scan = find_quotes(doc)
    quotes = classify(doc, scan, analysis, kb)
    attribution = attribute(doc, analysis, quotes, kb)
    found = profiles(attribution.speakers, kb)
    findings = run_rules(RuleInput(doc, quotes, scan, attribution, found, analysis, kb, sources), severities)
    findings, silenced = apply_suppressions(doc, findings, severities)
    sourcing = summarise(doc, analysis, quotes, attribution, found, kb)
    return CheckResult(doc, analysis, scan, quotes, attribution, found, findings,
                       sourcing=sourcing, suppressed=silenced)
