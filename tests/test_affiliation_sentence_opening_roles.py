"""A sentence that opens with a role of several nouns right before a name (`Talk show host X`, `Radio
talk host X`) keeps all of them, though the tagger reads the first nouns as verbs. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Harbor pilots met on Monday.\n\n"
    "Talk show host Dov Kessler opened the evening. “The pier is safe,” Kessler said.\n\n"
    "Radio talk host Ann Roe was less sure. “The pier is old,” Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_compound_role_opening_a_sentence_keeps_its_first_nouns(draft):
    assert speaker_of(draft, "The pier is safe")["title"] == "Talk show host"


def test_a_three_noun_role_opening_a_sentence_keeps_them_all(draft):
    assert speaker_of(draft, "The pier is old")["title"] == "Radio talk host"
