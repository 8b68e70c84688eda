"""Someone's statement, memo or letter as the source: the phrase is its owner."""

from __future__ import annotations

from conftest import sieve_source


def test_a_possessed_memo_before_a_colon_is_its_owners(pipeline, kb):
    text = "Crews were told to wait. Ann Roe's latest memo: \"Crossings resume at dawn, weather permitting.\""
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe's")


def test_a_possessed_letter_that_warns_is_its_owners(pipeline, kb):
    text = ("Repairs stalled over the summer. The harbor board's letter warns "
            "\"the north pier cannot take another winter.\"")
    assert sieve_source(pipeline, kb, text) == ("before", "The harbor board's")


def test_a_possessed_person_noun_keeps_the_whole_phrase(pipeline, kb):
    # A spokesman is someone, not something said: the phrase stays whole.
    text = "The campaign's spokesman said the fees were \"far too high.\""
    assert sieve_source(pipeline, kb, text) == ("before", "The campaign's spokesman")
