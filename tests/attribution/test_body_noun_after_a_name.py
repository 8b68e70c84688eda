"""A definite phrase that ends on a lower-case noun for a body after the name qualifying it (`the
Westfield levy committee`, `the Eastland Watch group`) is that body speaking, not an unnamed
person, though `-ee` words read as roles (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_a_committee_named_by_its_town_is_a_body(check):
    draft = check("The draft plan was posted online late on Friday.\n\n"
                  "\u201cEvery ferry line will stay open through the winter,\u201d the Westfield levy "
                  "committee wrote in its summary.\n")
    speaker = speaker_of(draft, "Every ferry line")
    assert speaker["type"] == "organisation" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)


def test_a_group_named_by_its_name_is_a_body(check):
    draft = check("Residents of the island towns have pushed for the night crossings for years.\n\n"
                  "\u201cThe towns were heard at last,\u201d the Eastland Watch group said on Saturday.\n")
    speaker = speaker_of(draft, "towns were heard")
    assert speaker["type"] == "organisation" and not speaker["anonymous"]


def test_a_spokesman_for_a_named_committee_stays_unnamed(check):
    draft = check("\u201cThe vote will wait,\u201d a spokesman for the Harbor Rail committee said on Monday.\n")
    assert speaker_of(draft, "vote will wait")["anonymous"]
