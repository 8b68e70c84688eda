"""A sentence that opens on `Writing in The X,` and then names its writer (`the critic Ann Roe`) says the outlet she
writes for, as `Ann Roe, writing in The X,` does. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import body_of, draft_fixture

OPENING = (
    "The revival of the harbour opera divided its first-night audience.\n\n"
    "Writing in The Saltmere Observer, the music critic Delphine Arrow called the production "
    "“a handsome ship with no wind.”\n"
)
ELSEWHERE = (
    "The revival of the harbour opera divided its first-night audience.\n\n"
    "Writing was on the wall for the old company, the music critic Delphine Arrow said. “Nobody came back "
    "after the interval,” Arrow said.\n"
)

opening = draft_fixture(OPENING)
elsewhere = draft_fixture(ELSEWHERE)


def test_the_outlet_named_by_an_opening_participle_is_the_critics(opening):
    assert body_of(opening, "handsome ship") == "Saltmere Observer"


def test_a_sentence_opening_on_writing_without_an_outlet_names_none(elsewhere):
    assert body_of(elsewhere, "Nobody came back") is None
