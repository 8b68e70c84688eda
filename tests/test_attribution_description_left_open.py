"""`"…," Pat Roe, a spokeswoman for the mayor said.`: a draft that leaves out the comma closing a name's
description. The name speaks, with the description as her title; the description is no unnamed source of its
own. A name that only opens a sentence an adviser speaks in stays the adviser's topic. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ferry fares rise again\n\n"
    "“It is far too early to say,” Pat Rowe, a spokeswoman for the mayor said on Tuesday.\n\n"
    "“The fog came in fast,” Sam Dale, a harbor pilot said.\n\n"
    "“The board meets on Friday.” The mayor has not said how she will vote.\n\n"
    "Kessler, an adviser said, “has every vote he needs for the plan.”\n"
)

draft = draft_fixture(DRAFT)


def test_the_name_before_a_description_left_open_speaks(draft):
    speaker = speaker_of(draft, "far too early")
    assert speaker["name"] == "Pat Rowe"
    assert speaker["anonymous"] is False
    assert speaker["title"] == "spokeswoman for the mayor"


def test_a_role_left_open_is_the_named_persons_title(draft):
    speaker = speaker_of(draft, "fog came in fast")
    assert speaker["name"] == "Sam Dale"
    assert speaker["title"] == "harbor pilot"


def test_a_name_an_adviser_speaks_about_is_not_the_speaker(draft):
    speaker = speaker_of(draft, "every vote he needs")
    assert speaker["name"] != "Kessler"
    assert speaker["anonymous"] is True
