"""A cue whose clause runs to the colon that opens a quote says the quote, even inside a clause another cue
reports, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_the_cue_before_the_colon_speaks_not_the_reporter(pipeline, kb):
    text = ("As the band played on the quay Friday night, the Harbor Gazette's Tom Baker wrote, his daughter "
            "whispered to him: “They are playing our song.”")
    assert sieve_source(pipeline, kb, text) == ("before", "his daughter")


def test_a_reported_clause_without_a_colon_keeps_the_reporter(pipeline, kb):
    text = "Tom Baker said the ferry clerk will surely keep calling the new fees “a scandal.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Tom Baker")


def test_a_clause_the_reporter_takes_in_keeps_the_reporter(pipeline, kb):
    # `recalled that …` takes the clause in: the words come as the reporter tells them.
    text = "Ann Roe recalled that the skipper told her: “Keep the engine running until dawn.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")
