"""Australian and New Zealand copy styles a councillor `Cr` before the name, as British copy writes `Cllr`: the
title is councillor and the name is the person's own. Invented draft, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ratepayers in the Tallong valley face a sharp rise in charges after the shire adopted its budget on Tuesday.\n\n"
    "Cr Bronwyn Tate, who voted against the budget, said families had been given no warning.\n\n"
    "“Nobody on this street was asked a single question,” Cr Tate said.\n"
)

draft = draft_fixture(DRAFT)


def test_cr_before_a_surname_is_the_councillor_named_in_full(draft):
    speaker = speaker_of(draft, "single question")
    assert speaker["name"] == "Bronwyn Tate"
    assert speaker["title"] == "councillor"
