"""A title abbreviation opening a draft, which the tokenizer splits from its period (`Sen` `.`), still
describes the person, so a later `the senator` is that person (invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Sen. Ann Roe opened the county fair in Brackley on Saturday.\n\n"
    "\u201cPie first, speeches later,\u201d the Eastland senator joked from the bandstand.\n\n"
    "\u201cThis is the best week of the year,\u201d the lawmaker added.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_the_senator_is_the_senator_named_by_abbreviation(draft):
    speaker = speaker_of(draft, "Pie first")
    assert speaker["name"] == "Ann Roe"
    assert not speaker["anonymous"]


def test_a_synonym_of_the_spelled_out_title_finds_her_too(draft):
    assert speaker_of(draft, "best week")["name"] == "Ann Roe"
