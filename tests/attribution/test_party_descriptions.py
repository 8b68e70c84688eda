"""A description that carries a party (`the Republican nominee`) stands for the person the draft puts in
that party and role, never for the rival quoted or named last whom the draft gives the other party; a
party tag (`(R-Eastport)`) states the party as a party word does. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import analysed_draft, speaker_of
from quoteguard.attribution.descriptions import link_descriptions
from quoteguard.attribution.resolution import Resolver

Q, E = "\u201c", "\u201d"


def test_a_party_description_is_not_the_rival_quoted_last(check):
    draft = check("Dov Kessler toured the ferry terminal in Eastport on Monday.\n\n"
                  f"Democrat Ann Roe spent the day at the docks. {Q}The fares are too high,{E} Roe said.\n\n"
                  f"{Q}We will keep the night ferries,{E} the Republican nominee said on Tuesday.\n")
    roe = speaker_of(draft, "fares are too high")
    assert roe["name"] == "Ann Roe" and "Republican" not in (roe["title"] or "")
    kessler = speaker_of(draft, "keep the night ferries")
    assert kessler["name"] == "Dov Kessler"
    assert kessler["title"] == "Republican nominee" and kessler["party"] == "Republican Party"


def test_a_party_description_is_the_one_person_of_that_party_running(check):
    draft = check("Republican contender Dov Kessler toured the ferry terminal in Eastport on Monday.\n\n"
                  f"The mayor, Democrat Ann Roe, spent the day at the docks. {Q}The fares are too high,{E} Roe "
                  "said.\n\n"
                  f"{Q}We will keep the night ferries,{E} the Republican nominee said on Tuesday.\n")
    speaker = speaker_of(draft, "keep the night ferries")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]
    assert speaker["party"] == "Republican Party"


def test_with_two_people_of_that_party_running_the_nearest_described_so_stays(check):
    draft = check("Republican contender Dov Kessler toured the ferry terminal in Eastport on Monday.\n\n"
                  "Republican contender Ivo Brandt toured the fish market.\n\n"
                  f"The mayor, Democrat Ann Roe, spent the day at the docks. {Q}The fares are too high,{E} Roe "
                  "said.\n\n"
                  f"{Q}We will keep the night ferries,{E} the Republican nominee said on Tuesday.\n")
    assert speaker_of(draft, "keep the night ferries")["name"] == "Ivo Brandt"


def _linked_to(pipeline, kb, text: str) -> dict[str, list[str]]:
    """The descriptions the attribution stage links to each person the draft names."""
    d = analysed_draft(pipeline, kb, text)
    resolver = Resolver(d)
    for mention in d.person_mentions:
        resolver.resolve(mention, mention.start)
    link_descriptions(d, resolver)
    return {sid: [m.text for m in speaker.mentions if m.name is None] for sid, speaker in resolver.speakers.items()}


def test_a_party_description_someone_reports_on_is_the_one_person_of_that_party_running(pipeline, kb):
    linked = _linked_to(pipeline, kb, "Mayoral contender Dov Kessler (R-Eastport) toured the docks.\n\n"
                                      "Democrat Ann Roe met the crews at the docks. She said the Republican "
                                      "nominee would sell the ferries.\n")
    assert "the Republican nominee" in linked["person:dov kessler"]
    assert "the Republican nominee" not in linked["person:ann roe"]


def test_a_party_description_after_the_rival_is_the_one_person_of_that_party_running(pipeline, kb):
    linked = _linked_to(pipeline, kb, "Mayoral contender Dov Kessler (R-Eastport) toured the docks.\n\n"
                                      "Democrat Ann Roe met the crews at the docks. The Republican nominee "
                                      "skipped the meeting.\n")
    assert "The Republican nominee" in linked["person:dov kessler"]
    assert "The Republican nominee" not in linked["person:ann roe"]
