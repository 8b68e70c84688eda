"""The body a relative clause right after a person's name says she works in: `marine biology lecturer Ann Roe,
who teaches at Eastland Polytechnic`, `Ivo Brandt, who co-founded the Marsh Renters League`.

A newsroom often puts a person's role before her name and her employer in a `who` clause after it; the clause
is then no story but where she holds the role. These shapes state a body: a verb of holding a post in a place
(the knowledge base's `post_verbs`, present forms only, or with `has`: `works`, `teaches`, `has worked`) with
`at`, `for` or `on`; a verb that states the post itself (`role_verbs`: `chairs`, `runs`, `co-founded`, `has
led`; none that names a post left behind) with the body as its object; a post and its body after `is`, `serves
as` (`who is a fellow at X`, `who is on the board of X`; no relative's or side's noun: `a supporter of X`); `who
is with X`. The clause may follow an age or a short description of her (`Ann Roe, 54, who …`, `Ann Roe, a
Democrat who chairs X`), never one with a link word (`the niece of a pilot who runs X`: the pilot's). The body
is a capitalised name that is no country, state, party or person the draft names (a
surname inside a name ending in a body's word is part of it), and no modifier of a lower-case noun (`who heads
the Eastland delegation`); a name owning something (`who runs the Guild's pension fund`) says whose, not which
body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..grammar import PREPOSITIONS, STANCE_NOUNS, SUBORDINATORS
from ..knowledge import Knowledge
from ..model import Speaker
from .possessors import place_party_or_person

if TYPE_CHECKING:
    from . import Profile

LINKS = ("at", "for", "on")  # `works at X`, `writes for X`, `serves on X`
ADVERBS = r"(?:(?:also|now|currently) )?"
NAME_RUN = r"((?:[A-Z][\w.&'’-]*)(?: (?:[A-Z][\w.&'’-]*|of|for|and|the|on|&))*)"
CLAUSE = re.compile(rf"^,? who {ADVERBS}(helped [a-z]+|[a-z]+(?:-[a-z]+)?) (?:(at|for|on) )?(?:the )?{NAME_RUN}"
                    r"(?P<next> [a-z]\w*)?")
# `who is a fellow at X`, `who serves as chairman of X`, `who is on the board of X`: a post, then its body
POST_CLAUSE = re.compile(rf"^,? who {ADVERBS}(?:is|serves as|works as|remains) {ADVERBS}(?:(?:a|an|the) )?"
                         rf"((?:[\w-]+ ){{1,4}}?)(?:at|of|for|with|on) (?:the )?{NAME_RUN}(?P<next> [a-z]\w*)?")
# `who has led X since 2010`: a post taken in the past and held still
PERFECT_CLAUSE = re.compile(rf"^,? who {ADVERBS}has (?:long )?([a-z]+) (?:(at|for|on) )?(?:the )?{NAME_RUN}"
                            r"(?P<next> [a-z]\w*)?")
# `who is with the Harbor Trust`: where she works
WITH_CLAUSE = re.compile(rf"^,? who {ADVERBS}is {ADVERBS}with (?:the )?{NAME_RUN}(?P<next> [a-z]\w*)?")
# `, 54,` or `, a longtime organiser` between the name and `who`
OPENING = re.compile(r"^,(?P<age> \d{1,3},)?(?: (?:a|an|the) (?P<description>(?:[\w-]+ ){0,4}?[\w-]+),?)?(?= who )")
SEATS = frozenset({"board", "staff", "faculty"})  # `on the board of X`: a seat in the body, no role word
CONJUNCTIONS = frozenset({"and", "or", "but"})
SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "&"})
POSSESSIVES = ("'s", "’s", "'", "’")
ABBREVIATED_ENDS = frozenset({"inc.", "corp.", "ltd.", "co."})
SPAN = 160  # characters after a name read for the clause


def with_clause_employer(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                         shared: set[str]) -> Profile:
    """A person of whom no body is said: the body a `who` clause after her name says she works in (her title
    stays as the draft states it)."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    found = clause_employer(speaker, text, kb, people, shared)
    if found is None:
        return stated
    from . import Affiliation  # (the package's own record; imported here, as the package imports this module)

    return replace(stated, affiliation=Affiliation(found[0], None, stated.title, None, "appositive", found[1]))


def clause_employer(speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                    shared: set[str]) -> tuple[str, int] | None:
    """The body a `who` clause right after the speaker's full name or surname (unless two people the draft
    names share it: `shared`) says she works in, and where that name stands; `people`: the surnames the draft
    names, no body."""
    names = speaker.name.split()
    if speaker.kind != "person" or len(names) < 2:
        return None
    forms = [speaker.name] if names[-1] in shared else [speaker.name, names[-1]]
    for form in forms:
        for named in re.finditer(rf"\b{re.escape(form)}\b", text):
            after = text[named.end():named.end() + SPAN]
            body = _body_in_clause(after, kb, people) or _body_of_own_verb(after, kb, people)
            if body is not None:
                return body, named.start()
    return None


# `Ann Roe runs Crumb & Co.`, `Roe has led the Harbor Guild since 2010`: the name, then a verb stating her post
OWN_VERB = re.compile(rf"^,? {ADVERBS}((?:has )?[a-z]+(?:-[a-z]+)?) (?:the )?{NAME_RUN}(?P<next> [a-z]\w*)?")


def _body_of_own_verb(after: str, kb: Knowledge, people: set[str]) -> str | None:
    """The body a verb right after the name says she holds a post in (`runs`, `owns`, `has led`: the knowledge
    base's `employer_verbs`) as its object, or None."""
    found = OWN_VERB.match(after)
    if found is None or found.group(1) not in kb.employer_verbs or _modifier(found):
        return None
    return _a_body(found.group(2), kb, people)


def _body_in_clause(after: str, kb: Knowledge, people: set[str]) -> str | None:
    """The body the clause opening `after` names as where the person works, or None."""
    after = _clause_after_description(after, kb)
    post = POST_CLAUSE.match(after)
    if post is not None and not _modifier(post) and _a_post(post.group(1).split(), kb):
        return _a_body(post.group(2), kb, people)
    perfect = PERFECT_CLAUSE.match(after)
    if perfect is not None and not _modifier(perfect) and (
            perfect.group(2) is None and kb.role_verbs.get(perfect.group(1), "").split()[:1] == ["former"]
            or perfect.group(2) is not None and perfect.group(1) in kb.post_verbs):
        return _a_body(perfect.group(3), kb, people)  # (`has led X`, `has worked at X`: a post taken, held since)
    with_body = WITH_CLAUSE.match(after)
    if with_body is not None and not _modifier(with_body):
        return _a_body(with_body.group(1), kb, people)
    found = CLAUSE.match(after)
    if found is None or _modifier(found):
        return None  # (`who heads the Eastland delegation`: a modifier, not a name)
    verb, link, run = found.group(1), found.group(2), found.group(3)
    if link is not None:
        if verb not in kb.post_verbs or not _present(verb):
            return None
    elif verb not in kb.role_verbs or kb.role_verbs[verb].split()[0] in kb.former_words:
        return None
    return _a_body(run, kb, people)


def _clause_after_description(after: str, kb: Knowledge) -> str:
    """`, 54, who …`, `, a longtime organiser who …`, `, a Democrat who …`: the clause after an age or a short
    description of her (a role or a party's member, no link word: in `the niece of a pilot who runs X` the clause
    is the pilot's), from its comma; else the words as they are."""
    found = OPENING.match(after)
    if found is None or not found.group("description") and not found.group("age"):
        return after
    words = (found.group("description") or "").split()
    if words and (any(w.lower() in PREPOSITIONS or w.lower() in kb.kinship_nouns or w.lower() in STANCE_NOUNS
                      for w in words) or not (kb.is_role(words[-1]) or words[-1].lower() in kb.titles
                                              or kb.party(words[-1]))):
        return ""
    return f",{after[found.end():]}"


def _modifier(found: re.Match[str]) -> bool:
    """`who heads the Eastland delegation`: a capitalised run before a lower-case noun modifies it, no name
    (`the Harbor Guild since 2010`, `the Harbor Guild and its fund`: a name, then the clause goes on)."""
    following = (found.group("next") or "").strip()
    run = found.group(len(found.groups()) - 1)  # (the name's run: the group right before `next`)
    if run.split()[-1] in SMALL_WORDS:
        return False  # (`the Harbor Guild for a decade`: the run went on into the clause's own words)
    return bool(following) and following not in PREPOSITIONS and following not in SUBORDINATORS \
        and following not in CONJUNCTIONS


def _a_post(words: list[str], kb: Knowledge) -> bool:
    """`fellow`, `senior analyst`, `board`: words ending in a role or a seat, with no relative's or side's noun in
    them (`the daughter of X`, `a longtime supporter of X` say no post)."""
    low = [w.lower() for w in words]
    return bool(low) and (kb.is_role(low[-1]) or low[-1] in kb.titles or low[-1] in SEATS) \
        and not any(w in kb.kinship_nouns or w in STANCE_NOUNS for w in low)


def _present(verb: str) -> bool:
    """`works`, `teaches`: a present form (the post held now); `worked`, `taught` name a post left behind."""
    return verb.endswith("s") and not verb.endswith("ss")


def _a_body(run: str, kb: Knowledge, people: set[str]) -> str | None:
    """The capitalised run as a body's name (without the small words it may end on, or a sentence's full stop),
    or None for a place, a party, a person, or a name that owns what follows it."""
    words = run.split()
    while words and words[-1] in SMALL_WORDS:
        words = words[:-1]
    if not words or words[-1].endswith(POSSESSIVES):
        return None
    last = words[-1]
    if last.endswith(".") and last.count(".") == 1 and last.lower() not in ABBREVIATED_ENDS and len(last) > 4:
        words[-1] = last[:-1]
    name = " ".join(words)
    return None if place_party_or_person(name, kb, people) else name
