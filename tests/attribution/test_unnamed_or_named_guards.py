"""Unnamed or named: guards for when the report may call a source unnamed.

- a he/she whose nearest antecedent is a description (`the developer`) of someone the draft named
  earlier is that named person, also when only the headline names them;
- a description (`the billionaire`, `the candidate`) of the one person the headline names is that person;
- a source the draft keeps unnamed stays unnamed, with the he/she that follows it (`a senior official
  said … he added`), and `another official` is a second unnamed source, not the first.

These shapes already hold on main; the tests keep them while the description rules change.
Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import quote_with

NAMED = [
    pytest.param(
        "Pier fight heats up.\n\n"
        "Tom Roe, a real estate developer, wants to rebuild the Dover pier.\n\n"
        "The pier has been closed for two years. The city council voted against a new lease in March, "
        "and the harbor board has not met since.\n\n"
        "Ann Lee, who chairs the board, said the vote would come in June.\n\n"
        "The developer was in good spirits at a rally on Monday. \u201cWe will build a pier that lasts,\u201d he said.",
        "pier that lasts", "Tom Roe", id="pronoun-after-description-of-named"),
    pytest.param(
        "Tom Roe wants the Dover pier.\n\n"
        "The pier has been closed for two years. The city council voted against a new lease in March, "
        "and the harbor board has not met since.\n\n"
        "At a rally on Monday, the real estate developer promised jobs. "
        "\u201cWe will build a pier that lasts,\u201d he said.",
        "pier that lasts", "Tom Roe", id="pronoun-after-description-headline-name"),
    pytest.param(
        "Tom Roe says the pier will open in June.\n\n"
        "The real estate mogul toured the ferry pier in Dover on Monday.\n\n"
        "\u201cWe will build a pier that lasts,\u201d the billionaire told reporters.",
        "pier that lasts", "Tom Roe", id="description-of-headline-name"),
    pytest.param(
        "Tom Roe says the pier will open in June.\n\n"
        "The Dover pier has been closed for two years. Workers hope it will reopen soon, "
        "and the candidate agrees.\n\n"
        "\u201cWe will build a pier that lasts,\u201d the candidate said.",
        "pier that lasts", "Tom Roe", id="candidate-of-headline-name"),
]

UNNAMED = [
    pytest.param(
        "Harbor vote nears.\n\n"
        "Jane Roe, the harbor commissioner, toured the docks on Monday.\n\n"
        "A senior official said the vote would be close. \u201cWe do not have the numbers,\u201d he added.",
        "do not have the numbers", "a senior official", id="official-then-he"),
    pytest.param(
        "Harbor vote nears.\n\n"
        "Tom Roe, the harbor commissioner, toured the docks on Monday. A board member who asked not to be "
        "named said the vote would be close.\n\n"
        "\u201cWe do not have the numbers,\u201d he said.",
        "do not have the numbers", "a board member", id="kept-anonymous-then-he"),
    pytest.param(
        "Harbor vote nears.\n\n"
        "A senior official said the vote would be close. \u201cWe do not have the numbers,\u201d the official said.\n\n"
        "\u201cThe count is wrong,\u201d another official said.",
        "count is wrong", "another official", id="another-official"),
]


@pytest.mark.parametrize(("text", "snippet", "name"), NAMED)
def test_a_described_person_the_draft_names_is_named(check, text, snippet, name):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "person" and speaker["name"] == name


@pytest.mark.parametrize(("text", "snippet", "name"), UNNAMED)
def test_an_unnamed_source_stays_unnamed(check, text, snippet, name):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"].lower() == name
