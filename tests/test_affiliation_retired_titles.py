"""`retired` before a role says the post is no longer held, as `former` does: it stays in the title
(`retired Navy captain`, never a serving `Navy captain`), and a retired officer speaks for no service.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "The harbor board met on Tuesday.\n\n"
    "\u201cWe cannot pay for it,\u201d said retired Navy Capt. Ann Roe, who served on the board for a decade.\n\n"
    "\u201cIt is a fair plan,\u201d said Ida Marsh, a retired nurse from Eastport.\n\n"
    "\u201cThe pier is sound,\u201d said Ivo Brandt, a retired Eastland Army general.\n"
)

draft = draft_fixture(DRAFT)


def test_retired_stays_in_a_title_before_the_name(draft):
    roe = speaker_of(draft, "cannot pay for it")
    assert roe["name"] == "Ann Roe"
    assert roe["title"] == "retired Navy captain"


def test_a_retired_officer_speaks_for_no_service_or_country(draft):
    brandt = speaker_of(draft, "pier is sound")
    assert brandt["title"].startswith("retired")
    assert (quote_with(draft, "pier is sound")["affiliation"] or {}).get("name") is None


def test_retired_stays_in_an_appositive_title(draft):  # (a guard: appositives kept it before)
    assert speaker_of(draft, "fair plan")["title"].startswith("retired nurse")
