"""A body owned through a pronoun: `Ann Velde toured the pier. Her campaign manager, Ivo Brandt, …`.

The pronoun stands for the person named last before it with that gender, and a campaign (or staff,
team) a person owns is the body the title serves, as with `Velde's campaign manager`.
"""

from __future__ import annotations

from ..knowledge import Knowledge
from ..model import Mention, Speaker

OWNER_GENDERS = {"his": "male", "her": "female"}


def owned_body(speaker: Speaker, speakers: dict[str, Speaker], kb: Knowledge) -> tuple[str, int] | None:
    """`<owner surname> campaign` and where it is stated, for a mention whose words open with a
    possessive pronoun and name a person's body before a role (`her campaign manager`)."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        words = [w.text.lower() for w in mention.before if w.text not in (",", "-")]
        if len(words) < 3 or words[0] not in OWNER_GENDERS:
            continue
        body = next((k for k, w in enumerate(words[1:4], 1) if w in kb.collective_nouns), None)
        if body is None or body == len(words) - 1:
            continue  # (`her campaign, Ann Roe`: no role in it)
        owner = _named_before(mention, OWNER_GENDERS[words[0]], speaker.id, speakers, kb)
        if owner is not None:
            return f"{owner} {words[body]}", mention.start
    return None


def _named_before(mention: Mention, gender: str, own_id: str, speakers: dict[str, Speaker],
                  kb: Knowledge) -> str | None:
    """The surname of the person of that gender named last before the mention (by a given name)."""
    best: tuple[int, str] | None = None
    for other in speakers.values():
        if other.id == own_id or other.kind != "person":
            continue
        names = other.name.split()
        if len(names) < 2 or kb.given_names.get(names[0]) != gender:
            continue
        last = max((m.start for m in other.mentions if m.name and m.start < mention.start), default=None)
        if last is not None and (best is None or last > best[0]):
            best = (last, names[-1])
    return best[1] if best else None
