"""One counted among a party's people is one of its own: `Sen. X of Eastland, one of the two Republicans who
voted yes`, `Rep. X, one of two Democrats on the panel`, `X, among the few Republicans to back it`. The `of`
of `one of` says which group she is in, not whom she serves. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The ferry levy passed the Senate on Tuesday.\n\n"
    "Sen. Orla Penhallow of Eastland, one of the two Republicans who voted yes, said she had read the bill twice. "
    "“It keeps the boats running,” Penhallow said.\n\n"
    "Rep. Tobias Quell, one of three Democrats on the finance panel, was less sure. "
    "“The sums are thin,” Quell said.\n\n"
    "Ines Marrow, among the few Republicans to back the levy at home, spoke last. “Harbors matter,” Marrow said.\n\n"
    "Dara Lunt, an aide to one of the Democrats, said the vote was close. “It went to the wire,” Lunt said.\n"
)

draft = draft_fixture(DRAFT)


def test_one_of_a_partys_people_is_of_that_party(draft):
    assert speaker_of(draft, "It keeps the boats running")["party"] == "Republican Party"
    assert speaker_of(draft, "The sums are thin")["party"] == "Democratic Party"
    assert speaker_of(draft, "Harbors matter")["party"] == "Republican Party"


def test_an_aide_to_one_of_a_partys_people_is_not_counted_among_them(draft):
    assert speaker_of(draft, "It went to the wire")["party"] is None
