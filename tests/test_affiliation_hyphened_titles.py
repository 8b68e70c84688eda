"""A role and the tail a hyphen glues after it (`Mayor-elect`, `Editor-in-Chief`, `councilman-at-large`) is one
title, before a name or set off after it: the tail is no preposition to cut at and no head of the title.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Editor-in-Chief Nora Vell answered readers at a town hall in the library basement.\n\n"
    "“Our corrections page will grow, not shrink,” Vell said.\n\n"
    "Mayor-elect Carl Brenner walked the flooded waterfront with two engineers.\n\n"
    "“The seawall comes before any new park,” Brenner said.\n\n"
    "“Every ship keeps its crew through winter,” said Petra Vos, the commander-in-chief.\n\n"
    "“Snow crews start at four,” said Dale Hughes, a councilman-at-large.\n\n"
    "The treasurer-elect, Hal Moreno, counted the ballots twice.\n\n"
    "“No recount is needed,” Moreno said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_tail_after_in_is_part_of_the_title_before_a_name(draft):
    speaker = speaker_of(draft, "corrections page")
    assert speaker["name"] == "Nora Vell"
    assert speaker["title"] == "Editor-in-Chief"


def test_elect_after_a_role_is_part_of_the_title_before_a_name(draft):
    speaker = speaker_of(draft, "seawall comes")
    assert speaker["name"] == "Carl Brenner"
    assert speaker["title"] == "Mayor-elect"


def test_a_hyphened_title_set_off_after_a_name_is_read_whole(draft):
    assert speaker_of(draft, "keeps its crew")["title"] == "commander-in-chief"
    assert speaker_of(draft, "Snow crews")["title"] == "councilman-at-large"


def test_a_hyphened_title_set_off_before_a_name_is_hers(draft):
    speaker = speaker_of(draft, "No recount")
    assert speaker["name"] == "Hal Moreno"
    assert speaker["title"] == "treasurer-elect"
