"""A federal judge's title names the court (`U.S. District Judge X` → U.S. District Court), not the country
alone; a court opening a justice's title (`Supreme Court Justice X`) is hers. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "U.S. District Judge Pat Okafor ruled on Friday.\n\n"
    "“The law is clear,” Okafor wrote.\n\n"
    "“The appeal is late,” said U.S. Circuit Judge Ida Lund.\n\n"
    "Supreme Court Justice Ann Roe spoke at the law school on Monday.\n\n"
    "“Judges must listen,” Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_federal_district_judge_speaks_for_the_district_court(draft):
    assert body_of(draft, "The law is clear") == "U.S. District Court"


def test_a_federal_circuit_judge_speaks_for_the_court_of_appeals(draft):
    assert body_of(draft, "The appeal is late") == "U.S. Court of Appeals"


def test_a_court_opening_a_title_is_the_organisation(draft):
    assert body_of(draft, "Judges must listen") == "Supreme Court"
