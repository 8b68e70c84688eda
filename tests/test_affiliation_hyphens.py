"""A body's name a hyphen joins (`Marlow-Kent`, `EHA-TCU`) is one body, not a body and a title
word; `press` before `secretary` opens a role (`Velde press secretary`), not a body's name.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "“The plant will reopen,” said Ann Roe, the former Marlow-Kent chief executive.\n\n"
    "“We have the votes,” EHA-TCU president Ivo Brandt said.\n\n"
    "The Velde campaign opened an office on the pier.\n\n"
    "“No comment,” Velde press secretary Tom Ruhl said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_hyphenated_body_before_a_role_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "The plant will reopen")["title"] == "former chief executive"


def test_a_hyphenated_acronym_is_one_body(draft):
    assert body_of(draft, "We have the votes") == "EHA-TCU"
    assert speaker_of(draft, "We have the votes")["title"] == "president"


def test_press_before_secretary_is_part_of_the_role(draft):
    assert speaker_of(draft, "No comment")["title"] == "Velde press secretary"
    assert body_of(draft, "No comment") == "Velde campaign"
