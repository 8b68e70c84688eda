"""A description that goes on about the unnamed subject of the sentence before (`The county sheriff, who has worn
the badge for years, is fending off a bid from Odile Farrant. The sheriff …`) is that unnamed person, not the person
named last: Farrant is no sheriff. When the first description was someone's (`The ferry pilot, Anselm Rooke, …`),
the second still is his. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Cliffside Ledger\n\n"
    "The county sheriff, who has worn the badge since 2009, is fending off a write-in bid from Odile Farrant. The "
    "sheriff has printed yard signs for the first time in years.\n\n"
    "“I only want a fair count,” Farrant said.\n\n"
    "The ferry pilot, Anselm Rooke, sailed out at dawn. The pilot has crossed the strait in every storm since "
    "spring.\n\n"
    "“The sea was kind today,” Rooke said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_role_going_on_about_an_unnamed_subject_is_not_the_person_named_last(draft):
    assert speaker_of(draft, "a fair count")["title"] is None


def test_a_role_going_on_about_a_named_subject_is_still_his(draft):
    assert speaker_of(draft, "sea was kind")["title"] == "ferry pilot"
