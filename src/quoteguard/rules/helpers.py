"""Small text helpers that more than one rule uses."""

from __future__ import annotations

from ..knowledge import Knowledge
from ..model import Speaker


def excerpt(text: str, limit: int = 50) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def surname(name: str) -> str:
    """The last word of a name, lower-cased, without a possessive ’s."""
    return name.split()[-1].lower().removesuffix("’s").removesuffix("'s")


def is_writers_relative(speaker: Speaker, kb: Knowledge) -> bool:
    """Is this person the writer's own relative (`my father`, `Mom`, `my parents, Walter and Edith Brandt`)? A
    reader knows who they are from the byline, with no title."""
    kin = kb.sole_kin | kb.couple_kin
    for m in speaker.mentions:
        words = [w.text.lower() for w in m.before[-3:]] if m.kind == "person" else m.text.lower().split()
        if len(words) >= 2 and words[0] == "my" and words[1] in kin or (m.name or "").lower() in kin:
            return True
    return False
