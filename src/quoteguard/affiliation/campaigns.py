"""A campaign's staff: `Velde spokesman Tom Ruhl`, `Lisa Marr, a spokeswoman for Velde`, `Velde's press
secretary`, `a senior adviser to Velde`. The role is owned by a person; when the draft names that
person's campaign (`the Velde campaign`, `Velde's presidential campaign`), or calls the person a
candidate right before a name (`Harbor Party candidate Ann Velde`), the campaign is the body the speaker
speaks for. Without either the owner may be a senator's office or a firm, so nothing is said.

A person named as the subject of a party's contest (`Ann Roe won the Eastland Republican primary`, `Roe, who is
running for the Democratic nomination`) runs in it, so she is of that party.
"""

from __future__ import annotations

import re

from ..grammar import AUX_OR_ADVERB, POSSESSIVE, PREPOSITIONS
from ..knowledge import Knowledge, Organisation

OWNER_LINKS = ("for", "to")
POSSESSIVE_ENDINGS = sorted(POSSESSIVE, key=lambda ending: (-len(ending), ending))  # (`'s` before a bare `'`)
CLAUSE_END = re.compile(r"[!?;:\n\"“”()—–]|\.(?:\s|$)")  # where the clause after a name stops
CONTEST_WORDS = re.compile(r"[A-Za-z][\w’'.-]*|,")
ARTICLES = frozenset({"the", "a", "an"})
MAX_CONTEST_WORDS = 30  # the clause read after a name
MAX_VERB_MODIFIERS = 3  # `has already narrowly won`
MAX_CONTEST_PLACE = 3  # `the New Hampshire Democratic primary`: capitalised words before the party


def contest_party(after: str, kb: Knowledge) -> Organisation | None:
    """The party whose contest the words right after a name say she runs in: `won the Eastland Republican
    primary`, `, who is seeking the Democratic nomination`. Only her own clause counts: `won 40 percent
    of the Republican primary vote` or `spoke after the Republican primary` say nothing of her party."""
    words = CONTEST_WORDS.findall(CLAUSE_END.split(after, maxsplit=1)[0])[:MAX_CONTEST_WORDS]
    k = 0
    if words[k:k + 2] == [",", "who"] or words[k:k + 1] == ["who"]:
        k = words.index("who") + 1
    elif words[k:k + 1] == [","]:
        return None  # (`Ann Roe, a lawyer, won …`: the appositive is read on its own)
    modifiers = 0
    while k < len(words) and modifiers < MAX_VERB_MODIFIERS and (words[k] in AUX_OR_ADVERB or (
            words[k].islower() and words[k].endswith("ly"))):
        k, modifiers = k + 1, modifiers + 1
    two = " ".join(words[k:k + 2]).lower()
    if two in kb.contest_verbs:
        k += 2
    elif k < len(words) and words[k].lower() in kb.contest_verbs:
        k += 1
    else:
        return None
    if k < len(words) and words[k].lower() in ARTICLES:
        k += 1
    place = 0
    while k < len(words) and place < MAX_CONTEST_PLACE and words[k][:1].isupper() and not kb.party(words[k]):
        k, place = k + 1, place + 1  # (`Iowa's`, `New Hampshire's`)
    if k >= len(words):
        return None
    party = kb.party(" ".join(words[k:k + 2])) or kb.party(words[k])
    k += 2 if kb.party(" ".join(words[k:k + 2])) else 1
    if party is None:
        return None
    if k < len(words) and words[k] == "presidential":
        k += 1
    if k >= len(words) or words[k].lower() not in kb.party_contests:
        return None
    following = words[k + 1] if k + 1 < len(words) else ","
    if following.islower() and following not in PREPOSITIONS and following not in ("and", "but", "after", "as"):
        return None  # (`the Republican primary vote`, `the Democratic race's tone`: a thing of the contest)
    return party


def campaign_served(title: str, text: str, kb: Knowledge) -> str | None:
    """`<Owner> campaign` for a staff title owned by a person whose campaign the draft names."""
    owner = _staff_owner(title.split(), kb)
    if owner is None:
        return None
    # (`Velde's campaign manager` names a role in the campaign, not the campaign as a body spoken of)
    roles = "|".join(re.escape(role) for role in sorted(kb.campaign_staff))
    named = re.compile(rf"\b{re.escape(owner)}(?:'s|’s|’|')? (?:[a-z-]+ )?campaign\b(?! (?:[a-z]+ )?(?:{roles})s?\b)")
    return f"{owner} campaign" if named.search(text) or _called_a_candidate(owner, text, kb) else None


def _called_a_candidate(owner: str, text: str, kb: Knowledge) -> bool:
    """`Harbor Party candidate Ann Velde`, `presidential hopeful Velde`, `Velde, the Harbor Party nominee,`: a
    candidate's role word right before the owner's name (at most a given name between) or in an appositive
    after it, so the owner runs a campaign."""
    heads = "|".join(re.escape(word) for word in sorted(kb.candidate_roles))
    before = rf"\b(?:{heads})s? (?:[A-Z][\w.’'-]* ){{0,2}}{re.escape(owner)}\b"
    after = rf"\b{re.escape(owner)}, (?:the|a|an) ((?:[\w’'-]+ ){{0,4}})(?:{heads})\b"
    # (`Velde, the 2004 nominee`, `the former candidate`: a race run before is no campaign now)
    return re.search(before, text) is not None or any(
        not re.search(r"\b(?:former|onetime|one-time|ex-\w+|\d{4})\b", m.group(1)) for m in re.finditer(after, text))


def _staff_owner(words: list[str], kb: Knowledge) -> str | None:
    """The surname owning a staff role: before it (`senior Velde adviser`, `Velde's press secretary`) or
    after `for`/`to` at the end (`spokeswoman for Velde`)."""
    low = [w.lower() for w in words]
    link = next((k for k, w in enumerate(low) if w in OWNER_LINKS), None)
    if link is not None:
        head = " ".join(low[max(0, link - 2):link])
        if link == len(words) - 2 and _is_staff(head, kb) and _a_surname(words[-1], kb):
            return words[-1]
        return None
    if len(words) < 2 or not _is_staff(" ".join(low[-2:]), kb):
        return None
    for k, word in enumerate(words[:-1]):
        name = word
        for ending in POSSESSIVE_ENDINGS:
            name = name.removesuffix(ending)
        if _a_surname(name, kb) and all(w.islower() for w in words[k + 1:]):
            return name
    return None


def _is_staff(head: str, kb: Knowledge) -> bool:
    """`press secretary`, `campaign manager`, `adviser`: the last one or two words name a staff role."""
    words = head.split()
    return bool(words) and (words[-1] in kb.campaign_staff or " ".join(words[-2:]) in kb.campaign_staff)


def _a_surname(word: str, kb: Knowledge) -> bool:
    """A capitalised word that is no party, place, title or body (`Republican spokesman` is a party's)."""
    return word[:1].isupper() and word[1:].islower() and not kb.party(word) and not kb.country_of(word) \
        and not kb.is_title(word) and kb.organisation(word) is None and word.lower() not in kb.org_words
