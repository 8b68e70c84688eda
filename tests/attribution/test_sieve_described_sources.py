"""Unnamed sources described by a participle or an adjective phrase (`inspectors briefed on the audit`,
`clerks aware of the tender`): the source phrase is the whole description, on sentences written for these tests."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = """Ferry Tender Under Review

The county has reopened the ferry tender after a week of complaints from crews.

Inspectors briefed on the hull survey said the old boat was "rotten below the waterline."

Two clerks involved in the bidding round said, "Every envelope was opened a day early."

"The tolls will hurt the night boats most," officials aware of the plan said.

"The pumps failed twice in one crossing," a mechanic working on the night run said.

"The roof leaked all winter," a woman living below the deck said.

"That boat should have been scrapped years ago," said one engineer involved in the refit, who asked not to be named.

"A shambles from start to finish," was how one passenger described it.

"Nobody came aboard after the last bell," said the night guard known as Pip.
"""

draft = draft_fixture(DRAFT)


def test_a_participle_phrase_before_the_cue_stays_with_its_noun(draft):
    # The parse makes `briefed` the main verb; the inspectors still say it.
    assert speaker_of(draft, "rotten below")["mention"] == "Inspectors briefed on the hull survey"


def test_a_participle_phrase_before_a_comma_cue(draft):
    assert speaker_of(draft, "Every envelope")["mention"] == "Two clerks involved in the bidding round"


def test_a_source_adjective_read_as_a_verb_after_the_quote(draft):
    assert speaker_of(draft, "night boats")["mention"] == "officials aware of the plan"


def test_an_ing_participle_phrase_after_the_quote(draft):
    # (without it, the parse's object of `working on` was taken for the speaker)
    assert speaker_of(draft, "pumps failed")["mention"] == "a mechanic working on the night run"
    assert speaker_of(draft, "roof leaked")["mention"] == "a woman living below the deck"


def test_the_participle_phrase_after_an_inverted_cue_runs_to_the_aside(draft):
    assert speaker_of(draft, "scrapped years")["mention"] == "one engineer involved in the refit"


def test_was_how_is_no_part_of_the_source(draft):
    assert speaker_of(draft, "A shambles")["mention"] == "one passenger"


def test_a_person_noun_read_as_a_verb_stays_in_the_phrase(draft):
    assert speaker_of(draft, "last bell")["mention"] != "the night"
