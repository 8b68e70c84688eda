"""A post the lists hold whole (`secretary of state`, `chief of staff`) runs on through `of` after the title
word: a description built on it (`the onetime secretary of labor`) is linked however the clause uses it, as
object or possessive, and gives the person named before her title. Not the post named after `of` (`the
files of the secretary of state`), which says what a thing belongs to, whoever holds the post. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Wilhelmina Ostrova toured the flooded lighthouse at dawn. “The lamp survived,” Ostrova said.\n\n"
    "Ferry crews waved at the onetime secretary of labor while her launch turned back toward the quay.\n\n"
    "Bartholomew Quince inspected the canal locks on Tuesday. “The gates are rusting,” Quince said.\n\n"
    "Three unions praised the longtime chief of staff's plan for the canal.\n\n"
    "Cordelia Fenn sorted the harbor ledgers. “Nothing is missing,” Fenn said.\n\n"
    "The ledgers sat among the files of the secretary of state and the deputy secretary of state.\n"
)

draft = draft_fixture(DRAFT)


def test_a_post_running_on_through_of_is_the_title_of_the_person_named_before(draft):
    assert speaker_of(draft, "The lamp survived")["title"] == "onetime secretary of labor"


def test_a_possessive_description_of_such_a_post_is_linked_too(draft):
    assert speaker_of(draft, "The gates are rusting")["title"] == "longtime chief of staff"


def test_the_post_named_after_of_belongs_to_no_one_named_before(draft):
    assert speaker_of(draft, "Nothing is missing")["title"] is None
