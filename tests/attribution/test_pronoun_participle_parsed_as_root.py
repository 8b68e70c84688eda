"""A he/she chain goes through a sentence whose opening participle the parse makes its root.

`Asked about Brandt's criticism, he laughed`: the parse may hang `he laughed` off `Asked`, leaving the root
with no subject; the verb beside it still has one, the same he, so the chain walks on to the mayor.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_name


def test_the_chain_walks_through_a_participle_parsed_as_the_root(check):
    text = ("\"The pier is late,\" said Mark Brandt, the harbor master.\n\n"
            "Mayor Paul Roe disagrees. Asked about Brandt's criticism, he laughed.\n\n"
            "\"We will open in May,\" he said.")
    assert speaker_name(check(text), "open in May") == "Paul Roe"
