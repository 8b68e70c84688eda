"""Tags after a quote that the surface walk or the parse used to lose, on sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_a_participle_naming_which_document_goes_on_to_the_speech_verb(pipeline, kb):
    # `filed Tuesday` says which ruling; the ruling is what states it.
    text = "“No ferry may dock there until spring,” the ruling filed Tuesday stated."
    assert sieve_source(pipeline, kb, text) == ("after", "the ruling filed Tuesday")


def test_a_subject_the_parse_finds_inside_the_quote_does_not_block_the_aside(pipeline, kb):
    # The parse gives `said` a subject from the quoted words; the name before the aside says it.
    text = ("Ann Roe runs the harbor office. “The best plan we have is to wait,” Roe, who has asked for a new "
            "pier since the flood, said at the meeting.")
    assert sieve_source(pipeline, kb, text) == ("after", "Roe")


def test_the_tag_goes_on_across_a_quoted_slogan(pipeline, kb):
    # The window used to stop at the slogan's opening mark, before `said`.
    text = "“The vote was a farce,” Ann Roe, who carried a “Fix the Pier” banner into the hall, said afterward."
    assert sieve_source(pipeline, kb, text, 0) == ("after", "Ann Roe")
