"""name-inconsistency: one name spelled two ways; inflected forms and different people are not."""

from __future__ import annotations

from rule_cases import DRAFT, findings

from conftest import rules_of


def test_name_inconsistency_names_both_spellings(check):
    found = findings(check(DRAFT), "name-inconsistency")
    assert len(found) == 1
    assert "Brennan" in found[0]["message"] and "Brenan" in found[0]["message"]
    assert found[0]["severity"] == "warning"
    # It points at the odd spelling, not at the first mention.
    assert DRAFT[found[0]["start"]:found[0]["end"]] == "Brenan"


def test_name_inconsistency_ignores_possessives_plurals_and_different_people(check):
    doc = check(
        "“The school will reopen,” said Lydia Brennan, the mayor of Eastfield. Brennan’s office confirmed the date.\n"
        "“The Brennans have always supported us,” said Tom Marshall, a teacher at Eastfield School.\n"
        "“We agree,” said Anna Marsh, a spokeswoman for the Eastfield Parents Council.\n"
    )
    assert "name-inconsistency" not in rules_of(doc)
    assert len({q["speaker"]["id"] for q in doc["quotes"]}) == 3
