"""Where someone comes from or what she once was (`an Eastland native`, `a Navy veteran`, `a Harbor College
graduate`) is no post: a role another mention states (`who now is a ferry dispatcher`, `the welder said`) is her
title; a veteran described as nothing else keeps `veteran`. Praise before a shared role (`two low-profile former
pilots`) is no part of it. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Corvin Halloway, 61, a Coast Guard veteran who is now a ferry dispatcher for the Harbor Authority, waited at the "
    "terminal on Friday.\n\n"
    "“The late boats never carry enough crew,” Halloway said.\n\n"
    "Tamsin Brack chained a bicycle to the rail outside the shipyard gate.\n\n"
    "“The night shift has been cut twice this winter,” the 44-year-old welder said.\n\n"
    "“Nobody asked us before the cuts,” said Brack, a Lowmoor Flats resident.\n\n"
    "Orrin Beldt, an Army veteran, stood by the fence with a sign.\n\n"
    "“I came because my nephew lost his job,” Beldt said.\n\n"
    "The depot is run by two low-profile former harbor pilots, Idris Quarmby and Nell Stroud.\n\n"
    "“We keep the ledgers open to anyone,” Quarmby said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_post_held_now_after_a_veteran_is_the_title(draft):
    assert speaker_of(draft, "late boats never carry")["title"].startswith("ferry dispatcher")


def test_a_role_stated_elsewhere_beats_a_home_town(draft):
    assert speaker_of(draft, "Nobody asked us")["title"] == "welder"


def test_a_veteran_described_as_nothing_else_keeps_it(draft):
    assert speaker_of(draft, "my nephew lost")["title"] == "Army veteran"


def test_praise_before_a_shared_role_is_left_out(draft):
    assert speaker_of(draft, "keep the ledgers open")["title"] == "former harbor pilot"
