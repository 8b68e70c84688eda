"""An outlet's possessive the tagger leaves unmarked before a name it marks a person (`Lantern's Ann
Roe`) names the body she works for; a place's or a person's possessive does not. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "“The harbor needs dredging,” wrote Lantern's Ann Roe.\n\n"
    "As Tidewater's Dov Kessler put it, “The ferry schedule is a puzzle.”\n\n"
    "Ivo Marek toured the pier on Monday. “The pier will hold,” Marek's Lena Ostrova said.\n\n"
    "“The tolls are too high,” Ohio's Mia Holt said.\n"
)

draft = draft_fixture(DRAFT)


def _body(snippet: str, doc: dict) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_an_untagged_possessor_before_a_person_is_her_outlet(draft):
    assert _body("The harbor needs dredging", draft) == "Lantern"


def test_the_clause_opener_is_no_part_of_the_outlet_or_the_speaker(draft):
    assert _body("The ferry schedule", draft) == "Tidewater"
    assert quote_with(draft, "The ferry schedule")["speaker"]["mention"] == "Tidewater's Dov Kessler"


def test_a_person_named_in_the_draft_is_no_outlet(draft):
    assert _body("The pier will hold", draft) is None


def test_a_state_is_no_outlet(draft):
    assert _body("The tolls are too high", draft) is None
