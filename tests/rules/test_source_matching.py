"""Matching a quote against source texts (quoteguard.sources): what counts as verbatim, and the word diff."""

from __future__ import annotations

import pytest
from rule_cases import SOURCES

from quoteguard.sources import match_quote, word_diff


@pytest.mark.parametrize("quote", [
    "We will not accept this deal,",  # final comma before `said` for the source's full stop
    "we will not accept this deal",  # case at the start
    "We will not  accept\nthis deal.",  # whitespace
    "It is a trap … everyone knows it.",  # marked cut
    "It is a trap ... everyone knows it",
    "It is a trap, and we know it - everyone knows it",  # dash style
    "[Putin] said he would come",  # bracketed insertion
    "[t]his deal",
    "Our partners in Moscow have been ‘very clear’ with us.",  # quote-mark style
    "It is a trap (sic), and we know it",
])
def test_verbatim_quotes_pass(quote):
    assert match_quote(quote, SOURCES).status == "verbatim"


def test_misquote_shows_closest_passage_and_word_diff():
    match = match_quote("We will never accept this deal,", SOURCES)
    assert match.status == "misquote"
    assert match.source == "transcript.txt" and match.line == 2
    assert match.passage == "We will not accept this deal."
    assert match.changes == ("[-not-] {+never+}",)
    assert "We will [-not-] {+never+} accept this deal" in (match.diff or "")


def test_loose_match_is_never_a_pass():
    assert match_quote("We will accept this deal", SOURCES).status == "misquote"
    assert match_quote("It is a trap … nobody knows it", SOURCES).status == "misquote"


def test_unrelated_quote_is_missing():
    assert match_quote("The weather in Paris was lovely all week", SOURCES).status == "missing"


def test_word_diff():
    diff, changes = word_diff("the quick brown fox", "the slow brown fox jumps")
    assert diff == "the [-quick-] {+slow+} brown fox {+jumps+}"
    assert changes == ("[-quick-] {+slow+}", "{+jumps+}")
