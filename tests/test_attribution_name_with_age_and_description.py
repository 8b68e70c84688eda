"""`"…," Tamsin Rowe, 29, a community nurse, said.`, `"…," the new councillor, Pat Greer, 41, said.`: a name
with her age and a description set off after it, or a description set off before it, is the subject of the verb
after the quote; the description is no unnamed source and the last speaker is not carried on. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Greens take the ward\n\n"
    "“We won it on the doorstep,” said Ivo Brandt.\n\n"
    "“People wanted someone who answers the phone,” Tamsin Rowe, 29, a community nurse, said.\n\n"
    "“We won it on the doorstep,” said Ivo Brandt.\n\n"
    "“It was a long night,” the new councillor, Pat Greer, 41, said.\n\n"
    "“We won it on the doorstep,” said Ivo Brandt.\n\n"
    "“It was close,” Lena Marsh, 52, told the Harbor Courier.\n"
)

draft = draft_fixture(DRAFT)


def test_a_name_with_age_and_description_speaks(draft):
    speaker = speaker_of(draft, "answers the phone")
    assert speaker["name"] == "Tamsin Rowe"
    assert speaker["anonymous"] is False
    assert speaker["title"] == "community nurse"


def test_a_description_before_a_name_with_age_is_hers(draft):
    speaker = speaker_of(draft, "long night")
    assert speaker["name"] == "Pat Greer"
    assert speaker["title"] == "new councillor"


def test_a_name_with_age_before_told_speaks(draft):
    assert speaker_of(draft, "It was close")["name"] == "Lena Marsh"
