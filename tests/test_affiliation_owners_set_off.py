"""Titles owned by a body whose name the parse splits, and a title ended by a relative clause: a sentence that
opens on an owner's possessive and a role set off before the name (`Corran & Hythe's chief economist, Nadia Voss,`,
`The Liberal Democrats' education spokesman, Owen Pryce,`), a firm's name joined by `&` before the name or its
title (`Tolley & Marsh's Gwen Arkwright`, `Bracken & Hale chief executive Rosa Imrie`), and an appositive's role
before a clause that names other people (`a lawyer who acts for the heirs of the farmer who sold the land`), and a
body's name before a clause opened by `that` (`the founder of the Marsh Valley Trust that helps farmers`), and a
firm's name after a place and the kind of body it is (`the Denver firm Kell & Amberson`); a party owning the title a
mention opens on, the possessive left outside it (`The Democrats' budget spokeswoman Mina Patel`).
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Harbor land dispute\n\n"
    "Petra Vonk, a lawyer who acts for the heirs of the farmer who sold the land, said the deeds were sound. "
    "\"Every signature was witnessed,\" Vonk said.\n\n"
    "Corran & Hythe's chief economist, Nadia Voss, said prices would fall. \"The market has turned,\" she said.\n\n"
    "The Liberal Democrats' education spokesman, Owen Pryce, said schools were short of staff. "
    "\"Classes are too big,\" he said.\n\n"
    "The Republicans' finance chairman, Dale Hurst, said the books were balanced. \"We owe nothing,\" Hurst said.\n\n"
    "Bracken & Hale chief executive Rosa Imrie said sales had grown. \"Our shops are busy,\" Imrie said.\n\n"
    "Tolley & Marsh's Gwen Arkwright said the deal was done. \"We signed on Friday,\" Arkwright said.\n"
)

THAT_DRAFT = (
    "Farm sales slow\n\n"
    "Jonas Brell, the founder of the Marsh Valley Trust that helps young farmers to buy land in Vermont, said prices "
    "had doubled. \"Nobody can afford a farm,\" Brell said.\n\n"
    "Mira Okafor, the director of the Eastland Housing Fund that lends money to first-time buyers, said rates were "
    "too high. \"Families are waiting,\" Okafor said.\n"
)

KIND_DRAFT = (
    "Lab fraud case\n\n"
    "Rhona Delacourt, a partner at the Denver firm Kell & Amberson, said her client would appeal. "
    "\"He has done nothing wrong,\" Delacourt said.\n\n"
    "Ivo Stanek, an analyst for the Chicago-based investment company Marrow Pike Partners, said the shares were "
    "cheap. \"Buyers will come back,\" Stanek said.\n"
)

PARTY_DRAFT = (
    "Budget row\n\n"
    "The Democrats' budget spokeswoman Mina Patel said the cuts were cruel. \"Victims wait for years,\" Patel said."
    "\n\nThe Republicans' transport spokesman Tom Ashby said the plan was late. "
    "\"Passengers deserve better than this,\" Ashby said.\n"
)

draft = draft_fixture(DRAFT)
party_draft = draft_fixture(PARTY_DRAFT)
kind_draft = draft_fixture(KIND_DRAFT)
that_draft = draft_fixture(THAT_DRAFT)


def test_the_role_before_a_relative_clause_is_the_title_not_a_group_the_clause_names(draft):
    assert speaker_of(draft, "Every signature was witnessed")["title"] == "lawyer"


def test_a_firms_role_set_off_before_the_name_across_an_ampersand(draft):
    assert speaker_of(draft, "The market has turned")["title"] == "chief economist"
    assert body_of(draft, "The market has turned") == "Corran & Hythe"


def test_a_plural_partys_role_set_off_before_the_name(draft):
    speaker = speaker_of(draft, "Classes are too big")
    assert speaker["title"] == "education spokesman"
    assert speaker["party"] == "Liberal Democrats"


def test_a_plural_partys_role_set_off_before_the_name_with_the_article_and_a_known_party(draft):
    speaker = speaker_of(draft, "We owe nothing")
    assert speaker["title"] == "finance chairman"
    assert speaker["party"] == "Republican Party"


def test_a_firms_name_joined_by_an_ampersand_before_its_title_is_whole(draft):
    assert speaker_of(draft, "Our shops are busy")["title"] == "chief executive"
    assert body_of(draft, "Our shops are busy") == "Bracken & Hale"


def test_a_firms_name_joined_by_an_ampersand_owning_the_name_is_whole(draft):
    assert body_of(draft, "We signed on Friday") == "Tolley & Marsh"


def test_a_bodys_name_ends_before_a_clause_that_opens_on_that(that_draft):
    assert body_of(that_draft, "Nobody can afford a farm") == "Marsh Valley Trust"
    assert body_of(that_draft, "Families are waiting") == "Eastland Housing Fund"


def test_a_firms_name_after_a_place_and_its_kind_is_the_body(kind_draft):
    assert body_of(kind_draft, "He has done nothing wrong") == "Kell & Amberson"
    assert body_of(kind_draft, "Buyers will come back") == "Marrow Pike Partners"


def test_a_plural_partys_possessive_before_a_title_the_mention_opens_on_is_her_party(party_draft):
    assert speaker_of(party_draft, "Victims wait for years")["party"] == "Democratic Party"
    assert speaker_of(party_draft, "Passengers deserve better")["party"] == "Republican Party"
