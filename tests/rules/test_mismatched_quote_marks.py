"""mismatched-quote-marks: a quote opened with one kind of mark and closed with another."""

from __future__ import annotations

from rule_cases import findings

from conftest import quote_with


def test_mismatched_quote_marks_rule(check):
    text = "“The vote is rigged,\" said Olga Petrenko, a lawyer at the Civic Rights Centre.\n"
    doc = check(text)
    found = findings(doc, "mismatched-quote-marks")
    assert len(found) == 1
    assert found[0]["severity"] == "warning"
    assert "“" in found[0]["message"] and '"' in found[0]["message"]
    assert found[0]["quote_id"] == quote_with(doc, "vote is rigged")["id"]
