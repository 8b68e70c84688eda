"""A name that modifies the common noun after it (`veteran Roe critics`) is still a mention of that person,
but the words before it describe the noun, not the person: no title from them (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The ferry board, packed with veteran Roe critics, voted on Tuesday to cut the night crossings.\n\n"
    "\u201cThe board can wait,\u201d Roe said of the vote.\n"
)

draft = draft_fixture(DRAFT)


def test_the_words_before_a_modifying_name_are_no_title_of_the_person(draft):
    roe = speaker_of(draft, "board can wait")
    assert roe["name"] == "Roe"
    assert not roe["title"]
