"""A relative clause quoting a work the subject put out: the producer speaks, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_a_work_the_subject_published_speaks_for_the_subject(pipeline, kb):
    text = "The ferry company published a leaflet last spring which promised “a seat for every passenger by July.”"
    assert sieve_source(pipeline, kb, text) == ("before", "The ferry company")


def test_things_merely_handed_out_keep_their_own_words(pipeline, kb):
    # Handing out flyers is no producing of them: the flyers say it.
    text = "The sailors handed out flyers that said, “Keep the pier open.”"
    assert sieve_source(pipeline, kb, text) == ("before", "that")
