"""A party adjective before a rival noun (`Democratic rival Ann Roe`) gives her party as `Republican
rival` does, though `Democratic`, unlike `Republican`, is no noun for a person; a party adjective before a
noun that is no role (`in the Democratic camp Ann Roe funded`) gives none. Invented sentences, real
pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Harbor Race Tightens.\n\n"
    "Ann Roe has long asked her Democratic rival Dov Kessler to release his plans. "
    "“I have nothing to hide,” Kessler said on Monday.\n\n"
    "“The pier is fine,” said Democratic rival Rafe Okon.\n\n"
    "Mara Velde gave to both sides. “I back whoever fixes the ferry,” she said.\n\n"
    "Years ago, in the Democratic camp Velde funded Pia Lund and Abe Lind for the harbor board.\n"
)

draft = draft_fixture(DRAFT)


def test_a_democratic_rival_named_as_an_object_is_a_democrat(draft):
    assert speaker_of(draft, "I have nothing to hide")["party"] == "Democratic Party"


def test_a_democratic_rival_after_the_verb_is_a_democrat(draft):
    speaker = speaker_of(draft, "The pier is fine")
    assert speaker["party"] == "Democratic Party"
    assert speaker["mention"] == "Democratic rival Rafe Okon"


def test_a_party_camp_is_no_role(draft):
    assert speaker_of(draft, "I back whoever")["party"] is None
