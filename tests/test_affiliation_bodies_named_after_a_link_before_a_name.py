"""A title set before a name whose role is linked to a body (`the treasurer of Velmora Kiln Works, X`) reads the
body's name whole, in the title and as her organisation, rather than cutting it after its first word. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "At the dock on Tuesday, the treasurer of Velmora Kiln Works, Hana Brisk, counted the crates twice.\n\n"
    "“Half of them are cracked,” Brisk said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_body_after_the_link_is_read_whole(draft):
    assert speaker_of(draft, "Half of them")["title"] == "treasurer of Velmora Kiln Works"


def test_the_body_after_the_link_is_her_organisation(draft):
    assert (quote_with(draft, "Half of them")["affiliation"] or {}).get("name") == "Velmora Kiln Works"
