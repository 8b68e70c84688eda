"""A place the tagger took for a person (`Nevada’s voters`) is no one a description can stand for: the
search for the person named before a description (`the two-term commissioner`) passes over it to the
person the draft names. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Tobias Wrenfield lost Nevada’s Republican caucus. Nevada’s voters had little use for the two-term "
    "harbor commissioner. “We will keep going,” Wrenfield said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_passes_over_a_place_read_as_a_person(draft):
    assert speaker_of(draft, "We will keep going")["title"] == "two-term harbor commissioner"
