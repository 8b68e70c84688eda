"""Titles stated in an appositive that the reader used to drop: one of a group named by a plural role
(`one of the region's best-known beekeepers` is a beekeeper; a superlative, the count and a hyphened praise word
such as `sought-after` go), unless a title stands before the name; common person nouns as roles (`apprentice`); a team's
`substitute` as a title before a name, and a listed role right after `said` that the tagger took for a verb
(`said referee X`). Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Honey from the hills\n\n"
    "Up a rutted track behind the old quarry, Odile Brask, one of the region's best-known beekeepers, lifts a frame "
    "of comb into the light.\n\n"
    "“Bees forgive almost anything except hurry,” Brask says.\n\n"
    "Wren Halloway, one of the county's most sought-after clockmakers, keeps a bench in the back room.\n\n"
    "“Every spring the cogs go stiff,” Halloway says.\n\n"
    "Her apprentice, Corin Maddox, 19, came to the hives last autumn after leaving a catering course.\n\n"
    "“I got stung eleven times in my first week,” Maddox says.\n\n"
    "Councillor Tamsin Reeve, one of the few beekeepers still on the parish council, backed the new grazing rules.\n\n"
    "“The meadows feed us all,” Reeve said.\n\n"
    "Bram Ferrand, one of the few beekeepers on the ridge, sells at the Saturday market.\n\n"
    "“Rain spoils the clover,” Ferrand said.\n\n"
    "Piran Holt, one of her oldest customers, buys a jar every Friday.\n\n"
    "“It tastes of heather,” Holt said.\n"
)

SPORT = (
    "Quarry Rovers 3 Millbank 2\n\n"
    "Quarry Rovers snatched the points late on Sunday when a low shot slipped under the Millbank keeper.\n\n"
    "“I saw the gap and just hit it,” said substitute Jory Quillan, who had been on the pitch for six minutes.\n\n"
    "“The keeper moved off his line early,” said referee Esker Prowse.\n"
)

draft = draft_fixture(DRAFT)
sport = draft_fixture(SPORT)


def test_one_of_a_group_named_by_a_plural_role_holds_that_role(draft):
    assert speaker_of(draft, "Bees forgive almost")["title"] == "beekeeper"


def test_a_superlative_and_a_hyphened_praise_word_leave_the_role(draft):
    assert speaker_of(draft, "Every spring the cogs")["title"] == "clockmaker"


def test_a_superlative_after_an_owner_goes_too(draft):
    assert speaker_of(draft, "It tastes of heather")["title"] == "customer"


def test_a_title_before_the_name_stays_over_the_group_she_is_one_of(draft):
    assert speaker_of(draft, "The meadows feed us")["title"] == "Councillor"


def test_the_count_before_the_group_is_no_part_of_the_role(draft):
    assert speaker_of(draft, "Rain spoils the clover")["title"] == "beekeeper on the ridge"


def test_an_apprentice_is_a_role(draft):
    assert speaker_of(draft, "I got stung")["title"] == "apprentice"


def test_a_substitute_named_after_said_has_that_title(sport):
    assert speaker_of(sport, "I saw the gap")["title"] == "substitute"


@pytest.mark.parametrize("noun", ["apprentice", "midwife", "chaplain", "umpire", "landlord", "substitute"])
def test_common_person_nouns_are_roles(kb, noun):
    assert kb.is_role(noun, "NOUN")


def test_a_listed_role_after_said_is_a_title_whatever_its_tag(sport):
    assert speaker_of(sport, "The keeper moved")["title"] == "referee"
