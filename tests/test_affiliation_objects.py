"""A title stated where the name is the object of a noun that is no role (`little hope for Sen.
X`, `the dismissal of Board Chairman X`): the title after the link is the person's own; a
role before the link (`Secretary of State X`) keeps the whole. Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

DRAFT = (
    "The count left little hope for Sen. Ann Velde. “We will fight on,” Velde said.\n\n"
    "Critics urged the dismissal of Harbor Board Chairman Ivo Brandt. “I will stay,” Brandt said.\n\n"
    "Dunmore cheered the endorsement of former Gov. Rolf Dekker. “He is the best,” Dekker said.\n\n"
    "Aides to Secretary of State Mia Kolb met on Friday. “Talks went well,” Kolb said.\n"
)


@pytest.fixture(scope="module")
def draft(check):
    return check(DRAFT)


@pytest.mark.parametrize(("snippet", "title"), [
    ("fight on", "senator"),
    ("will stay", "Chairman"),
    ("the best", "former governor"),
    ("went well", "Secretary of State"),
])
def test_a_title_after_a_link_from_a_noun_that_is_no_role_is_the_persons_own(draft, snippet, title):
    assert speaker_of(draft, snippet)["title"] == title


def test_church_and_police_ranks_before_a_name_are_titles_not_part_of_the_name(check):
    doc = check("“We pray for calm,” said Archbishop Tomas Vellan.\n\n“We found the car,” said Detective Ana Ruiz.\n")
    assert speaker_of(doc, "pray for calm")["name"] == "Tomas Vellan"
    assert speaker_of(doc, "pray for calm")["title"] == "Archbishop"
    assert speaker_of(doc, "found the car")["title"] == "Detective"
