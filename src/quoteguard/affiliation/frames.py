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


# `many Republicans, including `, `the Democratic candidates, `: a group, then the names it counts; the characters
# from the group's plural word to the mention (names before hers joined by commas and `and`)
NAME_RUN = r"(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w.'’-]*"  # `Sen. Ann Roe`
HOME = r"(?: of [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"  # `of Eastland`, `of New Harbor`
GROUP_BEFORE = re.compile(rf"\b([A-Z][\w-]*)((?: [a-z-]+){{0,2}}), (including |like |such as )?((?:{NAME_RUN}{HOME}"
                          r"(?:,| and|, and) )*)$")
NAMES_AFTER = re.compile(rf"^{HOME},? (?:and|or) {NAME_RUN}")


def party_of_group(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`many Republicans, including Ann Roe`, `Democrats such as Roe and Tom Ferris`, `two Green Party hopefuls,
    Ann Roe and Tom Ferris`: a named person counted in a party's group is one of its own. The group is the party's
    plural word (then `including`, `like` or `such as`), or its candidates' or post holders' plural role; a list
    named right after a role, with no such link, must join two names (`his Republican rivals, Roe and Ferris`),
    since `In a letter to Democratic senators, Roe wrote …` counts no one."""
    if mention.name is None or text[mention.end:mention.end + 2] in ("'s", "’s"):
        return None
    found = GROUP_BEFORE.search(text[max(0, mention.start - MAX_FRAME):mention.start])
    if found is None:
        return None
    party, nouns, linked = kb.party(found.group(1)), found.group(2).split(), bool(found.group(3))
    if party is None:
        return None
    if not nouns:  # (`many Republicans, including Ann Roe`; `Unlike Republicans, Roe and Ferris …` counts no one)
        return party if linked and found.group(1).lower().endswith("s") else None
    if not (_their_role(nouns[-1], kb) or kb.singular(nouns[-1]) in kb.rival_nouns):
        return None
    after = text[mention.end:mention.end + MAX_FRAME]
    joined = " and " in found.group(4) + mention.text or bool(NAMES_AFTER.match(after))
    return party if linked or joined else None


# `Sen. Ann Roe of Eastland, now a Republican presidential contender,`: the appositive after her home state
HOME_APPOSITIVE = re.compile(r"^ of [A-Z][\w.]*(?: [A-Z][\w.]*)?, (?:now )?(?:a|an|the) ([^,;:.!?\n()“”\"]{1,80})")


def party_after_home(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`Sen. Ann Roe of Eastland, now a Republican presidential contender`, `Gov. Tom Ferris of Dunmore, a Democrat
    who …`: a mention that ends at the name leaves out the appositive after her home (`of Eastland`); its party word
    before a candidate's role or a party post (or alone, `a Democrat`) says hers."""
    if mention.name is None:
        return None
    found = HOME_APPOSITIVE.match(text[mention.end:mention.end + MAX_FRAME])
    if found is None:
        return None
    words = found.group(1).split()
    for k, word in enumerate(words):
        party = kb.party(word)
        if party is None or not word[:1].isupper():
            continue
        rest = [w for w in words[k + 1:k + 3] if w != "presidential"]
        if not rest or rest[0].islower() and (rest[0] in kb.candidate_roles or rest[0] in kb.party_posts) \
                or k + 1 < len(words) and words[k + 1] in ("who", "and"):
            return party
        return None
    return None


# `Sen. Ann Roe of Eastland, one of the two Republicans who voted yes`, `Roe, among the few Democrats to …`
SHARE_AFTER = re.compile(r"^(?: of [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: \([^()]{1,12}\))?, (?:one of|among) (?:the )?"
                         r"(?:[a-z]+ ){0,2}([A-Z][\w-]*s)\b")


def party_of_share(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`Sen. Ann Roe of Eastland, one of the two Republicans who voted yes`, `Roe, among the few Democrats to back
    it`: one counted among a party's people (its plural word) is one of its own."""
    at = text.find(mention.name, mention.start, mention.end) if mention.name else -1
    if at < 0:
        return None
    end = at + len(mention.name or "")  # (the mention may run on over the appositive)
    found = SHARE_AFTER.match(text[end:end + MAX_FRAME])
    return kb.party(found.group(1)) if found is not None else None


# `Ann Roe's Republican rivals`, `Roe and her Democratic rivals`: the owner of a party's rivals
RIVALS_AFTER = re.compile(r"^(?:['’]s| and (?:his|her)) (?:[a-z-]+ ){0,2}([A-Z][\w-]*) (?:presidential )?([a-z]+)\b")
FIELD_RIVAL = "rival"  # (`her Republican opponents` may be the other party's field she will face; rivals share hers)


def party_of_rivals(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`Ann Roe's leading Republican rivals`, `Roe and her Democratic rivals`: one whose rivals (more than one) are of a
    party runs in its field, so it is hers; one rival of a party (`her Republican rival`) is the other side's
    nominee, and `opponents` may be the other side's field."""
    if mention.name is None:
        return None
    found = RIVALS_AFTER.match(text[mention.end:mention.end + MAX_FRAME])
    if found is None or found.group(2) == FIELD_RIVAL or kb.singular(found.group(2)) != FIELD_RIVAL:
        return None
    return kb.party(found.group(1))


def _their_role(noun: str, kb: Knowledge) -> bool:
    """`hopefuls`, `senators`: the plural of a candidate's role or of a post only a party's people hold."""
    head = kb.singular(noun)
    return head != noun and (head in kb.candidate_roles or head in kb.party_posts)
