"""Words that judge a person or set her against someone (`rival`, `upstart`) right before a capitalised title
are no part of her post, nor are the words before them; a word glued by a hyphen to the first word of a
title run (`twice-elected`, `well-known`) stays with it, so praise is dropped whole. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Lighthouse keepers meet.\n\n"
    "“The tolls must come down before winter,” rival Gov. Dov Kessler told the dockside crowd.\n\n"
    "A fresh tally of mailed ballots hands upstart Mayor Ivo Brandt the lighthouse district. "
    "“We counted every porch,” Brandt said.\n\n"
    "“Fog shuts the channel twice a week,” said well-known harbor pilot Ann Roe.\n\n"
    "“The buoys stay lit all night,” said twice-elected Mayor Tom Lee.\n"
)

draft = draft_fixture(DRAFT)


def test_a_rival_before_a_title_is_no_part_of_it(draft):
    assert speaker_of(draft, "The tolls must come down")["title"] == "governor"


def test_an_upstart_before_a_title_is_no_part_of_it(draft):
    assert speaker_of(draft, "We counted every porch")["title"] == "Mayor"


def test_praise_glued_by_a_hyphen_is_dropped_whole(draft):
    assert speaker_of(draft, "Fog shuts the channel")["title"] == "harbor pilot"


def test_a_hyphened_modifier_keeps_its_first_part(draft):
    assert speaker_of(draft, "The buoys stay lit")["title"] == "twice-elected Mayor"
