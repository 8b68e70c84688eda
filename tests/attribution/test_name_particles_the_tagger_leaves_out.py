"""A name's particles (`al-`, `bin`) the tagger leaves out, tagging the words on either side as two people,
still join one name: the speaker is the person named in full, not the given name alone nor the bare
surname. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of


def test_a_hyphened_particle_between_two_tagged_words_makes_one_name(check):
    draft = check("Ferry vote\n\nAhmad al-Rashid chairs the ferry users' group. "
                  "\"The timetable is a mess,\" he said.\n")
    assert speaker_of(draft, "timetable is a mess")["name"] == "Ahmad al-Rashid"


def test_a_hyphened_particle_in_a_name_after_the_quote(check):
    draft = check("Ferry vote\n\n\"The timetable is a mess,\" said Ahmad al-Rashid, who chairs the ferry "
                  "users' group.\n")
    assert speaker_of(draft, "timetable is a mess")["name"] == "Ahmad al-Rashid"


def test_a_particle_standing_alone_between_two_tagged_words_makes_one_name(check):
    draft = check("Ferry vote\n\nThe ferry users' group is chaired by Idris bin Hamdan. "
                  "\"The timetable is a mess,\" he said.\n")
    assert speaker_of(draft, "timetable is a mess")["name"] == "Idris bin Hamdan"
