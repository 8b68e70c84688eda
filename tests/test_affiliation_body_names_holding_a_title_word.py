"""`the leader of the Tidewater Defense League`: a word that may open a title (`Defense`, `High`) inside a
body's name the tagger reads whole, ending on a body's word, stays in the name; the role before it is her
title (`Harbor Council Chairman` still ends on the title), and a role stated with its body before the name
says more than a bare `Sen.`. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, quote_with, speaker_of

DRAFT = (
    "Fishing boats stayed in port on Sunday.\n\n"
    "The leader of the Tidewater Defense League, Marit Solberg, said the quota was “a slow death for the "
    "harbor.”\n\n"
    "“The nets are rotting on the quay,” said Kwame Lindqvist, a trustee of the Brackwater Defense "
    "Alliance.\n\n"
    "Sen. Oona Brightwater toured the flooded marina on Friday. Later that day, Coastal Safety Committee Chairman "
    "Oona Brightwater met the harbor pilots. “The pilots deserve better radios,” Brightwater said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_title_word_inside_a_body_name_stays_in_the_name(draft):
    assert (quote_with(draft, "slow death")["affiliation"] or {}).get("name") == "Tidewater Defense League"
    assert speaker_of(draft, "slow death")["title"] == "leader"


def test_a_body_named_after_the_role_keeps_its_name(draft):
    assert (quote_with(draft, "nets are rotting")["affiliation"] or {}).get("name") == "Brackwater Defense Alliance"


def test_a_role_stated_with_its_body_beats_a_bare_title(draft):
    assert speaker_of(draft, "better radios")["title"] == "Chairman"
    assert (quote_with(draft, "better radios")["affiliation"] or {}).get("name") == "Coastal Safety Committee"
