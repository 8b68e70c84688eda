"""A writer named with the publication she writes for beside her name (`From Ann Roe writing at Lantern:`,
`Tom Ferris, writing in the Harbor Daily`, `Mia Holt wrote in The Eastland Review`, `wrote Ivo Brandt in
The Harbor Daily`) speaks for that outlet; `wrote in April` and a person the draft names are none. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "From Ann Roe writing at Lantern:\n\n"
    "“The hearing was a circus and the board knew it,” she wrote.\n\n"
    "Tom Ferris, writing in the Harbor Daily, was blunt. “Nobody came to the pier,” Ferris wrote.\n\n"
    "“The ferry is late again,” Mia Holt wrote in The Eastland Review.\n\n"
    "“It was a rout for the council,” wrote Ivo Brandt in The Harbor Daily.\n\n"
    "“It was cold on the water,” Lena Marsh wrote in April.\n\n"
    "Rick Dunn, who wrote for Ida Moss for years, was unmoved. “She paid late,” Dunn said of Moss.\n"
)

draft = draft_fixture(DRAFT)


def _org(doc: dict, snippet: str) -> str | None:
    assert speaker_of(doc, snippet)
    return (quote_with(doc, snippet)["affiliation"] or {}).get("name")


def test_writing_at_an_outlet_after_the_name(draft):
    assert _org(draft, "board knew it") == "Lantern"


def test_writing_in_a_daily_set_off_after_the_name(draft):
    assert _org(draft, "Nobody came") == "Harbor Daily"


def test_wrote_in_a_title_after_the_name(draft):
    assert _org(draft, "ferry is late") == "Eastland Review"


def test_wrote_before_the_name_and_the_title_after_it(draft):
    assert _org(draft, "rout for the council") == "Harbor Daily"


def test_wrote_in_a_month_names_no_outlet(draft):
    assert _org(draft, "cold on the water") is None


def test_a_person_written_for_is_no_outlet(draft):
    assert _org(draft, "She paid late") is None
