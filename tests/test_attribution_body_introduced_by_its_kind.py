"""A name the draft introduces after a description of a body (`the streaming service Harpline`) is that body's
wherever it speaks (`Harpline said`), and `the company said` after it is the body too; a person named in full keeps her
surname (`The company Roe founded`). Invented sentences; the real Stanza models."""

from __future__ import annotations

from conftest import speaker_of

DRAFT = ("Talks collapse\n\n"
         "Talks between session musicians and the streaming service Harpline broke down on Friday.\n\n"
         "Harpline said in a written statement that the rule touched \"a very small share\" of listening.\n\n"
         "\"Our door stays open,\" the company said.\n")

PERSON = ("Lamp maker grows\n\n"
          "Ann Roe started out selling lamps at a market stall. The company Roe founded in 2001 now employs 300 "
          "people.\n\n"
          "\"We grew faster than anyone planned,\" Roe said.\n")


def test_a_name_introduced_by_its_kind_speaks_as_the_body(check):
    speaker = speaker_of(check(DRAFT), "very small share")
    assert (speaker["name"], speaker["type"]) == ("Harpline", "organisation")


def test_the_company_after_it_is_that_body(check):
    assert speaker_of(check(DRAFT), "door stays open")["name"] == "Harpline"


def test_a_person_named_in_full_keeps_her_surname(check):
    speaker = speaker_of(check(PERSON), "grew faster")
    assert (speaker["name"], speaker["type"]) == ("Ann Roe", "person")
