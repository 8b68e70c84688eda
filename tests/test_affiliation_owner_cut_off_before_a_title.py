"""A body that owns the title before a name, written as a possessive the mention does not take in (`praised
Velde News’ political editor Ann Roe`), is hers when it ends in an organisation word or is a known body; a
country's or a person's possessive is no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The mayor on Monday praised Velde News’ political editor Ann Roe at the pier. “Can you explain the toll?” "
    "Roe asked the mayor.\n\n"
    "The mayor also thanked Tom Ferris’s campaign manager Ivo Brandt. “We will be back,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def _org(doc: dict, snippet: str) -> str | None:
    assert speaker_of(doc, snippet)
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_an_outlet_possessive_before_the_title_is_her_body(draft):
    assert _org(draft, "explain the toll") == "Velde News"


def test_a_person_possessive_is_no_body_of_hers(draft):
    assert _org(draft, "We will be back") != "Tom Ferris"
