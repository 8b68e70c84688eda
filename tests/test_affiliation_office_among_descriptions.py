"""Which of several titles a report shows when no mention beside her name states one: between two
descriptions that name nobody (`the likely Republican nominee`, `the former Eastland harbor master`), the one
that states an office she holds now says in what role she speaks, however many words the other has; a title
stated beside her name still beats any description. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

FORMER = (
    "Ann Roe toured the Eastland ferry docks on Tuesday.\n\n"
    "At the boat show, the former Eastland harbor master described the winter storms as "
    "\"a test of nerve\" for the town.\n\n"
    "\"We will rebuild every pier,\" Roe told the crowd.\n\n"
    "\"The docks come first,\" said the likely Republican nominee.\n"
)

NO_OFFICE = FORMER.replace("former Eastland harbor master", "wealthy Eastland shipyard heiress")

BESIDE_THE_NAME = (
    "Shipyard heiress Ann Roe toured the Eastland ferry docks on Tuesday.\n\n"
    "\"We will rebuild every pier,\" Roe told the crowd.\n\n"
    "\"The docks come first,\" said the likely Republican nominee.\n"
)

former = draft_fixture(FORMER)
no_office = draft_fixture(NO_OFFICE)
beside_the_name = draft_fixture(BESIDE_THE_NAME)


def test_an_office_held_now_beats_a_longer_former_post_among_descriptions(former):
    assert speaker_of(former, "rebuild every pier")["title"] == "likely Republican nominee"


def test_an_office_beats_a_longer_description_that_names_none(no_office):
    assert speaker_of(no_office, "rebuild every pier")["title"] == "likely Republican nominee"


def test_a_title_beside_her_name_still_beats_a_description(beside_the_name):
    assert speaker_of(beside_the_name, "rebuild every pier")["title"] == "Shipyard heiress"
