"""`Said Roe: "…"`, `Continued Roe: "…"`: an inflected speech verb opening the sentence before a name is the
inverted cue, no part of the name, whatever the tagger calls it. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of


@pytest.mark.parametrize("cue", ["Said", "Added", "Continued"])
def test_inverted_cue_is_no_name_word(check, cue):
    draft = check(f"Ann Roe toured the docks on Friday. {cue} Roe, \u201cThe pier stays shut.\u201d\n")
    assert speaker_of(draft, "pier stays shut")["name"] == "Ann Roe"
