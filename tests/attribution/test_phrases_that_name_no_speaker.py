"""Phrases near a cue that are not its speaker, and cues that introduce no quote (issue 18, wrong candidates).

Real Stanza analyses of sentences written for these tests.
"""

from __future__ import annotations

from conftest import sieve_source


def test_a_capitalised_word_after_a_name_goes_on_with_the_name(pipeline, kb):
    # `States` after `United` is no `she states`: the tag after the place names the speaker.
    text = ("\u201cWithout the early warning\u201d from the United States and three neighbours, Jane Roe said "
            "on Monday, \u201cthe port would be shut.\u201d")
    assert sieve_source(pipeline, kb, text, 0) == ("tag", "Jane Roe")


def test_a_nameless_source_whose_aside_is_a_relative_clause_opens_the_tag(pipeline, kb):
    # `told the Gazette`: the listener, never the speaker.
    text = ("\u201cThe pumps failed twice,\u201d a harbour official, who had no clearance to comment, "
            "told the Gazette.")
    assert sieve_source(pipeline, kb, text) == ("after", "a harbour official")
