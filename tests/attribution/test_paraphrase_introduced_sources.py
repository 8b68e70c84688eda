"""An unnamed source brought in by a sentence of reported speech with no quotation (`according to an engineer for
X`, `A senior Velmora official … said the province …`) and quoted later by a short definite form (`the engineer
said`) keeps what the introduction said of it: the body named after its role, and a place word the tagger took for
a person's name (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, speaker_of

CHANNEL = (
    "Harbor board delays dredging plan\n\n"
    "The Harbor Commission put off a vote on Tuesday on dredging the east channel, citing the cost of moving silt.\n\n"
    "A senior Velmora official, who asked not to be named because the talks were private, said the province would "
    "not pay for the work.\n\n"
    "\u201cWe have paid for the last three dredgings,\u201d the official said. "
    "\u201cIt is someone else's turn.\u201d\n\n"
    "Shipping firms said the delay would cost them business.\n"
)

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

channel = draft_fixture(CHANNEL)


@pytest.mark.parametrize("quote", ["paid for the last three", "someone else's turn"])
def test_a_place_word_before_the_role_does_not_hide_the_introduction(channel, quote):
    speaker = speaker_of(channel, quote)
    assert speaker["type"] == "unnamed"
    assert speaker["title"] == "senior Velmora official"


@pytest.mark.parametrize("draft", [PUMPS, PUMPS_SAID], ids=["according-to", "said"])
def test_the_body_named_after_the_same_role_is_the_sources(check, draft):
    quote = next(q for q in check(draft)["quotes"] if "greased that valve" in q["text"])
    assert quote["speaker"]["type"] == "unnamed"
    assert quote["speaker"]["title"] == "engineer"
    assert (quote["affiliation"] or {}).get("name") == "Tarn Valley Water Company"
