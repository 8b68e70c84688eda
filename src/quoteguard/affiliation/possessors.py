"""The body a person is named after with its possessive and no title: `RealClearPolitics’ Ann Roe`, `The Harbor
Review's Ivo Brandt`, `HTV's Tad Velde`.

A newsroom names a reporter, an analyst or a host so, the outlet or firm owning her name instead of a title; the
owner is then the body she works for. Only an owner that shows it is a body counts: a known organisation or
publication, a name ending in an organisation word (`Harbor News`), a title opening on `The`, a word with a
capital inside it (`PortWatch`) or an acronym; a place owns its people too (`Ohio's Ann Roe`, `Boston's mayor`)
and so does a person (`Velde's Ann Roe`), and neither is her body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..grammar import PREPOSITIONS, SUBORDINATORS
from ..knowledge import Knowledge, Organisation
from ..model import Speaker
from ..roles import is_former

if TYPE_CHECKING:
    from . import Profile

OWNER = re.compile(r"(?:^|[^\w.&'’-])((?:[A-Z][\w.&-]* (?:& )?){0,4}[A-Z][\w.&-]*)(?:'s|’s|’|') $")
INNER_CAPITAL = re.compile(r"^(?!Mc|Mac)\w+[A-Z]")  # `RealClearPolitics`, `PortWatch`: a capital inside a word
ACRONYM = re.compile(r"[A-Z]{2,6}")
LEADING = re.compile(r"(?:^|[^\w.&'’-])((?:[A-Z][\w.&-]* (?:& )?){0,4}[A-Z][\w.&-]*) ((?:[a-z][\w-]* ){1,3})$")
OPENERS = frozenset({"and", "but", "or", "so", "then", "as"})  # a sentence's opening word, no part of a name
REACH = 80  # characters before the name read for its owner
# `the Harbor Front, whose leader, ` before `Ann Roe`: the body named before a post it owns, set off before her name
WHOSE_OWNER = re.compile(r"(?:^|[^\w.&'’-])((?:[A-Z][\w.&-]* (?:of |for |and )?){0,4}[A-Z][\w.&-]*), whose "
                         r"(?:[a-z][\w-]* ){0,2}[a-z][\w-]*, $")
FIRM_OPENING = re.compile(r"(?:^|[^\w.&'’-])((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*) & $")  # `Marlow & ` before `Finch`


def with_owning_body(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str]) -> Profile:
    """A person of whom no body is said: the body whose possessive a named mention follows (when no title is said
    either), or whose name opens the title right before her name."""
    stated = with_whole_firm_name(stated, speaker, text, people)
    if stated.affiliation is not None or speaker.kind != "person" or is_former(stated.title or "", kb):
        return stated  # (`former HTV anchor Ann Roe`: a body she has left)
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is None:
            continue
        at = text.find(mention.name, mention.start, mention.end + 1)
        before = text[max(0, at - REACH):at] if at >= 0 else ""
        body = body_opening_title(stated.title or "", kb, people) or body_opening_title(before, kb, people) or (
            owning_body(before, kb, people) if not stated.title else None) or _owner_before_whose(before, kb, people)
        if body is not None:
            from . import Affiliation  # (the package's own record; imported here, as the package imports this module)

            return replace(stated, affiliation=Affiliation(body, None, stated.title, None, "title", at))
    return stated


def _owner_before_whose(before: str, kb: Knowledge, people: set[str]) -> str | None:
    """`the Harbor Front, whose leader, ` right before her name: the body that owns the post she holds (no party,
    read as hers apart, and no person: `Roe, whose aide, Ann Vole,` serves Roe)."""
    found = WHOSE_OWNER.search(before)
    if found is None or party_named(found.group(1), kb) is not None or found.group(1).split()[-1] in people:
        return None
    return found.group(1).removeprefix("The ")


def with_owning_party(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """A person of whom no party is said: the party whose possessive a named mention follows (`Labour's Ann Roe`,
    `the Harbor Union Party's Ivo Brandt`), or the title the mention opens on (`The Harbor Greens' transport
    spokesman Ann Roe`, the mention reader having left the owner out), whatever else is said of her (`…, the
    council's deputy leader`)."""
    if stated.party is not None or speaker.kind != "person":
        return stated
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        at = text.find(mention.name, mention.start, mention.end + 1) if mention.name else -1
        # (where the mention opens on its title, the owner may stand before that)
        for end in (at, mention.start) if at > mention.start and mention.before else (at,):
            owner = OWNER.search(text[max(0, end - REACH):end]) if end >= 0 else None
            owner = owner or (WHOSE_OWNER.search(text[max(0, end - REACH):end]) if end >= 0 else None)
            party = party_named(owner.group(1), kb) if owner is not None else None
            if party is not None:
                return replace(stated, party=party)
    return stated


def without_owning_party(stated: Profile, kb: Knowledge) -> Profile:
    """`Sinn Féin's housing spokeswoman, Ann Roe`: a title opening on the possessive of the party read as hers says
    her post in that party (`housing spokeswoman`); the party is shown as hers, as a seat loses it (`Labour MP`)."""
    words = (stated.title or "").split()
    mark = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    if stated.party is None or mark is None or mark + 1 >= len(words) or not words[mark + 1].islower():
        return stated
    owner = " ".join([*words[:mark], re.sub(r"(?:'s|’s|'|’)$", "", words[mark])])
    if party_named(owner, kb) != stated.party:
        return stated
    title = " ".join(words[mark + 1:])
    body = stated.affiliation
    if body is not None and body.title == stated.title:
        body = replace(body, title=title)
    return replace(stated, title=title, affiliation=body)


def with_whole_firm_name(stated: Profile, speaker: Speaker, text: str, people: set[str]) -> Profile:
    """`Marlow & Finch's Ann Roe`, `Bracken & Hale chief executive Ann Roe`: the mention reader may start the
    mention after the ampersand, so the body read from its opening words is the name's last part; the capitalised
    words joined on by `&` right before the mention belong to it (not a person's: `Ann Roe & Harbor News`)."""
    body = stated.affiliation
    if body is None or body.name[:1] == "&":
        return stated
    for mention in speaker.mentions:
        if mention.start != body.mention_start or not text.startswith(body.name, mention.start):
            continue
        found = FIRM_OPENING.search(text[max(0, mention.start - REACH):mention.start])
        if found is None or any(w in people for w in found.group(1).split()):
            continue
        return replace(stated, affiliation=replace(body, name=f"{found.group(1)} & {body.name}", short=None))
    return stated


def owning_body(before: str, kb: Knowledge, people: set[str]) -> str | None:
    """The body whose possessive ends the words `before` a name, or None (no possessive, or a place's or a
    person's)."""
    found = OWNER.search(before)
    if found is None or _closes_a_title(before, found) or party_named(found.group(1), kb) is not None:
        return None  # (`Labour's Ann Roe`: her party, read by `with_owning_party`)
    return body_named(found.group(1).split(), kb, people)


def _closes_a_title(before: str, found: re.Match[str]) -> bool:
    """`on the show ‘Eastland Ferries News’ Ann Roe said`: a bare apostrophe that closes a title set in single
    quotes (or after a word with no plural's s) owns nothing."""
    mark = before[found.end(1):].strip()
    if mark not in ("’", "'"):
        return False
    opened = before[:found.start(1)]
    return not found.group(1).endswith("s") or opened.rfind("‘") > opened.rfind("’") or opened.count("'") % 2 == 1


def body_opening_title(before: str, kb: Knowledge, people: set[str]) -> str | None:
    """The body whose name opens the title `before` a name, or the title itself (`FerryTally chief executive`), or
    None: the capitalised words, then one to three lower-case words ending in a role."""
    found = LEADING.search(f"{before} " if before and not before.endswith(" ") else before)
    head = found.group(2).split()[-1] if found is not None else ""
    if found is None or not kb.is_role(head) or kb.singular(head) != head or head in kb.candidate_roles:
        return None  # (`White House hopeful`: a seat sought; `House candidates`: many people)
    words = found.group(1).split()
    if any(w in kb.demonyms for w in words) or len(words) == 1 and words[0].lower() in kb.org_words:
        return None  # (`Fremish novelist`: where from; `Radio host` opening a sentence: no name)
    return body_named(words, kb, people, titled=True)


def body_named(words: list[str], kb: Knowledge, people: set[str], titled: bool = False) -> str | None:
    """The capitalised words as a body's name, when they show it is one (see the module's doc), or None; opening
    a title (`titled`), `The` may open a description instead (`The award-winning Fremish novelist`)."""
    while len(words) > 1 and (words[0].lower() in PREPOSITIONS or words[0].lower() in SUBORDINATORS
                              or words[0].lower() in OPENERS):
        words = words[1:]  # (`As Harbor News' Ann Roe put it`: the sentence's opener)
    name = " ".join(words[1:] if words[0] == "The" and len(words) > 1 else words)
    if place_party_or_person(name, kb, people) or kb.is_title(words[-1]):
        return None
    known = kb.organisation(name)
    if known is not None:
        return known.name
    opens_the = words[0] == "The" and len(words) > 1 and not titled
    if name.lower() in kb.publications or words[-1].lower() in kb.org_words or opens_the or "&" in words \
            or any(INNER_CAPITAL.search(w) and not w.isupper() for w in words) \
            or len(words) == 1 and ACRONYM.fullmatch(name):
        return name
    return None


def party_named(name: str, kb: Knowledge) -> Organisation | None:
    """`Labour`, `the GOP`, `the Harbor Union Party` owning a name (`Labour's Ann Roe`): the party she belongs to, a
    newsroom's shorthand for its member or candidate, known to the knowledge base or read by its last word."""
    words = name.split()
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    if not words:
        return None
    known = known_party(words, kb)
    if known is not None or len(words) < 2 or words[-1].lower() not in kb.party_name_heads:
        return known
    return Organisation(" ".join(words), None, None)


def known_party(words: list[str], kb: Knowledge) -> Organisation | None:
    """The party the knowledge base knows by these words, whole (`Social Democratic Party`, `GOP`) or by the one
    word before its `Party` (`Republican Party`), or None."""
    whole = kb.party(" ".join(words))
    if whole is not None or len(words) != 2 or words[-1].lower() not in kb.party_name_heads:
        return whole
    return kb.party(words[0])


def place_party_or_person(name: str, kb: Knowledge, people: set[str]) -> bool:
    """Whether capitalised words that may name a body name a country or state, a party (by its last word), or a
    person: a courtesy title or a given name opening it (`Ann Velde`; a name ending in a body's word may open on a
    given name: `Georgia Southern University`), or a surname the draft names (`people`; inside a name ending in a
    body's word it is part of that name: `the Velde Foundation`)."""
    words = name.split()
    given = words[0] in kb.given_names and len(words) <= 3 and words[-1].lower() not in kb.org_words
    named = words[-1].strip(".") in people or any(w.strip(".") in people for w in words) \
        and words[-1].lower() not in kb.org_words
    return kb.names_a_country_or_state(name) or kb.party(words[-1]) is not None \
        or words[0].lower() in kb.courtesy_titles or given or named
