"""unused-suppression: an inline suppression comment that silences nothing.

A stale comment (the problem was fixed or moved) could hide a future problem. Only the suppression
stage (`quoteguard.suppress.apply_suppressions`) sees the other rules' findings, so it reports this
rule, with the findings made here; the check itself has nothing to read and yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    """Nothing: `apply_suppressions` reports unused suppressions after the other rules have run."""
    return iter(())


RULE = define("unused-suppression", "warning", "An inline suppression comment silences nothing.", check)


def unknown_rule(rule_id: str, offset: int, severity: str) -> Finding:
    """A suppression that names a rule quoteguard does not have."""
    return RULE.finding(f"suppression names unknown rule {rule_id!r}; see `quoteguard rules`",
                        None, offset, offset + 1, severity)


def silences_nothing(kind: str, what: str, offset: int, severity: str) -> Finding:
    """A `kind` comment (disable, disable-next) for `what` (a rule id or every rule) that hid no finding."""
    return RULE.finding(f"`{kind}` for {what} silences nothing here; remove the comment", None, offset, offset + 1,
                        severity)
