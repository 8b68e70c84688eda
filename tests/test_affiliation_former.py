"""A former post with where the person is now (`a former Harbor Authority engineer now at the
Eastland Institute`): the role is read across `now`, and the body after it is hers today. A body's
name before a role linked to a person (`former Harbor Board press secretary to Ann Velde`) is no
list of people. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“The figures hold,” said Ada Quill, a former Harbor Authority engineer now at the Eastland Institute.\n\n"
    "“We tried everything,” said Ivo Brandt, former Harbor Board press secretary to Ann Velde, who "
    "toured the pier.\n"
)

draft = draft_fixture(DRAFT)


def test_a_former_role_now_held_elsewhere_keeps_the_role_and_todays_body(draft):
    quill = speaker_of(draft, "The figures hold")
    assert (quill["title"] or "").startswith("former Harbor Authority engineer")
    assert (quote_with(draft, "The figures hold")["affiliation"] or {}).get("name") == "Eastland Institute"


def test_a_bodys_name_before_a_role_linked_to_a_person_is_a_description(draft):
    # (the former post's body is read out of the title as her organisation: see test_affiliation_stated_bodies)
    assert speaker_of(draft, "We tried everything")["title"] == "former press secretary to Ann Velde"
    assert (quote_with(draft, "We tried everything")["affiliation"] or {}).get("name") == "Harbor Board"
