"""An indefinite opener before a named person does not make the source unnamed.

- `a weary Roe said …` (an article and a word of mood before a surname) is that named person, and so is
  the he/she that follows;
- `another delegate, Tom Roe of Dover,` (an indefinite description set off before the name) is the
  named person, and so is the he/she that follows;
- while `one delegate said …` with no name stays unnamed, with its he/she.

These shapes hold on main (train: every pronoun quote whose first mention opened with `a`/`another`
but named the person kept the name); the tests keep them while the unnamed-source rules change.
Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import quote_with

NAMED = [
    pytest.param(
        "Ferry board meets.\n\n"
        "Tom Roe chairs the Dover ferry board, which met on Monday to vote on the night crossings.\n\n"
        "A weary Roe said the board had run out of money for the winter. "
        "\u201cWe cannot keep every crossing,\u201d he said.",
        "keep every crossing", "Tom Roe", id="adjective-before-surname-then-he"),
    pytest.param(
        "Delegates pick sides.\n\n"
        "One delegate, Ann Lee of Eastport, backed the harbor plan on Monday.\n\n"
        "Another delegate, Jane Roe of Dover, explained why she had waited.\n\n"
        "\u201cThe ferry towns had not been heard,\u201d she said.",
        "ferry towns had not", "Jane Roe", id="another-description-set-off-before-name-then-she"),
]

UNNAMED = [
    pytest.param(
        "Delegates pick sides.\n\n"
        "Tom Roe, the harbor commissioner, spoke to the delegates on Monday.\n\n"
        "One delegate from Dover said the vote would be close.\n\n"
        "\u201cThe ferry towns had not been heard,\u201d he said.",
        "ferry towns had not", "one delegate", id="one-delegate-then-he"),
]


@pytest.mark.parametrize(("text", "snippet", "name"), NAMED)
def test_an_indefinite_opener_before_a_name_keeps_the_name(check, text, snippet, name):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "person" and speaker["name"] == name


@pytest.mark.parametrize(("text", "snippet", "name"), UNNAMED)
def test_an_unnamed_description_and_its_pronoun_stay_unnamed(check, text, snippet, name):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"].lower().startswith(name)
