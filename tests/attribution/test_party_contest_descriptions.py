"""`the Democratic nomination`, `the GOP primary`: a party's contest, described near a person, says her party
as `the Republican nomination` does, though `Democratic` and `GOP` are no person nouns; the party itself
(`the Democratic Party has backed …`) describes no one. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

QUOTE = "\n\n\u201cWe will keep the ferries running,\u201d Kessler said.\n"


def test_a_democratic_contest_gives_the_party(check):
    draft = check("Dov Kessler toured the harbor towns on Monday, his eye on the Democratic nomination in the race for "
                  "governor." + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] == "Democratic Party"


def test_a_gop_contest_gives_the_party(check):
    draft = check("Dov Kessler toured the harbor towns on Monday. He leads the GOP primary by ten points." + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] == "Republican Party"


def test_the_party_itself_describes_no_one(check):
    draft = check("Dov Kessler toured the harbor towns on Monday. The Democratic Party has backed his ferry plan."
                  + QUOTE)
    assert speaker_of(draft, "keep the ferries")["party"] is None
