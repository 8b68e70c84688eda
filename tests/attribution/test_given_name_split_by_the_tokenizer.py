"""A given name the tokenizer splits as it splits `gonna` (`Yanna` read as `Yan` + `na`) is still one word of
the name: the person is named in full, however the later quote refers to her. Invented sentences, real
pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

SCENE = "Bell ringers\n\nYanna Ostby rings the tenor bell at the chapel. "


@pytest.mark.parametrize("tag", ["she said", "Ostby said"])
def test_a_given_name_split_in_two_stays_whole(check, tag):
    draft = check(SCENE + f"\"The ropes are older than the tower clock,\" {tag}.\n")
    assert speaker_of(draft, "ropes are older")["name"] == "Yanna Ostby"


def test_a_given_name_split_in_two_stays_whole_after_the_quote(check):
    draft = check("Bell ringers\n\n\"The ropes are older than the tower clock,\" said Yanna Ostby, who rings the "
                  "tenor bell.\n")
    assert speaker_of(draft, "ropes are older")["name"] == "Yanna Ostby"
