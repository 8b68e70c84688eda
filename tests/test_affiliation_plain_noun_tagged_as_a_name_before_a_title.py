"""A lower-case noun the tagger took for a name (`convention` tagged PROPN) right before a capitalised title is
a word of the sentence, no part of the title; a ranked count glued to its letters (`1st Lt.`) is no such
noun. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Pier plans.\n\n"
    "Before the harbor union's spring convention Gov. Ada Velde praised the dockers. "
    "“They kept the port open,” Velde said.\n\n"
    "“The tide table was wrong,” said Coast Guard 2nd Lt. Ivo Brandt.\n"
)

draft = draft_fixture(DRAFT)


def test_a_noun_tagged_as_a_name_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "They kept the port open")["title"] == "governor"


def test_a_ranked_count_stays_in_the_title(draft):
    assert speaker_of(draft, "The tide table was wrong")["title"] == "2nd lieutenant"
