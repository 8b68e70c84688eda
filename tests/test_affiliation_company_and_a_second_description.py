"""`Grant Pellerin, the chief executive of Pellerin Logistics and a Republican,`: a company named by its founder's
surname and a word for what it does (`Logistics`, `Holdings`, `Industries`) is a body she works for, not a second
person; and a party after `and a`, past the link to her company, is hers. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import body_of, speaker_of


@pytest.mark.parametrize(("company", "party"), [
    ("Pellerin Logistics", "Republican"),
    ("Pellerin Holdings", "Democrat"),
    ("Pellerin Industries", "Republican"),
])
def test_a_company_named_after_its_founder_is_her_body_and_the_party_after_and_is_hers(check, company, party):
    draft = check(f"Voters chose between Ada Ward and Grant Pellerin in the runoff.\n\n"
                  f"Pellerin, the chief executive of {company} and a {party}, conceded late on Tuesday. "
                  f"\u201cI called her and wished her well,\u201d Pellerin said.\n")
    assert body_of(draft, "wished her well") == company
    assert speaker_of(draft, "wished her well")["party"] == ("Republican Party" if party == "Republican"
                                                            else "Democratic Party")
