"""A post the draft states with `now` (`Ferris, now a radio host`, `a former mayor, now a radio host`, `a former
governor who now serves as chairman of X`) or in the present after a former one (`former mayor Ann Roe, who
serves as chairman of X`) is the one held today; a past clause (`who was chairman`) leaves the former post.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Tom Ferris, a city councilman, was sharp at the meeting. “The plan is a mess,” said Ferris, now a radio host.\n\n"
    "“The ferry is late again,” said Ivo Brandt, a former mayor, now a harbor pilot.\n\n"
    "Jane Roe, a former governor who now serves as chairman of the Harbor Commission, disagreed. "
    "“The plan is sound,” Roe said.\n\n"
    "The fund is short, said former Eastland mayor Lena Voss, who serves as treasurer of the Harbor Host "
    "Committee. “We need more donors,” Voss said.\n\n"
    "The pier is closed, said former mayor Ada Klein, who was chairman of the Pier Trust. “It will reopen,” "
    "Klein said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_post_stated_with_now_beats_an_earlier_title(draft):
    assert speaker_of(draft, "plan is a mess")["title"] == "radio host"


def test_a_post_after_now_in_a_second_appositive(draft):
    assert speaker_of(draft, "ferry is late")["title"] == "harbor pilot"


def test_a_relative_clause_with_now_states_the_current_post(draft):
    assert speaker_of(draft, "plan is sound")["title"] == "chairman of the Harbor Commission"
    assert quote_with(draft, "plan is sound")["affiliation"]["name"] == "Harbor Commission"


def test_a_present_clause_after_a_former_title_states_the_current_post(draft):
    assert speaker_of(draft, "more donors")["title"] == "treasurer of the Harbor Host Committee"


def test_a_past_clause_leaves_the_former_title(draft):
    assert speaker_of(draft, "will reopen")["title"] == "former mayor"
