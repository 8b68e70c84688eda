"""Who a he/she that sources a quote stands for: patterns from news copy, on sentences written for them.

Each case runs the real Stanza pipeline; the draft's other people are there to be wrongly chosen.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

PRONOUN_CASES = [
    # The antecedent comes before the pronoun: a person named between the pronoun and its quote
    # is spoken to or about.
    ("Councillor Tom Brandt spoke after the vote. He thanked Mayor Paul Hines, saying, “This budget is sound.”",
     "budget is sound", "Tom Brandt"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), PRONOUN_CASES)
def test_a_pronoun_resolves_to_the_person_it_stands_for(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker
