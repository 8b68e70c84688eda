"""A definite description whose head is roles joined by `and` (`the senator and mayoral hopeful`)
describes one person who holds them all: the person named with one of those roles speaks, not an
unnamed source (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_coordinated_roles_describe_the_person_named_with_one_of_them(check):
    draft = check("Sen. Ann Roe toured the new ferry terminal in Eastport on Monday.\n\n"
                  "\u201cThe night crossings will stay,\u201d the Eastland senator and Republican mayoral "
                  "hopeful declared after the tour.\n")
    speaker = speaker_of(draft, "night crossings")
    assert speaker["name"] == "Ann Roe" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_description_naming_a_party_is_not_a_person_of_another_party(check):
    draft = check("Sen. Ann Roe was the first to answer, scolding the ferry board late on Tuesday.\n\n"
                  "\u201cThe board has let the island towns down again,\u201d the Eastland senator and Republican "
                  "mayoral hopeful wrote on her blog.\n\n"
                  "Sen. Dov Kessler also urged the board on Wednesday to bring back the night crossings.\n\n"
                  "\u201cThe crossings are a lifeline for the towns,\u201d the independent Westfield senator and "
                  "Democratic mayoral hopeful told a radio host.\n")
    assert speaker_of(draft, "let the island towns")["name"] == "Ann Roe"
    assert speaker_of(draft, "lifeline for the towns")["name"] == "Dov Kessler"
