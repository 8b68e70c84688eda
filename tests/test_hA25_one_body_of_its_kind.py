"""A council member's post serves the one local council the draft names, read as a worker's workplace is
(`bodies.one_body_named`): a name opening on `St.` keeps it, and a shorter name of the same council before a title
(`Borough Council Leader Ivo Brandt`) is that council, not a second one. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

SAINT = draft_fixture(
    "St. Alder Borough Council will collect bins every three weeks from April, the council said on Monday.\n\n"
    "\"Residents deserve better than this,\" said councillor Ann Roe.\n")

SHORTER = draft_fixture(
    "Thornbury Borough Council will collect bins every three weeks from April.\n\n"
    "Borough Council Leader Ivo Brandt defended the plan at a meeting on Monday.\n\n"
    "\"Residents deserve better than this,\" said councillor Ann Roe.\n")


def _org(doc: dict, snippet: str) -> str | None:
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_a_council_named_with_a_saint_keeps_it(SAINT):
    assert _org(SAINT, "deserve better") == "St. Alder Borough Council"


def test_a_shorter_name_of_the_council_before_a_title_is_the_same_council(SHORTER):
    assert _org(SHORTER, "deserve better") == "Thornbury Borough Council"
