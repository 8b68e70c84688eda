"""A nameless description whose `who` clause (set off, or straight after a plain noun) or set-off
participle clause names someone else: the clause describes the person the description is, so that person
speaks, unnamed, not the one the clause names.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, speaker_of
from quoteguard.attribution.types import Phrase


def test_a_name_in_the_who_clause_of_a_nameless_speaker_is_not_the_speaker(check):
    draft = check("Rain fell on the harbor parade all afternoon.\n\n"
                  "A fisherman on the breakwater, who had sold bait to Alderman Pieter Voskuijl for years, "
                  "shouted \u201cnobody asked the boats what they wanted.\u201d\n")
    speaker = speaker_of(draft, "nobody asked the boats")
    assert speaker["name"] != "Pieter Voskuijl"
    assert "fisherman" in speaker["name"]


def test_a_name_in_a_set_off_participle_clause_of_a_nameless_speaker_is_not_the_speaker(check):
    draft = check("The lantern market closed early because of the storm.\n\n"
                  "A stallholder by the gate, pointing at Magistrate Ilse Drummond, said "
                  "\u201cwe lost the whole evening to the wind.\u201d\n")
    speaker = speaker_of(draft, "lost the whole evening")
    assert speaker["name"] != "Ilse Drummond"
    assert "stallholder" in speaker["name"]


def test_a_name_in_a_restrictive_who_clause_after_a_plain_noun_is_not_the_mention(pipeline, kb):
    # (asked about the whole phrase before the verb, the mention stage reads the diver, not the judge)
    draft = analysed_draft(pipeline, kb, "The regatta was called off at noon.\n\n"
                                         "A diver who had guided Judge Okello Marsh around the wreck said "
                                         "\u201cthe currents were never this strong.\u201d\n")
    words = [t.text for t in draft.t]
    first, cue = words.index("A"), words.index("said")
    mention = draft.mention_for(Phrase(first=first, last=cue - 1, cue=cue, sieve="speaker-said", confidence=0.9))
    assert mention is not None and mention.kind == "unnamed"
