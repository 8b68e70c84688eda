"""A title in two words whose first alone is none (`Public Advocate`) ends a body's name the tagger
ran on into it (`Eastland City Public Advocate Mia Holt`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = "“The rents are a scandal,” Eastland City Public Advocate Mia Holt said.\n"

draft = draft_fixture(DRAFT)


def test_a_two_word_title_after_a_body_is_the_title_not_part_of_the_body(draft):
    assert speaker_of(draft, "The rents are a scandal")["title"] == "Public Advocate"
    assert (quote_with(draft, "The rents are a scandal")["affiliation"] or {}).get("name") == "Eastland City"
