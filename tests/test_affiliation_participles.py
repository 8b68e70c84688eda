"""A title ends where a past participle opens a clause after its role (`a ferry inspector trusted by
every captain`), and keeps a word a hyphen glues to its first (`a one-time Velde backer`).
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "“We will hold the line,” said Dave Marko, a one-time Velde backer who now chairs the Dunmore "
    "County board.\n\n"
    "“It is a fair deal,” said Pia Lund, a ferry inspector trusted by every captain on the river.\n"
)

draft = draft_fixture(DRAFT)


def test_a_past_participle_after_the_role_ends_the_title(draft):
    assert speaker_of(draft, "It is a fair deal")["title"] == "ferry inspector"


def test_a_word_glued_on_by_a_hyphen_stays_in_the_title(draft):
    assert speaker_of(draft, "We will hold the line")["title"] == "one-time Velde backer"
