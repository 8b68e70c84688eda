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

from ..grammar import AUX_OR_ADVERB, POSSESSIVE, SUBORDINATORS
from ..knowledge import Knowledge, Organisation

OWNER_LINKS = ("for", "to")
POSSESSIVE_ENDINGS = sorted(POSSESSIVE, key=lambda ending: (-len(ending), ending))  # (`'s` before a bare `'`)
CLAUSE_END = re.compile(r"[!?;:\n\"“”()—–]|\.(?:\s|$)")  # where the sentence after a name stops
CONTEST_WORDS = re.compile(r"[’']s\b|[A-Za-z][\w’'.-]*|,")
ARTICLES = frozenset({"the", "a", "an"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
OWNER_WORDS = frozenset({"his", "her", "their"})
# Subordinators opening a clause about when or why the main clause's subject acts (`… as he accepted`);
# `that` or `and` may open a clause about anyone.
ADVERBIAL_SUBORDINATORS = frozenset({"as", "after", "when", "while", "since", "because", "before", "though",
                                     "although"}) & SUBORDINATORS
MAX_CONTEST_WORDS = 30  # the sentence read after a name
MAX_VERB_MODIFIERS = 3  # `has already narrowly won`
MAX_BID_MODIFIERS = 2  # `his long-shot presidential bid`
MAX_CONTEST_PLACE = 3  # `the New Hampshire Democratic primary`: capitalised words before the party
MAX_RIVAL_WORDS = 5  # `beat her rival Ann Roe in …`: the words naming the one beaten
RIVAL_BEFORE = 40  # characters before a name read for the verb that beat her (`defeated rival Ann Roe`)


def beaten_in_contest(before: str, after: str, kb: Knowledge) -> Organisation | None:
    """`Tom Ferris defeated Ann Roe in the Eastland Republican primary`: the person beaten (the object right
    after the verb, perhaps called a rival) ran in the contest too, so its party is hers."""
    words = CONTEST_WORDS.findall(before[-RIVAL_BEFORE:])
    while words and words[-1].lower() in kb.rival_nouns:
        words = words[:-1]  # (`beat her rival Ann Roe`)
    if words and words[-1].lower() in OWNER_WORDS:
        words = words[:-1]
    if not words or not (words[-1].lower() in kb.contest_rival_verbs
                         or " ".join(words[-2:]).lower() in kb.contest_rival_verbs):
        return None
    following = CONTEST_WORDS.findall(CLAUSE_END.split(after, maxsplit=1)[0])[:MAX_CONTEST_WORDS]
    return _contest(following, 1, kb) if following[:1] == ["in"] else None


def contest_party(after: str, kb: Knowledge) -> Organisation | None:
    """The party whose contest the words after a name say she runs in: `won the Eastland Republican primary`,
    `, who is seeking the Democratic nomination`, `'s bid for the Republican nomination`, `thanked the pilots
    after she swept the Harbor Party caucuses` (a he/she after a subordinator, no other name between). Only
    her own clause counts: `won 40 percent of the Republican primary vote` (a share of someone's contest)
    or `spoke after the Republican primary` say nothing of her party."""
    words = CONTEST_WORDS.findall(CLAUSE_END.split(after, maxsplit=1)[0])[:MAX_CONTEST_WORDS]
    start = _subject_clause(words)
    if start is None:
        return None
    k, owned = start
    if not owned:
        k = _after_modifiers(words, k)
        rival = next((n for n in (2, 1) if " ".join(words[k:k + n]).lower() in kb.contest_rival_verbs), None)
        if rival is not None:  # (`beat Tom Ferris in the Republican primary`: past the rival, to `in`)
            link = next((j for j in range(k + rival, min(k + rival + MAX_RIVAL_WORDS, len(words)))
                         if words[j] == "in"), None)
            return _contest(words, link + 1, kb) if link is not None else None
        verb = next((n for n in (3, 2, 1) if " ".join(words[k:k + n]).lower() in kb.contest_verbs), None)
        return _contest(words, k + verb, kb) if verb is not None else None
    for _ in range(MAX_BID_MODIFIERS):
        if k < len(words) and words[k].islower() and words[k] not in kb.contest_bids:
            k += 1
    if k + 1 < len(words) and words[k] in kb.contest_bids and words[k + 1] in ("for", "in"):
        return _contest(words, k + 2, kb)
    return None


def _subject_clause(words: list[str]) -> tuple[int, bool] | None:
    """Where the words that make the named person their subject start, and whether what follows is
    owned (`'s bid`, `, whose bid`) rather than done: right after the name, after `, who`, or after a
    subordinator and he/she with no other name before them (`… as he accepted`)."""
    if not words:
        return None
    if words[0] in ("’s", "'s"):
        return 1, True
    if words[0] == "who" or words[:2] == [",", "who"]:
        return words.index("who") + 1, False
    if words[:2] == [",", "whose"]:
        return 2, True
    if words[:1] == [","] and len(words) > 1 and words[1] in AUX_OR_ADVERB:
        return 1, False  # (`Ann Roe, a lawyer from Harbin, was the winner of …`: the appositive is in the mention)
    for k, word in enumerate(words):
        if word[:1].isupper() and k:  # (`Ann Roe, a lawyer, won …`: the appositive is read on its own)
            return None if words[0] == "," else (0, False)
        if k and word in SUBJECT_PRONOUNS and words[k - 1] in ADVERBIAL_SUBORDINATORS:
            return k + 1, False
    return None if words[0] == "," else (0, False)


def _after_modifiers(words: list[str], k: int) -> int:
    """Past the auxiliaries and adverbs before a verb (`has already narrowly won`)."""
    modifiers = 0
    while k < len(words) and modifiers < MAX_VERB_MODIFIERS and (words[k] in AUX_OR_ADVERB or (
            words[k].islower() and words[k].endswith("ly"))):
        k, modifiers = k + 1, modifiers + 1
    return k


def _contest(words: list[str], k: int, kb: Knowledge) -> Organisation | None:
    """The party of the contest named from word k: an article, a place (`Iowa's`, `the state's`), a party word, perhaps
    `presidential`, and one of `party_contests` (`won the Republican primary debate` is still her party's
    contest she took part in)."""
    if k < len(words) and words[k].lower() in ARTICLES:
        k += 1
    place = 0
    while k < len(words) and place < MAX_CONTEST_PLACE and (words[k][:1].isupper() or words[k].endswith(
            ("’s", "'s"))) and not kb.party(words[k]) and not kb.party(" ".join(words[k:k + 2])):
        # (`the state's Democratic caucuses`; `the Green Party primary`: a party in two words)
        k, place = k + 1, place + 1
    if k >= len(words):
        return None
    two = kb.party(" ".join(words[k:k + 2]))
    party = two or kb.party(words[k])
    k += 2 if two else 1
    if party is None:
        return None
    if k < len(words) and words[k] == "presidential":
        k += 1
    return party if k < len(words) and words[k].lower() in kb.party_contests else None


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
