"""Compare two versions of a draft: which quotes were added, removed, reworded or re-attributed,
and which findings a revision introduced or fixed.

Quotes are matched across versions by their normalised text (marks, dashes, case and spacing
folded) first, then by fuzzy similarity (rapidfuzz), so a quote whose wording changed is shown
as one reworded quote with a word diff rather than as one removal and one addition.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .engine import CheckResult
from .marks import DASH_CHARS, LOOSE_QUOTE_CHARS
from .report.json import to_json
from .sources import word_diff

MIN_SIMILARITY = 80.0  # fuzzy match threshold for "the same quote, reworded"


@dataclass(frozen=True)
class QuoteView:
    """One top-level quote of one version, as the diff shows it."""

    id: str
    text: str  # with its marks, as written
    inner: str
    kind: str
    line: int
    column: int
    speaker: str | None
    affiliation: str | None

    @property
    def key(self) -> str:
        return normalise(self.inner)

    def label(self) -> str:
        who = self.speaker or "no speaker"
        return f"{who} ({self.affiliation})" if self.speaker and self.affiliation else who


@dataclass(frozen=True)
class QuotePair:
    old: QuoteView | None
    new: QuoteView | None
    similarity: float = 100.0
    diff: str | None = None  # word diff old → new when the wording changed

    @property
    def status(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if self.reworded or self.speaker_changed or self.affiliation_changed:
            return "changed"
        return "unchanged"

    @property
    def reworded(self) -> bool:
        return self.old is not None and self.new is not None and self.old.key != self.new.key

    @property
    def speaker_changed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.speaker != self.new.speaker

    @property
    def affiliation_changed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.affiliation != self.new.affiliation


@dataclass(frozen=True)
class FindingChange:
    status: str  # introduced | fixed
    rule: str
    severity: str
    message: str
    line: int
    column: int


@dataclass
class DraftDiff:
    old_path: str
    new_path: str
    pairs: list[QuotePair] = field(default_factory=list)
    findings: list[FindingChange] = field(default_factory=list)

    def of(self, status: str) -> list[QuotePair]:
        return [p for p in self.pairs if p.status == status]


_FOLD = str.maketrans({**{c: '"' for c in LOOSE_QUOTE_CHARS}, **{c: "-" for c in DASH_CHARS}})


def normalise(text: str) -> str:
    """Quote text for matching: folded marks and dashes, lower case, single spaces, no edge punctuation."""
    return " ".join(text.translate(_FOLD).lower().split()).strip(" .,;:!?\"'-")


def views(result: CheckResult) -> list[QuoteView]:
    out = []
    for q in result.quotes:
        if q.depth:
            continue
        found = result.attribution.attributions.get(q.id)
        speaker = affiliation = None
        if found is not None and found.speaker_id is not None:
            speaker = result.attribution.speakers[found.speaker_id].name
            profile = result.profiles.get(found.speaker_id)
            affiliation = profile.affiliation.name if profile and profile.affiliation else None
        line, column = result.doc.line_col(q.start)
        out.append(QuoteView(q.id, result.doc.text[q.start:q.end], result.doc.text[q.inner_start:q.inner_end],
                             q.kind, line, column, speaker, affiliation))
    return out


def match_quotes(old: list[QuoteView], new: list[QuoteView]) -> list[QuotePair]:
    """Pairs in new-version order (removed quotes after), matched by normalised text, then fuzzily."""
    pairs: dict[int, QuotePair] = {}  # index in `new` -> pair
    free_old = list(range(len(old)))
    for j, quote in enumerate(new):
        i = next((i for i in free_old if old[i].key == quote.key), None)
        if i is not None:
            free_old.remove(i)
            pairs[j] = QuotePair(old[i], quote)
    scored = sorted(((fuzz.ratio(old[i].key, new[j].key), i, j) for i in free_old for j in range(len(new))
                     if j not in pairs), reverse=True)
    for score, i, j in scored:
        if score < MIN_SIMILARITY:
            break
        if i in free_old and j not in pairs:
            free_old.remove(i)
            diff, _ = word_diff(old[i].inner, new[j].inner)
            pairs[j] = QuotePair(old[i], new[j], round(score, 1), diff)
    ordered = [pairs.get(j, QuotePair(None, quote)) for j, quote in enumerate(new)]
    return ordered + [QuotePair(old[i], None) for i in free_old]


def _finding_keys(result: CheckResult, pair_of: dict[str, int]) -> Counter[tuple[str, str]]:
    keys: Counter[tuple[str, str]] = Counter()
    for f in result.findings:
        keys[_finding_key(f.rule, f.message, f.quote_id, pair_of)] += 1
    return keys


def _finding_key(rule: str, message: str, quote_id: str | None, pair_of: dict[str, int]) -> tuple[str, str]:
    if quote_id is not None and quote_id in pair_of:
        return rule, f"pair {pair_of[quote_id]}"
    return rule, re.sub(r"\d+", "#", message)


def diff_results(old: CheckResult, new: CheckResult) -> DraftDiff:
    """Quote and finding changes from `old` to `new`."""
    pairs = match_quotes(views(old), views(new))
    old_pair = {p.old.id: n for n, p in enumerate(pairs) if p.old}
    new_pair = {p.new.id: n for n, p in enumerate(pairs) if p.new}
    old_keys, new_keys = _finding_keys(old, old_pair), _finding_keys(new, new_pair)
    changes = []
    for status, result, pair_of, others in (("fixed", old, old_pair, Counter(new_keys)),
                                            ("introduced", new, new_pair, Counter(old_keys))):
        for f in result.findings:
            key = _finding_key(f.rule, f.message, f.quote_id, pair_of)
            if others[key] > 0:
                others[key] -= 1
                continue
            line, column = result.doc.line_col(f.start)
            changes.append(FindingChange(status, f.rule, f.severity, f.message, line, column))
    return DraftDiff(old.doc.path, new.doc.path, pairs, changes)


# -- views --------------------------------------------------------------------------------------------

def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_text(diff: DraftDiff) -> str:
    lines = [f"quoteguard diff {diff.old_path} → {diff.new_path}"]

    def section(title: str, items: list[str], count: int | None = None) -> None:
        lines.append(f"{title} ({len(items) if count is None else count}):" if items else f"{title}: none")
        lines.extend(items)

    section("unchanged quotes", [f"  = {p.old.line}:{p.old.column} → {p.new.line}:{p.new.column} {p.new.kind} "
                                 f"{_short(p.new.text)} — {p.new.label()}"
                                 for p in diff.of("unchanged") if p.old and p.new])
    reworded, reattributed = [], []
    for p in diff.of("changed"):
        assert p.old is not None and p.new is not None
        where = f"{p.old.line}:{p.old.column} → {p.new.line}:{p.new.column}"
        if p.reworded:
            reworded.append(f"  ~ {where} {_short(p.new.text)} — {p.new.label()} ({p.similarity:.0f}% similar)")
            reworded.append(f"      {p.diff or word_diff(p.old.inner, p.new.inner)[0]}")
        if p.speaker_changed or p.affiliation_changed:
            what = []
            if p.speaker_changed:
                what.append(f"speaker {p.old.speaker or 'none'} → {p.new.speaker or 'none'}")
            if p.affiliation_changed:
                what.append(f"affiliation {p.old.affiliation or 'none'} → {p.new.affiliation or 'none'}")
            reattributed.append(f"  ~ {where} {_short(p.new.text)}: {'; '.join(what)}")
    section("changed wording", reworded, len(reworded) // 2)
    section("changed speaker or affiliation", reattributed)
    section("removed quotes", [f"  - {p.old.line}:{p.old.column} {p.old.kind} {_short(p.old.text)} — {p.old.label()}"
                               for p in diff.of("removed") if p.old])
    section("added quotes", [f"  + {p.new.line}:{p.new.column} {p.new.kind} {_short(p.new.text)} — {p.new.label()}"
                             for p in diff.of("added") if p.new])
    for status, sign in (("introduced", "+"), ("fixed", "-")):
        section(f"findings {status}", [f"  {sign} {f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
                                       for f in diff.findings if f.status == status])
    counts = Counter(f.status for f in diff.findings)
    lines.append(
        f"{len(diff.of('unchanged'))} unchanged, {sum(p.reworded for p in diff.pairs)} reworded, "
        f"{sum(p.speaker_changed or p.affiliation_changed for p in diff.pairs)} re-attributed, "
        f"{len(diff.of('removed'))} removed, {len(diff.of('added'))} added; "
        f"findings: {counts['introduced']} introduced, {counts['fixed']} fixed"
    )
    return "\n".join(lines) + "\n"


def _quote_dict(view: QuoteView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {"id": view.id, "text": view.text, "kind": view.kind, "line": view.line, "column": view.column,
            "speaker": view.speaker, "affiliation": view.affiliation}


def to_dict(diff: DraftDiff) -> dict[str, Any]:
    return {
        "old": diff.old_path,
        "new": diff.new_path,
        "quotes": [{"status": p.status, "old": _quote_dict(p.old), "new": _quote_dict(p.new),
                    "reworded": p.reworded, "speaker_changed": p.speaker_changed,
                    "affiliation_changed": p.affiliation_changed, "similarity": p.similarity, "diff": p.diff}
                   for p in diff.pairs],
        "findings": [{"status": f.status, "rule": f.rule, "severity": f.severity, "message": f.message,
                      "line": f.line, "column": f.column} for f in diff.findings],
        "summary": {status: len(diff.of(status)) for status in ("unchanged", "changed", "removed", "added")}
        | {"findings_introduced": sum(f.status == "introduced" for f in diff.findings),
           "findings_fixed": sum(f.status == "fixed" for f in diff.findings)},
    }


def render_json(diff: DraftDiff) -> str:
    return to_json(to_dict(diff))


WRITERS: dict[str, Callable[[DraftDiff], str]] = {"text": render_text, "json": render_json}
