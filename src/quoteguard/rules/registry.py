"""Every rule, listed here in the order they run and are listed, and `run_rules` that runs them.

A rule exists only by being named in `RULES`: nothing registers itself when a module is imported.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Finding
from . import (
    altered_quote,
    ambiguous_pronoun_attribution,
    anonymous_source,
    first_reference_incomplete,
    inferred_attribution,
    loaded_attribution_verb,
    mismatched_quote_marks,
    name_inconsistency,
    quote_not_in_source,
    quotes_run_together,
    unattributed_quote,
    unbalanced_quote,
    unidentified_speaker,
    unused_suppression,
)
from .base import Rule, RuleInput

RULES: dict[str, Rule] = {rule.id: rule for rule in (
    unattributed_quote.RULE,
    anonymous_source.RULE,
    unbalanced_quote.RULE,
    mismatched_quote_marks.RULE,
    name_inconsistency.RULE,
    unidentified_speaker.RULE,
    quote_not_in_source.RULE,
    first_reference_incomplete.RULE,
    loaded_attribution_verb.RULE,
    altered_quote.RULE,
    ambiguous_pronoun_attribution.RULE,
    quotes_run_together.RULE,
    inferred_attribution.RULE,
    unused_suppression.RULE,
)}


def run_rules(data: RuleInput, severities: dict[str, str] | None = None) -> list[Finding]:
    """Every enabled rule's findings in draft order; `severities` maps rule id -> severity or 'off'.

    A rule may grade its own findings (anonymous-source); a configured severity overrides them all.
    """
    severities = severities or {}
    findings: list[Finding] = []
    for rule_id, spec in RULES.items():
        level = severities.get(rule_id)
        if level == "off":
            continue
        for finding in spec.check(data):
            findings.append(replace(finding, severity=level) if level else finding)
    return sorted(findings, key=lambda f: (f.start, f.rule, f.quote_id or ""))
