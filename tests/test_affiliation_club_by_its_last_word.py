"""`Rovers manager Pat Deegan`, where the draft names `Carlow Rovers`: a club's word read alone as a body (`Rovers`,
`United`, `Athletic`) is the one longer name the draft ends with it; with two such clubs named, neither is hers.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

MATCH = (
    "Wexford United 2 Carlow Rovers 1\n\n"
    "Wexford United came from behind to beat Carlow Rovers 2-1 on Saturday.\n\n"
    "Rovers manager Pat Deegan was furious with the referee. “That was never a penalty,” he told reporters.\n"
)

DERBY = (
    "Sligo Rovers 1 Carlow Rovers 1\n\n"
    "Sligo Rovers and Carlow Rovers shared the points on Friday.\n\n"
    "Rovers manager Ann Tully said: “A point is fair.”\n"
)

match = draft_fixture(MATCH)
derby = draft_fixture(DERBY)


def test_a_clubs_last_word_stands_for_the_club_named_in_full(match):
    assert speaker_of(match, "never a penalty")["name"] == "Pat Deegan"
    assert body_of(match, "never a penalty") == "Carlow Rovers"


def test_two_clubs_ending_so_leave_the_short_form_as_written(derby):
    assert body_of(derby, "A point is fair") != "Carlow Rovers"
    assert body_of(derby, "A point is fair") != "Sligo Rovers"
