"""A role linked to a name by `for`/`to` (`a spokesman for Sen. Paul Amery`) is held by someone who serves
that person: `the spokesman said` afterwards is that unnamed spokesman, not the senator. A role set off before a
name by a comma (`a spokeswoman for the authority, Tessa Marr`) is still hers."""

from __future__ import annotations

from tests.conftest import draft_fixture

SERVED = (
    "Asked about the ferry levy, a spokesman for Sen. Paul Amery pointed to the harbour hearings. "
    "\"He wants the tide tables first,\" the spokesman said.\n"
)
HELD = (
    "\"The new timetable starts on Monday,\" said a spokeswoman for the Kelby Port Authority, Tessa Marr. "
    "\"Crossings will run every forty minutes,\" the spokeswoman said.\n"
)

served = draft_fixture(SERVED)
held = draft_fixture(HELD)


def test_the_spokesman_for_a_senator_is_not_the_senator(served):
    speaker = served["quotes"][0]["speaker"]
    assert speaker["name"] != "Paul Amery"
    assert speaker["anonymous"] is True
    assert speaker["title"] == "spokesman"


def test_a_spokeswoman_named_after_her_role_stays_herself(held):
    speaker = held["quotes"][1]["speaker"]
    assert speaker["name"] == "Tessa Marr"
    assert speaker["anonymous"] is False
