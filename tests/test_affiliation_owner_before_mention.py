"""`said her campaign finance director Ivo Brandt`: the possessive pronoun owning a campaign role may stand just
before the words the speaker's mention keeps; the campaign is still that of the person it stands for.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Ann Velde spoke to voters in Eastland on Monday.\n\n"
    "“We will fix the ferries,” Velde said.\n\n"
    "“We will win,” said her campaign finance director Ivo Brandt. “It is close.”\n"
)

draft = draft_fixture(DRAFT)


def test_a_pronoun_before_the_mention_owns_the_campaign(draft):
    assert (quote_with(draft, "We will win")["affiliation"] or {}).get("name") == "Velde campaign"
