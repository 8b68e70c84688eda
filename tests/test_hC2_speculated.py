"""`speculate` is a verb of speech, and a cue joined by `but` after a comma to a clause whose verb is a perfect
(`Engineers have dismissed the claims, but have speculated …`) shares that clause's subject. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Reef Survey Published\n\n"
    "Two marine biologists speculated that the reef could \"recover within a decade\" if trawling stops.\n\n"
    "Coastal engineers have largely rejected the council's estimate, but have speculated that the new seawall "
    "might raise its \"storm rating\" through other means, such as a wider apron.\n\n"
    "Harbour master Ines Castellano noted that the dredger broke down, and added: \"We lost a week.\"\n"
)

draft = draft_fixture(DRAFT)


def test_speculated_is_a_cue(draft):
    assert speaker_of(draft, "recover within a decade")["name"] == "Two marine biologists"


def test_a_cue_after_a_comma_and_but_shares_the_perfects_subject(draft):
    assert speaker_of(draft, "storm rating")["name"] == "Coastal engineers"


def test_the_nearest_verb_in_what_was_noted_is_no_first_conjunct(draft):
    assert speaker_of(draft, "lost a week")["name"] == "Ines Castellano"
