"""A post stated of a named person in a sentence of its own: `Roe is the director of the Harbor Trust.`,
`Roe is Founder and Chief Counsel of The Marsh Project`, `Roe is listed as the treasurer of X`.

A profile first says who someone is beside her name; a draft may instead say it in the predicate of a
sentence whose subject is her name. The copula is present (`was` may be a post left behind), the words before
the link name a role (no relative's: `the daughter of X`; no part in an event: `the recipient of X`), and the
body after `of`, `at` or `for` is a capitalised name that is no country, state, party or person the draft
names; the word right before the link is the role (`is acting rashly and showing contempt for X` states none).
"""

from __future__ import annotations

import re

from ..grammar import POSSESSIVE_S
from ..knowledge import Knowledge
from ..model import Speaker

COPULAS = r"(?:is listed as|serves as|remains|is)"
PREDICATE = re.compile(
    rf"^(?:, \d+,)? {COPULAS} (?:now )?(?:(?:the|a|an) )?((?:[\w-]+ ){{1,6}}?)(?:of|at|for) (?:the |The )?"
    r"([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|for|and|the))*)")
SPAN = 160  # characters after a name read for the predicate


def post_predicated(speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                    shared: set[str]) -> tuple[str, str, int] | None:
    """The role and body a sentence states of the speaker, named as its subject (her full name or surname,
    unless two people the draft names share it: `shared`), and where that name stands; `people`: the surnames
    the draft names, no body."""
    names = speaker.name.split()
    if speaker.kind != "person" or len(names) < 2 or names[-1] in shared:
        return None
    for named in re.finditer(rf"\b{re.escape(names[-1])}\b", text):
        found = PREDICATE.match(text[named.end():named.end() + SPAN])
        if found is None:
            continue
        role = found.group(1).split()
        body = _name_only(found.group(2))
        head = role[-1].lower() if role else ""
        if not role or not any(kb.is_role(w) or w in kb.titles for w in (head, head.split("-")[0])) \
                or any(w.lower() in kb.kinship_nouns for w in role) or head in kb.occasion_roles or not body:
            continue
        own = body.split()
        if kb.names_a_country_or_state(body) or kb.party(own[-1]) or (
                own[-1] in people and not any(w.islower() for w in own)):  # (`Patriots for Roe` is a body)
            continue
        if body.endswith(tuple(POSSESSIVE_S)):
            body = _owned_body(body, text[named.end() + found.end():named.end() + found.end() + SPAN], kb)
            if body is None:
                continue
        return " ".join(role), body, named.start()
    return None


def _owned_body(owner: str, after: str, kb: Knowledge) -> str | None:
    """`the chairman of Ann Lee's presidential campaign`: a run ending on a possessive names the owner; the body
    is the owner's campaign (or team, staff: a collective noun within the next few lower-case words), named
    without the courtesy title, else none (`the head of Ann Lee's new venture` names no body)."""
    words = [w for w in owner[:-2].split() if w.lower() not in kb.courtesy_titles]
    for word in after.split()[:3]:
        bare = word.strip(".,;:)”\"").lower()
        if bare in kb.collective_nouns:
            return f"{' '.join(words)} {bare}" if words else None
        if not word.islower():
            break
    return None


def _name_only(name: str) -> str:
    """The body's name without the small words a run may end on (`Harbor Trust and`) or a sentence's stop."""
    words = name.split()
    stop = next((k for k, w in enumerate(words) if w.endswith(".") and len(w) > 4), None)
    words = words[:stop + 1] if stop is not None else words  # (`Harbor News. His book`: the sentence ended)
    while words and words[-1].islower():
        words = words[:-1]
    text = " ".join(words)
    return text[:-1] if text.endswith(".") and len(words[-1]) > 4 else text
