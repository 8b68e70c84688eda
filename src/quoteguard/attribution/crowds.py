"""`Many in the crowd chanted "…"`: some of a crowd, counted, are people the draft does not name."""

from __future__ import annotations

from ..grammar import _words
from .tokens import TokenView

GROUP_COUNTS = _words("group_counts")  # `some`, `many`, `few`: how many of the crowd spoke
CROWD_PARTITIVES = _words("crowd_partitives")  # `in`, `among`: the crowd the counted ones stand in
CROWD_DETERMINERS = _words("crowd_determiners")  # `the`, `this`: one crowd the reader sees


def counted_in_crowd(d: TokenView, first: int, last: int) -> bool:
    """`Many in the crowd`, `some in the audience`, `a few among the protesters`: a count, then `in`
    and a crowd (data `crowd_nouns`, or a noun for people in the plural) is unnamed people, however the
    tagger reads the crowd's noun (`audience` may come out an adjective). A name (`some in the Senate`) is a body."""
    k = first + 1 if d.low(first) == "a" and first < last else first
    if (d.low(k) not in GROUP_COUNTS and d.t[k].upos != "NUM") or not k + 3 <= last <= k + 4 \
            or d.low(k + 1) not in CROWD_PARTITIVES or d.low(k + 2) not in CROWD_DETERMINERS \
            or any(d.is_cap(m) or not d.t[m].text.isalpha() for m in range(k + 3, last + 1)):
        return False  # (one word may describe the crowd: `some in the packed hall`)
    noun = d.low(last)
    return noun in d.kb.crowd_nouns or (d.kb.names_many(d.t[last].text) and d.kb.names_people(noun, "NOUN"))
