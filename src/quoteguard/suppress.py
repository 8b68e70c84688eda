"""Inline suppressions: `<!-- quoteguard: disable|enable|disable-next [rule ...] -->` in Markdown and HTML.

`disable` silences the named rules (all rules when none is named) until a matching `enable` or
the end of the file; `disable-next` silences them in the next paragraph only. A suppression that
silences nothing is itself reported (`unused-suppression`), so stale comments do not pile up and
cannot hide a future problem. That rule's id, severity and messages are its own unit's
(`rules/unused_suppression.py`); this module decides when it fires.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formats.builder import Directive
from .io import Document
from .model import Finding
from .rules import RULES
from .rules import unused_suppression as unused

ALL = "*"


@dataclass
class _Region:
    directive: Directive
    rule: str  # a rule id or ALL
    start: int
    end: int
    used: int = 0


def _regions(doc: Document) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for d in sorted(doc.directives, key=lambda d: d.offset):
        targets = d.rules or (ALL,)
        if d.kind == "disable":
            for target in targets:
                region = _Region(d, target, d.offset, len(doc.text) + 1)
                regions.append(region)
                open_regions.append(region)
        elif d.kind == "enable":
            for region in list(open_regions):
                if not d.rules or region.rule in d.rules:
                    region.end = d.offset
                    open_regions.remove(region)
        else:  # disable-next: the first paragraph after the comment
            para = next((p for p in doc.paragraphs if p.start >= d.offset), None)
            for target in targets:
                start, end = (para.start, para.end) if para else (d.offset, d.offset)
                regions.append(_Region(d, target, start, end))
    return regions


def apply_suppressions(doc: Document, findings: list[Finding], severities: dict[str, str] | None = None
                       ) -> tuple[list[Finding], int]:
    """Findings with suppressed ones removed and unused suppressions added; also how many were silenced."""
    if not doc.directives:
        return findings, 0
    severities = severities or {}
    regions = _regions(doc)
    kept: list[Finding] = []
    silenced = 0
    for f in findings:
        hits = [r for r in regions if r.rule in (f.rule, ALL) and r.start <= f.start < r.end]
        for region in hits:
            region.used += 1
        if hits:
            silenced += 1
        else:
            kept.append(f)
    level = severities.get(unused.RULE.id, unused.RULE.severity)
    if level != "off":
        reported: set[tuple[int, str]] = set()
        for region in regions:
            key = (region.directive.offset, region.rule)
            if region.used or key in reported:
                continue
            reported.add(key)
            offset = region.directive.offset
            if region.rule != ALL and region.rule not in RULES:
                kept.append(unused.unknown_rule(region.rule, offset, level))
            elif severities.get(region.rule) != "off":  # a rule switched off here needs no suppression
                what = "every rule" if region.rule == ALL else region.rule
                kept.append(unused.silences_nothing(region.directive.kind, what, offset, level))
    kept.sort(key=lambda f: (f.start, f.rule, f.quote_id or ""))
    return kept, silenced
