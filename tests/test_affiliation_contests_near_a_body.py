"""A party's contest named in a nameless description linked to the person named before it (`The Republican
nomination is still open`) gives her its party only when nothing else is said of her: a body she speaks
for (`a host at Harbor Radio`) says the contest is someone else's. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Ann Roe, a host at Harbor Radio, spent Monday with voters in Dunmore. The Republican nomination is still "
    "open, listeners heard. “Nobody has it yet,” Roe said.\n\n"
    "Tom Ferris owns a ferry line in Mayfield. The Republican primary in June is his to lose. "
    "“I will keep the boats running,” Ferris said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_contest_near_someone_who_speaks_for_a_body_gives_no_party(draft):
    assert speaker_of(draft, "Nobody has it yet")["party"] is None
    assert quote_with(draft, "Nobody has it yet")["affiliation"]["name"] == "Harbor Radio"


def test_a_contest_near_someone_with_no_body_gives_its_party(draft):
    assert speaker_of(draft, "keep the boats running")["party"] == "Republican Party"
