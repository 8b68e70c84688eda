"""A person the draft calls a contender or a hopeful in a race is the one a later `the nominee` or `the
candidate` means (role synonyms in people.json; invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_the_nominee_is_the_contender_named_before(check):
    draft = check("Republican mayoral contender Ann Roe toured the new ferry terminal in Eastport on Monday.\n\n"
                  "Roe dared her rivals to ride the night ferry with her. \u201cCome and count the empty seats,\u201d "
                  "Roe told reporters.\n\n"
                  "The Republican mayoral nominee insisted on Tuesday that the dare had been \u201conly a joke\u201d "
                  "and nothing more.\n")
    speaker = speaker_of(draft, "only a joke")
    assert speaker["name"] == "Ann Roe" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)
