"""`Its` opening a sentence, which the tokenizer sometimes cuts into `It` `s` as if it were `it's`, is the
possessive: `Its manager, Ann Roe, said: '…'` gives her title for a colon tag too. Invented sentences, real
pipeline (this sentence is one the tokenizer cuts)."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = "The Tollgate Inn reopened in May. Its manager, Petra Vane, said: 'We tried everything.'\n"

draft = draft_fixture(DRAFT)


def test_a_description_opening_on_a_cut_its_is_her_title(draft):
    speaker = speaker_of(draft, "We tried everything")
    assert speaker["name"] == "Petra Vane"
    assert speaker["title"] == "manager"
