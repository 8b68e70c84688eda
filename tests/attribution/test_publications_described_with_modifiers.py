"""A publication the draft names, then describes with a common noun and adjectives before it (`the
conservative-leaning newspaper`) or by a general news noun (`the news outlet`), is that publication; a
description far from any named publication, or one set apart (`the rival newspaper`), names none.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Port deal draws fire.\n\n"
    "In a sharp editorial, the Harbor Times called on Mayor Jane Roe to resign.\n\n"
    "“She has lost the trust of the city and should step aside,” the conservative-leaning newspaper wrote.\n\n"
    "The Harbor Times reported the deal on Monday.\n\n"
    "“The contract was never put out to bid,” according to the news outlet.\n\n"
    "The Harbor Times has opposed the deal for months. “This is a bad bargain,” the liberal publication wrote.\n\n"
    "Mayor Roe did not answer calls on Tuesday.\n\n"
    "Her aides met the port board on Wednesday.\n\n"
    "The board put off its vote until spring.\n\n"
    "“The mayor has misled everyone,” the news outlet wrote.\n\n"
    "The Harbor Times broke the story on Thursday. “We were first to the docks,” the rival newspaper wrote.\n"
)

draft = draft_fixture(DRAFT)


def _speaker(doc: dict, snippet: str) -> dict:
    speaker = quote_with(doc, snippet)["speaker"]
    assert speaker is not None
    return speaker


def test_a_newspaper_described_by_a_hyphened_adjective_is_the_one_named(draft):
    speaker = _speaker(draft, "step aside")
    assert (speaker["name"], speaker["type"]) == ("Harbor Times", "organisation")


def test_the_news_outlet_is_the_publication_just_named(draft):
    assert _speaker(draft, "put out to bid")["name"] == "Harbor Times"


def test_a_publication_described_by_an_adjective_is_the_one_named(draft):
    assert _speaker(draft, "bad bargain")["name"] == "Harbor Times"


def test_a_publication_named_paragraphs_before_is_not_the_one_meant(draft):
    assert _speaker(draft, "misled everyone")["name"] != "Harbor Times"


def test_a_rival_newspaper_is_not_the_one_named(draft):
    assert _speaker(draft, "first to the docks")["name"] != "Harbor Times"
