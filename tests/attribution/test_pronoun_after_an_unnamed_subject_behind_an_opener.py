"""A he/she after a sentence whose subject is someone the draft does not name is that someone, also when an opening
phrase stands before the subject and the parse loses it: the opener's preposition hung on the subject
(`Midway through, a man …`), or the subject read as the opener's apposition (`Near the exit, a young mother …,
who …, said`). Before, the he/she went to someone named earlier. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "\u201cWe had 4,000 people inside,\u201d said Tamsin Oke, a spokeswoman for the campaign.\n\n"
    "Near the exit, a young mother holding a toddler, who asked that her name not be used, said she had come for "
    "one reason. \u201cI\u2019m here for the clinic,\u201d she said.\n\n"
    "\u201cWe had more on the lawn,\u201d said Dale Forst, a field organizer.\n\n"
    "Midway through, a man near the bleachers began yelling through a bullhorn. \u201cYou will close every "
    "farm!\u201d he shouted.\n"
)

draft = draft_fixture(DRAFT)


def test_she_is_the_unnamed_subject_read_as_an_openers_apposition(draft):
    who = speaker_of(draft, "here for the clinic")
    assert who["type"] == "unnamed"
    assert who["name"] != "Tamsin Oke"


def test_he_is_the_unnamed_subject_after_an_openers_preposition(draft):
    who = speaker_of(draft, "close every farm")
    assert who["type"] == "unnamed"
    assert who["name"] == "a man near the bleachers"
