"""`Brandvik Grain said that it … "…," it said` after `Brandvik Grain Company` is named in full: a body shortened
to the opening words of its name, which the tagger reads as a person, is what a later `it` stands for (invented
sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Farmers sue grain buyer\n\n"
    "A group of farmers has sued Brandvik Grain Company, saying it paid them late for two harvests.\n\n"
    "Tomas Reyne, who grows barley near the river, said he waited six months for his money.\n\n"
    "Brandvik Grain said in a statement that it \u201cdisputes every claim\u201d in the suit. "
    "\u201cEvery farmer was paid what the contract set out, and we will show that,\u201d it said.\n\n"
    "A hearing is set for May.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_it_after_a_shortened_body_is_that_body(draft):
    speaker = speaker_of(draft, "Every farmer was paid")
    assert speaker["name"] == "Brandvik Grain Company"
    assert speaker["type"] == "organisation"
