"""A `who` that speaks stands for the person named just before its comma (`…, from Dov Kessler, who said`),
however the parse attaches the clause; a name inside a phrase before it (`a spokesman for Roe, who`)
leaves the phrase its speaker.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

WHO_CASES = [
    ("The bridge vote drew praise from the neighbors, above all from Dov Kessler, who said, “The pier is "
     "overdue.”", "pier is overdue", "Dov Kessler"),
    ("The fare rise was announced in March, in a letter to riders from Mayor Ann Roe, who wrote that they "
     "would “hardly notice the change.”", "hardly notice", "Ann Roe"),
    ("Ferry workers got a surprise visit on Friday, after the storm, from Senator Lena Ortiz, who told them, "
     "“Your jobs are safe.”", "jobs are safe", "Lena Ortiz"),
    ("The clinic stayed open through the winter, thanks to the nurses, especially to Ada Ferns, who said "
     "she “never once thought of closing.”", "never once thought", "Ada Ferns"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), WHO_CASES)
def test_who_after_a_name_and_a_comma_is_that_person(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker
