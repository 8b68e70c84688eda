"""Knowledge in the data files that names a body or a party: `the company said` after a firm named with a legal
suffix (`legal_suffixes`), a seat of government standing for its office (`organisations`: `Downing Street`), and a
party word before an opposition front-bench post (`council_party_roles`: `shadow`), which holds no department
(`mirror_post_words`)."""

from __future__ import annotations

from tests.conftest import draft_fixture

DRAFT = (
    "Orwell Valve Holdings Inc. cut its dividend on Tuesday for the first time in nine years. "
    "\"We would rather fund the new foundry than the payout,\" the company said in a statement.\n\n"
    "\"The Chancellor keeps the full backing of the cabinet,\" a Downing Street spokeswoman said.\n\n"
    "The levy would hit hauliers hardest, said Conservative shadow transport secretary Gil Amberley. "
    "\"Lorries are not a luxury,\" Amberley said.\n"
)

MIRRORED = (
    "Hauliers will pay twice, said Nadia Fenwick, the Labour shadow transport secretary.\n\n"
    "\"This levy punishes every small firm on the road,\" Ms Fenwick said.\n\n"
    "A Downing Street spokesman said the Prime Minister trusted the Transport Secretary to see the plan through.\n"
)

draft = draft_fixture(DRAFT)
mirrored = draft_fixture(MIRRORED)


def quote_with(draft: dict, words: str) -> dict:
    return next(q for q in draft["quotes"] if words in q["text"])


def test_the_company_is_the_firm_named_with_a_legal_suffix(draft):
    speaker = quote_with(draft, "new foundry")["speaker"]
    assert speaker["name"] == "Orwell Valve Holdings Inc."
    assert speaker["type"] == "organisation"


def test_a_downing_street_spokeswoman_speaks_for_downing_street(draft):
    quote = quote_with(draft, "full backing")
    assert quote["speaker"]["anonymous"] is True
    assert quote["affiliation"]["name"] == "Downing Street"


def test_a_party_word_before_a_shadow_post_is_the_party(draft):
    speaker = quote_with(draft, "not a luxury")["speaker"]
    assert speaker["name"] == "Gil Amberley"
    assert speaker["party"] == "Conservative Party"


def test_a_shadow_post_holds_no_department(draft):
    assert quote_with(draft, "not a luxury")["affiliation"] is None


def test_the_office_a_shadow_post_mirrors_is_someone_elses(mirrored):
    quote = quote_with(mirrored, "small firm")
    assert quote["speaker"]["name"] == "Nadia Fenwick"
    assert quote["affiliation"] is None
