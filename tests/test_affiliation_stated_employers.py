"""A body the draft states beside a person's name in ways no appositive reading covers: a `who` clause after a
role written before the name (`tide-table editor Ann Roe, who works for the Eastland Harbor Board`), a body's
possessive owning a bare name (`DockWire's Ola Finch`), a body's name opening the title (`BoatLoop chief
executive`). A post left behind, a place, a person or a capitalised common word states no body. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Ferry timetables changed twice this spring.\n\n"
    "“The charts were printed before the dredging,” wrote tide-table editor Ann Roe, who works for the Eastland "
    "Harbor Board, in a letter to members.\n\n"
    "Tenant organiser Ivo Brandt, who co-founded the Marsh Renters League, spoke at the pier. “Nobody asked the "
    "families on the water,” Brandt said.\n\n"
    "“The night boats ran half empty,” said pilot Noor Hale, who worked for the Lantern Line until April.\n\n"
    "“The boats are late,” wrote DockWire's Mia Lund.\n\n"
    "“We are staying put,” said Eastland's Cal Brook.\n\n"
    "“Nobody called back about the refunds,” said Tad Velde, BoatLoop chief executive.\n\n"
    "“It was a rough season for the crews,” said radio host Ola Finch.\n\n"
    "Buoy inspector Lea Marsh, who serves as treasurer of the Channel Keepers Fund, counted the broken lights. "
    "“Half of them are dark,” Marsh said.\n\n"
    "“The survey took a year,” said Dov Kessler, who has worked at the Saltmarsh Survey Office since 2019.\n\n"
    "“The lights stay dark until June,” Ira Stone, a Democrat who chairs the Channel Safety Committee, told the "
    "meeting.\n\n"
    "“Bring a coat,” said Bea Holm, 38, who teaches at the Eastland Nautical School.\n\n"
    "“My uncle never liked boats,” said Una Pike, the niece of a pilot who runs the Gull Point Marina.\n"
)

draft = draft_fixture(DRAFT)


def test_a_who_clause_after_a_role_before_the_name_names_her_employer(draft):
    assert body_of(draft, "printed before the dredging") == "Eastland Harbor Board"


def test_a_who_clause_naming_what_he_founded(draft):
    assert body_of(draft, "Nobody asked the families") == "Marsh Renters League"


def test_a_post_left_behind_names_no_body(draft):
    assert body_of(draft, "night boats ran") is None


def test_an_outlet_owning_a_bare_name(draft):
    assert body_of(draft, "boats are late") == "DockWire"


def test_a_place_owning_a_name_is_no_body(draft):
    assert body_of(draft, "staying put") is None


def test_a_body_opening_the_title(draft):
    assert body_of(draft, "Nobody called back") == "BoatLoop"


def test_a_lower_case_title_names_no_body(draft):
    assert body_of(draft, "rough season") is None


def test_a_who_clause_stating_a_post_and_its_body(draft):
    assert body_of(draft, "Half of them are dark") == "Channel Keepers Fund"


def test_a_post_held_since_in_a_place(draft):
    assert body_of(draft, "survey took a year") == "Saltmarsh Survey Office"


def test_a_who_clause_after_a_short_description(draft):
    assert body_of(draft, "lights stay dark") == "Channel Safety Committee"


def test_a_who_clause_after_an_age(draft):
    assert body_of(draft, "Bring a coat") == "Eastland Nautical School"


def test_a_who_clause_of_someone_else_in_the_description(draft):
    assert body_of(draft, "never liked boats") is None
