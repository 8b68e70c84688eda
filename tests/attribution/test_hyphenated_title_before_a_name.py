"""A title joined by hyphens (`President-elect`, `Editor-in-Chief`) goes before a name as one title: its
lower-case tail is no part of the name, and a phrase the parse ends on one of its hyphens runs on over it
to the name it stands before.
Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "The ferry board met on Tuesday night.\n\n"


def test_the_lower_case_tail_of_a_hyphenated_title_is_no_part_of_the_name(check):
    draft = check(OPENING + "Asked about the fares, Chairman-elect Brenna Thorvald shrugged. \u201cEvery crossing "
                            "will cost less by spring,\u201d Chairman-elect Brenna Thorvald said.\n")
    assert speaker_of(draft, "cost less by spring")["name"] == "Brenna Thorvald"


def test_a_phrase_cut_inside_a_hyphenated_title_runs_on_to_the_name(check):
    draft = check(OPENING + "\u201cThe timetable was never printed,\u201d said editor-in-chief Osric Delavane "
                            "of the Quayside Gazette.\n")
    assert speaker_of(draft, "never printed")["name"] == "Osric Delavane"
