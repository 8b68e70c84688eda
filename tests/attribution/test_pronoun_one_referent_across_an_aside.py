"""One he/she is one person: a quote split by an aside that names someone (`"I doubt the view" -- that Brill is
a liberal -- "will hold," he says`) gives every part the speaker found for the first part, before the aside
named anyone.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

ASIDE_CASES = [
    ("Mayor Tom Brill has not decided whether to run for governor.\n\n\"I am not ready to say,\" Brill told "
     "reporters on Monday. He said his family would decide.\n\nBrill's pollster, Douglas Kemp, argues the mayor "
     "could win statewide. \"I doubt the old label\" -- that Brill is a big-city liberal -- \"will hold up for "
     "long,\" he says. \"Voters warm to him once they meet him.\""),
    ("Mayor Tom Brill has not decided whether to run for governor.\n\n\"I am not ready to say,\" Brill said.\n\n"
     "His pollster, Douglas Kemp, argues the mayor could win statewide. \"I doubt the old label\" -- that Brill is a "
     "big-city liberal -- \"will hold up for long,\" he says."),
]


@pytest.mark.parametrize("text", ASIDE_CASES)
def test_every_part_of_a_split_quote_has_one_speaker(check, text):
    doc = check(text)
    assert speaker_name(doc, "the old label") == "Douglas Kemp"
    assert speaker_name(doc, "will hold up") == "Douglas Kemp"
