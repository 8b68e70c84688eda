"""A person named as the subject of a party's contest (`swept the Eastland Democratic caucuses`, `, who is
running for the Republican nomination`) runs in it, so the party is hers; a share of a thing of the
contest (`a third of the Republican primary vote`) says nothing. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "In March, Nora Velde swept the Eastland Democratic caucuses with ease. “The pilots voted for me,” Velde said.\n\n"
    "After a long count, Ben Cole narrowly won Dunmore’s Republican primary for sheriff. “It was close,” Cole said.\n\n"
    "Abe Lind won a third of the Democratic primary vote in Harbin. “The count was fair,” Lind said.\n"
)

draft = draft_fixture(DRAFT)


def test_caucuses_she_swept_give_her_their_party(draft):
    assert speaker_of(draft, "The pilots voted for me")["party"] == "Democratic Party"


def test_a_primary_he_won_gives_him_its_party(draft):
    assert speaker_of(draft, "It was close")["party"] == "Republican Party"


def test_a_share_of_a_primary_vote_gives_no_party(draft):
    assert speaker_of(draft, "The count was fair")["party"] is None
