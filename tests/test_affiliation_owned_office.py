"""`Roe's Office of Harbor Planning and Budget director`: the office the title names is the body she speaks
for, not its possessive owner. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Mayor Ivo Roe spoke on Monday.\n\n"
    "“The budget is a mess,” said Tom Varga, Roe's Office of Harbor Planning and Budget director during the "
    "drafting of the plan.\n"
)

draft = draft_fixture(DRAFT)


def test_the_office_named_in_an_owned_title_is_the_body(draft):
    assert speaker_of(draft, "The budget is a mess")["title"] == "Office of Harbor Planning and Budget director"
    assert quote_with(draft, "The budget is a mess")["affiliation"]["name"] == "Office of Harbor Planning and Budget"
