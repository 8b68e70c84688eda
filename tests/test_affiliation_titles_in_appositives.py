"""Titles stated beside a name that were lost or ran on: a capitalised committeeman, an office whose name holds
`and` before the role, a second description joined on after a role's named complement, a present copula after
an age, a relation whose relative is unknown followed by a role, `who helped found X`, a named chair. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Harbor Party leaders met on Tuesday.\n\n"
    "“We will not back down,” said Ivo Brandt, the Harbor National Committeeman from Utah.\n\n"
    "“The budget is a mess,” said Tom Varga, the Office of Ports and Rivers director.\n\n"
    "“It is time,” said Bernard Sills, senator from the state of Eastland and self-described harbor socialist.\n\n"
    "“It was late,” said Kim Ostrow, a student from Eastland and a Republican.\n\n"
    "“Nobody came,” said Lou Pratt, who helped found the Harbor League.\n\n"
    "“I was there,” said her husband, Ned Holm, a retired astronaut.\n\n"
    "“No comment,” said Ned Arlo, 54, is the county's chief prosecutor.\n\n"
    "“Rates will rise,” said Walt Gant, the Arjen and Frieda Moll Chair at the Eastland Institute.\n"
)

draft = draft_fixture(DRAFT)


def test_a_capitalised_committeeman_is_the_title(draft):
    assert speaker_of(draft, "We will not back down")["title"] == "Harbor National Committeeman from Utah"


def test_an_office_whose_name_holds_and_before_the_role(draft):
    assert speaker_of(draft, "The budget is a mess")["title"] == "Office of Ports and Rivers director"
    assert quote_with(draft, "The budget is a mess")["affiliation"]["name"] == "Office of Ports and Rivers"


def test_a_second_description_after_a_named_complement_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "It is time")["title"] == "senator from the state of Eastland"
    assert speaker_of(draft, "It was late")["title"] == "student from Eastland"


def test_who_helped_found_states_a_co_founder(draft):
    assert speaker_of(draft, "Nobody came")["title"] == "co-founder of the Harbor League"


def test_a_relation_of_an_unknown_relative_keeps_the_role_after_the_name(draft):
    assert speaker_of(draft, "I was there")["title"] == "retired astronaut"


def test_a_present_copula_after_an_age_states_the_post(draft):
    assert speaker_of(draft, "No comment")["title"] == "chief prosecutor"


def test_an_and_inside_a_named_chair_keeps_the_chair(draft):
    assert speaker_of(draft, "Rates will rise")["title"] == "Arjen and Frieda Moll Chair at the Eastland Institute"
