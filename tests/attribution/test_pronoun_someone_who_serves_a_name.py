"""A he/she after a sentence whose subject serves someone named (`A spokesman for Mayor Carl Osei`) is
that unnamed person, not the one they speak for.

The name sits inside the subject's phrase, so the draft's person mention may run over the whole phrase;
the subject noun is still someone else (`Ann Roe, a supporter from Dover` is still Roe: the name comes first).

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

from conftest import speaker_of


def test_a_spokesman_for_a_named_mayor_is_not_the_mayor(check):
    text = ("\"The pier is late,\" said Ann Roe, the harbor master.\n\n"
            "A spokesman for Mayor Carl Osei disputed that.\n\n"
            "\"The pier is on schedule,\" he said.")
    speaker = speaker_of(check(text), "on schedule")
    assert speaker["anonymous"] and speaker["name"] != "Carl Osei"
