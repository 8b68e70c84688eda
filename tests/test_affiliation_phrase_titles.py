"""Titles a speaker's own phrase states, read whole: a role set off after an age and a hometown (`Ann Roe, 41,
of Lakeport, a ferry clerk`), the role a body owns in an appositive without that body (`Ann Roe, Harbor Rail's
head of sales`: the body is her organisation), the post held `now` after one she left, and no post from a
supposition (`should she be the nominee`, `if Kessler is the nominee`); a place glued to a participle before the
role is part of the title, no body (`Brookvale-based surveyor`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ferry fares will rise next spring.\n\n"
    "“The numbers are bad,” said Petra Lund, 52, of Lakeport, a bookkeeper for a fishing cooperative.\n\n"
    "“We are tired,” said Ivo Marsh, 61, of Brookvale, Maine, a retired lock keeper.\n\n"
    "“I like the new pier,” said Lena Fisk, 29, of Marlow.\n\n"
    "“Our hall is ready,” said Omar Vell, Tidewater Port Authority’s head of freight planning.\n\n"
    "“We lost the vote,” said Rosa Klee, a ferry captain for two decades and now director of the "
    "Westport Maritime Museum.\n\n"
    "The host asked Ann Roe whether she would cut the ferry tolls should she be the nominee.\n\n"
    "“Absolutely,” Roe responded.\n\n"
    "Voters may stay home if Kessler is the Harbor Party nominee, a pollster warned. Dov Kessler disagreed.\n\n"
    "“We will see,” Kessler said.\n\n"
    "“The channel is shallow,” noted Brookvale-based surveyor Hana Oduya.\n\n"
    "“We will march,” said Port Ellis-based activist Tam Quill.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_after_an_age_and_a_hometown_is_the_title(draft):
    assert speaker_of(draft, "The numbers are bad")["title"] == "bookkeeper for a fishing cooperative"
    assert speaker_of(draft, "We are tired")["title"] == "retired lock keeper"


def test_a_hometown_alone_after_an_age_states_no_title(draft):
    assert speaker_of(draft, "I like the new pier")["title"] is None


def test_the_body_owning_an_appositive_role_stays_out_of_the_title(draft):
    assert speaker_of(draft, "Our hall is ready")["title"] == "head of freight planning"
    assert (quote_with(draft, "Our hall is ready")["affiliation"] or {}).get("name") == "Tidewater Port Authority"


def test_the_post_held_now_is_the_title(draft):
    assert speaker_of(draft, "We lost the vote")["title"] == "director of the Westport Maritime Museum"


def test_a_supposed_post_is_no_title(draft):
    assert speaker_of(draft, "Absolutely")["title"] is None
    assert speaker_of(draft, "We will see")["title"] is None


def test_a_place_based_modifier_stays_in_the_title(draft):
    assert speaker_of(draft, "The channel is shallow")["title"] == "Brookvale-based surveyor"
    assert quote_with(draft, "The channel is shallow")["affiliation"] is None
    assert speaker_of(draft, "We will march")["title"] == "Port Ellis-based activist"
