"""quotes-run-together: a continuation quote after another person became the subject."""

from __future__ import annotations

from rule_cases import findings

from conftest import rules_of


def test_floating_quote_after_another_subject(check):
    doc = check("“Talks must resume,” said John Smith, a senior adviser at the Institute for Peace. "
                "Mary Jones rejected the plan. “It is a trap.”\n")
    [finding] = findings(doc, "quotes-run-together")
    assert finding["severity"] == "error" and "Mary Jones" in finding["message"]


def test_floating_quote_by_same_speaker_passes(check):
    doc = check("“Talks must resume,” said John Smith, a senior adviser at the Institute for Peace. "
                "Smith left early. “It is a trap.”\n")
    assert "quotes-run-together" not in rules_of(doc)
