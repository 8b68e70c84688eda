"""A description set off by a comma right before a name is that person's title also when it follows a
copula (`is the ferry line's chief engineer, X`), joins two titles (`treasurer and former ferry pilot, X`)
or holds a word the tagger calls a verb that modifies its role (`the expected candidate for chair, X`).
(That a name opening an aside, `The dockers, X said, were …`, takes none is tested with the opening
descriptions.) Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The inspector in the photo, the crew said, is the ferry line's chief engineer, Sven Ardent. "
    "“No comment today,” Ardent said.\n\n"
    "The harbor board's treasurer and former ferry pilot, Nadia Pell, said she might run. "
    "“I will think about it,” Pell said.\n\n"
    "The union's expected candidate for chair, Lea Quist, said the dockers trust her. “They trust me,” Quist said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_after_a_copula_is_the_title(draft):
    assert speaker_of(draft, "No comment today")["title"] == "ferry line's chief engineer"


def test_two_titles_joined_by_and_are_one_persons(draft):
    assert speaker_of(draft, "I will think about it")["title"] == "treasurer and former ferry pilot"


def test_a_modifier_tagged_as_a_verb_stays_in_a_set_off_title(draft):
    assert speaker_of(draft, "They trust me")["title"] == "expected candidate for chair"

