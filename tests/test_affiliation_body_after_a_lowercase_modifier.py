"""`an official with the state Department of Transportation`: a known body's alias read inside a lower-case modifier
(`state Department` is no `State Department`) is no body; the body named in full is hers, and the title is the role
alone, without the body's opening words. A capitalised alias still names its body. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, speaker_of

DRAFT = (
    "Bridge repairs slip to spring\n\n"
    "“The money is not there yet,” said an official with the state Department of Transportation.\n\n"
    "“We expect delays into April,” said a senior State Department official.\n"
)

draft = draft_fixture(DRAFT)


def test_a_lowercase_modifier_holds_no_known_alias(draft):
    assert body_of(draft, "money is not there") == "Department of Transportation"


def test_the_title_is_the_role_without_the_bodys_opening_words(draft):
    assert speaker_of(draft, "money is not there")["title"] == "official"


def test_a_capitalised_alias_still_names_its_body(draft):
    assert body_of(draft, "delays into April") == "State Department"
