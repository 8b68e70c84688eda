"""A description followed by `for`/`of`/`at` whose phrase the parse hangs on the verb (`cheered the
Eastland senator for a week`) still ends at its title and describes the person named before (invented
sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "\u201cThe ferries must run,\u201d Ann Roe told dock workers on Monday.\n\n"
    "Crews have cheered the Eastland senator for a week at every pier she visits.\n\n"
    "\u201cWe will win,\u201d Roe said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_description_ends_before_a_phrase_of_the_verb(draft):
    roe = speaker_of(draft, "We will win")
    assert roe["name"] == "Ann Roe"
    assert roe["title"] == "Eastland senator"
