"""A he/she right after an unnamed source spoke to a him/her (`"…," one pilot told her`) is the one spoken
to, who answers, not the source; without the him/her the source may still be the he/she (invented
sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_she_who_was_told_answers(check):
    draft = check("Harbor master Jane Roe toured the docks on Monday with a group of pilots.\n\n"
                  "\u201cThe pier is too short,\u201d one pilot told her.\n\n"
                  "\u201cWe will fix it this spring,\u201d she said.\n")
    assert speaker_of(draft, "too short")["anonymous"]
    speaker = speaker_of(draft, "fix it this spring")
    assert speaker["type"] == "person" and "Roe" in speaker["name"] and not speaker["anonymous"]


def test_he_who_was_warned_answers(check):
    draft = check("Plant manager Ivo Brandt walked the night shift with the new foreman.\n\n"
                  "\u201cThe line is running slow again,\u201d a welder warned him.\n\n"
                  "\u201cThen we will add a second crew,\u201d he said.\n")
    assert speaker_of(draft, "add a second crew")["name"] == "Ivo Brandt"
