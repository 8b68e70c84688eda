"""A body or a relative owned through a pronoun: `Ann Velde toured the pier. Her campaign manager,
Ivo Brandt, …`, `Tom Roe arrived. His wife, Ann Roe, …`.

The pronoun stands for the person named last before it with that gender. A campaign (or staff,
team) a person owns is the body the title serves, as with `Velde's campaign manager`; a relation
(`his wife`) is a title only with the relative it names (wife of Tom Roe).
"""

from __future__ import annotations

from ..knowledge import Knowledge
from ..model import Mention, Speaker
from .bodies import word_before

OWNER_GENDERS = {"his": "male", "her": "female"}


def owned_body(speaker: Speaker, speakers: dict[str, Speaker], kb: Knowledge,
               text: str = "") -> tuple[str, int] | None:
    """`<owner surname> campaign` and where it is stated, for a mention whose words open with a
    possessive pronoun and name a person's body before a role (`her campaign manager`); the pronoun
    may stand just outside the mention's words (`said his campaign finance director Ivo Brandt`)."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        words = [w.text.lower() for w in mention.before if w.text not in (",", "-")]
        if words and words[0] not in OWNER_GENDERS and _pronoun_before(text, mention.start):
            words = [_pronoun_before(text, mention.start), *words]
        if len(words) < 3 or words[0] not in OWNER_GENDERS:
            continue
        body = next((k for k, w in enumerate(words[1:4], 1) if w in kb.collective_nouns), None)
        if body is None or body == len(words) - 1:
            continue  # (`her campaign, Ann Roe`: no role in it)
        owner = _named_before(mention, OWNER_GENDERS[words[0]], speaker.id, speakers, kb)
        if owner is not None:
            return f"{owner} {words[body]}", mention.start
    return None


def _pronoun_before(text: str, start: int) -> str:
    """`his` or `her` as the word right before a mention's start in the draft, else ``."""
    word = word_before(text, start).lower()
    return word if word in OWNER_GENDERS else ""


def relation_mentions(title: str, speaker: Speaker, kb: Knowledge) -> list[Mention]:
    """The mentions that state `title` as a relation through a possessive pronoun (`his wife, Ann Roe`)."""
    found = []
    for mention in speaker.mentions:
        words = [w.text.lower() for w in mention.before if w.text not in (",", "-")]
        if len(words) >= 2 and words[0] in OWNER_GENDERS and words[-1] in kb.kinship_nouns \
                and " ".join(words[1:]) == title.lower():
            found.append(mention)
    return found


def kin_title(title: str, stated: list[Mention], speaker: Speaker, persons: list[Mention],
              kb: Knowledge) -> str | None:
    """`his wife, Ann Roe`: the relation with its relative (`wife of Tom Roe`): the person of the
    pronoun's gender and the same surname named in full last before the relation, quoted or not (the
    man named last is often someone else: `Judge Ivo Marek read what his wife, Ann Roe, wrote`)."""
    own = {m.name for m in speaker.mentions if m.name}
    names = speaker.name.split()
    for mention in sorted(stated, key=lambda m: m.start):
        gender = OWNER_GENDERS[mention.before[0].text.lower()]
        named = [m for m in persons if m.name and m.start < mention.start and m.name not in own
                 and len(m.name.split()) >= 2 and len(names) >= 2 and m.name.split()[-1] == names[-1]
                 and kb.given_names.get(m.name.split()[0]) == gender]
        if named:
            return f"{title} of {max(named, key=lambda m: m.start).name}"
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
