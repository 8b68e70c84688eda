"""A word for a time of life right before a name (`Teenager Ann Roe`, `local schoolgirl Ann Roe`; `life_stage_nouns`)
says who she is, not a post she holds: no title. With the body she belongs to before it (`Eastmere University
student Ann Roe`) it stays her title. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "PORT ALDER — Teenager Silas Marrow won the regional chess final on Sunday.\n\n"
    "Marrow, 16, needed four hours for the last game. “My hands were shaking,” Marrow said.\n\n"
    "Veldmoor College student Anouk Pryce watched from the front row. “He never looked worried,” Pryce said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_life_stage_word_before_the_name_is_no_title(draft):
    speaker = speaker_of(draft, "My hands were shaking")
    assert speaker["name"] == "Silas Marrow"
    assert speaker["title"] is None


def test_a_life_stage_word_after_a_body_stays_the_title(draft):
    assert speaker_of(draft, "He never looked worried")["title"] == "student"
    assert (quote_with(draft, "He never looked worried")["affiliation"] or {}).get("name") == "Veldmoor College"
