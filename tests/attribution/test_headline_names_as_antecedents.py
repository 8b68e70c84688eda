"""A person the headline names and the body only describes or calls `he`/`she` is that person; a
headline name gives way to someone the body names first who fits the description or pronoun as well
(`Roe under fire` … `Senator Ann Doe led …` … `the senator said` is Doe, the speaker, not Roe, the
subject).

These shapes already hold on main; the tests keep them. Invented sentences, real pipeline.
"""

from __future__ import annotations

import pytest

from conftest import quote_with

CASES = [
    pytest.param(
        "Senator Jane Roe backs pier plan\n\n"
        "The plan would reopen the old pier before the summer season, aides said on Tuesday.\n\n"
        "\u201cThe harbor has waited long enough,\u201d the senator said.",
        "waited long enough", "Jane Roe", id="title-in-headline-then-description"),
    pytest.param(
        "Jane Roe wins Harbor Commission seat\n\n"
        "The race ended on Tuesday night after a recount in the port district.\n\n"
        "\u201cWe will have boats back at the pier by June,\u201d she said.",
        "boats back at the pier", "Jane Roe", id="headline-name-then-pronoun"),
    pytest.param(
        "Senator Jane Roe under fire over pier deal\n\n"
        "Critics on the Harbor Commission questioned the pier contract on Tuesday. "
        "Senator Ann Doe led the questioning.\n\n"
        "\u201cThe contract was never put to a vote,\u201d the senator said.",
        "never put to a vote", "Ann Doe", id="body-names-another-of-the-title-first"),
    pytest.param(
        "Jane Roe wins Harbor Commission seat\n\n"
        "Ann Doe, who lost the race, conceded on Tuesday night.\n\n"
        "\u201cThe voters have spoken,\u201d she said.",
        "voters have spoken", "Ann Doe", id="body-names-another-who-fits-the-pronoun-first"),
]


@pytest.mark.parametrize(("text", "snippet", "name"), CASES)
def test_a_headline_name_is_an_antecedent_unless_the_body_fits_better(check, text, snippet, name):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "person" and speaker["name"] == name
