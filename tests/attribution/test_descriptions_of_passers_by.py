"""A description of someone in passing (`the protester`, `the two men`), no office the person named
before may hold, is not that person, unless it says what they are (`Roe became the first woman to …`)
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import analysed_draft, draft_fixture, speaker_of
from quoteguard.attribution.descriptions import _description_head, _predicate

DRAFT = (
    "Dov Kessler spoke to the dock crews at the Eastport pier on Friday, and a protest by a small group broke out.\n\n"
    "The protester yelled from the back and held up a sign until guards led him away.\n\n"
    "\u201cWe will keep the ferry running,\u201d Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_someone_in_passing_is_not_the_person_named_last(draft):
    kessler = speaker_of(draft, "keep the ferry running")
    assert kessler["name"] == "Dov Kessler" and kessler["title"] != "protester"


def test_two_people_are_no_description_of_one(pipeline, kb):
    d = analysed_draft(pipeline, kb, "Dov Kessler met the harbor chief, and the two men talked for an hour.")
    first = next(k for k in range(len(d.t)) if d.low(k) == "the" and d.low(k + 1) == "two")
    assert _description_head(d, first) is None


def test_a_description_that_says_what_someone_is_may_be_them(pipeline, kb):
    d = analysed_draft(pipeline, kb, "Ann Roe took the helm on Friday. Roe became the first woman to pilot the ferry.")
    assert _predicate(d, next(k for k in range(len(d.t)) if d.low(k) == "woman"))
