"""A relative pronoun with a name after it is the verb's object: the name speaks, on sentences written for these
tests."""

from __future__ import annotations

from conftest import analysed_draft, sieve_source


def test_the_name_after_who_speaks_not_the_pronoun(pipeline, kb):
    # The parse joins `who Vance` into one subject; `who` is whom Vance called it.
    text = "The sharpest words were kept for Kessler, who Vance at the hearing called “a danger on the water.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Vance")


def test_a_subject_who_keeps_the_pronoun(pipeline, kb):
    # `who` followed by its verb is the subject, and stays the phrase.
    text = "The loudest voice belonged to a retired pilot who shouted “Save the old pier!” from the back."
    assert sieve_source(pipeline, kb, text) == ("before", "who")


def test_a_day_after_who_is_no_subject(pipeline, kb):
    # `who Tuesday called`: the day says when; the pronoun stays the subject.
    draft = analysed_draft(pipeline, kb, "The pilots backed Ann Roe, who Tuesday called the toll “a tax on the sea.”")
    who = next(k for k, tok in enumerate(draft.t) if tok.text == "who")
    assert draft.past_object_relative((who, who + 1)) == (who, who + 1)
