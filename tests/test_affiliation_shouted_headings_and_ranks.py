"""Capitals and numbers that name no body: a run-in heading set in capitals before a sentence
(`TUNNEL REOPENS AFTER REPAIRS Dunmore Transit Director X`) is no part of the title after it, and `the No. 3 in
the caucus` is a rank, not a body called `No.`. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "TUNNEL REOPENS AFTER REPAIRS Dunmore Transit Director Ola Brenn said crews worked nights. "
    "“We never stopped,” Brenn said.\n\n"
    "Kai Rusk, the No. 3 in the Eastland Republican caucus, opposed the bridge. "
    "“The bridge costs too much,” Rusk said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_heading_in_capitals_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "We never stopped")["title"] == "Dunmore Transit Director"


def test_a_numbered_rank_is_no_body(draft):
    affiliation = quote_with(draft, "The bridge costs too much")["affiliation"]
    assert affiliation is None or not affiliation["name"].startswith("No")
