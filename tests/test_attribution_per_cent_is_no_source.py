"""`backed the strike by 88 per cent, and its report, "Out of Road", …`: a bare `per` before a unit or a number is a
rate, not `according to`, so nothing after it is credited as a source; `per the union` still names one. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Nurses vote to strike\n\n"
    "Members backed action by 88 per cent on a turnout of 64 per cent, and the union's report, “Out of Road”, was "
    "sent to ministers in May.\n\n"
    "Pay talks had been “dead for weeks”, per the Harbor Nurses Union.\n"
)

draft = draft_fixture(DRAFT)


def test_nothing_after_per_cent_is_credited_with_a_title(draft):
    assert quote_with(draft, "Out of Road")["speaker"] is None


def test_per_before_a_determiner_still_names_the_source(draft):
    assert quote_with(draft, "dead for weeks")["speaker"]["name"] == "Harbor Nurses Union"
