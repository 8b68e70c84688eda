"""A description the draft names at once by a naming phrase (`known as`, `going by the handle`, `who said
her name was`) is that person, not an unnamed source; a group so named stays a group (invented sentences,
real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_description_known_by_a_name_after_the_tag_is_that_person(check):
    draft = check("The harbor board met on Monday about the break-in at the boatyard.\n\n"
                  "\u201cThere never was any alarm,\u201d said the yard foreman known as Rook.\n")
    speaker = speaker_of(draft, "never was any alarm")
    assert speaker["name"] == "Rook" and speaker["type"] == "person" and not speaker["anonymous"]
    assert "foreman" in (speaker["title"] or "")


def test_a_handle_inside_the_phrase_names_the_writer(check):
    draft = check("Commuters in Marlow argued online all week about the ferry fare.\n\n"
                  "\u201cWe lost the vote by a mile and nobody cares,\u201d posted a Marlow commuter going by "
                  "the handle Tidewalker.\n")
    speaker = speaker_of(draft, "lost the vote")
    assert speaker["name"] == "Tidewalker" and not speaker["anonymous"]


def test_a_name_given_in_a_who_clause_names_the_speaker(check):
    draft = check("Forty families queued outside the Dunmore food bank before dawn.\n\n"
                  "A grandmother, who gave her name as Wilhelmina, held up two empty tins: "
                  "\u201cThis is all that is left in my cupboard.\u201d\n")
    speaker = speaker_of(draft, "left in my cupboard")
    assert speaker["name"] == "Wilhelmina" and not speaker["anonymous"]


def test_a_name_given_after_an_and_in_the_who_clause_names_the_speaker(check):
    draft = check("Forty families queued outside the Dunmore food bank before dawn.\n\n"
                  "\u201cThis is all that is left in my cupboard,\u201d said a grandmother, who carried two "
                  "empty tins and said her name was Wilhelmina.\n")
    speaker = speaker_of(draft, "left in my cupboard")
    assert speaker["name"] == "Wilhelmina" and not speaker["anonymous"]


def test_a_name_the_who_clause_only_mentions_is_not_the_speaker(check):
    draft = check("Forty families queued outside the Dunmore food bank before dawn.\n\n"
                  "\u201cThis is all that is left in my cupboard,\u201d said a grandmother, who carried two "
                  "empty tins and waved at Councillor Ida Brandt.\n")
    speaker = speaker_of(draft, "left in my cupboard")
    assert speaker["anonymous"] and "Brandt" not in (speaker["name"] or "")


def test_a_first_name_given_after_a_comma_names_the_speaker(check):
    draft = check("The night market in Eastport shut early because of the gale.\n\n"
                  "\u201cWe sold nothing after six,\u201d said a fruit seller who would only give her first "
                  "name, Ludmila.\n")
    speaker = speaker_of(draft, "sold nothing after six")
    assert speaker["name"] == "Ludmila" and "fruit seller" in (speaker["title"] or "")


def test_a_group_known_by_a_name_is_no_person(check):
    draft = check("The lake was closed to boats for the weekend.\n\n"
                  "\u201cWe will fish from the pier, then,\u201d said volunteers known as Dawnwatch.\n")
    speaker = speaker_of(draft, "fish from the pier")
    assert speaker["type"] != "person"


def test_a_description_without_a_naming_phrase_stays_unnamed(check):
    draft = check("The harbor board met on Monday about the break-in at the boatyard.\n\n"
                  "\u201cThere never was any alarm,\u201d said the yard foreman on the night shift.\n")
    speaker = speaker_of(draft, "never was any alarm")
    assert speaker["anonymous"] and speaker["type"] == "unnamed"

