"""The party a sentence's opening frame puts its subject in: `In the Democratic race, Sen. Ann Roe leads`,
`On the Republican side, Tom Ferris and Ann Roe …`, `Among Republicans, Ann Roe …`; and the party of the
group a list of names closes on (`Ann Roe, Tom Ferris and other Republican candidates`).

A report of a two-party race sorts its people by party with such a frame; the people named right after its
comma (one name, or names joined by `and`, perhaps after words qualifying the title before the name: `leading
candidate Ann Roe`) are the ones it sorts. The prepositions and the nouns for a party's
side are data (`party_frames` in `data/affiliations.json`, extended by a config's
`party-frame-prepositions` and `party-frame-nouns`; the nouns also take the knowledge base's
`party_contests`, `the Republican primary`).
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge, Organisation
from ..model import Mention

SENTENCE_START = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?=[^.!?\n]*$)")
FRAME = re.compile(r"^\s*([A-Z][a-z]+) (?:the )?((?:[A-Z][\w-]* ){0,2}?)([A-Z][\w-]*)((?: [a-z]+){0,2}), (.*)$")
OTHER_NAME = re.compile(r"^(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]* and $")  # `Ann Roe and ` before the name
TITLE_MODIFIERS = re.compile(r"^(?:[a-z][\w-]* ){1,2}$")  # lower-case words before a title the mention holds
MAX_FRAME = 120
# `, Tom Ferris and other Republican presidential hopefuls`: names, then `and other`, a party word, its people
OTHERS_AFTER = re.compile(r"^(?:,? (?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*)*,? (?:and|or) (?:the |many |several )?other "
                          r"([A-Z][\w-]*)((?: [a-z-]+){0,2})\b")  # characters from the sentence's start to the name


def framed_party(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """The party of the frame opening the sentence a named mention is the first subject of, or None."""
    if mention.name is None:
        return None
    before = text[max(0, mention.start - MAX_FRAME):mention.start]
    start = SENTENCE_START.search(before)
    if start is None:
        return None
    found = FRAME.match(before[start.end():])
    if found is None or found.group(1).lower() not in kb.frame_prepositions or found.group(2).strip():
        return None  # (`In the Eastland Democratic race`: a place's race, whose party may not be hers)
    party = kb.party(found.group(3))
    nouns = found.group(4).split()
    if party is None or (nouns and nouns[-1] not in kb.frame_nouns | kb.party_contests):
        return None  # (`In the Republican debate, …`: an event, not a side)
    if not nouns and not found.group(3).lower().endswith("s"):
        return None  # (`Among Republicans`: the party's people; `In the Republican,` is no frame)
    between = found.group(5)
    modifiers = bool(mention.before) and bool(TITLE_MODIFIERS.match(between))  # (`leading candidate Ann Roe`)
    return party if not between or modifiers or OTHER_NAME.match(between) else None


def party_of_others(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`Ann Roe and other Republican hopefuls`, `Roe, Ferris and other Democrats`: the named people are among the
    party's own, the group's plural noun being a candidate's role or a party post (or the party's plural word)."""
    if mention.name is None:
        return None
    found = OTHERS_AFTER.match(text[mention.end:mention.end + MAX_FRAME])
    if found is None:
        return None
    party, nouns = kb.party(found.group(1)), found.group(2).split()
    if party is None:
        return None
    if found.group(1).lower().endswith("s"):
        return party  # (`and other Republicans`)
    return party if any(_their_role(noun, kb) for noun in nouns) else None


def _their_role(noun: str, kb: Knowledge) -> bool:
    """`hopefuls`, `senators`: the plural of a candidate's role or of a post only a party's people hold."""
    head = kb.singular(noun)
    return head != noun and (head in kb.candidate_roles or head in kb.party_posts)
