"""A title whose last word is a plural (`high representative for foreign affairs`) right before a name is
that person's title, not a lone plural the clause acts on; and a description whose body runs into a name
(`the … for foreign affairs Lena Cole`) is her title, never a title for the person named before it.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "The harbor board met on Tuesday.\n\n"
    "When the storm reached the coast, the Eastland minister for foreign affairs Ann Roe said that "
    "\u201cevery pier must be checked before the ferries sail again.\u201d\n\n"
    "When the ferry sank, the EU high representative for foreign affairs Lena Cole said that "
    "\u201cthe crossing must be made safe.\u201d\n"
)

draft = draft_fixture(DRAFT)


def test_a_title_ending_in_a_plural_before_a_name_is_hers(draft):
    cole = speaker_of(draft, "crossing must be made safe")
    assert cole["name"] == "Lena Cole"
    assert cole["title"] == "high representative for foreign affairs"


def test_no_title_runs_into_the_next_persons_name(draft):
    roe = speaker_of(draft, "every pier must be checked")
    assert roe["name"] == "Ann Roe"
    assert "Lena Cole" not in (roe["title"] or "")
