"""A description set off by dashes (`Lena Dorn — a teacher from Eastport — said`) is the person's, as
one set off by commas; an aside between dashes with a verb in it is not. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Lena Dorn — a teacher from Eastport — said the ferry was late. “We waited an hour,” she said.\n\n"
    "Tom Kessler — who had never missed a sailing — said the crew was tired. “They need rest,” he said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_between_dashes_is_the_persons_title(draft):
    assert speaker_of(draft, "We waited an hour")["title"] == "teacher from Eastport"


def test_an_aside_with_a_verb_between_dashes_is_no_title(draft):
    assert speaker_of(draft, "They need rest")["title"] is None
