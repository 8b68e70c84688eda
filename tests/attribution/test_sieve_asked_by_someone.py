"""A passive verb of addressing: whom the words were put to is its subject, and its `by` phrase said them, on
sentences written for these tests."""

from __future__ import annotations

from conftest import sieve_found, sieve_source


def test_the_asker_speaks_not_the_one_asked(pipeline, kb):
    text = ("Kessler was asked by harbor pilot Ann Vance whether the new breakwater, which the port board estimates "
            "would cost $40 million a year, would mean “another decade of dredging.”")
    assert sieve_source(pipeline, kb, text) == ("clause-subject", "harbor pilot Ann Vance")


def test_a_ballot_called_by_a_party_gives_it_no_words(pipeline, kb):
    # `called` here convenes the ballot: the quoted name is no one's words.
    text = ("A second ballot was called by the Harbor Party to make the council honor the fee caps set under the old "
            "“Fair Moorings Pledge.”")
    assert sieve_found(pipeline, kb, text) is None
