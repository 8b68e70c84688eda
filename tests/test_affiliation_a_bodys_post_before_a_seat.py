"""`The panel's chairwoman, Rep. X`: a post a body owns, set off before a legislator's seat, is what she speaks
as; the seat only says how she is addressed. `The panel` is the committee (or board, commission) the draft
named, as `the airline` is the airline. A party's word after the owner (`the committee's top Democrat`) is
where she sits, no post, and the seat stays. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture, quote_with

DRAFT = (
    "Tolls inquiry opens\n\n"
    "WASHINGTON — The Senate Harbor Tolls Committee opened an inquiry on Monday into the bridge contracts.\n\n"
    "The panel's chairwoman, Rep. Odile Farrant (R-Neb.), said the hearings would begin in March. "
    "“Every contract will be read line by line,” Farrant said.\n\n"
    "The committee's top Democrat, Sen. Bram Ostrowski, was less patient. “We have waited two years,” he said.\n\n"
    "“No one at the agency has been told to stop working,” said the panel's counsel, Ines Marchetti.\n"
)

draft = draft_fixture(DRAFT)


def test_a_bodys_post_set_off_before_a_seat_is_the_title(draft):
    doc = quote_with(draft, "Every contract will be read")
    assert (doc["speaker"]["name"], doc["speaker"]["title"]) == ("Odile Farrant", "chairwoman")
    assert body_of(draft, "Every contract will be read") == "Senate Harbor Tolls Committee"


def test_the_panel_is_the_committee_the_draft_named(draft):
    doc = quote_with(draft, "No one at the agency")
    assert (doc["speaker"]["name"], doc["speaker"]["title"]) == ("Ines Marchetti", "counsel")
    assert body_of(draft, "No one at the agency") == "Senate Harbor Tolls Committee"


def test_a_party_word_after_the_owner_is_no_post_and_the_seat_stays(draft):
    assert "senator" in quote_with(draft, "We have waited two years")["speaker"]["title"]
