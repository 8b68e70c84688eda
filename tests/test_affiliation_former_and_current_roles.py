"""A title coordinating a former post with a second one opened as a post of its own (`a former Westland
senator and a Republican presidential candidate`) holds the second post now: it is no former post that an
office named elsewhere (`Gov. Jane Roe` in the headline) pushes aside; the body of the former part (`a
former Harbor Union leader and a Velde supporter`) is still no body the person speaks for. Invented
sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Gov. Jane Roe visits Eastland\n\n"
    "Jane Roe, a former Westland senator and a Republican presidential candidate, spoke to voters on Monday.\n\n"
    "“The ferries will run again by spring,” Roe said.\n\n"
    "“Fares will go up,” said Ben Moss, a former Harbor Union leader and a Velde supporter.\n"
)

draft = draft_fixture(DRAFT)


def test_a_title_with_a_post_held_now_is_no_former_post(draft):
    title = speaker_of(draft, "The ferries will run")["title"]
    assert title.startswith("former") and title.endswith("and a Republican presidential candidate")


def test_the_former_part_names_no_body_spoken_for(draft):
    quote = quote_with(draft, "Fares will go up")
    assert quote["speaker"]["name"] == "Ben Moss"
    assert not quote.get("affiliation")


POSTS_HELD_NOW = [
    # a relative clause longer than a plain appositive, ending on the post held now and its body
    ("\u201cRule two was the one people forgot,\u201d said Priya Santos, who worked under Pell as a legislative "
     "director from 2004 to 2012 and is now vice president for public policy at the Cascadia Nurses Alliance.\n",
     "Rule two", "vice president for public policy", "Cascadia Nurses Alliance"),
    # `who was …, and is now …`: the post after `and is now`
    ("Tobias Renn, who was Halvorsen's communications director from 2011 to 2017 and is now a partner at "
     "Brightwater Strategies, a consulting firm, said the chapter was no surprise. \u201cShe has carried that "
     "chapter around for ten years,\u201d Renn said.\n",
     "carried that chapter", "partner", "Brightwater Strategies"),
]


@pytest.mark.parametrize(("text", "words", "title", "body"), POSTS_HELD_NOW)
def test_a_relative_clause_gives_the_post_held_now_with_its_body(check, text, words, title, body):
    draft = check(text)
    assert speaker_of(draft, words)["title"].startswith(title)
    assert quote_with(draft, words)["affiliation"]["name"] == body
