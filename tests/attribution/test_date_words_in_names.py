"""A month's name that is also a given name (`May`, `June`, `April`) is a word of a person's name where it stands
against the name: after a given name the tagger calls a person (`Nora Belle May, 71,`), or opening a name the
tagger calls a person (`April Kestrel, a spokeswoman`). After a preposition or before a number it stays a date.

Invented sentences, real pipeline."""

from __future__ import annotations

import pytest

from conftest import speaker_of

FAIR = "The pottery guild opened its spring fair on Saturday.\n\n"


@pytest.mark.parametrize("name", ["Nora Belle May", "Nora May"])
def test_a_month_closing_a_name_before_an_age_is_its_surname(check, name):
    draft = check(FAIR + f"\u201cThe kilns ran all night,\u201d said {name}, 71, a potter from the valley.\n")
    speaker = speaker_of(draft, "kilns ran")
    assert speaker["name"] == name
    assert "potter" in (speaker["title"] or "")


def test_a_month_surname_before_an_age_stays_with_the_person_a_pronoun_means(check):
    draft = check(FAIR + "Tamsin Oakes June, 44, a glassblower from the coast, sold out by noon. "
                         "\u201cPeople want things made by hand,\u201d she said.\n")
    assert speaker_of(draft, "made by hand")["name"] == "Tamsin Oakes June"


def test_a_month_opening_a_name_is_the_given_name(check):
    draft = check(FAIR + "April Kestrel, a spokeswoman for the guild, counted the visitors at the gate.\n\n"
                         "\u201cWe sold every mug,\u201d Kestrel said.\n")
    assert speaker_of(draft, "every mug")["name"] == "April Kestrel"


def test_a_month_after_a_preposition_or_before_a_number_is_a_date(check):
    draft = check(FAIR + "In May Ada Voss took over the guild. \u201cWe sold every mug,\u201d Ada Voss said on "
                         "June 3.\n")
    assert speaker_of(draft, "every mug")["name"] == "Ada Voss"


def test_a_day_after_a_name_says_when(check):
    draft = check(FAIR + "\u201cWe sold every mug,\u201d said guild treasurer Ada Voss Sunday.\n")
    speaker = speaker_of(draft, "every mug")
    assert speaker["name"] == "Ada Voss"
    assert "treasurer" in (speaker["title"] or "")


def test_a_capitalised_modal_in_a_headline_is_no_surname(check):
    draft = check("Guild Chair Ada Voss May Step Down\n\n\u201cWe sold every mug,\u201d Voss said.\n")
    assert speaker_of(draft, "every mug")["name"] == "Ada Voss"
