"""Capitalised words opening a title before a lower-case role name the body she works for: the one longer name
the draft gives that they open (`Brightwater spokesman` where the draft names `Brightwater Cables`), or, before a
team's role (`coach`), the team itself. A person the draft names owns no body so, and a bare name before any other
role is left alone. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

DRAFT = (
    "Brightwater Cables will close its oldest plant next spring, the company said on Monday.\n\n"
    "“The night shift goes first,” said Brightwater spokesman Ivo Marek.\n\n"
    "Fallow Bay came back from two goals down to hold the leaders at the Quarry Ground.\n\n"
    "“Nobody in that dressing room stopped believing,” said Fallow Bay coach Tomas Hale.\n\n"
    "Tad Dunmore won his comeback bout in nine rounds.\n\n"
    "“He looked sharper than in any sparring session,” said Dunmore manager Lea Frost.\n\n"
    "Crews cleared the coast road by nightfall.\n\n"
    "“Every bridge will be inspected by Friday,” said Marlow governor Nia Osei.\n"
)

OPENER = (
    "Fog delayed the regatta at Pell Harbor by an hour.\n\n"
    "Interim coach Ruth Abara kept her crew on the slipway. “We go when the buoys are visible,” Abara said.\n"
)
PLACE = (
    "Merger talks between two grain traders were first reported by the Granary Row Ledger.\n\n"
    "“Those margins cannot hold,” said Granary Row analyst Jo Penhale.\n"
)
CITY = (
    "The Chicago Ledger broke the news of the pier sale on Monday.\n\n"
    "“The buyer paid twice the asking price,” said Chicago realtor Dana Whitfield.\n"
)
TOWN_TEAM = (
    "Corran City FC climbed to third with a 3-0 win on Saturday.\n\n"
    "Fans lined the streets of Corran City long before kick-off.\n\n"
    "“We were second to every ball,” said Corran City captain Odile Ferrand.\n"
)

draft = draft_fixture(DRAFT)
town_team = draft_fixture(TOWN_TEAM)
city = draft_fixture(CITY)
opener = draft_fixture(OPENER)
place = draft_fixture(PLACE)


def test_a_short_name_opening_the_title_is_the_body_named_in_full(draft):
    assert body_of(draft, "night shift goes first") == "Brightwater Cables"


def test_a_name_before_a_team_role_is_the_team(draft):
    assert body_of(draft, "stopped believing") == "Fallow Bay"


def test_the_title_stays_whole(draft):
    assert quote_with(draft, "stopped believing")["speaker"]["title"] == "Fallow Bay coach"


def test_a_person_the_draft_names_is_no_team(draft):
    assert body_of(draft, "sharper than in any sparring") is None


def test_a_bare_name_before_another_role_names_no_body(draft):
    assert body_of(draft, "bridge will be inspected") is None


def test_a_word_opening_the_sentence_is_no_team(opener):
    assert body_of(opener, "buoys are visible") is None


def test_a_place_is_no_short_name_of_a_longer_body(place):
    assert body_of(place, "margins cannot hold") is None


def test_a_town_before_a_team_role_is_its_team_named_in_full(town_team):
    assert body_of(town_team, "second to every ball") == "Corran City FC"


def test_a_city_is_no_short_name_of_its_newspaper(city):
    assert body_of(city, "twice the asking price") is None
