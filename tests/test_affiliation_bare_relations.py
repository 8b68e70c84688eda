"""A family relation before a name that says nobody's (`his nephew Ivo Brandt`, `the mayor's cheerful wife`
cut to `cheerful wife Ann Roe`) is no title; one that names the relative keeps it (`Velde's wife`). Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Dov Kessler had never sailed before. He took the ferry with his nephew Ivo Brandt on Sunday.\n\n"
    "“The crossing was calm,” said Brandt.\n\n"
    "Tom Velde runs the marina. “We sold every ticket,” said Velde's wife, Lena Velde.\n"
)

draft = draft_fixture(DRAFT)


def test_a_relation_that_says_nobodys_is_no_title(draft):
    assert not speaker_of(draft, "The crossing was calm")["title"]


def test_a_relation_naming_the_relative_is_kept(draft):
    assert "wife" in (speaker_of(draft, "We sold every ticket")["title"] or "")
