"""`Jean-Luc Ostrander`, `Anne-Sophie Kerbel`, `Marc-André Varenne`: a hyphened given name is the person's whole
given name, however the tokenizer cuts it (`Jean` `-` `Luc`, `Anne-` `Sophie`, `Marc` `-André`) and wherever the
tagger starts the name. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Formula maker recalls tins\n\n"
    "Harbor Nutrition is recalling 20,000 tins of formula after testing at its plant detected bacteria, the "
    "company said.\n\n"
    "Marc-André Varenne, a spokesperson for the Harbor Food Agency, said the agency had no reports of illness. "
    "\"Our inspectors will be in stores this weekend,\" he said.\n\n"
    "Jean-Luc Ostrander, a spokesman for the Port Health Board, said checks were under way. \"We expect results "
    "by Monday,\" he said.\n\n"
    "Anne-Sophie Kerbel, a nurse at Harbor General, said parents had called all week. \"Nobody panicked,\" she "
    "said.\n"
)

draft = draft_fixture(DRAFT)


@pytest.mark.parametrize(("quote", "name"), [
    ("in stores this weekend", "Marc-André Varenne"),
    ("results by Monday", "Jean-Luc Ostrander"),
    ("Nobody panicked", "Anne-Sophie Kerbel"),
])
def test_a_hyphened_given_name_stays_whole(draft, quote, name):
    assert speaker_of(draft, quote)["name"] == name
