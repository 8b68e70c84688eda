"""A plain lower-case noun right before a capitalised title heads a clause the named person's verb opens (`whatever
emergency measure Governor X signs`): it is no part of her
title; a body's or a place's word before the title (`campaign Chairman`, `state Rep.`) still is. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Whatever emergency measure Governor Ivo Pask signs, the ferries will stop at midnight.\n\n"
    "“The crews need rest,” Pask said.\n\n"
    "Later, state Rep. Tova Lind walked the pier. “The planks are rotten,” Lind said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_noun_heading_a_clause_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "The crews need rest")["title"] == "Governor"


def test_a_place_word_before_a_title_stays(draft):
    assert speaker_of(draft, "The planks are rotten")["title"] == "state Rep."
