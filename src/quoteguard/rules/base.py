"""What a rule is and what it reads.

A `Rule` holds everything said about one check in one place: its id, default severity and summary
(given in the rule's own file), its rationale with a flagged and a better example (data, in
data/rules.json), and the check function. A check reads the plain results of the earlier stages
(`RuleInput`) and yields `Finding`s made by `Rule.finding`, so the id and default severity are
never written twice.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..affiliation import Profile
from ..io import Document
from ..knowledge import Knowledge, default_knowledge, rule_explanations
from ..model import SEVERITIES, Attribution, AttributionResult, Finding, Quote, QuoteScan, Speaker, is_speech
from ..nlp import Analysis, Token
from ..sources import SourceText


@dataclass
class RuleInput:
    doc: Document
    quotes: list[Quote]
    scan: QuoteScan
    attribution: AttributionResult
    profiles: dict[str, Profile]
    analysis: Analysis | None = None  # tokens, POS and dependencies, for rules that read the sentence
    kb: Knowledge = field(default_factory=default_knowledge)
    sources: list[SourceText] | None = None  # texts given with --source; None switches the source check off
    # Built on first use: sorted, merged spans of the top-level quotes and the token starts, so that
    # "is this offset inside a quote" and "which tokens lie in this span" cost a bisect, not a scan
    # (a scan per token or per character was quadratic: minutes on a draft with 10,000 quotes).
    _quote_spans: tuple[list[int], list[int]] | None = field(default=None, init=False, repr=False)
    _token_starts: list[int] | None = field(default=None, init=False, repr=False)

    def speech_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.depth == 0 and is_speech(q.kind)]

    def attributed(self) -> Iterator[tuple[Quote, Attribution, Speaker]]:
        """Each quote that has a speaker, with its attribution and the speaker, in draft order."""
        for q in self.quotes:
            found = self.attribution.attributions.get(q.id)
            if found is not None and found.speaker_id is not None:
                yield q, found, self.attribution.speakers[found.speaker_id]

    def inside_quote(self, offset: int) -> bool:
        """True when `offset` lies in a top-level quote (marks included)."""
        starts, ends = self._spans()
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < ends[at]

    def blank_quotes(self, start: int, end: int) -> str:
        """doc.text[start:end] with every character inside a top-level quote turned into a space."""
        starts, ends = self._spans()
        chars = list(self.doc.text[start:end])
        at = max(0, bisect.bisect_right(starts, start) - 1)
        while at < len(starts) and starts[at] < end:
            for i in range(max(starts[at], start), min(ends[at], end)):
                chars[i - start] = " "
            at += 1
        return "".join(chars)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly within [start, end)."""
        if self.analysis is None:
            return []
        tokens = self.analysis.tokens
        if self._token_starts is None:
            self._token_starts = [tok.start for tok in tokens]
        found = []
        for index in range(bisect.bisect_left(self._token_starts, start), len(tokens)):
            tok = tokens[index]
            if tok.start > end:
                break
            if tok.end <= end:
                found.append(tok)
        return found

    def _spans(self) -> tuple[list[int], list[int]]:
        if self._quote_spans is None:
            starts: list[int] = []
            ends: list[int] = []
            for q_start, q_end in sorted((q.start, q.end) for q in self.quotes if q.depth == 0):
                if ends and q_start <= ends[-1]:
                    ends[-1] = max(ends[-1], q_end)
                else:
                    starts.append(q_start)
                    ends.append(q_end)
            self._quote_spans = (starts, ends)
        return self._quote_spans


Check = Callable[[RuleInput], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # the default; the config may change it or switch the rule off
    summary: str  # one line, for `quoteguard rules`, SARIF and the README's rules table
    rationale: str  # why the rule exists (data/rules.json)
    bad: str  # a draft it flags
    good: str  # a better one
    check: Check

    def finding(self, message: str, quote_id: str | None, start: int, end: int,
                severity: str | None = None) -> Finding:
        """A finding of this rule, at its default severity unless the rule grades it (`severity`)."""
        return Finding(self.id, severity or self.severity, message, quote_id, start, end)


def define(rule_id: str, severity: str, summary: str, check: Check) -> Rule:
    """The rule with its documentation from data/rules.json (the summary stands in for a missing rationale)."""
    if severity not in SEVERITIES:
        raise ValueError(f"{rule_id}: severity {severity!r} is not one of {SEVERITIES}")
    texts = rule_explanations().get(rule_id, {})
    return Rule(rule_id, severity, summary, texts.get("rationale", summary), texts.get("bad", ""),
                texts.get("good", ""), check)
