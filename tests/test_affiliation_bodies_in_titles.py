"""A title that keeps its body in its opening words (`Ferry Committee Chairman` opening a sentence, `an RNC
committeewoman`, `Army Capt.`) names the organisation: a body's head word, a known organisation or an armed
service; a veteran or a retired officer no longer serves in it, and a place opening a title is no body.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Ferry Committee Chairman Dov Kessler toured the new pier on Monday.\n\n"
    "“It is a bad plan,” Kessler said.\n\n"
    "“The port needs money,” Lena Marsh, an RNC committeewoman from Eastland, told the board.\n\n"
    "Army Capt. Ann Roe spoke first.\n\n"
    "“We are ready,” Roe said.\n\n"
    "“I served for years,” said Tom Ruhl, an Army veteran from Eastland.\n\n"
    "“The drills were too short,” said retired Army Col. Ivo Brandt.\n\n"
    "Tide League leader Pat Okafor rallied supporters on Sunday.\n\n"
    "“We are the future,” Okafor said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_body_opening_a_title_is_the_organisation(draft):
    assert body_of(draft, "It is a bad plan") == "Ferry Committee"
    assert body_of(draft, "We are the future") == "Tide League"


def test_a_known_organisation_opening_a_title_is_the_organisation(draft):
    assert body_of(draft, "The port needs money") == "Republican Party"


def test_an_armed_service_opening_a_title_is_the_organisation(draft):
    assert body_of(draft, "We are ready") == "Army"


def test_a_veteran_or_a_retired_officer_serves_in_no_service(draft):
    assert body_of(draft, "I served for years") is None
    assert body_of(draft, "The drills were too short") is None
