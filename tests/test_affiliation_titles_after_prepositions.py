"""A title before a name that follows `of`/`for` after a plain noun starts after the preposition (`the
pay of harbor commissioner X`), and a lone plural before a name is no title (`the number of pilots
Velde may hire`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The board's report spent two pages on the pay of harbor commissioner Ivo Brandt and none on the dredging.\n\n"
    "“The channel needs dredging,” Brandt said.\n\n"
    "The council has capped the number of pilots Mia Velde may hire.\n\n"
    "“The shelters are full,” Velde said.\n\n"
    "“The ferry fares must fall,” said Harbor Party hopefuls Ann Roe and Dov Kessler.\n"
)

draft = draft_fixture(DRAFT)


def test_a_title_after_a_plain_nouns_preposition_is_read(draft):
    assert speaker_of(draft, "The channel needs dredging")["title"] == "harbor commissioner"


def test_a_lone_plural_before_a_name_is_no_title(draft):
    assert speaker_of(draft, "The shelters are full")["title"] is None


def test_a_plural_title_shared_by_two_names_is_kept(draft):
    assert speaker_of(draft, "The ferry fares must fall")["title"] == "hopeful"
