"""A verb opening a sentence as a command to the reader (`Meet …`, `Count … among`) before a title and a name
is no part of her title, though the tagger may read it as a capitalised title word; after a dateline's dash
too. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Kayak season opens.\n\n"
    "PORT ELLIS, June 2 — Meet former Harbor Commissioner Ada Velde, who now rents kayaks by the hour. "
    "“Paddling beats meetings,” Velde said.\n\n"
    "Count retired Admiral Ivo Brandt among the new customers. “The boats are sturdy,” Brandt said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_command_after_a_dateline_is_no_title_word(draft):
    assert speaker_of(draft, "Paddling beats meetings")["title"] == "former Harbor Commissioner"


def test_a_command_opening_a_sentence_is_no_title_word(draft):
    assert speaker_of(draft, "The boats are sturdy")["title"] == "retired Admiral"
