"""`“…,” Governor-elect X said`: the tokenizer may keep the first hyphen on the role (`Governor-`, `elect`); the
title is still read whole, and the bare role with its hyphen is no body. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "# Budget week\n\n"
    "“Roads need salt before the bridges need paint,” Governor-elect Tamsin Orr said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_keeping_its_hyphen_still_reads_the_compound_title(draft):
    speaker = speaker_of(draft, "Roads need salt")
    assert speaker["name"] == "Tamsin Orr"
    assert speaker["title"] == "Governor-elect"
    assert quote_with(draft, "Roads need salt")["affiliation"] is None
