"""Which title a report shows for a person: a party word joined by `and` to a role is her party and the role is
the title (so a former post yields to the office she holds now); the fuller statement of one role wins; an outlet's
desk between its name and a role is part of the title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "EASTPORT — If she won the Senate seat, Lt. Gov. Nora Velde would fund the harbor schools first.\n\n"
    "Velde, a Republican and former county commissioner who became lieutenant governor last year, spoke at a pier. "
    "“The schools come first,” Velde said.\n\n"
    "“The ferry is late again,” said Abe Lind, a Democrat and former Eastland county clerk who ran for mayor.\n"
)

draft = draft_fixture(DRAFT)


def test_the_current_office_beats_a_former_post_joined_to_a_party(draft):
    speaker = speaker_of(draft, "The schools come first")
    assert speaker["title"].lower() in ("lieutenant governor", "lt. gov.")
    assert speaker["party"] == "Republican Party"


def test_the_role_after_party_and_is_the_title(draft):
    speaker = speaker_of(draft, "The ferry is late again")
    assert speaker["title"] == "former Eastland county clerk"
    assert speaker["party"] == "Democratic Party"


FULLER = (
    "Sen. Nora Velde opened the ferry hearing on Monday. “The fares must fall,” Velde said. "
    "“We will vote in May,” said the Ohio senator, who chairs the panel.\n\n"
    "On Tuesday, hopeful Ivo Brandt toured the docks. “The docks need work,” Brandt said. "
    "“I will fix them,” the Republican front-runner told the crowd.\n"
)

fuller = draft_fixture(FULLER)


def test_the_fuller_statement_of_the_same_role_wins(fuller):
    assert speaker_of(fuller, "The fares must fall")["title"] == "Ohio senator"


def test_a_synonymous_candidates_role_said_more_fully_wins(fuller):
    assert speaker_of(fuller, "The docks need work")["title"] == "Republican front-runner"


DESKS = (
    "The story ran in the Eastport Gazette on Monday. Eastport Gazette National Security Editor Ann Roe wrote it. "
    "“The port is unsafe,” Roe said.\n\n"
    "Eastport Gazette Washington Bureau Chief Ivo Brandt disagreed. “The port is fine,” Brandt said.\n\n"
    "Viewers of Harbor News Channel saw the debate. Harbor News Channel White House correspondent Tad Velde was "
    "there. “It was loud,” Velde said.\n"
)

desks = draft_fixture(DESKS)


def test_a_desk_between_an_outlet_and_a_role_is_part_of_the_title(desks):
    affiliation = quote_with(desks, "The port is unsafe")["affiliation"]
    assert affiliation["title"] == "National Security Editor" and affiliation["name"] == "Eastport Gazette"


def test_a_bureau_after_an_outlet_is_a_desk(desks):
    affiliation = quote_with(desks, "The port is fine")["affiliation"]
    assert affiliation["title"] == "Washington Bureau Chief" and affiliation["name"] == "Eastport Gazette"


def test_a_beat_after_a_channel_is_part_of_the_title(desks):
    affiliation = quote_with(desks, "It was loud")["affiliation"]
    assert affiliation["title"] == "White House correspondent" and affiliation["name"] == "Harbor News Channel"


FULLER_FIRST = (
    "Velde wins the vote on ferries.\n\n"
    "The Ohio senator found a way to fund the ferries on Monday, and the vote was close. But Sen. Nora Velde of Ohio "
    "did not give up. Ms. Velde, an independent who sits with the majority, got her wish. “The ferries will run,” "
    "Velde said.\n"
)

fuller_first = draft_fixture(FULLER_FIRST)


def test_a_fuller_statement_said_first_keeps_the_standing_of_the_name(fuller_first):
    assert speaker_of(fuller_first, "The ferries will run")["title"] == "Ohio senator"
