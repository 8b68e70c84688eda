"""An abbreviated title the tokenizer cut from its period after a body's name (`Navy Capt.` read as
`Navy`, `Capt`, `.`) is still a title before the name. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = "“The pier is sound,” said Navy Capt. Tom Kessler.\n"

draft = draft_fixture(DRAFT)


def test_an_abbreviated_title_cut_from_its_period_after_a_body_is_a_title(draft):
    assert speaker_of(draft, "The pier is sound")["title"] == "Navy captain"
