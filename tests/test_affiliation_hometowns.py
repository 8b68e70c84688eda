"""Where someone lives is no body she speaks for, even when the tagger takes a small town for an
organisation: `Ann Roe, 41, of Lakeport` (the newsroom's hometown after an age) and `Concordia
resident Dov Kessler`. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“The ferry is late again,” complained Ann Roe, 41, of Lakeport.\n\n"
    "“The tolls keep rising,” said Concordia resident Dov Kessler.\n\n"
    "“The pier is unsafe,” said Mia Holt of the Harbor Institute.\n"
)

draft = draft_fixture(DRAFT)


def _body(snippet: str, doc: dict) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_town_after_an_age_is_no_body(draft):
    assert _body("The ferry is late again", draft) is None


def test_a_town_before_resident_is_no_body(draft):
    assert _body("The tolls keep rising", draft) is None
    assert "resident" in speaker_of(draft, "The tolls keep rising")["title"]


def test_a_body_after_of_without_an_age_is_kept(draft):
    assert _body("The pier is unsafe", draft) == "Harbor Institute"
