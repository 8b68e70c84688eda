"""A count glued to the word after it (`two-time`, `12-year`) and a participle after a hyphened compound
(`kelp-farm funded`) modify the role before a name; the title keeps them rather than starting inside the compound.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "“The reef will not survive another warm summer,” said two-time regatta champion Lise Marrow.\n\n"
    "At the pier on Friday, kelp-farm funded candidate Oren Tavi spoke first. “Nobody asked the divers,” Tavi "
    "said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_count_glued_to_its_noun_stays_in_the_title(draft):
    assert speaker_of(draft, "another warm summer")["title"] == "two-time regatta champion"


def test_a_participle_after_a_hyphened_compound_stays_in_the_title(draft):
    assert speaker_of(draft, "Nobody asked the divers")["title"] == "kelp-farm funded candidate"
