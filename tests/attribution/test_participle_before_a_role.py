"""An -ing word that modifies the role after it (`managing director`, `acting director`) is part of the description,
not a clause after it: `the company's managing director, X, said` is X, with that title, and `the agency's acting
director said` an unnamed source with it. Invented drafts, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Talks between Crestline Buses and the drivers' union broke down on Thursday evening after nine hours.\n\n"
    "“We have put our best offer on the table,” the company's managing director, Orla Fenwick, said.\n\n"
    "“Nothing will be decided before the audit is published,” the agency’s acting director said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_managing_director_named_after_the_description_is_the_speaker(draft):
    speaker = speaker_of(draft, "best offer")
    assert speaker["name"] == "Orla Fenwick"
    assert speaker["title"] == "managing director"


def test_an_acting_director_not_named_is_an_unnamed_source_with_the_whole_role(draft):
    speaker = speaker_of(draft, "audit is published")
    assert speaker["anonymous"] is True
    assert speaker["title"] == "acting director"
