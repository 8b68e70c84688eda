"""anonymous-source: unnamed sources, graded (bare `a source` error, `sources` info, others warning)."""

from __future__ import annotations

import pytest
from rule_cases import DRAFT, findings

from conftest import quote_with, rules_of


def test_anonymous_source_is_a_warning_on_its_quote(check):
    doc = check(DRAFT)
    quote = quote_with(doc, "stay quiet")
    found = findings(doc, "anonymous-source")
    assert [f["quote_id"] for f in found] == [quote["id"]]
    assert found[0]["severity"] == "warning"
    assert "senior official" in found[0]["message"]


GRADES = {
    "bare source": ("“The deal is dead,” a source said.\n", "error"),
    "plural sources": ("“The deal is dead,” sources said.\n", "info"),
    "unnamed, no reason": ("“The deal is dead,” said a senior diplomat.\n", "warning"),
}


@pytest.mark.parametrize("case", sorted(GRADES))
def test_unnamed_sources_are_graded(check, case):
    text, severity = GRADES[case]
    [finding] = findings(check(text), "anonymous-source")
    assert finding["severity"] == severity


def test_unnamed_source_with_reason_is_not_flagged(check):
    doc = check("“The deal is dead,” said a senior diplomat, who spoke on condition of anonymity because the "
                "talks are confidential.\n")
    assert quote_with(doc, "The deal is dead")["speaker"]["anonymous"]
    assert "anonymous-source" not in rules_of(doc)


def test_configured_severity_overrides_the_grading(check):
    [finding] = findings(check("“The deal is dead,” a source said.\n", {"anonymous-source": "info"}),
                         "anonymous-source")
    assert finding["severity"] == "info"


@pytest.mark.parametrize(("text", "snippet", "head"), [
    ("“We will win,” a spokesman for Olaf Halvorsen said.\n", "We will win", "a spokesman for Olaf Halvorsen"),
    ("“The vote is rigged,” an aide to Senator Ana Mora said.\n", "vote is rigged", "an aide to Senator Ana Mora"),
])
def test_a_name_after_a_nameless_person_noun_is_not_the_speaker(check, text, snippet, head):
    """`a spokesman for X` is an unnamed source, not X; `Secretary of State X` is X."""
    doc = check(text)
    speaker = quote_with(doc, snippet)["speaker"]
    assert (speaker["type"], speaker["name"], speaker["anonymous"]) == ("unnamed", head, True)
    assert "anonymous-source" in rules_of(doc)
    titled = quote_with(check("“We will win,” said Secretary of State Ana Mora.\n"), "We will win")["speaker"]
    assert (titled["type"], titled["name"]) == ("person", "Ana Mora")
