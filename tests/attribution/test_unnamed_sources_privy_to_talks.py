"""`Sources privy to the talks`: the tagger may read `privy` as a noun; the people before it are the head, an
unnamed source, not a thing (invented sentence, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_sources_privy_to_talks_are_unnamed_people(check):
    draft = check("The ferry strike entered its ninth day on Sunday.\n\n"
                  "Sources privy to the wage talks say a settlement is \u201conly days away.\u201d\n")
    speaker = speaker_of(draft, "only days away")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]
