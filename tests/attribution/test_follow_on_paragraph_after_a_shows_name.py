"""A quote paragraph with no cue after a paragraph whose last quote is tagged, the tag's sentence going on to name
the show it was said on (`Roe said in an interview on "Harbor Morning."`), goes on being that speaker's, flagged for
an editor to confirm: the show's name is nobody's words. A sentence after the tag's own still ends the run
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_name

OPENING = ("Debate night\n\n"
           "Roe, the Harbor Party nominee, made the rounds on morning television. "
           "\u201cI thought it went well,\u201d Roe said in an interview on \u201cHarbor Morning.\u201d\n\n")


def test_the_paragraph_after_a_tag_naming_a_show_is_the_speakers(check):
    draft = check(OPENING + "\u201cShe has been mayor for six years. She owns that record.\u201d\n")
    assert speaker_name(draft, "She has been mayor") == "Roe"
    assert "inferred-attribution" in rules_of(draft)


def test_a_sentence_after_the_tags_own_ends_the_run(check):
    draft = check(OPENING.rstrip() + " Ivo Lund, her rival, watched from a diner in Eastport.\n\n"
                  "\u201cShe has been mayor for six years.\u201d\n")
    assert speaker_name(draft, "She has been mayor") != "Roe"
