"""`Mr Varga, 24, was driving …` then `Mr Varga's mother, Marta Varga, said …. "…," she said`: a lone surname
whose courtesy title says the other gender from the one person named in full with it is a relative never named in
full, so it is no evidence that she is a man and her `she` stays hers. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Inquiry into crossing death ends\n\n"
    "The inquiry into the death of a young man at the Millbrook level crossing closed on Friday.\n\n"
    "Chief Inspector Ruth Calder told the panel that the barrier had failed twice that month. \"We knew the system "
    "was old,\" she said.\n\n"
    "Mr Varga, 24, was driving home from work when the barrier failed to drop. Lawyers for Mr Varga's family said "
    "the rail operator had ignored warnings.\n\n"
    "Outside the hall, Mr Varga's mother, Marta Varga, said the family had waited a year. \"I heard how my son died "
    "from strangers,\" she said.\n"
)

draft = draft_fixture(DRAFT)


def test_the_mother_keeps_her_she(draft):
    assert speaker_of(draft, "my son died")["name"] == "Marta Varga"


def test_the_officer_before_keeps_hers(draft):
    assert speaker_of(draft, "system was old")["name"] == "Ruth Calder"
