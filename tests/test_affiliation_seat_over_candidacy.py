"""A candidate who holds an elected seat is shown by the seat (`Eastland Sen. Ann Roe`, elsewhere `Republican
presidential candidate Ann Roe`: senator), since a candidacy is no office; one who holds none keeps the candidacy,
and a title that already names the seat beside the candidacy stays whole. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Eastland Sen. Ann Roe toured the docks on Monday.\n\n"
    "Republican presidential candidate Ann Roe said: “The port needs dredging.”\n\n"
    "Ivo Marsh, Eastland senator and Republican mayoral candidate, said: “We will win.”\n\n"
    "Dov Kessler, the Republican presidential candidate, said: “The tolls must go.”\n\n"
    "Kessler, a retired ferry captain, waved.\n"
)

draft = draft_fixture(DRAFT)


def test_a_seat_held_beats_a_candidacy(draft):
    assert speaker_of(draft, "The port needs dredging")["title"] == "Eastland senator"


def test_a_candidate_without_a_seat_keeps_the_candidacy(draft):
    assert speaker_of(draft, "The tolls must go")["title"] == "Republican presidential candidate"


def test_a_title_naming_the_seat_and_the_candidacy_stays_whole(draft):
    assert speaker_of(draft, "We will win")["title"] == "Eastland senator and Republican mayoral candidate"
