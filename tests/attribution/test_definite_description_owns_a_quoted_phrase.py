"""A quoted phrase inside the clause of a definite description of one person (`the harbor commissioner`,
`the lawyer`) is that person's words; `someone` or `a nurse` may be anyone, and owns nothing.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

OWNED = (
    "Ann Velde spoke at the pier on Monday. In declaring the toll plan \"not workable,\" the harbor commissioner "
    "again broke with the board.\n\n"
    "Tom Baker, a lawyer from Eastport, joined the panel late. The lawyer is already talking about "
    "\u201ca fresh start\u201d for the pier.\n"
)

UNOWNED = (
    "The question of whether someone ordered a \"full stop\" has hung over the port since the fire.\n\n"
    "Only when a nurse can finish a shift without being told to \u201csmile\u201d will the ward change.\n"
)


@pytest.fixture(scope="module")
def owned_doc(check):
    return check(OWNED)


@pytest.fixture(scope="module")
def unowned_doc(check):
    return check(UNOWNED)


@pytest.mark.parametrize(("snippet", "mention", "name"), [
    ("not workable", "the harbor commissioner", "Ann Velde"),
    ("a fresh start", "The lawyer", "Tom Baker"),
])
def test_a_definite_description_owns_the_quoted_phrase_in_its_clause(owned_doc, snippet, mention, name):
    speaker = speaker_of(owned_doc, snippet)
    assert (speaker["mention"], speaker["name"]) == (mention, name)
    assert quote_with(owned_doc, snippet)["kind"] == "partial"


@pytest.mark.parametrize("snippet", ["full stop", "smile"])
def test_someone_or_a_nurse_owns_no_quoted_phrase(unowned_doc, snippet):
    assert quote_with(unowned_doc, snippet)["speaker"] is None
