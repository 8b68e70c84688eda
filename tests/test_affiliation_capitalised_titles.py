"""A listed title written in capitals whose first word alone is none (`National Security Adviser`) is
the title whole, not a body (`National Security`) and a bare `Adviser`. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“The harbor needs dredging,” National Security Adviser Dov Kessler said.\n\n"
    "“The ferry needs a new pier,” Homeland Security Secretary Ann Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_capitalised_title_is_read_whole(draft):
    assert speaker_of(draft, "The harbor needs dredging")["title"] == "National Security Adviser"
    assert quote_with(draft, "The harbor needs dredging")["affiliation"] is None


def test_a_capitalised_title_keeps_the_department_it_names(draft):
    assert speaker_of(draft, "The ferry needs a new pier")["title"] == "Homeland Security Secretary"
    assert quote_with(draft, "The ferry needs a new pier")["affiliation"]["name"] == "Department of Homeland Security"
