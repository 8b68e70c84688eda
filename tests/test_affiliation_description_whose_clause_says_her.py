"""A description that is the subject of a clause saying `her` or `his` of it (`the harbor commissioner has
pinned her hopes on …`) describes someone of that gender: the search for the person named before passes
over a man named nearer, and a description whose clause says `his` is no woman named before. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Beverly Hollowell walked the flooded pier with Gregory Brice on Friday. The harbor commissioner has "
    "pinned her hopes on a new seawall. “The tide waits for no one,” Hollowell said.\n\n"
    "Gregory Brice spoke later at the boathouse. “Dredging starts in May,” Brice said.\n\n"
    "Patricia Lindqvist met the rowing club at noon. “The regatta is safe,” Lindqvist said. The marina director "
    "has spent most of his term chasing unpaid dues.\n"
)

draft = draft_fixture(DRAFT)


def test_her_in_the_clause_passes_over_a_man_named_nearer(draft):
    assert speaker_of(draft, "The tide waits for no one")["title"] == "harbor commissioner"
    assert speaker_of(draft, "Dredging starts in May")["title"] != "harbor commissioner"


def test_his_in_the_clause_is_no_woman_named_before(draft):
    assert speaker_of(draft, "The regatta is safe")["title"] is None
