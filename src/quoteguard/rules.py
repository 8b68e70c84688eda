"""Sourcing checks: one small rule per check, each with an id, a default severity and a message.

A rule reads the plain results of the earlier stages (`RuleInput`) and yields `Finding`s.
Severities can be changed, and rules switched off, from the config (`[tool.quoteguard.rules]`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from .affiliation import Profile
from .attribution import AttributionResult
from .io import Document
from .quotes import Quote, QuoteScan

SEVERITIES = ("error", "warning", "info")
SPEECH_KINDS = ("full", "partial")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    quote_id: str | None
    start: int  # offset in Document.text
    end: int


@dataclass
class RuleInput:
    doc: Document
    quotes: list[Quote]
    scan: QuoteScan
    attribution: AttributionResult
    profiles: dict[str, Profile]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    check: Callable[[RuleInput], Iterator[Finding]]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, summary: str):
    def register(func: Callable[[RuleInput], Iterator[Finding]]):
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func
    return register


def _excerpt(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@rule("unattributed-quote", "error", "A quotation in the draft has no speaker.")
def unattributed_quote(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.depth == 0 and q.kind in SPEECH_KINDS and q.id not in data.attribution.attributions:
            text = data.doc.text[q.start:q.end]
            yield Finding("unattributed-quote", "error",
                          f"quote {_excerpt(text)} has no speaker; say who said it (\"…,\" said NAME)",
                          q.id, q.start, q.end)


@rule("anonymous-source", "warning", "A quotation is attributed to an unnamed source.")
def anonymous_source(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        found = data.attribution.attributions.get(q.id)
        if found is None or found.speaker_id is None:
            continue
        speaker = data.attribution.speakers[found.speaker_id]
        if speaker.anonymous:
            yield Finding("anonymous-source", "warning",
                          f"quote attributed to an unnamed source ({speaker.name!r}); name the source, "
                          "or say why they cannot be named", q.id, q.start, q.end)


@rule("unbalanced-quote", "error", "A quotation mark has no partner.")
def unbalanced_quote(data: RuleInput) -> Iterator[Finding]:
    for problem in data.scan.problems:
        if problem.problem == "unclosed":
            message = f"opening {problem.mark} is never closed in its paragraph"
        else:
            message = f"closing {problem.mark} has no opening mark"
        quote_id = next((q.id for q in data.quotes if q.start == problem.offset), None)
        yield Finding("unbalanced-quote", "error", message, quote_id, problem.offset, problem.offset + 1)


@rule("mismatched-quote-marks", "warning", "A quotation opens with one kind of mark and closes with another.")
def mismatched_quote_marks(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.mismatched:
            yield Finding("mismatched-quote-marks", "warning",
                          f"quote opens with {q.open_mark} but closes with {q.close_mark}; use a matching pair",
                          q.id, q.end - 1, q.end)


@rule("name-inconsistency", "warning", "One person's name is spelled more than one way.")
def name_inconsistency(data: RuleInput) -> Iterator[Finding]:
    spellings: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        if not mention.name:
            continue
        surname = mention.name.split()[-1]
        offset = data.doc.text.find(surname, mention.start, mention.end)
        spellings.setdefault(surname, []).append(offset if offset >= 0 else mention.start)
    # Words the tagger did not see as names (Zeleneskyy) still count when they resemble a surname.
    surnames = list(spellings)
    for word, offset in data.attribution.proper_words:
        if word in spellings:
            if offset not in spellings[word]:
                spellings[word].append(offset)
        elif any(_same_name(word, s) for s in surnames):
            spellings[word] = [offset]
    yield from _spelling_findings(spellings, _same_name)
    # Given names: `Lydia Brennan` and `Lidia Brennan`.
    full: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        words = (mention.name or "").split()
        if len(words) >= 2:
            full.setdefault(" ".join(words), []).append(mention.start)
    yield from _spelling_findings(full, _same_given_name)


def _same_given_name(a: str, b: str) -> bool:
    (given_a, *_, surname_a), (given_b, *_, surname_b) = a.split(), b.split()
    return surname_a == surname_b and _same_name(given_a, given_b, threshold=75)


def _spelling_findings(spellings: dict[str, list[int]], same: Callable[[str, str], bool]) -> Iterator[Finding]:
    """One finding per group of spellings that `same` links together."""
    names = sorted(spellings, key=lambda n: min(spellings[n]))
    groups: list[list[str]] = []
    for name in names:
        if len(name) < 4 or not name[:1].isupper():
            continue
        home = next((g for g in groups if any(same(name, other) for other in g)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    for group in groups:
        if len(group) < 2:
            continue
        counts = Counter({n: len(spellings[n]) for n in group})
        usual = max(group, key=lambda n: (counts[n], -min(spellings[n])))
        others = [n for n in group if n != usual]
        listed = ", ".join(f"{n} ({counts[n]}×)" for n in [usual, *others])
        first_odd = min(min(spellings[n]) for n in others)
        yield Finding("name-inconsistency", "warning",
                      f"one name spelled {len(group)} ways: {listed}; check which spelling is right",
                      None, first_odd, first_odd + len(others[0]))


def _same_name(a: str, b: str, threshold: int = 85) -> bool:
    if a == b or a[0].lower() != b[0].lower() or min(len(a), len(b)) < 4:
        return False
    low_a, low_b = a.lower(), b.lower()
    if low_a.rstrip("s") == low_b.rstrip("s") or low_a.removesuffix("’s") == low_b.removesuffix("’s"):
        return False  # the Clintons, Clinton’s: one name, inflected
    return fuzz.ratio(a.lower(), b.lower()) >= threshold


@rule("unidentified-speaker", "warning", "A quoted person is never given a title or affiliation.")
def unidentified_speaker(data: RuleInput) -> Iterator[Finding]:
    reported: set[str] = set()
    for q in data.quotes:
        found = data.attribution.attributions.get(q.id)
        if found is None or found.speaker_id is None or found.speaker_id in reported:
            continue
        speaker = data.attribution.speakers[found.speaker_id]
        profile = data.profiles.get(found.speaker_id)
        if speaker.kind == "person" and (profile is None or not profile.identified):
            reported.add(found.speaker_id)
            yield Finding("unidentified-speaker", "warning",
                          f"{speaker.name} is quoted but never identified by title or affiliation; "
                          "say who they are on first reference", q.id, q.start, q.end)


def run_rules(data: RuleInput, severities: dict[str, str] | None = None) -> list[Finding]:
    """Every enabled rule's findings in draft order; `severities` maps rule id -> severity or 'off'."""
    severities = severities or {}
    findings: list[Finding] = []
    for rule_id, spec in RULES.items():
        level = severities.get(rule_id, spec.severity)
        if level == "off":
            continue
        for finding in spec.check(data):
            findings.append(replace(finding, severity=level))
    return sorted(findings, key=lambda f: (f.start, f.rule, f.quote_id or ""))
