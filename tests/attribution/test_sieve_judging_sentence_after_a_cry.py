"""After a quote that ends on `!` or `?`, a new sentence whose judging verb has an object of its own is no tag of the
quote, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_a_sentence_praising_something_is_no_tag(pipeline, kb):
    text = ("Ann Roe made her name with a single cry at the harbor rally: “Not one more tanker!” Sailors still praise "
            "her refusal to sell the pier.")
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")


def test_a_tag_after_a_cry_still_names_the_speaker(pipeline, kb):
    text = "“We will never sell!” Ann Roe told the crowd."
    assert sieve_source(pipeline, kb, text) == ("after", "Ann Roe")
