"""A description that is the subject of a clause naming someone after it (`the harbor commissioner is
billing Roe`) is not that someone, even where the draft took the bare surname for no mention; a
relative with another given name (`Ada Marsh`) does not stand for the person named before. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, draft_fixture, speaker_of
from quoteguard.attribution.descriptions import _may_be, _names_in_own_clause

DRAFT = (
    "Dov Marsh spoke at the pier on Friday. The former mayor christened a tugboat for Ada Marsh, his sister.\n\n"
    "“She will win,” Dov Marsh said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_name_in_the_clause_of_a_description_is_read_there(pipeline, kb):
    d = analysed_draft(pipeline, kb, "Ann Roe has run the crane yard for twenty years. "
                                     "The harbor commissioner is billing Roe for the cranes.")
    head = next(k for k in range(len(d.t)) if d.low(k) == "commissioner")
    assert ("roe",) in _names_in_own_clause(d, head)


def test_a_surname_alone_may_be_the_person_another_given_name_not():
    assert _may_be("Ann Roe", [("roe",)])
    assert not _may_be("Dov Marsh", [("ada", "marsh")])


def test_a_relative_named_in_the_clause_leaves_the_person_named_before(draft):
    assert speaker_of(draft, "She will win")["title"] == "former mayor"
