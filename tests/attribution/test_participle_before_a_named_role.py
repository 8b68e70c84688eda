"""`said newly elected mayor Ann Roe`, `said industry funded candidate Ann Roe`: a past participle the parse reads
as a clause's verb, after an adverb or a noun and before a role and a name, describes the role (as a hyphened
compound does: `state-funded candidate`); the person named speaks, not the word before the participle.

Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

QUOTE = "\u201cThe tide gauges need fixing before winter,\u201d said "


@pytest.mark.parametrize("description", [
    pytest.param("newly elected harbor master", id="adverb"),
    pytest.param("kelp-farm funded candidate", id="hyphened-noun"),
    pytest.param("industry funded candidate", id="noun"),
])
def test_the_name_after_a_participle_and_a_role_speaks(check, description):
    draft = check(QUOTE + description + " Ilse Marrow at the pier on Thursday.\n")
    assert speaker_of(draft, "tide gauges")["name"] == "Ilse Marrow"
