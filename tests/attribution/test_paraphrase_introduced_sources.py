"""An unnamed source brought in by a sentence of reported speech with no quotation (`according to an engineer for
X`, `An engineer for X said …`) and quoted later by a short definite form (`the engineer said`) keeps the body
named after its role; `one of the inspectors`, after `Two inspectors at X`, serves X (invented sentences, real
pipeline)."""

from __future__ import annotations

import pytest

PUMPS = (
    "Pumping station failed twice in a week\n\n"
    "The Ostry pumping station shut down on Thursday for the second time in a week, leaving four villages without "
    "water.\n\n"
    "The failures began when a valve seized, according to an engineer for the Tarn Valley Water Company.\n\n"
    "\u201cNobody had greased that valve in years,\u201d the engineer said.\n"
)

PUMPS_SAID = (
    "Pumping station failed twice in a week\n\n"
    "The Ostry pumping station shut down on Thursday for the second time in a week, leaving four villages without "
    "water.\n\n"
    "An engineer for the Tarn Valley Water Company said the failures began when a valve seized.\n\n"
    "\u201cNobody had greased that valve in years,\u201d the engineer said.\n"
)

@pytest.mark.parametrize("draft", [PUMPS, PUMPS_SAID], ids=["according-to", "said"])
def test_the_body_named_after_the_same_role_is_the_sources(check, draft):
    quote = next(q for q in check(draft)["quotes"] if "greased that valve" in q["text"])
    assert quote["speaker"]["type"] == "unnamed"
    assert quote["speaker"]["title"] == "engineer"
    assert (quote["affiliation"] or {}).get("name") == "Tarn Valley Water Company"


HULL = (
    "Ferry kept sailing with a cracked hull\n\n"
    "The Marrow Point ferry carried passengers for six weeks after a crack was found in its hull, records show.\n\n"
    "Two inspectors at the regional Ferry Safety Board, who were not allowed to speak for the board, said the crack "
    "had been logged in April.\n\n"
    "\u201cWe flagged it and nobody called us back,\u201d one of the inspectors said.\n"
)

HULL_OTHER_GROUP = (
    "Ferry kept sailing with a cracked hull\n\n"
    "The Marrow Point ferry carried passengers for six weeks after a crack was found in its hull, records show.\n\n"
    "Two inspectors at the regional Ferry Safety Board said the crack had been logged in April.\n\n"
    "Inspectors hired by the ferry's owner said they had never been shown the log.\n\n"
    "\u201cWe flagged it and nobody called us back,\u201d one of the inspectors said.\n"
)


def test_one_of_a_counted_group_serves_the_body_named_after_it(check):
    quote = next(q for q in check(HULL)["quotes"] if "nobody called us back" in q["text"])
    assert quote["speaker"]["type"] == "unnamed"
    assert quote["speaker"]["title"] == "inspector"
    assert "Ferry Safety Board" in ((quote["affiliation"] or {}).get("name") or "")


def test_a_nearer_group_said_without_a_number_keeps_no_body(check):
    quote = next(q for q in check(HULL_OTHER_GROUP)["quotes"] if "nobody called us back" in q["text"])
    assert not (quote["affiliation"] or {}).get("name")
