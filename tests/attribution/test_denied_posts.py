"""A post a sentence denies or says has ended (`Roe won't be the nominee`, `is not the front-runner`) is no
title of hers; a party word in it still says her party (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_post_she_will_not_hold_is_no_title_but_keeps_her_party(check):
    draft = check("Ann Roe spoke at the harbor in Eastland on Tuesday.\n\n"
                  "Roe won't be the Democratic nominee, her aides said. \u201cWe will keep the docks open,\u201d "
                  "Roe said.\n")
    speaker = speaker_of(draft, "keep the docks open")
    assert speaker["title"] is None
    assert speaker["party"] == "Democratic Party"


def test_a_post_she_does_not_hold_is_no_title(check):
    draft = check("Ann Roe spoke at the harbor in Eastland on Tuesday.\n\n"
                  "Roe is not the front-runner for the harbor seat. "
                  "\u201cWe will keep the docks open,\u201d Roe said.\n")
    assert speaker_of(draft, "keep the docks open")["title"] is None


def test_not_the_only_member_of_a_party_is_still_one(check):
    draft = check("Ann Roe spoke at the harbor in Eastland on Tuesday.\n\n"
                  "Roe is not the only veteran Republican who backs the levy. "
                  "\u201cWe will keep the docks open,\u201d Roe said.\n")
    assert speaker_of(draft, "keep the docks open")["party"] == "Republican Party"
