"""`Rep. Walt Brisk (R-Ky.), the committee's chairman,`: a post the committee owns, set off after a name whose
title before it is only an elected seat, is the title he speaks in (`chairman`, `ranking member`); his party is
still read. A seat with a description of no post after it keeps the seat (`Sen. Ada Vance, a Republican`).
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

HEARING = (
    "Agency hearing\n\n"
    "The House Oversight Committee met on Tuesday.\n\n"
    "Rep. Walt Brisk (R-Ky.), the committee's chairman, opened the hearing. \"This is a scandal,\" Brisk said.\n\n"
    "Rep. Anne Solt (D-Calif.), the committee's ranking member, disagreed. \"Nobody defends it,\" she said.\n\n"
    "Sen. Ada Vance, a Republican, watched from the back. \"I came to listen,\" Vance said.\n"
)

hearing = draft_fixture(HEARING)


def test_the_committees_chairman_is_the_title_over_the_seat(hearing):
    speaker = speaker_of(hearing, "This is a scandal")
    assert (speaker["title"], speaker["party"]) == ("chairman", "Republican Party")


def test_the_committees_ranking_member_is_the_title_over_the_seat(hearing):
    speaker = speaker_of(hearing, "Nobody defends it")
    assert (speaker["title"], speaker["party"]) == ("ranking member", "Democratic Party")


def test_a_seat_with_no_post_after_it_stays(hearing):
    assert speaker_of(hearing, "came to listen")["title"] == "senator"
