"""The body a worker's role says she works in: `"…," said nurse Ada Kell` in a story about `St. Oswin's Infirmary`.

A newsroom names the hospital, the school or the club once and then quotes its people by their trade alone (`said
nurse Ada Kell`, `striker Tomas Reyne said`, `said teacher Mara Quint`): a reader takes her to work in the one body
of that kind the story is about. The knowledge base says which kind of body each role works in (`workplace_roles`:
`nurse` a hospital, `striker` a club) and which last words of a name say a body is of that kind (`workplace_kinds`:
`Infirmary`, `FC`, `Fire Department`). Only when the draft names exactly one such body in full is
it hers; two (`St. Oswin's Infirmary and Kellmoor General Hospital`) leave it open, as does a former post (`retired
nurse`), a role tied to a body or place in its own words (`a nurse at another hospital`, `Leeds teacher`), or a
sentence of hers that sets another body of the kind apart (`who moved from another hospital`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge import Knowledge, _load
from ..model import Speaker
from ..roles import opens_former
from .bodies import one_body_named
from .public_bodies import with_body_of_the_union, with_place_named, with_public_body
from .referents import SENTENCE_END, _holds_a_post

if TYPE_CHECKING:
    from . import Profile

# `an officer with the force`: a common noun closing a worker's role, and the kinds of workplace it may stand for
KIND_NOUNS = {noun: tuple(kinds) for noun, kinds in _load("affiliations.json")["workplace_kind_nouns"].items()}
OPENING_WORKPLACES = {role: tuple(ends) for role, ends in _load("affiliations.json")["opening_workplaces"].items()}
# `Summing up at Corvell Coroner's Court, `: a sentence's opening phrase setting it in a named place (a few words of
# what happens there, then `at`/`in` and the place's capitalised name), ending on a comma
OPENING_PLACE = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+){0,3} )?(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside) (?:the )?"
                           r"([A-Z][\w'’.-]*(?: (?:of|for|the|and|&|[A-Z][\w'’.-]*))*), ")
# `… in a courtroom at the Harbor County Court of Appeals`: a named place her sentence sets her words in
AT_PLACE = re.compile(r"\b(?:at|in) (?:the )?([A-Z][\w'’.-]*(?: (?:of|for|the|and|&|[A-Z][\w'’.-]*))*)")
# `owner of the Mill Street Diner`: a role, then the place it is held at by its capitalised name
ROLE_AT_PLACE = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:of|at) (?:the )?"
                           r"([A-Z][\w'’.-]*(?: (?:of|for|the|and|&|[A-Z][\w'’.-]*))*)$")
# `firearms officer with the force`: the role (one to three lower-case words), then the body by a kind's noun
ROLE_WITH_NOUN = re.compile(r"(?:^|\b(?:[Aa]n?|[Tt]he) )((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:with|of|at|in|for|from) "
                            r"the ([a-z]+)\b")

def with_workplace(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """A person of whom no body is said, named or not (`one nurse said`), whose role works in a kind of body
    (`nurse`): the one body of that kind the draft names (read last, so any body the draft states of her comes
    first)."""
    if speaker.kind not in ("person", "unnamed"):
        return stated
    if stated.affiliation is not None:
        # (`County Executive`: `County` names no body; `EU Trade Commissioner`: the union's commission)
        return with_body_of_the_union(with_place_named(stated, speaker, text, kb), speaker, text, kb)
    found = _workplace(stated, speaker, text, kb) if stated.title else None
    # (no workplace of hers: a public body her post belongs to, `prefect`, `City Manager`; see `public_bodies`)
    return _with_body(stated, found, kb) if found is not None else with_public_body(stated, speaker, text, kb)


def _workplace(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """The body her titled role works in, and where it is named, or None (see `with_workplace`)."""
    assert stated.title is not None
    opening = _title_workplace(stated.title, speaker, text, kb) or _opening_workplace(stated.title, speaker, text, kb)
    if opening is not None:
        return opening
    kind = workplace_kind(stated.title, kb)
    return body_of_kind(text, kind, kb) if kind is not None and not _other_of_kind(speaker, text, kind, kb) \
        else None if kind is not None else _body_by_kind_noun(stated.title, speaker, text, kb)


def _with_body(stated: Profile, found: tuple[str, int], kb: Knowledge) -> Profile:
    """The profile with the body found, where it is named, as the one she works in."""
    from . import Affiliation, _known_body  # (the package's own; imported here, as the package imports this module)

    name, short, _ = _known_body(found[0], kb)  # (its name and short name: a workplace is given no country)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, None, "appositive", found[1]))


def _title_workplace(title: str, speaker: Speaker, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """`owner of the Mill Street Diner`: a place named in her title whose name fits her role (an owner's diner, a
    coroner's court: `opening_workplaces`) is the body she speaks for, whatever the tagger made of its name; None for
    any other title."""
    found = ROLE_AT_PLACE.match(title)
    ends = OPENING_WORKPLACES.get(found.group(1), ()) if found is not None else ()
    if found is None or opens_former(title, kb) or not _fits(found.group(2), ends):
        return None
    at = min((m.start for m in speaker.mentions if m.kind == "person"), default=0)
    named = text.find(found.group(2), at)
    return found.group(2), named if named >= 0 else at


def _opening_workplace(title: str, speaker: Speaker, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """`Summing up at Corvell Coroner's Court, Senior Coroner Ann Roe told jurors …`, `Judge Ann Roe told him in a
    courtroom at the Harbor County Court of Appeals`: a place her own sentence opens on, right before her title and
    name, or (for a post of `opening_workplaces`) sets her words in after her name, whose name fits her post (a
    coroner's court, a judge's court, a headteacher's school, an owner's diner: `opening_workplaces`,
    `workplace_roles`), is where she holds it; None for a former post, a place of another kind (`At Harbor Park,
    Judge Ann Roe …`) or two places that fit."""
    words = title.lower().replace(",", " ").split()
    if not words or opens_former(title, kb) or any(w in kb.retired_words for w in words):
        return None
    role = " ".join(words[-2:]) if " ".join(words[-2:]) in kb.workplace_roles else words[-1]
    ends = OPENING_WORKPLACES.get(role) or tuple(kb.workplace_kinds.get(kb.workplace_roles.get(role) or "", ()))
    if not ends:
        return None
    for mention in speaker.mentions:
        if mention.kind != "person":
            continue
        opens = max((m.end() for m in SENTENCE_END.finditer(text, 0, mention.start)), default=0)
        found = OPENING_PLACE.match(text[opens:mention.start])
        between = text[opens:mention.start][found.end():] if found is not None else ""
        if found is not None and len(between.split()) <= 4 and "," not in between \
                and _fits(found.group(1).removesuffix("."), ends):
            return found.group(1).removesuffix("."), opens + found.start(1)  # (her title at most before her name)
        if role not in OPENING_WORKPLACES:
            continue  # (after her name, a town's name may be a club's: `a striker who grew up in Harbor City`)
        closes = SENTENCE_END.search(text, mention.end)
        after = [m for m in AT_PLACE.finditer(text, mention.end, closes.start() if closes else len(text))
                 if _fits(m.group(1).removesuffix("."), ends)]
        if len({m.group(1) for m in after}) == 1:
            return after[0].group(1).removesuffix("."), after[0].start(1)
    return None


def _fits(place: str, ends: tuple[str, ...]) -> bool:
    """Whether a place's name of two words or more ends in one of the words, or has them before its `of` (`Harbor
    Coroner's Court`, `Court of Common Pleas`)."""
    low = place.lower().replace("’", "'")
    head = low.split(" of ")[0]
    return len(place.split()) > 1 and any(f" {low}".endswith(f" {end}") or f" {head}".endswith(f" {end}")
                                          for end in ends)


def workplace_kind(title: str, kb: Knowledge) -> str | None:
    """The kind of body a title's role works in (`charge nurse`: a hospital), or None: the longest entry of
    `workplace_roles` the title ends in, after lower-case modifiers only (`Leeds nurse` names a place; a whole-title
    role, `officer`, takes none: `press officer`), or else the kind whose noun opens the title (`hospital
    spokeswoman`); a former post names no workplace of hers, nor does a title going on past its role (`nurse at
    another hospital`)."""
    words = title.replace(",", " ").split()
    low = [w.lower() for w in words]
    if not low or opens_former(title, kb) or any(w in kb.retired_words for w in low):
        return None
    for length in range(len(low), 0, -1):
        role = " ".join(low[-length:])
        if role not in kb.workplace_roles:
            continue
        modifiers = words[:-length]
        if modifiers and (role in kb.workplace_whole_roles or not all(w.islower() for w in modifiers)):
            break  # (`press officer`, `Leeds nurse`: no workplace by the role alone)
        return kb.workplace_roles[role] or None  # (an empty kind: `public defender`, no workplace)
    return _kind_owning_role(words, kb)


def _kind_owning_role(words: list[str], kb: Knowledge) -> str | None:
    """`hospital spokeswoman`, `the hospital's chief medical officer`, `Police Commissioner`: a kind of body's own noun
    (`workplace_owner_kinds`; no `club`, which may be any society) opening the title, owning it or not, then a role of
    at most three words, all in lower case or all capitalised as before a name: that kind, or None."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    for length in (2, 1):
        owner, rest = words[:length], words[length:]
        if not owner or not 1 <= len(rest) <= 3:
            continue
        noun = " ".join(owner).lower().removesuffix("'s").removesuffix("’s")
        cased = all(w.islower() for w in words) or all(w[:1].isupper() for w in words)
        if noun in kb.workplace_owner_kinds and cased and kb.is_role(rest[-1]) and not owner[-1].endswith("s'"):
            return noun
    return None


def body_of_kind(text: str, kind: str, kb: Knowledge) -> tuple[str, int] | None:
    """The one body of the kind the draft names in full (`bodies.one_body_named`), its name ending in one of the
    kind's words (`workplace_kinds`) with a name of its own before them, and where it is first named."""
    endings = [e.split() for e in kb.workplace_kinds.get(kind, set())]

    def of_kind(words: list[str]) -> int:
        low = [w.lower().replace("’", "'") for w in words]
        return len(low) if any(len(low) > len(e) and low[-len(e):] == e for e in endings) else 0

    return one_body_named(text, of_kind, kb)


def _other_of_kind(speaker: Speaker, text: str, kind: str, kb: Knowledge) -> bool:
    """Whether a sentence that mentions the speaker sets another body of the kind apart (`Ann Roe, who moved from
    another hospital`, `a rival club`): her workplace is then not plainly the one the draft names."""
    nouns = {e.split()[-1] for e in kb.workplace_kinds.get(kind, set())}
    contrast = re.compile(rf"\b(?i:{'|'.join(sorted(kb.publication_contrasts))}) (?:[a-z-]+ )?"
                          rf"(?:{'|'.join(re.escape(n) for n in sorted(nouns))})s?\b")
    for mention in speaker.mentions:
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, mention.start)), default=0)
        end = SENTENCE_END.search(text, mention.end)
        if contrast.search(text[start:end.start() if end else len(text)]):
            return True
    return False


def _body_by_kind_noun(title: str, speaker: Speaker, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """`a serving firearms officer with the force` after `Hollin Shire Police said …`: a post held in a body the draft
    calls by a common noun for a kind of workplace (`workplace_kind_nouns`: `force`, a police body) is held in the one
    body of such a kind it names in full; None for a former post, a role no post (`a critic of the force`), no such
    body, or bodies of two kinds (`the service` after a police force and a fire service)."""
    # (the mention's words and those after it up to a comma: `A serving firearms officer` `with the force,`)
    phrases = [title, *(text[m.start:m.end] + re.split(r"[,;:.?!]", text[m.end:m.end + 80], maxsplit=1)[0]
                        for m in speaker.mentions if m.kind == "unnamed")]
    for phrase in phrases:
        found = ROLE_WITH_NOUN.search(phrase)
        if found is None or found.group(2) not in KIND_NOUNS:
            continue
        role = found.group(1).split()
        if opens_former(" ".join(role), kb) or any(w in kb.retired_words or w in kb.former_words for w in role) \
                or not _holds_a_post(role, kb):
            return None
        bodies = {body for kind in KIND_NOUNS[found.group(2)]
                  if not _other_of_kind(speaker, text, kind, kb) and (body := body_of_kind(text, kind, kb))}
        return bodies.pop() if len(bodies) == 1 else None
    return None
