"""`a pollster at Harbor Analytics in Pittsburgh`, `an economist at the Brindle Institute in Denver`: a place after
a body's name says where the body is; the organisation is the name alone. `Partners in Hope` keeps its `in`:
no place follows it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Voters sour on the levy\n\n"
    "“Rates will rise,” said Tom Ruhl, a pollster at Harbor Analytics in Pittsburgh, who has surveyed voters.\n\n"
    "“It is fine,” said Ann Vole, an economist at the Brindle Institute in Denver.\n\n"
    "Lena Marsh, a fellow at Rowan University in Ohio, disagreed. “No,” Marsh said.\n\n"
    "“We feed people,” said Ivo Brandt, a volunteer with Partners in Hope.\n"
)

draft = draft_fixture(DRAFT)


def test_a_place_after_a_bodys_name_is_no_part_of_it(draft):
    assert body_of(draft, "Rates will rise") == "Harbor Analytics"
    assert body_of(draft, "It is fine") == "Brindle Institute"
    assert body_of(draft, "No,") == "Rowan University"


def test_a_name_holding_in_before_no_place_stays_whole(draft):
    assert body_of(draft, "We feed people") == "Partners in Hope"
