"""`member` alone says of what only with the body read before it: `an EHA member`, `Harbor Party
member Tom Kessler` are members of that body, and that is the title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“We will vote,” said Lena Dorn, an EHA member who ran for the tide council.\n\n"
    "“The board was wrong,” said Harbor Party member Tom Kessler.\n"
)

draft = draft_fixture(DRAFT)


def test_a_member_of_an_acronym_body_is_that_bodys_member(draft):
    assert speaker_of(draft, "We will vote")["title"] == "EHA member"
    assert (quote_with(draft, "We will vote")["affiliation"] or {}).get("name") == "EHA"


def test_a_member_of_a_body_named_before_the_name_is_that_bodys_member(draft):
    assert speaker_of(draft, "The board was wrong")["title"] == "Harbor Party member"
