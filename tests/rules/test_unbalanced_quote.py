"""unbalanced-quote: a mark with no partner, reported at the mark."""

from __future__ import annotations

from rule_cases import findings

from conftest import position


def test_unbalanced_quote_rule(check):
    text = "The minister said the budget was “final and then left the chamber.\nNobody asked why.”\n"
    doc = check(text)
    found = findings(doc, "unbalanced-quote")
    assert found and all(f["severity"] == "error" for f in found)
    columns = {(f["line"], f["column"]) for f in found}
    assert position(text, "“final") in columns
