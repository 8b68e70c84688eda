"""A nationality, then a field, then a government post (`Danish Fisheries Minister X`): the field is part of the
title and the nation is where she serves, though the knowledge base ties no ministry to that field; before another
role the capitalised words stay a body's name (`Norwegian Air spokesman X`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Talks on the herring quota broke up late on Tuesday without a deal.\n\n"
    "“We were two tonnes apart at midnight,” Danish Fisheries Minister Sanne Holk told reporters.\n\n"
    "“Every delayed flight costs us twice,” Norwegian Air spokesman Tarjei Lund said of the fog.\n"
)

draft = draft_fixture(DRAFT)


def test_the_field_is_part_of_the_ministers_title(draft):
    assert quote_with(draft, "two tonnes apart")["speaker"]["title"] == "Fisheries Minister"


def test_the_minister_serves_her_country_not_a_body_called_danish_fisheries(draft):
    assert (quote_with(draft, "two tonnes apart")["affiliation"] or {}).get("name") == "Denmark"


def test_a_companys_spokesman_keeps_its_name(draft):
    assert (quote_with(draft, "Every delayed flight")["affiliation"] or {}).get("name") == "Norwegian Air"
