"""`Texas Republican Abe Lowry`: where he is from and his party are no post. The party is shown as his party and
the title stays empty, rather than `Texas Republican` (a party word is never a whole title). Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

PLACE_AND_PARTY = (
    "Hearing on the agency\n\n"
    'Texas Republican Abe Lowry opened the hearing on Tuesday. "The record is clear," Lowry said.\n\n'
    'New York Democrat Ida Brenner disagreed. "The record is thin," Brenner said.\n'
)

place_and_party = draft_fixture(PLACE_AND_PARTY)


def test_a_state_and_a_party_before_the_name_are_no_title(place_and_party):
    speaker = speaker_of(place_and_party, "record is clear")
    assert (speaker["name"], speaker["title"], speaker["party"]) == ("Abe Lowry", None, "Republican Party")


def test_a_two_word_state_and_a_party_are_no_title(place_and_party):
    speaker = speaker_of(place_and_party, "record is thin")
    assert (speaker["name"], speaker["title"], speaker["party"]) == ("Ida Brenner", None, "Democratic Party")
