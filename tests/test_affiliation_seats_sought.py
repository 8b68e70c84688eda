"""`Harbor Council candidate Ann Roe`: a body named before a candidate's role is the seat she runs for, not
a body she speaks for, but part of her role as written; a party named so stays her party. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“We will win the seat,” said Harbor Council candidate Ann Roe.\n\n"
    "“The count is fair,” said Green Party nominee Ivo Brandt.\n"
)

draft = draft_fixture(DRAFT)


def test_a_seat_sought_is_no_body_spoken_for(draft):
    assert quote_with(draft, "We will win the seat")["affiliation"] is None


def test_the_seat_sought_stays_in_the_title(draft):
    assert speaker_of(draft, "We will win the seat")["title"] == "Harbor Council candidate"


def test_a_party_named_before_a_nominee_stays_the_party(draft):
    assert quote_with(draft, "The count is fair")["speaker"]["party"] == "Green Party"
