"""A child, a boy or a girl who speaks is an unnamed person, not a thing (person nouns in people.json;
invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_child_who_speaks_is_an_unnamed_source(check):
    draft = check("The mayor read to a class at the Eastport library on Friday. One pupil asked who had painted the "
                  "harbor mural in the hall. Another child answered, "
                  "\u201cThat was the ferry captain\u2019s wife.\u201d\n")
    speaker = speaker_of(draft, "ferry captain")
    assert speaker["type"] == "unnamed" and speaker["anonymous"]
