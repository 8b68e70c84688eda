"""A body known by its initials (`HCA spokesman Ann Roe`) is shown by the one name the draft spells them
out with (`the Harbor Conservation Alliance`), its initials kept as the short name. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "The Harbor Conservation Alliance sued the port on Monday.\n\n"
    "“The dredging must stop,” HCA spokeswoman Ann Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_initials_are_spelled_out(draft):
    body = quote_with(draft, "dredging must stop")["affiliation"] or {}
    assert body.get("name") == "Harbor Conservation Alliance"
    assert body.get("short") == "HCA"
