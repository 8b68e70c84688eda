"""A description acted on inside a relative clause whose subject is `who` after a name (`said Ann Roe, who
described the lawyer's visit`) is someone that person acts on, not that person (invented sentences,
real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ann Roe ran the ferry office in Eastport for a decade before the harbor board let her go.\n\n"
    "\u201cHe did try to scare me,\u201d said Roe, who described the lawyer\u2019s visit in her memoir.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_in_the_relative_clause_of_a_name_is_not_that_person(draft):
    roe = speaker_of(draft, "try to scare me")
    assert roe["name"] == "Ann Roe" and roe["title"] != "lawyer"
