"""A count before a party plural says some of its people, whatever place or chamber names them first
(`several Westport Democrats`, `Some House Republicans`): an unnamed group. Without a count the same
words are the party or caucus speaking as a body (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_counted_party_plural_after_a_place_is_an_unnamed_group(check):
    draft = check("The county water tax came up for a second vote on Thursday.\n\n"
                  "\u201cNobody in Pell Valley asked for this,\u201d said three Pell Valley Republicans "
                  "who sit on the water board.\n")
    speaker = speaker_of(draft, "Nobody in Pell Valley")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]


def test_a_counted_party_plural_after_a_chamber_is_an_unnamed_group(check):
    draft = check("The county water tax came up for a second vote on Thursday.\n\n"
                  "Some Assembly Democrats called the tax \u201ca fair price for clean wells.\u201d\n")
    speaker = speaker_of(draft, "clean wells")
    assert speaker["type"] == "unnamed"


def test_the_same_words_without_a_count_are_a_body(check):
    draft = check("The county water tax came up for a second vote on Thursday.\n\n"
                  "Assembly Democrats called the tax \u201ca fair price for clean wells.\u201d\n")
    speaker = speaker_of(draft, "clean wells")
    assert speaker["type"] == "organisation"
