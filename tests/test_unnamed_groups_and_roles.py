"""Unnamed sources the draft brings in and then refers back to: `One Republican senator … said. "…," the senator
said.` is that unnamed senator, not the senator the draft names in the next paragraph; `"…," one of them said`
after `Three senators met …` is one of those people, an unnamed source, not a thing. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

SENATOR = (
    "Trade deal faces doubts\n\n"
    "One Republican senator who opposes the deal said privately that it would fail. "
    '"It is dead on arrival," the senator said.\n\n'
    'Sen. Roy Dunmore (R-Kan.) said he would hold hearings. "We will take our time," Dunmore said.\n'
)
ONE_OF_THEM = (
    "Trade deal faces doubts\n\n"
    'Three senators met the negotiators on Friday. "We asked hard questions," one of them said.\n'
)

senator = draft_fixture(SENATOR)
one_of_them = draft_fixture(ONE_OF_THEM)


def test_the_senator_after_an_unnamed_senator_is_that_unnamed_source(senator):
    speaker = speaker_of(senator, "dead on arrival")
    assert speaker["type"] == "unnamed"
    assert speaker_of(senator, "take our time")["name"] == "Roy Dunmore"


def test_one_of_them_after_people_counted_is_an_unnamed_source(one_of_them):
    assert speaker_of(one_of_them, "hard questions")["type"] == "unnamed"
