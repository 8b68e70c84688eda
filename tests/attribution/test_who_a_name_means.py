"""Which person a name or an age stands for: the accented spelling of a name written both ways.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name

ACCENTS = ("Mayor Renee Duvall Opens New Ferry Pier.\n\n"
           "Mayor Renée Duvall opened the new ferry pier in Eastland on Tuesday.\n\n"
           "“The harbor is ours again,” Duvall said.")


def test_a_name_written_with_and_without_accents_shows_its_accents(check):
    assert speaker_name(check(ACCENTS), "harbor is ours") == "Renée Duvall"
