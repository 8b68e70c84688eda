"""`A newcomer won the Democratic nomination`, `three candidates have entered the GOP primary`: a party's
contest whose clause has someone unnamed for its subject (an indefinite or plural person noun) is their
race, not that of the person named before, who may only be speaking of it. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\n\n\u201cWe will keep the ferries running,\u201d Kessler said.\n"


def test_a_newcomer_in_the_contest_is_someone_else(check):
    draft = check("Dov Kessler toured the harbor towns on Monday. A newcomer won the Democratic nomination for "
                  "governor in the spring." + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] is None


def test_the_candidates_in_the_contest_are_others(check):
    draft = check("Dov Kessler toured the harbor towns on Monday. Three candidates have entered the GOP primary "
                  "for governor." + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] is None


def test_a_contest_she_runs_in_still_gives_the_party(check):
    draft = check("Dov Kessler toured the harbor towns on Monday. He leads the GOP primary by ten points." + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] == "Republican Party"

