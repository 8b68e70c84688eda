"""A body's possessive before a role and a name (`Harbor Forum's president Ann Roe`) is the body she works for,
as it is right before a bare name; a possessor who is a person the draft names (`Velde's senior adviser`) is no
body; a body's name that opens on a demonym and ends on a body's word (`American Harbor Forum's Dov Kessler`)
is still that body, not a country. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import quote_with, speaker_of

OPENING = "The harbor board delayed its vote on the ferry levy again on Tuesday.\n\n"


def test_a_bodys_possessive_before_a_role_names_her_body(check):
    draft = check(OPENING + "\u201cThe levy will not hold,\u201d Gate Alliance\u2019s chief economist Lena Marsh "
                            "said on Monday.\n")
    assert speaker_of(draft, "levy will not hold")["name"] == "Lena Marsh"
    affiliation = quote_with(draft, "levy will not hold")["affiliation"]
    assert affiliation["name"] == "Gate Alliance" and affiliation["title"] == "chief economist"


def test_a_persons_possessive_before_a_role_names_no_body(check):
    draft = check(OPENING + "Ann Velde toured the pier at dawn.\n\n"
                            "\u201cShe will vote no,\u201d Velde\u2019s senior communications adviser "
                            "Tom Ruhl said in the statement.\n")
    assert speaker_of(draft, "She will vote no")["name"] == "Tom Ruhl"
    affiliation = quote_with(draft, "She will vote no")["affiliation"]
    assert affiliation is None or affiliation["name"] != "Velde"


def test_a_body_named_after_a_demonym_is_no_country(check):
    draft = check(OPENING + "\u201cWe saw it coming,\u201d American Harbor Forum\u2019s Dov Kessler said at "
                            "the meeting.\n")
    assert speaker_of(draft, "We saw it coming")["name"] == "Dov Kessler"
    assert quote_with(draft, "We saw it coming")["affiliation"]["name"] == "American Harbor Forum"
