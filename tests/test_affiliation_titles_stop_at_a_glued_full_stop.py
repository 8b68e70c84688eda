"""The tokenizer sometimes keeps a sentence's full stop on its last word (`against Kemp. Sen. Dale Pruitt`),
and may not even end the sentence there; the title run before the next name must not reach back over that
word, or the report shows `Kemp. senator`.
Through the real pipeline: which words keep their full stop is the tokenizer's choice."""

from __future__ import annotations

import pytest

DRAFT = """Senators weigh endorsements

The primary win gave Harwick momentum against {name}. Sen. Dale Pruitt (R-Ohio) is a long shot to keep his seat.

"I need a lot of help," Pruitt said.
"""


def _speaker(check, text: str) -> dict:
    return check(text)["quotes"][0]["speaker"]


@pytest.mark.parametrize("name", ["Kemp", "Dunn"])
def test_a_title_does_not_take_the_word_the_sentence_before_ends_on(check, name):
    speaker = _speaker(check, DRAFT.format(name=name))
    assert speaker["name"] == "Dale Pruitt"
    assert speaker["title"] == "senator"


def test_the_tokenizer_still_glues_that_full_stop(pipeline):
    """Keeps the test above honest: if the tokenizer stops gluing, the words it tests are gone."""
    sentence = DRAFT.format(name="Kemp").split("\n")[2]
    words = [w.text for s in pipeline(sentence).sentences for w in s.words]
    assert "Kemp." in words

