"""Through a draft one description is one person: `the Republican nominee`, once taken for the person
named with it, is that person again later, not whoever is named last before it (invented sentences,
real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Dock crews in Eastport cheered Dov Kessler on Monday, setting the Republican nominee against his "
    "rival Ann Roe.\n\n"
    "The Republican nominee drew jeers on Tuesday with a remark about the ferry tolls.\n\n"
    "\u201cWe will cut the tolls,\u201d Roe said.\n\n"
    "\u201cThe tolls will stay,\u201d Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_same_description_is_not_the_person_named_last(draft):
    roe = speaker_of(draft, "cut the tolls")
    assert roe["name"] == "Ann Roe"
    assert roe["title"] != "Republican nominee" and roe.get("party") != "Republican Party"


def test_the_same_description_is_the_person_it_was_taken_for(draft):
    assert speaker_of(draft, "tolls will stay")["title"] == "Republican nominee"
