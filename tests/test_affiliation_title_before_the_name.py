"""Which of a person's titles the report shows: one stated before the name (`Actor Dov Kessler`) beats a
description set off after it (`Kessler, a longtime supporter of the ferry workers`), unless the description says
more of the same role (`Marsh, author of a memoir on lighthouses` over `author Lena Marsh`) or is an
office she holds (`Brandt, a two-term mayor of Eastland`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Actor Dov Kessler opened the harbor festival on Friday.\n\n"
    "Kessler, a longtime supporter of the ferry workers, said: “The films will run all week.”\n\n"
    "Author Lena Marsh signed books at the pier.\n\n"
    "Marsh, author of a memoir on lighthouses, said: “I wrote it in one winter.”\n\n"
    "Novelist Ivo Brandt read from his work.\n\n"
    "Brandt, a two-term mayor of Eastland, said: “The pier was my first office.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_title_before_the_name_beats_a_description_after_it(draft):
    assert speaker_of(draft, "The films will run")["title"] == "Actor"


def test_a_description_saying_more_of_the_same_role_is_kept(draft):
    assert speaker_of(draft, "I wrote it")["title"] == "author of a memoir on lighthouses"


def test_an_office_held_stated_after_the_name_is_kept(draft):
    assert speaker_of(draft, "my first office")["title"] == "two-term mayor"  # (of Eastland: the body shown)
