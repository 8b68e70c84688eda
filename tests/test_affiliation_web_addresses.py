"""`editor of Tide.com`: a web address after the role names a site, so the body she works for, whatever the
tagger calls the word (a place, a person). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "“The race is wide open,” said Ivo Brandt, editor of TheHarborVoter.com.\n\n"
    "“You have a very busy campaign,” said Jane Roe, editor in chief of Tide.com. “They read on phones.”\n\n"
    "“We will keep counting,” said Tom Kessler, publisher of Marsh.net.\n"
)

draft = draft_fixture(DRAFT)


def body(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_site_after_of_is_the_body_she_works_for(draft):
    assert body(draft, "The race is wide open") == "TheHarborVoter.com"
    assert body(draft, "a very busy campaign") == "Tide.com"


def test_a_site_of_another_ending_is_a_body_too(draft):
    assert body(draft, "keep counting") == "Marsh.net"
