"""`As Roe spoke,` says when, not what: the quote in the main clause after it is that clause's, on sentences written
for these tests."""

from __future__ import annotations

from conftest import sieve_source


def test_the_main_clause_speaks_after_as_someone_spoke(pipeline, kb):
    text = ("As Roe spoke at the pier, Kessler stood at the back and dismissed her proposal as “a fantasy” for anyone "
            "who listened.")
    assert sieve_source(pipeline, kb, text) == ("clause-subject", "Kessler")


def test_as_someone_said_stays_a_reporting_tag(pipeline, kb):
    text = "As Ann Roe said, the new toll is “a tax on the sea.”"
    assert sieve_source(pipeline, kb, text) == ("before", "Ann Roe")
