"""An office a person holds now beats a post she held, however fully the old one is written (`Governor
Dov Kessler`, later `Kessler, a former Eastland harbor commissioner`); a description that is no office (`a
loyal ally`) does not push a former post aside. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Governor Dov Kessler visited the ferry terminal on Monday.\n\n"
    "Kessler, a former Eastland harbor commissioner, said: “The ferries will run again by spring.”\n\n"
    "Ann Roe, a former Eastland city treasurer, toured the pier.\n\n"
    "Roe, a loyal friend of the fishermen, said: “The pier needs a new roof.”\n"
)

draft = draft_fixture(DRAFT)


def test_an_office_held_now_beats_a_longer_former_post(draft):
    assert speaker_of(draft, "The ferries will run")["title"] == "Governor"


def test_a_description_that_is_no_office_leaves_the_former_post(draft):
    assert speaker_of(draft, "needs a new roof")["title"] == "former city treasurer"  # (Eastland: her body)
