"""Source phrases the tagger hides: cues it reads as nouns, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_a_speech_verb_read_as_a_noun_after_an_aside_on_the_opening_name_is_a_cue(pipeline, kb):
    # The tagger reads `calls` after the aside's closing comma as a noun; Jane Roe still calls Kessler something.
    text = "Jane Roe, a clerk at the Harbor Commission, calls Kessler “the best friend the ferry ever had.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Jane Roe, a clerk at the Harbor Commission")


def test_a_mistagged_cue_after_an_aside_reaches_a_quote_further_on(pipeline, kb):
    text = ("Tom Baker, a harbor pilot from Maine, notes that the ferry is old, which means the town "
            "“will pay for it for decades.”")
    assert sieve_source(pipeline, kb, text) == ("before", "Tom Baker, a harbor pilot from Maine")


def test_an_aside_with_a_verb_of_its_own_is_no_plain_aside(pipeline, kb):
    # `who runs the port` has its own verb: the rule leaves the sentence to the other readings.
    text = "Jane Roe, who runs the port, calls Kessler “the best friend the ferry ever had.”"
    assert sieve_source(pipeline, kb, text) != ("before", "Jane Roe, who runs the port")
