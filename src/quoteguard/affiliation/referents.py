"""The body a role refers back to: `the group's executive director, Ann Roe`, `Ivo Brandt, its treasurer`,
`Tad Velde, an unpaid adviser to the club`.

A newsroom names a body once (`Harbor Watch, a tenants' group, sued the city on Monday.`) and then gives the
person who speaks for it a role owned by a common noun for that body (`the group`, `the network`, `the bureau`)
or by `its`. The body is then the one named last before the role, in the same sentence or the one before it:
a name the tagger reads as an organisation, or as something else in several words (it reads many a body's name
so: `Harbor Meals on Wheels`), or the name after a body's noun and `called` (`a relief fund called Harbor
Lights`); no country, state, party or person the draft names, no possessive, nothing inside quotation marks,
and none named with another body's word (`the Harbor Council` is not `the committee`). With no such body close
by, nothing is said: a body named paragraphs before may be any of several.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..grammar import TIME_NOUNS
from ..knowledge import Knowledge
from ..model import Speaker

if TYPE_CHECKING:
    from ..nlp import Entity

ROLE = r"((?:[A-Za-z][\w-]* ){0,5}?[A-Za-z][\w-]*)"  # the role's words (`senior vice president`)
POSSESSIVE = r"(?:'s|’s)"
# `the group's executive director, Ann Roe`, `its treasurer Ann Roe`: the role owned, right before the name
OWNED_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:[Tt]he ([a-z]+){POSSESSIVE}|[Ii]ts) {ROLE},? $")
# `Ann Roe, the group's executive director,`, `Ann Roe, its treasurer, said`
OWNED_AFTER = re.compile(rf"^,? (?:the ([a-z]+){POSSESSIVE}|its) {ROLE}(?=[,.;:]| said| says| told| wrote)")
# `Ann Roe, a fundraiser for the choir,`: the role, then the body by its common noun, ending the phrase
ROLE_OF = re.compile(rf"^, (?:a|an|the) {ROLE} (?:to|for|of|at|with) the ([a-z]+)(?=[,.;:]| said| says| told)")
POSSESSIVES = ("'s", "’s", "'", "’")
# `a relief fund called Harbor Lights`, `a choir known as the Dune Singers`: the body's name after its noun
CALLED = re.compile(r"\b([A-Za-z]+) (?:called|named|dubbed|known as) (?:the )?([A-Z][\w'’&.-]*"
                    r"(?: (?:[A-Z0-9][\w'’&.-]*|of|for|on|and|the))*(?<! of)(?<! for)(?<! on)(?<! and)(?<! the))")
SENTENCE_END = re.compile(r"[.?!][\"'”’)]*\s|\n")
REACH = 100  # characters around a name read for the role


def body_referred_to(speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                     people: set[str]) -> tuple[str, int] | None:
    """The body a role right beside one of the speaker's names refers back to (`its`, `the group's`), and where
    the role stands, or None; `entities` are the tagger's names in the draft, `people` the surnames it names."""
    bodies = _bodies(text, entities, kb)
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is None:
            continue
        at = text.find(mention.name, mention.start, mention.end + 1)
        if at < 0:
            continue
        end = at + len(mention.name)
        for found, noun_group, role_group in (
                (OWNED_BEFORE.search(text[max(0, at - REACH):at]), 1, 2),
                (OWNED_AFTER.match(text[end:end + REACH]), 1, 2),
                (ROLE_OF.match(text[end:end + REACH]), 2, 1)):
            if found is None or not _a_role(found.group(role_group), kb):
                continue
            noun = found.group(noun_group)  # (None for `its`)
            if noun is not None and not _stands_for_a_body(noun, kb):
                continue
            anaphor = max(0, at - REACH) + found.start() if found.re is OWNED_BEFORE else end
            body = _named_before(anaphor, noun, text, bodies, kb, people)
            if body is not None:
                return body, at
    return None


# `its treasurer`, `the bureau's director`, `network's night producer`: the owner opening a title
OWNER_OPENING = re.compile(r"^(?:[Ii]ts |(?:[Tt]he )?([a-z]+)(?:'s|’s) )(?=[a-z])")
# `adviser to the group`, `a coordinator for the club`: the body's common noun closing a title
NOUN_CLOSING = re.compile(r" (?:to|for|of|at|with) the ([a-z]+)$")


def role_without_referent(title: str, kb: Knowledge) -> str:
    """`adviser to the group`, `the bureau's director`, `its treasurer`, once the body they point back to is
    her organisation: the role alone (`adviser`, `director`, `treasurer`), as the report shows the body beside
    it; a place's (`the state's governor`) or a party's owner is no body's and stays, as does a role with
    nothing left (`its`)."""
    role = title
    opening = OWNER_OPENING.match(role)
    if opening is not None and (opening.group(1) is None or _stands_for_a_body(opening.group(1), kb)):
        role = role[opening.end():]
    closing = NOUN_CLOSING.search(role)
    if closing is not None and _stands_for_a_body(closing.group(1), kb):
        role = role[:closing.start()]
    return role if role.strip() and _a_role(role, kb) else title


def _a_role(words: str, kb: Knowledge) -> bool:
    """`executive director`, `president and CEO`: words ending in a role (`its decrepit state` says none)."""
    last = words.split()[-1]
    return (last.islower() or last.isupper()) and kb.is_role(last.lower())


def _stands_for_a_body(noun: str, kb: Knowledge) -> bool:
    """`group`, `network`, `bureau`: a common noun for a body; a campaign's or a party's is read elsewhere
    (`campaigns`, `anaphoric_party`), and a place (`the state's`) is no body."""
    return (noun in kb.org_words or noun in kb.body_anaphors) and noun not in kb.collective_nouns \
        and noun not in kb.party_name_heads and noun not in kb.place_nouns


def _bodies(text: str, entities: list[Entity], kb: Knowledge) -> list[tuple[int, int, str]]:
    """Where the draft may name a body, as (start, end, name): a name the tagger reads as an organisation, or as
    something else in several words or ending in a body's word (`Harbor Meals on Wheels`, which it may call so),
    and the name after `called` or `known as` (`a relief fund called Harbor Lights`: that name, not the noun before).
    A possessive (`Velde's`) owns something else, and a name inside quotation marks is a title or speech."""
    found = []
    for e in entities:
        words = e.text.split()
        if text[e.start:e.end] != e.text or e.label not in ("ORG", "MISC") or e.text.endswith(POSSESSIVES) \
                or e.label == "MISC" and len(words) < 2 and words[-1].lower() not in kb.org_words \
                or words[0] in kb.demonyms or _quoted(text, e.start):
            continue
        found.append((e.start, e.end, e.text))
    found += [(m.start(2), m.end(2), m.group(2)) for m in CALLED.finditer(text)
              if _names_a_kind_of_body(m.group(1), kb) and m.group(2).lower() not in TIME_NOUNS
              and not _quoted(text, m.start(2))]
    return found


def _names_a_kind_of_body(word: str, kb: Knowledge) -> bool:
    """`group`, `outfit`, `PAC` before `called`: a common noun for a body or an acronym (`Ann Roe called Monday`
    and `the mayor called Harbor Watch` name no body after it)."""
    return word.isupper() and len(word) > 1 or word in kb.org_words or word in kb.body_anaphors \
        or word in kb.classifier_nouns


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks opened in its paragraph."""
    opened = text[text.rfind("\n", 0, at) + 1:at]
    return opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1


def _named_before(anaphor: int, noun: str | None, text: str, bodies: list[tuple[int, int, str]], kb: Knowledge,
                  people: set[str]) -> str | None:
    """The body named last before `anaphor`, in its sentence or the one before, that the noun may stand for
    (`its`: any), or None (a name right before `called` gives way to the name after it)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, anaphor)]
    start = ends[-2] if len(ends) >= 2 else 0
    for _, _, name in sorted((b for b in bodies if start <= b[0] and b[1] <= anaphor), key=lambda b: -b[0]):
        name = name.removeprefix("the ").removeprefix("The ")
        words = name.split()
        head = words[-1].lower()
        if kb.names_a_country_or_state(name) or any(w in people for w in words) \
                or len(words) == 1 and kb.party(name) is not None:
            continue  # (a party is read as her party: `anaphoric_party`)
        if noun is not None and head != noun and head in kb.org_words and noun not in kb.body_anaphors:
            continue  # (`the Harbor Council` is not `the committee`)
        return name
    return None
