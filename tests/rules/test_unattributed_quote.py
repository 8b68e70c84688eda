"""unattributed-quote: speech with no speaker, or a he/she that stands for no one named before it."""

from __future__ import annotations

import pytest
from rule_cases import DRAFT, findings

from conftest import position, quote_with, rules_of, speaker_name


@pytest.fixture(scope="module")
def doc(check):
    return check(DRAFT)


def test_unattributed_quote_is_an_error_at_the_opening_mark(doc):
    quote = quote_with(doc, "Nobody told us")
    found = findings(doc, "unattributed-quote")
    assert len(found) == 1
    finding = found[0]
    assert finding["severity"] == "error"
    assert finding["quote_id"] == quote["id"]
    assert (finding["line"], finding["column"]) == position(DRAFT, "“Nobody told us")
    assert DRAFT[finding["start"]] == "“"
    assert "Nobody told us" in finding["message"]


def test_scare_quotes_and_titles_are_not_unattributed(doc):
    for snippet in ("reforms", "Suvorov soldiers"):
        quote = quote_with(doc, snippet)
        assert quote["kind"] in ("scare", "title")
        assert not [f for f in doc["findings"] if f["quote_id"] == quote["id"]]


def test_a_she_with_no_one_named_before_keeps_her_quotes_and_is_flagged(check):
    doc = check(
        "The video opens on a quiet street at dusk.\n\n"
        "“Stay in the car,” she shouts. “Please stay in the car.”\n"
    )
    for snippet in ("Stay in the car", "Please stay"):
        quote = quote_with(doc, snippet)
        assert quote["speaker"]["type"] == "pronoun" and quote["speaker"]["name"] == "she"
    flagged = findings(doc, "unattributed-quote")
    assert len(flagged) == 2 and all("“she”" in f["message"] for f in flagged)
    assert doc["summary"]["attributed"] == 0
    assert doc["sources"]["entries"] == []


def test_she_said_after_only_a_man_is_not_his_quote(check):
    doc = check("“Talks must resume,” Mr. Owen Bracks said.\n\n“It is a trap,” she said.\n")
    assert speaker_name(doc, "It is a trap") == "she"
    assert any(f["rule"] == "unattributed-quote" and f["quote_id"] == quote_with(doc, "It is a trap")["id"]
               for f in doc["findings"])


def test_i_said_is_the_writer_not_an_unattributed_quote(check):
    doc = check("I met the mayor at noon. “You promised a park,” I said.\n")
    assert speaker_name(doc, "You promised") == "I"
    assert "unattributed-quote" not in rules_of(doc)
