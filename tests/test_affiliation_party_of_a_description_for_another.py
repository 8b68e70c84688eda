"""A columnist named with her paper is not the party's candidate a description near her speaks of
(`Eastport Courier columnist X argued that the Democratic candidate and former judge “…”`): a party read only
from a nameless description is dropped when a named mention states a body she speaks for in a role that is no
party post or candidacy. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Eastport Courier columnist Yelena Whitcomb argued on Sunday that the Democratic candidate and former judge "
    "“gave clear answers” to the panel. “She was calm,” Whitcomb said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_columnist_keeps_her_paper_and_gets_no_party(draft):
    assert speaker_of(draft, "She was calm")["party"] is None
    assert quote_with(draft, "She was calm")["affiliation"]["name"] == "Eastport Courier"
