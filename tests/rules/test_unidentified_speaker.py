"""unidentified-speaker: a quoted person never given a title or affiliation, reported once per person."""

from __future__ import annotations

from rule_cases import DRAFT, findings

from conftest import quote_with, rules_of


def test_unidentified_speaker_positive_and_negative(check):
    doc = check(DRAFT)
    flagged = " ".join(f["message"] for f in findings(doc, "unidentified-speaker"))
    assert "Oscar Pelt" in flagged
    for identified in ("Lydia Brennan", "Greta Lomond", "senior official"):
        assert identified not in flagged
    pelt = quote_with(doc, "worried about the roof")
    assert pelt["id"] in [f["quote_id"] for f in findings(doc, "unidentified-speaker")]


def test_unidentified_speaker_reported_once_per_person(check):
    doc = check(
        "“The pool will close,” said Ivo Santangelo.\n"
        "“It costs too much to heat,” Santangelo said.\n"
    )
    assert rules_of(doc).count("unidentified-speaker") == 1


def test_unidentified_speaker_not_reported_when_a_later_quote_is_of_an_identified_person(check):
    doc = check(
        "Nurse Tilda Marsh, a spokeswoman for the Royal Nursing Union, spoke first.\n"
        "“We are tired,” said Tilda Marsh.\n"
    )
    assert "unidentified-speaker" not in rules_of(doc)


def test_an_appositive_description_identifies_the_speaker(check):
    doc = check("“The pier is unsafe,” said Arthur Quell, a harbour engineer.\n")
    quote = quote_with(doc, "pier is unsafe")
    assert "engineer" in (quote["speaker"]["title"] or "")
    assert "unidentified-speaker" not in rules_of(doc)


def test_party_and_state_belong_to_the_name_but_identify_no_one(check):
    doc = check("“We will win,” Ann Holt, R-Ky., said Tuesday.\n")
    quote = quote_with(doc, "We will win")
    assert quote["speaker"]["mention"] == "Ann Holt, R-Ky."
    assert "unidentified-speaker" in rules_of(doc)
