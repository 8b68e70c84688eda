"""`In a statement released while the hearing was under way, the Rural Broadband Office said it had … "…," it
said.`: the `it` is the main clause's subject, the office, not the subject of the clause set before it (`the
hearing`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

CLAUSE_BEFORE = (
    "Broadband hearing\n\n"
    "In a statement released while the hearing was under way, the Rural Broadband Office said it had referred the "
    'contractor to prosecutors. "The office will recover every dollar," it said.\n'
)

clause_before = draft_fixture(CLAUSE_BEFORE)


def test_it_is_the_main_clause_subject_not_the_subject_of_a_clause_before_it(clause_before):
    speaker = speaker_of(clause_before, "recover every dollar")
    assert (speaker["name"], speaker["type"]) == ("Rural Broadband Office", "organisation")
