"""Where an appositive's title ends: a body's capitalised title (`Eastland Gazette's Managing Editor`)
is a title as a lower-case one is; a title ends before what the person is near (`close to the
Harbor Commission`, whose body is not hers) and before what she is called (`known as Nightjar`).
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "“We picked the harbor,” said Dov Kessler, Eastland Gazette's Managing Editor, after the vote on Friday.\n\n"
    "Karl Horvat, a veteran ferry captain close to the Harbor Commission, was blunt. “Nobody listens,” Horvat said.\n\n"
    "Lena Dorn, the hacker known as Nightjar, spoke first. “I am sorry,” Dorn said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_bodys_capitalised_title_after_a_name_is_the_title(draft):
    assert speaker_of(draft, "We picked the harbor")["title"] == "Managing Editor"
    assert (quote_with(draft, "We picked the harbor")["affiliation"] or {}).get("name") == "Eastland Gazette"


def test_a_body_the_person_is_close_to_is_not_her_organisation(draft):
    assert speaker_of(draft, "Nobody listens")["title"] == "veteran ferry captain"
    assert quote_with(draft, "Nobody listens")["affiliation"] is None


def test_what_a_person_is_known_as_is_no_part_of_the_title(draft):
    assert speaker_of(draft, "I am sorry")["title"] == "hacker"
