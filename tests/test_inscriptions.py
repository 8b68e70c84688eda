"""The words on a thing (a sign, a banner, a placard, a T-shirt, a cap, a headline) are nobody's speech: the quote
is an inscription, reported as a title with no speaker, whether the cue stands before it (`a banner reading "…"`,
`a placard that read "…"`, `a T-shirt bearing the words "…"`, `signs saying "…" and "…"`) or after it (`"…," read
one sign`). A document's words (`a letter reading "…"`) stay its writer's, and people who carry a sign still speak
(`Marchers waving a flag said "…"`). A title joined by `and` to a work's title is one more title, nobody's words."""

from __future__ import annotations

from tests.conftest import draft_fixture, quote_with

RALLY = (
    "Ferry Cuts Draw a Crowd\n\n"
    "At the terminal, commuters waited on benches beneath a banner reading \"Keep Our Ferries.\" Volunteers handed "
    "out coffee.\n\n"
    "Outside, marchers carried signs saying \"Fund the boats\" and \"No fare hikes.\"\n\n"
    "One deckhand wore a T-shirt bearing the words \"I row for Dunmore.\" A placard that read \"Shame on the board\" "
    "hung from the railings.\n\n"
    "\"Ferries, not fees,\" read one hand-lettered sign near the ticket office.\n\n"
    "Deckhand Tobin Marsh wore a cap that said \"Harbor Strong.\" \"We will keep coming back until they listen,\" "
    "Marsh said.\n"
)

DOCUMENTS = (
    "Dunmore Council Delays Ferry Vote\n\n"
    "Council leader Ada Voss sent residents a letter reading \"I ask every household to send us its views before "
    "March.\"\n\n"
    "Marchers waving a flag said \"we will be back next week to make our case to the board.\"\n\n"
    "Officials, seeing a red flag in the accounts, said \"we will look into every contract the board signed.\"\n\n"
    "\"Ferries, not fares,\" said marchers with signs.\n\n"
    "Dock manager Ann Banner said \"we will not raise fees this year, whatever the board decides.\"\n"
)

WORKS = (
    "Actor Returns to the Stage\n\n"
    "Wendell Prout, who has starred in \"Harbor Nights\" and \"The Long Tide,\" posted the clip on Friday. "
    "\"I had forgotten how much I missed a live crowd,\" Prout said.\n"
)

rally = draft_fixture(RALLY)
works = draft_fixture(WORKS)
documents = draft_fixture(DOCUMENTS)


def _inscription(doc: dict, snippet: str) -> bool:
    """Reported as nobody's words: a title, not speech, no speaker."""
    q = quote_with(doc, snippet)
    return q["kind"] == "title" and not q["speech"] and q["speaker"] is None


def test_a_banner_reading_holds_no_ones_words(rally):
    assert _inscription(rally, "Keep Our Ferries")


def test_signs_saying_two_quotes_hold_no_ones_words(rally):
    assert _inscription(rally, "Fund the boats")
    assert _inscription(rally, "No fare hikes")


def test_a_shirt_bearing_the_words_holds_no_ones_words(rally):
    assert _inscription(rally, "I row for Dunmore")


def test_a_placard_that_read_holds_no_ones_words(rally):
    assert _inscription(rally, "Shame on the board")


def test_a_sign_named_after_its_words_holds_no_ones_words(rally):
    assert _inscription(rally, "Ferries, not fees")


def test_a_cap_that_said_holds_no_ones_words_and_its_wearer_speaks_next(rally):
    assert _inscription(rally, "Harbor Strong")
    assert quote_with(rally, "keep coming back")["speaker"]["name"] == "Tobin Marsh"


def test_a_letter_reading_is_its_writers_document(documents):
    q = quote_with(documents, "every household")
    assert q["kind"] != "title" and q["speech"]


def test_people_carrying_a_flag_still_speak(documents):
    q = quote_with(documents, "make our case")
    assert q["speech"] and q["speaker"] is not None and "Marchers" in q["speaker"]["name"]


def test_people_set_off_from_a_flag_they_saw_still_speak(documents):
    q = quote_with(documents, "every contract")
    assert q["speech"] and q["speaker"]["name"] == "Officials"


def test_a_title_joined_to_a_works_title_is_nobodys_words_too(works):
    assert _inscription(works, "Harbor Nights")
    assert _inscription(works, "The Long Tide")
    assert quote_with(works, "live crowd")["speaker"]["name"] == "Wendell Prout"


def test_a_surname_spelt_like_a_sign_noun_is_a_person_who_speaks(documents):
    q = quote_with(documents, "raise fees")
    assert q["speech"] and q["speaker"]["name"] == "Ann Banner"


def test_people_with_signs_named_after_the_quote_still_speak(documents):
    q = quote_with(documents, "not fares")
    assert q["speech"] and q["speaker"] is not None and "marchers" in q["speaker"]["name"]
