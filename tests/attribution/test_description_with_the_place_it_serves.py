"""A description of a named person keeps the place its `from` names (`the first-term senator from
Eastland`), which is part of the title (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_place_after_from_stays_in_the_title(check):
    draft = check("\u201cThe ferries must run,\u201d Ann Roe said on Monday.\n\n"
                  "The first-term senator from Eastland is facing a hard race this fall. "
                  "\u201cWe will win,\u201d Roe said.\n")
    roe = speaker_of(draft, "We will win")
    assert roe["name"] == "Ann Roe"
    assert roe["title"] == "first-term senator from Eastland"
