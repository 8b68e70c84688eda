"""A team's one-word positions head a title like any post: `said goalkeeper X` shows `goalkeeper`, and with one club
named, the club. Invented drafts, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

FIXTURE = (
    "Brackwater United drew 1-1 away at a wet and windy Ferngate Park on Saturday afternoon.\n\n"
    "“Every ball into the box was a lottery in that wind,” said goalkeeper Idris Marlowe.\n\n"
    "“We kept our shape until the last ten minutes,” said midfielder Kofi Ansah.\n"
)

fixture = draft_fixture(FIXTURE)


def test_a_goalkeeper_named_after_said_has_the_position_as_title_and_the_club(fixture):
    speaker = speaker_of(fixture, "Every ball")
    assert speaker["name"] == "Idris Marlowe"
    assert speaker["title"] == "goalkeeper"
    assert (quote_with(fixture, "Every ball")["affiliation"] or {}).get("name") == "Brackwater United"


def test_a_midfielder_has_the_position_as_title(fixture):
    assert speaker_of(fixture, "kept our shape")["title"] == "midfielder"

