"""A description opening a sentence as its main subject (`The veteran beekeeper has spent …`) right after a
sentence whose main subject is a person named says who that person is, even when that sentence names someone
else after her in passing (rather than the person named last); not when the role was brought in before by `a`,
when someone named after her is the subject of a clause of their own, nor when the description's clause acts on
a him/her who is that person (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of

OPENING = "\u201cThe hives will not survive another dry month,\u201d said Odile Farrant.\n\n"
CLOSING = "\n\n\u201cWe cannot wait for the autumn rain,\u201d she said.\n"  # (a quote's neighbours are parsed)


def test_a_description_opening_the_next_sentence_is_its_subject(check):
    draft = check(OPENING + "Farrant, who once sold her honey to Piet Vandersloot, urged the county to open "
                  "the reservoir. The veteran beekeeper has spent most of her savings on new hives." + CLOSING)
    assert "beekeeper" in (speaker_of(draft, "hives will not survive")["title"] or "")


def test_the_subject_before_wins_over_someone_named_after_her_in_passing(check):
    draft = check(OPENING + "Farrant sold the last crates of honey to Piet Vandersloot on Friday. The county "
                  "commissioner wants the orchards watered before the frost." + CLOSING)
    assert "commissioner" in (speaker_of(draft, "hives will not survive")["title"] or "")


def test_not_when_someone_else_named_after_her_is_a_subject(check):
    draft = check(OPENING + "Farrant said Piet Vandersloot has sold the last crates of honey. The county "
                  "commissioner wants the orchards watered before the frost." + CLOSING)
    assert "commissioner" not in (speaker_of(draft, "hives will not survive")["title"] or "")


def test_a_role_brought_in_by_an_article_is_someone_new(check):
    draft = check(OPENING + "Farrant hired a beekeeper from the valley to look after the northern hives. "
                  "The beekeeper quit after a week, leaving her savings untouched." + CLOSING)
    assert "beekeeper" not in (speaker_of(draft, "hives will not survive")["title"] or "")


def test_a_description_acting_on_her_is_someone_else(check):
    draft = check(OPENING + "Farrant drove the last crates to the market in Wexbridge on Friday. The singer "
                  "thanked her for the honey and promised to play at the harvest fair." + CLOSING)
    assert "singer" not in (speaker_of(draft, "hives will not survive")["title"] or "")
