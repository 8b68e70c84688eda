"""A company officer (`Chief Executive Officer Ann Roe`) of whom no body is said runs the firm whose name opens the
story; a former officer, or a story that opens on something else, says no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

OPENS_ON_FIRM = (
    "Quillon Mills will shut its oldest paper line in March, cutting 200 jobs.\n\n"
    "“We held on to that line for as long as the orders came,” said Chief Executive Officer Grace Wilmot.\n\n"
    "“Nobody told the shift until the morning,” said former chief executive Ivo Brandt.\n"
)
OPENS_ELSEWHERE = (
    "Night-shift workers in Bellhaven learned on Thursday that their paper line would close.\n\n"
    "Quillon Mills blamed falling orders.\n\n"
    "“We held on to that line for as long as the orders came,” said Chief Executive Officer Grace Wilmot.\n"
)
DATELINED = (
    "Ferry operator to retire two vessels\n\n"
    "RIVERMOUTH (Wire) — Brantock Ferries will retire two of its oldest vessels next year.\n\n"
    "“Both boats have done forty winters on the strait,” said Chief Executive Mara Ostby.\n"
)

firm = draft_fixture(OPENS_ON_FIRM)
datelined = draft_fixture(DATELINED)
elsewhere = draft_fixture(OPENS_ELSEWHERE)


def test_an_officer_runs_the_firm_the_story_opens_on(firm):
    assert body_of(firm, "as long as the orders came") == "Quillon Mills"


def test_a_dateline_before_the_firm_is_passed_over(datelined):
    assert body_of(datelined, "forty winters") == "Brantock Ferries"


def test_a_former_officer_runs_no_firm(firm):
    assert body_of(firm, "Nobody told the shift") is None


def test_a_story_opening_on_something_else_names_no_firm(elsewhere):
    assert body_of(elsewhere, "as long as the orders came") is None
