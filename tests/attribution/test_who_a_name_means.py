"""Which person a name or an age stands for: the accented spelling of a name written both ways, the one of two
people sharing a surname whom the draft already calls by it, a relative named by a given name after someone's
possessive and an age no one was stated to be.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import quote_with, speaker_name

ACCENTS = ("Mayor Renee Duvall Opens New Ferry Pier.\n\n"
           "Mayor Renée Duvall opened the new ferry pier in Eastland on Tuesday.\n\n"
           "“The harbor is ours again,” Duvall said.")

SHARED_SURNAME = ("Sen. Ada Quillan toured the flooded docks of Eastland on Monday.\n\n"
                  "Quillan has pushed for new sea walls since the storm.\n\n"
                  "A dock worker, Tom Quillan, lost his boat in the flood.\n\n"
                  "The harbor board meets again next week to weigh the plan.\n\n"
                  "“We cannot wait for the next storm,” Quillan said.")

RELATIVE = ("Dov Kessler spent the week touring the orchards of Eastland.\n\n"
            "On Friday, Kessler's wife, Miriam, is scheduled to address the growers.\n\n"
            "She is often at her husband's side at such events.\n\n"
            "“We love these valleys,” she said.")

AGE = ("The harbor board met in Eastland on Monday.\n\n"
       "Ferry captain Ruth Amel told the board that the new schedule leaves her crews short.\n\n"
       "“Nobody asked the crews,” said the 52-year-old.")


def test_a_name_written_with_and_without_accents_shows_its_accents(check):
    assert speaker_name(check(ACCENTS), "harbor is ours") == "Renée Duvall"


def test_a_shared_surname_stays_with_the_one_it_already_meant(check):
    assert speaker_name(check(SHARED_SURNAME), "next storm") == "Ada Quillan"


def test_a_relative_named_by_a_given_name_takes_the_family_name(check):
    assert speaker_name(check(RELATIVE), "love these valleys") == "Miriam Kessler"


def test_an_age_no_one_was_given_is_the_person_the_sentences_are_about(check):
    speaker = quote_with(check(AGE), "Nobody asked")["speaker"]
    assert speaker is not None and speaker["name"] == "Ruth Amel"
