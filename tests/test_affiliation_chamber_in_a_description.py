"""A description may hold a chamber's or court's word before its title (`the former House Speaker`), which the
tagger may take for part of a person's name; it is still a description of the person named before. Invented
sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_chamber_before_a_title_in_a_description(check):
    draft = check("As the harbor prepares for what Dov Kessler called a long summer, the former House Speaker "
                  "is eager to help. \u201cWe will keep the docks open,\u201d Kessler said.\n")
    assert speaker_of(draft, "keep the docks open")["title"] == "former House Speaker"


def test_a_name_in_a_description_is_still_no_description(check):
    draft = check("Dov Kessler toured the pier. The Brandt campaign then weighed in. "
                  "\u201cWe will keep the docks open,\u201d Kessler said.\n")
    assert speaker_of(draft, "keep the docks open")["title"] is None
