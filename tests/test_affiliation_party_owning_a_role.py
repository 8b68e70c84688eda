"""`The Republican Party's likely White House nominee, Ann Velde`: a party owning a candidate's role is her
party, read apart from the seat the role names after it; a body that is no party owning a role gives none.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The Republican Party’s likely White House nominee, Ann Velde drew a large crowd in Eastland.\n\n"
    "“We will win the state,” Velde said on Monday.\n\n"
    "The Harbor Trust’s chief executive, Tom Kessler, has run it for a decade.\n\n"
    "“We will keep the ferry,” Kessler said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_party_owning_a_nominees_role_is_her_party(draft):
    speaker = speaker_of(draft, "win the state")
    assert speaker["name"] == "Ann Velde"
    assert speaker["party"] == "Republican Party"


def test_a_body_owning_a_role_is_no_party(draft):
    assert speaker_of(draft, "keep the ferry")["party"] is None
