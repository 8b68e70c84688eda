"""Titles a speaker's own phrase states, read whole: a role set off after an age and a hometown (`Ann Roe, 41,
of Lakeport, a ferry clerk`), the role a body owns in an appositive without that body (`Ann Roe, Harbor Rail's
director of sales`: the body is her organisation), the post held `now` after one she left, and no post from a
supposition (`should she be the nominee`, `if Kessler is the nominee`); a place glued to a participle before the
role is part of the title, no body (`Eastland-based attorney`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ferry fares will rise next spring.\n\n"
    "“The numbers are bad,” said Misha Tarn, 32, of Lakeport, an account executive for a shipping firm.\n\n"
    "“We are tired,” said Ivo Marsh, 45, of Dunmore, Ohio, a retired harbor pilot.\n\n"
    "“I like the new pier,” said Lena Fisk, 29, of Marlow.\n\n"
    "“Our hall is ready,” said Jenna Gold, Harbor Transit Agency’s director of political ad sales.\n\n"
    "“We lost the vote,” said Mo Raddle, a Velde campaign aide during the 2008 race and now director of the "
    "Harbor Institute of Politics.\n\n"
    "The host asked Ann Roe whether she would cut the ferry tolls should she be the nominee.\n\n"
    "“Absolutely,” Roe responded.\n\n"
    "Voters may stay home if Kessler is the Harbor Party nominee, a pollster warned. Dov Kessler disagreed.\n\n"
    "“We will see,” Kessler said.\n\n"
    "“The channel is shallow,” explained Eastland-based attorney Edgar Marvin.\n\n"
    "“We will march,” said New Harbor City-based activist Al Sharma.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_after_an_age_and_a_hometown_is_the_title(draft):
    assert speaker_of(draft, "The numbers are bad")["title"] == "account executive for a shipping firm"
    assert speaker_of(draft, "We are tired")["title"] == "retired harbor pilot"


def test_a_hometown_alone_after_an_age_states_no_title(draft):
    assert speaker_of(draft, "I like the new pier")["title"] is None


def test_the_body_owning_an_appositive_role_stays_out_of_the_title(draft):
    assert speaker_of(draft, "Our hall is ready")["title"] == "director of political ad sales"
    assert (quote_with(draft, "Our hall is ready")["affiliation"] or {}).get("name") == "Harbor Transit Agency"


def test_the_post_held_now_is_the_title(draft):
    assert speaker_of(draft, "We lost the vote")["title"] == "director of the Harbor Institute of Politics"


def test_a_supposed_post_is_no_title(draft):
    assert speaker_of(draft, "Absolutely")["title"] is None
    assert speaker_of(draft, "We will see")["title"] is None


def test_a_place_based_modifier_stays_in_the_title(draft):
    assert speaker_of(draft, "The channel is shallow")["title"] == "Eastland-based attorney"
    assert quote_with(draft, "The channel is shallow")["affiliation"] is None
    assert speaker_of(draft, "We will march")["title"] == "New Harbor City-based activist"
