"""A campaign's staff: `Velde spokesman Tom Ruhl`, `Lisa Marr, a spokeswoman for Velde`, `Velde's press
secretary`, `a senior adviser to Velde`. The role is owned by a person; when the draft names that
person's campaign (`the Velde campaign`, `Velde's presidential campaign`), or calls the person a
candidate right before a name (`Harbor Party candidate Ann Velde`), the campaign is the body the speaker
speaks for. Without either the owner may be a senator's office or a firm, so nothing is said.
"""

from __future__ import annotations

import re

from ..grammar import POSSESSIVE
from ..knowledge import Knowledge

OWNER_LINKS = ("for", "to")
POSSESSIVE_ENDINGS = sorted(POSSESSIVE, key=lambda ending: (-len(ending), ending))  # (`'s` before a bare `'`)
def campaign_served(title: str, text: str, kb: Knowledge) -> str | None:
    """`<Owner> campaign` for a staff title owned by a person whose campaign the draft names."""
    owner = _staff_owner(title.split(), kb)
    if owner is None or _another_of_the_name(title.split(), owner, text, kb):
        return None
    # (`Velde's campaign manager` names a role in the campaign, not the campaign as a body spoken of)
    roles = "|".join(re.escape(role) for role in sorted(kb.campaign_staff))
    named = re.compile(rf"\b{re.escape(owner)}(?:'s|’s|’|')? (?:[a-z-]+ )?campaign\b(?! (?:[a-z]+ )?(?:{roles})s?\b)")
    return f"{owner} campaign" if named.search(text) or _called_a_candidate(owner, text, kb) \
        or _runs(owner, text, kb) else None


def _another_of_the_name(words: list[str], owner: str, text: str, kb: Knowledge) -> bool:
    """`adviser to Ivo Velde` where the draft also names Ann Velde: the campaign it names may be hers, not his."""
    given = words[-2] if len(words) >= 2 and words[-1] == owner and words[-2] in kb.given_names else None
    return given is not None and any(found.group(1) != given and found.group(1) in kb.given_names
                                     for found in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(owner)}\b", text))


def _runs(owner: str, text: str, kb: Knowledge) -> bool:
    """`Velde's candidacy`, `Velde's bid for the nomination`, `the Velde camp`: a noun for a run owned by the
    owner says she runs (a staff role after it is no run: `Velde's campaign manager` is read as a title)."""
    nouns = "|".join(re.escape(noun) for noun in sorted(kb.candidacy_nouns))
    roles = "|".join(re.escape(role) for role in sorted(kb.campaign_staff))
    run = rf"\b{re.escape(owner)}(?:'s|’s|’|')? (?:{nouns})s?\b(?! (?:[a-z]+ )?(?:{roles})s?\b)"
    return re.search(run, text) is not None or _campaigns(owner, text, kb)


PAIR = r"[A-Z][a-z]+"  # the other one of two named together (`Velde and Roe`)
AUXILIARIES = r"(?:(?:has|have|had|is|are|was|were|been|also|still) )*"


def _campaigns(owner: str, text: str, kb: Knowledge) -> bool:
    """`Velde campaigned in Eastland`, `Roe and Velde are campaigning`, `the Velde and Roe camps`: the owner,
    alone or one of two named together, campaigns (a verb for it) or has a camp or campaign beside a rival's."""
    verbs = "|".join(re.escape(verb) for verb in sorted(kb.campaign_verbs))
    nouns = "|".join(re.escape(noun) for noun in sorted(kb.candidacy_nouns | {"campaign"}))
    name = re.escape(owner)
    subject = rf"\b(?:{name}|{PAIR} and {name}|{name} and {PAIR})"
    return re.search(rf"{subject} {AUXILIARIES}(?:{verbs})\b", text) is not None \
        or re.search(rf"\b(?:{PAIR} and {name}|{name} and {PAIR}) (?:{nouns})s\b", text) is not None


def campaign_named_before(title: str, text: str, start: int, kb: Knowledge, people: set[str]) -> str | None:
    """`campaign manager Ivo Brandt`: a staff role in a campaign that names no owner serves the campaign the
    draft named last before the person, in her paragraph or the one before (`the Velde campaign`, `Velde's
    campaign`), after one of the `people` it names (surnames), or None."""
    words = title.lower().split()
    at = next((k for k, w in enumerate(words) if w.removesuffix("'s").removesuffix("’s") == "campaign"), None)
    if at is None or at + 1 >= len(words) or not _is_staff(" ".join(words[at + 1:]), kb):
        return None
    if any(w[:1].isupper() and not _capitalised_role_word(w, kb) for k, w in enumerate(title.split()) if k != at):
        return None  # (`Velde campaign manager`: the owner is named; `Harbor Rail campaign director`: a firm's)
    # (its paragraph or the one before: a campaign named further back may be a rival's)
    near = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, start)))
    named = [found.group(1) for found in CAMPAIGN_NAMED.finditer(text, max(0, near), start)
             if found.group(1) in people and _a_surname(found.group(1), kb)]
    return f"{named[-1]} campaign" if named else None


CAMPAIGN_NAMED = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s|’|')? (?:presidential )?campaign\b")


def _called_a_candidate(owner: str, text: str, kb: Knowledge) -> bool:
    """`Harbor Party candidate Ann Velde`, `presidential hopeful Velde`, `Velde, the Harbor Party nominee,`: a
    candidate's role word right before the owner's name (at most a given name between) or in an appositive
    after it, so the owner runs a campaign; a rival's word before it says as much (`his rival Velde`)."""
    heads = "|".join(re.escape(word) for word in sorted(kb.candidate_roles))
    rivals = "|".join(re.escape(word) for word in sorted(kb.candidate_roles | kb.rival_nouns))
    before = rf"\b(?:{rivals})s? (?:[A-Z][\w.’'-]* ){{0,2}}{re.escape(owner)}\b"
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
        if link == len(words) - 3 and _is_staff(head, kb) and words[-2] in kb.given_names and _a_surname(words[-1], kb):
            return words[-1]  # (`spokesman for Ann Velde`: her surname)
        return None
    if len(words) < 2 or not _is_staff(" ".join(low[-2:]), kb):
        return None
    # (a role in lower case first: `top Ann Velde adviser` is Velde's, not Ann's; then one in capitals)
    for in_capitals in (False, True):
        for k, word in enumerate(words[:-1]):
            name = word
            for ending in POSSESSIVE_ENDINGS:
                name = name.removesuffix(ending)
            if _a_surname(name, kb) and all(w.islower() or in_capitals and _capitalised_role_word(w, kb)
                                            for w in words[k + 1:]):
                return name
    return None


def _capitalised_role_word(word: str, kb: Knowledge) -> bool:
    """`Communications`, `Director` of `Velde Communications Director`: a title written in capitals, no
    body's word (`Velde Foundation director` serves the foundation)."""
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and low not in kb.org_words \
        and low not in kb.collective_nouns and not kb.party(word) and kb.organisation(word) is None


def _is_staff(head: str, kb: Knowledge) -> bool:
    """`press secretary`, `campaign manager`, `adviser`: the last one or two words name a staff role."""
    words = head.split()
    return bool(words) and (words[-1] in kb.campaign_staff or " ".join(words[-2:]) in kb.campaign_staff)


def _a_surname(word: str, kb: Knowledge) -> bool:
    """A capitalised word that is no party, place, state, title or body (`Republican spokesman` is a party's)."""
    return word[:1].isupper() and word[1:].islower() and not kb.party(word) and not kb.country_of(word) \
        and not kb.is_title(word) and kb.organisation(word) is None and word.lower() not in kb.org_words \
        and word.lower() not in kb.state_names  # (`Velde's Ohio state director` is Velde's)
