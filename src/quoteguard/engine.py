"""Run the stages in order on one document: nlp → quotes → attribution → affiliation → rules."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from .affiliation import Profile, profiles
from .attribution import attribute, credited_as_speech
from .cache import AnalysisCache
from .grammar import SUBJECT_PRONOUNS
from .io import Document
from .knowledge import Knowledge
from .model import AttributionResult, Finding, Quote, QuoteScan
from .models import ModelSource, load_pipeline
from .nlp import Analysis, Focus, analyse
from .quotes import classify, find_quotes
from .rules import RuleInput, run_rules
from .sources import SourceText
from .summary import SourcesSummary, summarise
from .suppress import apply_suppressions


class Analyser:
    """Stanza analyses for any number of drafts in one process.

    The pipeline is loaded on first need (a run whose drafts are all cached never loads it) and
    only once; `cache` skips Stanza for text it has analysed before with the same models.
    """

    def __init__(self, source: ModelSource | None = None, pipeline: Any = None,
                 cache: AnalysisCache | None = None, jobs: int = 1) -> None:
        if source is None and pipeline is None:
            raise ValueError("an Analyser needs a model source or a loaded pipeline")
        self.source = source
        self._pipeline = pipeline
        self.cache = cache
        self.jobs = jobs
        # Wraps the one-time model load; a per-draft time limit stops its clock there (see runner).
        self.while_loading: Callable[[], AbstractContextManager[Any]] = nullcontext

    @property
    def loaded(self) -> bool:
        """Whether this analyser has needed Stanza yet (a fully cached run never does)."""
        return self._pipeline is not None

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            assert self.source is not None
            with self.while_loading():
                self._pipeline = load_pipeline(self.source, self.jobs)
        return self._pipeline

    def analyse(self, text: str, focus: Focus | None) -> Analysis:
        if self.cache is None:
            return analyse(text, self.pipeline, focus)
        key = self.cache.key(text, focus)
        found = self.cache.get(key, text)
        if found is None:
            found = analyse(text, self.pipeline, focus)
            self.cache.put(key, found)
        return found


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
    doc: Document, analyser: Analyser | Any, kb: Knowledge, severities: dict[str, str] | None = None,
    sources: list[SourceText] | None = None, parse_all: bool = False,
) -> CheckResult:
    """Check one draft. `analyser` may also be a loaded stanza.Pipeline.

    `sources` (transcripts, releases) switch on the verbatim check of every speech quote. Only
    the sentences attribution can read are parsed (see `focus`), unless `parse_all`.
    """
    if not isinstance(analyser, Analyser):
        analyser = Analyser(pipeline=analyser)
    scan = find_quotes(doc)
    analysis = analyser.analyse(doc.text, None if parse_all else focus(scan, kb))
    quotes = classify(doc, scan, analysis, kb)
    attribution = attribute(doc, analysis, quotes, kb)
    quotes = credited_as_speech(quotes, attribution)
    found = profiles(attribution.speakers, kb, attribution.persons, doc.text, analysis.entities, attribution.introduced)
    findings = run_rules(RuleInput(doc, quotes, scan, attribution, found, analysis, kb, sources), severities)
    findings, silenced = apply_suppressions(doc, findings, severities)
    sourcing = summarise(doc, analysis, quotes, attribution, found, kb)
    return CheckResult(doc, analysis, scan, quotes, attribution, found, findings,
                       sourcing=sourcing, suppressed=silenced)


def focus(scan: QuoteScan, kb: Knowledge) -> Focus:
    """The quotations, stray marks and speech cues: where attribution and the rules look."""
    spans = [(q.start, q.end) for q in scan.quotes]
    spans += [(p.offset, p.offset + len(p.mark)) for p in scan.problems]
    cues = set(kb.verb_forms) | kb.speech_nouns | {noun + "s" for noun in kb.speech_nouns}
    for phrase in kb.according:
        cues.add(max(phrase.split(), key=len))
    chain = frozenset(w for w, kind in kb.pronouns.items() if kind in ("male", "female") and w in SUBJECT_PRONOUNS)
    return Focus(spans=tuple(sorted(spans)), cue_words=frozenset(w.lower() for w in cues), chain_words=chain)
