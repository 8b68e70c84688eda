"""A description set off by commas right before a name is that name's (`The Republican nominee, Ann
Roe, was there`), and a description that is the predicate of a clause (`the pilots believe Marek is
the Republican candidate`, `the meeting was the first`) is its named subject's, or no one's; never
the person quoted or named before. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

SET_OFF = (
    "“We will not sell the ferries,” said Dov Kessler, who spoke at the pier.\n\n"
    "On Friday Kessler met reporters at the dock. The Republican mayoral nominee, Ann Roe, was also there.\n\n"
    "“The audit is wrong,” Roe said.\n"
)

PREDICATE = (
    "“The docks need money,” said Lena Cole, a candidate for mayor.\n\n"
    "The pilots believe that Ivo Marek is the Republican candidate who will fix the docks.\n\n"
    "“Our fares will rise,” said Mira Holt.\n\n"
    "The ferry meeting at the pier was the first of many.\n"
)

set_off = draft_fixture(SET_OFF)
predicate = draft_fixture(PREDICATE)


def test_a_description_set_off_before_a_name_is_that_name_s(set_off):
    kessler = speaker_of(set_off, "We will not sell the ferries")
    assert "nominee" not in (kessler["title"] or "")
    assert kessler["party"] != "Republican Party"
    roe = speaker_of(set_off, "The audit is wrong")
    assert roe["party"] == "Republican Party"


def test_a_predicate_description_is_its_named_subject_s_not_someone_named_before(predicate):
    cole = speaker_of(predicate, "The docks need money")
    assert cole["party"] != "Republican Party"


def test_a_predicate_description_of_a_thing_is_no_one(predicate):
    holt = speaker_of(predicate, "Our fares will rise")
    assert "first" not in (holt["title"] or "")
