"""`"…," the bespectacled, 68-year-old engineer said`: a comma between the adjectives of a definite description
parts no aside; the description is the person the sentences before are about, as it is without the comma
(invented sentences, real pipeline)."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "Harbor chief looks back\n\n"
    "Oskar Lindqvist took office as harbor commissioner in 2009. When he arrived, he made dredging his first "
    "priority. \u201cFrom day one, the channel was my priority,\u201d the bespectacled, 68-year-old engineer said "
    "in an interview.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


def test_a_description_with_adjectives_set_off_is_the_person_described(draft):
    speaker = speaker_of(draft, "channel was my priority")
    assert speaker["name"] == "Oskar Lindqvist"
    assert not speaker["anonymous"]
