"""A list's opening word before a title (`including the Harbor Party's chairman, Dan Morrow`) says the person
is one of several, no part of her title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, draft_fixture, quote_with, speaker_of

DRAFT = (
    "The council met on Tuesday. Several leaders spoke, including the Harbor Party's chairman, Dan Morrow, "
    "who was blunt. “We will not give up on the port,” Morrow said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_list_opener_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "give up on the port")["title"] == "chairman"
    assert quote_with(draft, "give up on the port")["affiliation"]["name"] == "Harbor Party"


def test_the_set_off_title_starts_after_the_list_opener(pipeline, kb):
    d = analysed_draft(pipeline, kb, DRAFT)
    first = next(k for k in range(len(d.t)) if d.t[k].text == "Dan")
    start = d.descriptor_before(first, first + 1)
    assert d.t[start].text == "the"
