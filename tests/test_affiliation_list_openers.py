"""A list's opening word before a title (`including the Harbor Party's chairman, Dan Morrow`) says the person
is one of several, no part of her title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The council met on Tuesday. Several leaders spoke, including the Harbor Party's chairman, Dan Morrow, "
    "who was blunt. “We will not give up on the port,” Morrow said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_list_opener_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "give up on the port")["title"] == "chairman"
    assert quote_with(draft, "give up on the port")["affiliation"]["name"] == "Harbor Party"
