"""unidentified-speaker: a quoted person never given a title or affiliation.

A quote carries weight only if readers know who the speaker is. Reported once per person, on their
first quote; whether a person is identified is the affiliation stage's `Profile`. The writer's own relative (`my
father, Walter Brandt,` in a first-person piece) is identified by the byline.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define
from .helpers import is_writers_relative


def check(data: RuleInput) -> Iterator[Finding]:
    reported: set[str] = set()
    for q, _, speaker in data.attributed():
        if speaker.id in reported:
            continue
        profile = data.profiles.get(speaker.id)
        if speaker.kind == "person" and (profile is None or not profile.identified) \
                and not is_writers_relative(speaker, data.kb):
            reported.add(speaker.id)
            yield RULE.finding(f"{speaker.name} is quoted but never identified by title or affiliation; "
                               "say who they are on first reference", q.id, q.start, q.end)


RULE = define("unidentified-speaker", "warning", "A quoted person is never given a title or affiliation.", check)
