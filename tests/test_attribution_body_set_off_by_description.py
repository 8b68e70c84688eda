"""`Brightwell Foods, a grocery chain, said`, `Citizens for Safe Water, an advocacy group, said`: a name that a
description of a body sets off is that body speaking, named without its description, whatever the tagger made of
the name (a person, a crowd of citizens); a person set off by a description of her role is still a person.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Water plan draws fire\n\n"
    "Brightwell Foods, a grocery chain, said it would “review the matter with its suppliers.”\n\n"
    "Citizens for Safe Water, an advocacy group, argued on Friday that the plan “ignores the science.”\n\n"
    "The Harbor Sleep Council, a nonprofit research group, said the findings “confirm what we have argued.”\n\n"
    "Ada Brightwater, a member of the group, said the vote was “long overdue.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_company_set_off_by_its_description_speaks_as_a_body(draft):
    speaker = speaker_of(draft, "review the matter")
    assert speaker["name"] == "Brightwell Foods"
    assert speaker["type"] == "organisation"


def test_a_group_whose_name_opens_with_a_people_noun_is_a_body(draft):
    speaker = speaker_of(draft, "ignores the science")
    assert speaker["name"] == "Citizens for Safe Water"
    assert speaker["type"] == "organisation"


def test_the_body_is_named_without_its_description(draft):
    assert speaker_of(draft, "confirm what we have argued")["name"] == "Harbor Sleep Council"


def test_a_member_of_a_group_is_a_person(draft):
    speaker = speaker_of(draft, "long overdue")
    assert speaker["name"] == "Ada Brightwater"
    assert speaker["type"] == "person"
