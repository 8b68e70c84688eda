"""A staff role owned by someone the draft calls a candidate (`Harbor Party candidate Ann Velde`, `Velde,
the Harbor Party nominee,`) serves that person's campaign even where the draft never names the campaign;
a senator's or a past nominee's staff speak for no campaign. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

DRAFT = (
    "Harbor Party candidate Ann Velde toured the docks on Monday.\n\n"
    "“We are gaining every week,” said Tom Ruhl, Velde’s chief strategist.\n\n"
    "Dov Brack, the Tide Party nominee, stayed home.\n\n"
    "“He rests on Mondays,” said Lena Marsh, Brack’s spokeswoman.\n\n"
    "Sen. Ivo Kessler voted against the ferry bill.\n\n"
    "“The bill is too costly,” said Pat Okafor, Kessler’s spokesman.\n\n"
    "Ida Lund, the 2004 Harbor Party nominee, now writes novels.\n\n"
    "“She is busy,” said Gus Vole, Lund’s spokesman.\n"
)

draft = draft_fixture(DRAFT)


def test_a_candidates_staff_serve_the_campaign(draft):
    assert body_of(draft, "We are gaining every week") == "Velde campaign"
    assert body_of(draft, "He rests on Mondays") == "Brack campaign"


def test_a_senators_or_a_past_nominees_staff_serve_no_campaign(draft):
    assert body_of(draft, "The bill is too costly") != "Kessler campaign"
    assert body_of(draft, "She is busy") != "Lund campaign"
