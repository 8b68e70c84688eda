"""Whom a he/she stands for when the sentences before it describe someone: a relative a possessive owns
(`her son`, `his wife`) is someone else and says nothing of the person's own gender, and an unnamed source a
she stood for is never a later he (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

BAKERY = (
    "Fire guts corner bakery\n\n"
    "A fire destroyed a family bakery in the old market quarter early on Sunday, the fire service said.\n\n"
    "Its owner, Hortense Achterberg, 58, is staying with her son until the flat above the shop can be repaired. "
    "\u201cForty years of work went up in a single night,\u201d she said.\n"
)

ALLOTMENTS = (
    "Allotment prize goes to newcomer\n\n"
    "The giant marrow trophy went to a first-time grower at the county show on Saturday.\n\n"
    "Her neighbour on the plots, Desmond Pettigrew, who grows onions with his wife, was runner-up. "
    "Ingrid Solvang, 44, has tended her plot with her husband since the spring. "
    "\u201cWe only meant to grow a few beans,\u201d she said.\n"
)

CHEESE_STALL = (
    "Market stall closes after two decades\n\n"
    "The cheese stall at the Wednesday market served its last customers this week.\n\n"
    "Lorcan Tibbet, her husband, ran the stall beside her for twenty years and kept the accounts. "
    "\u201cCheddar always outsold the rest of the counter,\u201d he said.\n"
)

NIGHT_SHIFT = (
    "Night shift stretched at county hospital\n\n"
    "A nurse on the night shift described the ward as overflowing. She said she had worked fourteen hours "
    "without a break. \u201cWe ran out of beds before midnight,\u201d she said.\n\n"
    "The hospital trust has promised two extra wards by the spring. "
    "\u201cThat will not help us this winter,\u201d he said.\n"
)


def test_a_son_owned_by_her_possessive_leaves_her_a_she(check):
    speaker = speaker_of(check(BAKERY), "Forty years")
    assert speaker["name"] == "Hortense Achterberg"


def test_a_husband_and_a_wife_owned_by_possessives_leave_each_their_own_gender(check):
    speaker = speaker_of(check(ALLOTMENTS), "a few beans")
    assert speaker["name"] == "Ingrid Solvang"


def test_a_relation_that_opens_the_appositive_is_the_person_named(check):
    speaker = speaker_of(check(CHEESE_STALL), "outsold")
    assert speaker["name"] == "Lorcan Tibbet"


def test_an_unnamed_source_a_she_stood_for_is_no_later_he(check):
    draft = check(NIGHT_SHIFT)
    assert "nurse" in speaker_of(draft, "out of beds")["name"]
    assert "nurse" not in speaker_of(draft, "this winter")["name"]
