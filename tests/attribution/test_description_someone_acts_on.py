"""A description someone named acts on (`Dov Kessler asked the Republican nominee`) is not that person, but a
newsroom's second reference to someone named before them: the draft's title for her. Invented sentences,
real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\u201cWe will keep the docks open,\u201d Roe said.\n"


def test_a_description_acted_on_is_the_one_named_before_the_actor(check):
    draft = check("Ann Roe toured the harbor on Monday.\n\n"
                  "Later that day, Dov Kessler pressed the Republican nominee about the ferry plan. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] == "Republican nominee"


def test_the_actor_is_never_the_description(check):
    draft = check("Reporters waited at the harbor on Monday.\n\n"
                  "Ann Roe pressed the Republican nominee about the ferry plan. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] is None


def test_what_the_one_acted_on_became_names_no_one_else(check):
    draft = check("Ann Roe toured the harbor on Monday.\n\n"
                  "Years ago Dov Kessler's daughter Tova was crowned the festival queen. " + QUOTE)
    assert speaker_of(draft, "keep the docks open")["title"] is None
