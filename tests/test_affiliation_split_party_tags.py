"""A party tag after a name's comma that the tokenizer split after its hyphen (`R-` `Ore.`) is still the
tag: the party it stands for. Invented sentences, real pipeline."""

from __future__ import annotations

from conftest import draft_fixture, speaker_of

DRAFT = (
    "Ferry Committee Chair Ann Roe, R-Ore., answered the mayor. “The bill is dead,” she said.\n\n"
    "Sen. Lee Hart, R-Ore., answered the mayor too. “The bill is alive,” Hart said.\n"
)

draft = draft_fixture(DRAFT)


def test_a_split_tag_after_a_long_title_gives_the_party(draft):
    assert speaker_of(draft, "The bill is dead")["party"] == "Republican Party"


def test_a_split_tag_after_an_abbreviated_title_gives_the_party(draft):
    assert speaker_of(draft, "The bill is alive")["party"] == "Republican Party"
