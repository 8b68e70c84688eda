"""`The choral society's president, Dame X,`: an honour (`Sir`, `Dame`) says no role, as `Dr` does, so the
description set off before it is the title; `Cllr`, a councillor's style in British copy, is that role and no
part of the name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with

DRAFT = (
    "Choir loses its hall\n\n"
    "The choral society's president, Dame Bryony Tregarth, told members the hall would close in June. "
    "“We will sing elsewhere,” Dame Bryony said.\n\n"
    "The society's former treasurer, Sir Ambrose Pask, blamed the landlord. “The rent doubled,” he said.\n\n"
    "“The lease is a matter for the owners,” said Cllr Wyn Kettering, who chairs the town's arts panel.\n"
)

draft = draft_fixture(DRAFT)


def test_a_description_set_off_before_an_honour_and_a_name_is_the_title(draft):
    doc = quote_with(draft, "We will sing elsewhere")["speaker"]
    assert (doc["name"], doc["title"]) == ("Bryony Tregarth", "president")
    doc = quote_with(draft, "The rent doubled")["speaker"]
    assert (doc["name"], doc["title"]) == ("Ambrose Pask", "former treasurer")


def test_a_councillors_style_is_a_title_not_a_name(draft):
    doc = quote_with(draft, "The lease is a matter")["speaker"]
    assert doc["name"] == "Wyn Kettering"
    assert doc["title"] == "councillor"
