"""A party before `Rep.` is her party, shown apart, as before `Sen.` (`Democratic Rep. Cal Whitmore` → title `Rep.`,
party Democratic): the abbreviation stays as written, but it is a seat by its synonyms (`representative`,
`congressman`). Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

REPS = (
    "Budget fight\n\n"
    'Democratic Rep. Cal Whitmore of Iowa said the cuts were cruel. "I agree with the governor," Whitmore said.\n\n'
    'Republican state Rep. Dora Finch said the cuts were needed. "We have no choice," Finch said.\n'
)

reps = draft_fixture(REPS)


def test_a_party_before_rep_is_her_party_not_her_title(reps):
    speaker = speaker_of(reps, "agree with the governor")
    assert (speaker["title"], speaker["party"]) == ("Rep.", "Democratic Party")


def test_a_party_before_state_rep_is_her_party_not_her_title(reps):
    speaker = speaker_of(reps, "no choice")
    assert (speaker["title"], speaker["party"]) == ("state Rep.", "Republican Party")
