"""`Roe's alma mater Eastland College said`, `Marsh's shelter charity One Shore opened …, saying`: the name
before `'s` owns the body named after the lower-case head (a head the tagger reads as a proper noun, a
body's name opening with a word it reads as a number), and is never the speaker (invented sentences, real
pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_head_tagged_as_a_proper_noun_still_has_an_owner(check):
    draft = check("Ann Roe spoke on Tuesday.\n\n"
                  "On Friday, Roe's alma mater Eastland College said in a statement: "
                  "\u201cRoe is the best choice for the port.\u201d\n")
    assert speaker_of(draft, "best choice for the port")["name"] != "Ann Roe"


def test_a_body_whose_name_opens_with_a_number_word_is_not_its_owner(check):
    draft = check("Ida Marsh founded several island charities over the years.\n\n"
                  "Marsh's shelter charity One Shore opened a shelter in Eastland on Monday, "
                  "saying: \u201cThe winter will be hard.\u201d\n")
    assert speaker_of(draft, "winter will be hard")["name"] != "Ida Marsh"
