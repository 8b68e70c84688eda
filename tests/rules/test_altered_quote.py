"""altered-quote: cuts, [insertions] and (sic) inside a quote."""

from __future__ import annotations

from rule_cases import findings

from conftest import rules_of


def test_altered_quote_lists_cut_insertion_and_sic(check):
    doc = check("“We will … support [Iran] fully (sic),” said Deputy Foreign Minister Sergei Ryabkov.\n")
    [finding] = findings(doc, "altered-quote")
    assert finding["severity"] == "info"
    assert "cut" in finding["message"] and "[Iran]" in finding["message"] and "(sic)" in finding["message"]


def test_unaltered_quote_passes(check):
    doc = check("“We will support Iran fully,” said Deputy Foreign Minister Sergei Ryabkov.\n")
    assert "altered-quote" not in rules_of(doc)
