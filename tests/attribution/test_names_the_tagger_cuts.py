"""A person's name the tagger cuts in two or hides is still one person: a given name it leaves with the
title before a (two-word) surname, so that the surname alone later finds the full name and the title.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "The ferry board met on Tuesday. "


def test_a_given_name_cut_from_a_two_word_surname_joins_it(check):
    draft = check(OPENING + "Harbor Rep. Linda Marsh Tolliver, the board's chair, opened the hearing.\n\n"
                            "\u201cThe ferries will run on time,\u201d Marsh Tolliver said.\n")
    speaker = speaker_of(draft, "run on time")
    assert speaker["name"] == "Linda Marsh Tolliver"
    assert speaker["title"] == "Harbor Rep."
