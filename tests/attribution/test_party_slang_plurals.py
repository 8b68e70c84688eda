"""`GOPers` is newsroom slang for Republicans: a counted group of them is an unnamed group of party members,
as `Several Republicans` is, never a person called `GOPers` (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_counted_group_of_gopers_is_unnamed(check):
    draft = check("Several GOPers on the island council said the ferry levy was \u201ca tax on every rider.\u201d\n")
    speaker = speaker_of(draft, "a tax on every rider")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]


def test_gopers_are_read_as_republicans_are(check):
    gopers = check("Several GOPers on the island council said the ferry levy was \u201ca tax on every rider.\u201d\n")
    republicans = check("Several Republicans on the island council said the ferry levy was "
                        "\u201ca tax on every rider.\u201d\n")
    mine, theirs = speaker_of(gopers, "a tax on every rider"), speaker_of(republicans, "a tax on every rider")
    assert (mine["type"], mine["anonymous"]) == (theirs["type"], theirs["anonymous"])
