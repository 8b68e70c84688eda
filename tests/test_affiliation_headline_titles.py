"""A headline set above the draft in title case capitalises every word, so a word before a name there
(`Festival Singer Ann Roe …`) says less than the body: a title the body states beside her name wins, and a
headline word that is no title or public role in lower case (`Harbor Critic`) is no title at all. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

BODY = "\u201cWe will keep the docks open,\u201d Roe said.\n"


def test_a_title_stated_in_the_body_beats_the_headlines(check):
    draft = check("Festival Singer Ann Roe Backs The Ferry Plan\n\n"
                  "Ann Roe, a retired harbor pilot, spoke at the pier on Tuesday. " + BODY)
    assert speaker_of(draft, "keep the docks open")["title"] == "retired harbor pilot"


def test_a_headline_word_that_is_no_role_is_no_title(check):
    draft = check("Harbor Critic Ann Roe Backs The Ferry Plan\n\n"
                  "Ann Roe spoke at the pier in Eastland on Tuesday. " + BODY)
    assert speaker_of(draft, "keep the docks open")["title"] is None


def test_an_office_with_its_body_in_the_headline_stays(check):
    draft = check("Harbor Commission Chairman Ann Roe Backs The Ferry Plan\n\n"
                  "Ann Roe spoke at the pier in Eastland on Tuesday. " + BODY)
    assert speaker_of(draft, "keep the docks open")["title"] == "Chairman"
