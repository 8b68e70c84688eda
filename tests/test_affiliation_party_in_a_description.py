"""`the Eastland Republican said`: a description of a named person, a place and one party member's word after
`the`, states her party even where the tagger reads it as a body's name; `the Eastland Republicans` are a
group and say nothing of one person. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Velde met the harbor board on Monday.\n\n"
    "The Eastland Republican said the plan “is a disaster for the harbor.”\n\n"
    "Tom Kessler toured the docks on Tuesday.\n\n"
    "The Eastland Republicans said the plan “is a gift to the ferry lobby.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_place_and_a_party_members_word_state_the_persons_party(draft):
    speaker = speaker_of(draft, "is a disaster")
    assert speaker["name"] == "Ann Velde"
    assert speaker["party"] == "Republican Party"


def test_a_party_word_in_the_plural_states_no_ones_party(draft):
    speaker = quote_with_speaker(draft, "a gift to the ferry")
    assert speaker is None or speaker.get("party") is None


def quote_with_speaker(doc: dict, snippet: str) -> dict | None:
    """The speaker of the quote with `snippet`, or None."""
    return next(q["speaker"] for q in doc["quotes"] if snippet in q["text"])
