"""A source brought in by a description (`said a retired postman who lives opposite`), quoted again through `he
said`, and named only in a later sentence by the definite form of that noun (`The postman, Desmond Achterberg,
68,`) is that named person in every quote; two earlier descriptions with the noun, a source the draft keeps
unnamed, or a he/she the name does not fit leave it unnamed (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Smoke still hung over Quarry Row on Sunday, a day after fire gutted the old bakery.\n\n"
    "\u201cI saw the flames from my kitchen window and rang the brigade straight away,\u201d said a retired "
    "postman who lives opposite the bakery. \u201cThe engines were outside within minutes.\u201d\n\n"
    "He said the ovens had been left burning overnight more than once this autumn. \u201cYou could feel the heat "
    "through the wall,\u201d he said.\n\n"
    "The postman, Desmond Achterberg, 68, spent the night in a church hall on Quarry Row.\n\n"
    "\u201cCrews worked until dawn to keep it from reaching the flats,\u201d said the county brigade\u2019s "
    "deputy chief, Tobias Rennick.\n"
)

draft = draft_fixture(DRAFT)


def test_every_quote_of_the_description_is_the_person_named_later(draft):
    for snippet in ("kitchen window", "engines were outside", "heat through the wall"):
        speaker = speaker_of(draft, snippet)
        assert speaker["name"] == "Desmond Achterberg", snippet
        assert speaker["anonymous"] is False
        assert speaker["title"] == "postman"


def test_a_later_description_with_its_own_name_is_not_the_earlier_source(draft):
    assert speaker_of(draft, "until dawn")["name"] == "Tobias Rennick"


def test_a_description_quoted_only_through_she_is_named_by_that_noun(check):
    draft = check(
        "Parking charges at Elmbridge station will double from April, the rail operator said on Tuesday.\n\n"
        "A woman waiting for the 7.40 train said she had stopped driving to the station a year ago. \u201cI cycle "
        "now, and I still pay for the rack,\u201d she said.\n\n"
        "That woman, Bronwen Tregaskis, 44, works night shifts at a bakery near the depot.\n\n"
        "\u201cThe increase reflects the cost of resurfacing,\u201d said a spokesman for the operator, "
        "Lionel Gatsby-Ward.\n")
    assert speaker_of(draft, "pay for the rack")["name"] == "Bronwen Tregaskis"
    assert speaker_of(draft, "cost of resurfacing")["name"] == "Lionel Gatsby-Ward"


def test_a_rank_between_the_noun_and_the_name_still_names_the_source(check):
    draft = check(
        "Two teenagers were pulled from the reservoir at Caddon Moor on Saturday afternoon.\n\n"
        "\u201cThey were maybe forty metres out and going under,\u201d said a police officer who swam out to "
        "them.\n\n"
        "The officer, Sergeant Wilhelmina Orchardson, has served at the Caddon station for nine years.\n")
    speaker = speaker_of(draft, "forty metres")
    assert speaker["name"] == "Wilhelmina Orchardson" and speaker["anonymous"] is False


def _stays_unnamed(check, text: str, snippet: str) -> None:
    speaker = speaker_of(check(text), snippet)
    assert speaker["anonymous"] is True, speaker


def test_two_earlier_descriptions_with_the_noun_get_no_name(check):
    _stays_unnamed(check, (
        "The ferry to Skerrin Isle was cancelled for a third day on Friday.\n\n"
        "\u201cMy shop has had no bread since Tuesday,\u201d said a grocer on the harbour front.\n\n"
        "\u201cWe are down to tinned milk,\u201d said another grocer near the chapel.\n\n"
        "The grocer, Fenella Quist, 54, has asked the council for an emergency crossing.\n"), "no bread since")


def test_a_source_the_draft_keeps_unnamed_gets_no_name(check):
    _stays_unnamed(check, (
        "The night shelter on Tanner Street will close in March for lack of funds.\n\n"
        "\u201cOur kettle is the only warm thing left since the boiler died,\u201d said a volunteer who declined "
        "to give her name.\n\n"
        "The volunteer, Rosalind Mbeki-Hart, 37, did not answer further questions.\n"), "kettle is the only")


def test_a_source_speaking_on_condition_of_anonymity_gets_no_name(check):
    _stays_unnamed(check, (
        "The night shelter on Tanner Street will close in March for lack of funds.\n\n"
        "\u201cOur kettle is the only warm thing left since the boiler died,\u201d said a volunteer, who spoke on "
        "condition of anonymity because staff were told not to talk to the press.\n\n"
        "The volunteer, Rosalind Mbeki-Hart, 37, did not answer further questions.\n"), "kettle is the only")


def test_a_name_set_off_after_another_noun_is_not_the_described_source(check):
    _stays_unnamed(check, (
        "Smoke still hung over Quarry Row on Sunday, a day after fire gutted the old bakery.\n\n"
        "\u201cI saw the flames from my kitchen window,\u201d said a retired postman who lives opposite.\n\n"
        "The baker, Desmond Achterberg, 68, spent the night in a church hall.\n"), "kitchen window")


def test_a_she_the_named_man_does_not_fit_gets_no_name(check):
    _stays_unnamed(check, (
        "Smoke still hung over Quarry Row on Sunday, a day after fire gutted the old bakery.\n\n"
        "\u201cI rang the brigade at once,\u201d said a bus driver who was parked opposite.\n\n"
        "\u201cThe roof went in an hour later,\u201d she said.\n\n"
        "The driver, Desmond Achterberg, 68, spent the night in a church hall.\n"), "rang the brigade")
