"""The party of the contest a named person runs in.

A person named as the subject of a party's contest (`Ann Roe won the Eastland Republican primary`, `Roe, who is
running for the Democratic nomination`, `Roe's bid for the Republican nomination`) runs in it, and so does
the one she beats in it (`Roe defeated Tom Ferris in the Harbor Party primary`): each is of that party.
The verbs, bids and rival words are data (`contest_verbs`, `contest_bids`, `contest_rival_verbs`,
`rival_nouns` in `data/affiliations.json`).
"""

from __future__ import annotations

import re

from ..grammar import AUX_OR_ADVERB, SUBORDINATORS
from ..knowledge import Knowledge, Organisation

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


def rival_set_off_before(before: str, kb: Knowledge) -> Organisation | None:
    """`attacking Poirier's main rival in the Republican primary, Gail Rennick`: a rival in a party's contest set off
    by a comma right before the name is the person named, who runs in that contest."""
    words = CONTEST_WORDS.findall(before[-RIVAL_BEFORE * 2:])
    if len(words) < 4 or words[-1] != "," or words[-2].lower() not in kb.party_contests:
        return None
    rival = next((k for k in range(len(words) - 2, -1, -1) if words[k].lower() in kb.rival_nouns), None)
    if rival is None or words[rival + 1] != "in" or "," in words[rival:-1]:
        return None
    return _contest(words[:-1], rival + 2, kb)


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
    if words[k - 1] == "whose" and (party := _party_owned(words, k, kb)) is not None:
        return party  # (`, whose New Democratic Party is seeking a second term`)
    for _ in range(MAX_BID_MODIFIERS):
        if k < len(words) and words[k].islower() and words[k] not in kb.contest_bids:
            k += 1
    if k + 1 < len(words) and words[k] in kb.contest_bids and words[k + 1] in ("for", "in"):
        return _contest(words, k + 2, kb)
    return None


def _party_owned(words: list[str], k: int, kb: Knowledge) -> Organisation | None:
    """`, whose Harbor Party is seeking a third term`, `, whose Sinn Féin holds the seat`: a party named in full
    from word k, owned by the named person, is hers: capitalised words ending in a party's head word
    (`party_name_heads`), or a listed party's whole name. A bare party word (`whose Democratic district`) may say how
    a place votes, and the party's rivals (`whose Harbor Party opponent`) are of another, so neither counts."""
    end = k
    while end < len(words) and (words[end][:1].isupper() or _and_inside_name(words, end, k)):
        end += 1
    if end == k or end >= len(words) or kb.singular(words[end].lower()) in kb.rival_nouns:
        return None
    name = " ".join(words[k:end])
    listed = kb.party(name)
    if listed is not None and listed.name == name:
        return listed
    if words[end - 1].lower() not in kb.party_name_heads:
        return None
    return listed or kb.party(" ".join(words[k:end - 1])) or Organisation(name, None, None)


def _and_inside_name(words: list[str], j: int, start: int) -> bool:
    """`and` between capitalised words of a name that opened at `start` (`Social Democratic and Labour Party`)."""
    return words[j] == "and" and start < j < len(words) - 1 and words[j + 1][:1].isupper()


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
