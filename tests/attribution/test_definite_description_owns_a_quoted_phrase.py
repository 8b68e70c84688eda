"""A quoted phrase inside the clause of a definite description of one person (`the harbor commissioner`,
`the lawyer`) is that person's words; `someone` or `a bus driver` may be anyone, and owns nothing.

Each case is a sentence written for the pattern, run through the real Stanza pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_of

OWNED = (
    "Ann Velde spoke at the pier on Monday. In declaring the toll plan \"not workable,\" the harbor commissioner "
    "again broke with the board.\n\n"
    "Tom Baker, a lawyer from Eastport, joined the panel late. The lawyer is already planning around "
    "\u201ca clean slate\u201d for the marina.\n"
)

UNOWNED = (
    "Nobody can yet say whether someone approved a \"quick fix\" for the leaking hull before the launch.\n\n"
    "Until a bus driver can finish a route without being ordered to \u201cspeed up\u201d nothing will change at "
    "the depot.\n"
)


@pytest.fixture(scope="module")
def owned_doc(check):
    return check(OWNED)


@pytest.fixture(scope="module")
def unowned_doc(check):
    return check(UNOWNED)


@pytest.mark.parametrize(("snippet", "mention", "name"), [
    ("not workable", "the harbor commissioner", "Ann Velde"),
    ("a clean slate", "The lawyer", "Tom Baker"),
])
def test_a_definite_description_owns_the_quoted_phrase_in_its_clause(owned_doc, snippet, mention, name):
    speaker = speaker_of(owned_doc, snippet)
    assert (speaker["mention"], speaker["name"]) == (mention, name)
    assert quote_with(owned_doc, snippet)["kind"] == "partial"


@pytest.mark.parametrize("snippet", ["quick fix", "speed up"])
def test_someone_or_a_bus_driver_owns_no_quoted_phrase(unowned_doc, snippet):
    assert quote_with(unowned_doc, snippet)["speaker"] is None
