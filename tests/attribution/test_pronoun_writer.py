"""The writer's own `I` in a book excerpt or a column is its author: the one a closing copyright credit
names after `by`, or the one a headline names before a colon when the text never names them again.
A news headline's `Roe: …` only quotes someone the story goes on to name.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

WRITER_CASES = [
    ("The Long Crossing.\n\nThe ferry left the dock at dawn, and the harbor was still dark.\n\nI told the "
     "captain, “We will be late for the market.”\n\nHe only laughed at me.\n\nAdapted from the memoir The Long "
     "Crossing, written by Mara Quist (Eastland Books, © 2019).",
     "late for the market", "Mara Quist"),
    ("Mara Quist: Why the Ferry Still Matters.\n\nEvery morning for ten years the same boat has carried me "
     "across the harbor.\n\nLast spring I told the council, “Keep the ferry running.”\n\nThey listened, for "
     "once.", "Keep the ferry running", "Mara Quist"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), WRITER_CASES)
def test_the_writer_named_in_a_credit_or_a_column_headline_is_the_i(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker


def test_a_news_headline_that_quotes_someone_names_no_writer(check):
    text = ("Quist: The Ferry Will Run.\n\nMayor Mara Quist promised on Monday that the ferry would keep its "
            "schedule.\n\nI asked her about the cost, and she said, “We have the money.”\n\nLater I told an "
            "aide, “That is good news for riders.”")
    assert speaker_name(check(text), "good news for riders") != "Mara Quist"
