"""The writer's relatives: `my father` in a first-person piece is one person from its first line to its last.

A sole relation (data `sole_kin`: father, wife) in the writer's own words has one holder, whom the draft
may name anywhere, before or after the quote: `my father, Walter Brandt,` or, of a couple (data
`couple_kin`), `my parents, Walter and Edith Brandt,`, where the given names' gender says which one is
the father. Unnamed, `my father` stays an unnamed source as written.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .draft import Draft


def writers_relative(d: Draft, mention: Mention) -> Mention | None:
    """The person the draft names as the writer's `my <relation>`, as a name mention, if it names one."""
    words = mention.text.lower().split()
    if len(words) != 2 or words[0] != "my":
        return None
    return relative_named(d, words[1])


def relative_named(d: Draft, relation: str) -> Mention | None:
    """The person the draft names as the writer's `relation` (`father`), if it is a sole one and named once."""
    if relation not in d.kb.sole_kin:
        return None
    wanted = d.kb.gender_words.get(relation)
    found: set[str] = set()
    named: Mention | None = None
    for k in range(len(d.t) - 3):
        if d.low(k) != "my" or d.inside[k] or d.t[k + 2].text != ",":
            continue
        noun = d.low(k + 1)
        first = _name_at(d, d.t[k + 3].start)
        if first is None:
            continue
        if noun == relation:
            person = first
        elif noun in d.kb.couple_kin and wanted is not None:
            person = _one_of_the_couple(d, first, wanted)
        else:
            continue
        if person is not None and person.name:
            found.add(person.name)
            named = named or person
    return named if len(found) == 1 else None  # (two names for one father: the draft is unclear, say nothing)


def _name_at(d: Draft, start: int) -> Mention | None:
    """The person mention whose name begins at `start` (its text may open with the relation before it)."""
    return next((m for m in d.person_mentions if m.name and m.start <= start < m.end
                 and d.doc.text.startswith(m.name.split()[0], start)), None)


def _one_of_the_couple(d: Draft, first: Mention, wanted: str) -> Mention | None:
    """`Walter and Edith Brandt`: the one of the two given names of `wanted` gender, with the shared surname, read
    as if written `Walter Brandt` (the couple's surname is the full name's; `parents` is no title of either)."""
    after = d.token_at(first.end - 1) + 1
    if after + 1 >= len(d.t) or d.low(after) != "and":
        return None
    second = _name_at(d, d.t[after + 1].start)
    if second is None or second.name is None or len(second.name.split()) < 2 or first.name is None:
        return None
    given = [first.name.split()[0], second.name.split()[0]]
    fitting = [g for g in given if d.kb.given_names.get(g) == wanted]
    if len(fitting) != 1:
        return None
    if fitting[0] == given[1]:
        return second
    return replace(first, name=f"{given[0]} {second.name.split()[-1]}", full=True, before=())
