"""The words before a name, read into a title, an organisation, a country and a party.

`Kremlin aide Yuri Ushakov`, `Russian Deputy Foreign Minister Sergei Ryabkov`, `Republican presidential
nominee X`: a demonym gives the country, a known body or an ORG entity the organisation, a party word
the party, and what is left is the title, spelled out (`Sen.` → senator) and tied to an institution
through the knowledge base (Deputy Foreign Minister → Ministry of Foreign Affairs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..grammar import (
    ARTICLES,
    OPENING_FUNCTION_TAGS,
    PARTY_TAG,
    PERSON_LINKS,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TIME_NOUNS,
    _words,
)
from ..knowledge import Institution, Knowledge, Organisation
from ..model import Word
from ..roles import (
    first_description,
    is_former,
    join,
    names_a_role,
    one_of,
    participle_after_role,
    trim,
    untagged_owner_tag,
)
from .bodies import member_body_served
from .campaigns import OWNER_LINKS
from .chambers import chamber_of
from .possessors import known_party, party_named

GROUP_COUNTS = _words("group_counts")  # `several residents`: how many spoke, no part of the role
NOMINATION_VERBS = _words("nomination_verbs")  # `the nominee to lead X`: the post she is named to
AGE = re.compile(r"\w+-years?-old", re.IGNORECASE)  # `83-year-old`, `five-year-old`
MAX_INITIALS = 6  # `NYPD`, `NAACP`: a body's initials are short; a longer word in capitals is a shouted word
MAX_TITLE_WORDS = 10  # `High Representative for Foreign Affairs and Security Policy` is 8
MAX_BARE_POST_WORDS = 3  # `president`, `board vice chairman`: a post whose body the appositive names after it
# Dashes that end a dateline or an aside before a title (a hyphen inside a word is glued, not one of these).
TITLE_BREAKS = frozenset({"—", "–", "―", "--"})
# Words inside a body's name (`Friends of the Marsh`).
BODY_NAME_WORDS = frozenset({"of", "for", "and", "&", "the", "on", "-"})


@dataclass
class Reading:
    """What one mention's words say so far: the title words, an organisation, a country, and from where."""

    org: str | None = None
    short: str | None = None
    country: str | None = None
    title_words: list[Word] = field(default_factory=list)
    source: str = "title"
    title_after: bool = False  # the title words are an appositive's (`X, an aide to Republican Y`)
    party: Organisation | None = None
    civic: str | None = None  # the place whose office the title is (`Riverton Mayor`): hers even for a former post
    place_noun: str | None = None  # `city` of `the city's finance director`: the place named elsewhere serves


def rejoin_abbreviations(words: list[Word], kb: Knowledge) -> list[Word]:
    """`Sens` `.` as the tokenizer split it: the abbreviated title `Sens.`; `It` `s`, a sentence's opening `Its`
    cut as if `it's`: the possessive; a judge's style, the role it stands for (see `_judicial_styles`)."""
    out: list[Word] = []
    for w in words:
        if w.text == "." and out and kb.is_title(out[-1].text.lower() + "."):
            out[-1] = Word(out[-1].text + ".", None, None)
        elif w.text == "s" and out and out[-1].text.lower() == "it":
            out[-1] = Word(out[-1].text + "s", "PRON", None)
        else:
            out.append(w)
    return _judicial_styles(out, kb)


def rejoin_title_compounds(words: list[Word], kb: Knowledge) -> list[Word]:
    """`Mayor` `-` `elect`, `Editor` `-` `in` `-` `Chief` as the tokenizer split them: one title word
    (`Mayor-elect`), so its tail is neither cut off at a preposition nor read as the title's head. Only a
    role before a listed tail (`title_compound_tails`) is glued; other hyphened words stay as they are."""
    tails = sorted((tail.split("-") for tail in kb.title_compound_tails), key=len, reverse=True)
    # (`Governor-` `elect`: the tokenizer may keep the first hyphen on the role)
    words = [part for w in words for part in ([Word(w.text[:-1], w.upos, w.ner), Word("-", "PUNCT", w.ner)]
                                              if w.text.endswith("-") and kb.is_role(w.text[:-1].lower()) else [w])]
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        parts = next((tail for tail in tails if _tail_at(words, k + 1, tail)), None)
        if parts is None or not kb.is_role(w.text.lower()):
            out.append(w)
            k += 1
            continue
        end = k + 2 * len(parts)
        out.append(Word(join(words[k:end + 1]), w.upos, w.ner))
        k = end + 1
    return out


def _tail_at(words: list[Word], k: int, tail: list[str]) -> bool:
    """Whether the words from k are a hyphen and then `tail`'s parts, each after a hyphen (`- in - Chief`)."""
    if k + 2 * len(tail) > len(words):
        return False
    return all(words[k + 2 * n].text == "-" and words[k + 2 * n + 1].text.lower() == part
               for n, part in enumerate(tail))


def rejoin_party_tag(words: list[Word]) -> list[Word]:
    """`R-` `Ore.` as the tokenizer may split a party tag after a name's comma: the one tag `R-Ore.`."""
    for k in range(len(words) - 1):
        glued = words[k].text + words[k + 1].text
        if words[k].text.endswith("-") and PARTY_TAG.fullmatch(glued):
            return [*words[:k], Word(glued, None, None), *words[k + 2:]]
    return words


def after_shouted_heading(before: list[Word]) -> list[Word]:
    """`FLOOD WARNING ISSUED Harbor Mayor Ann Roe`: a run-in heading set in capitals before a sentence is no part
    of the title after it. A word in capitals too long for a body's initials (`NYPD`), or three such words in a
    row, is such a heading; the title starts after its last word."""
    end, run = None, 0
    for k, w in enumerate(before):
        run = run + 1 if _shouted(w.text) else 0
        if run and (len(w.text) > MAX_INITIALS or run >= 3):
            end = k
    if end is None:
        return before
    while end + 1 < len(before) and _shouted(before[end + 1].text):
        end += 1
    return before[end + 1:]


def _shouted(text: str) -> bool:
    """A word set in capitals (`WARNING`), no initials with periods (`U.S.`) and no single letter."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def after_credit(before: list[Word], kb: Knowledge) -> list[Word]:
    """`Ann Vole/ReutersHarbor commissioners Ivo Brandt and X`: a photo credit the page glued to a
    caption's first word is furniture; the title starts with what follows the glue."""
    for k in range(len(before) - 1, -1, -1):
        text = before[k].text
        for cut in range(2, len(text) - 1):
            if text[:cut].lower() in kb.credit_words and text[cut].isupper() and text[cut + 1].islower() \
                    and text[cut - 1].isalpha():
                return [Word(text[cut:], before[k].upos, None), *before[k + 1:]]
    return before


def own_words(before: list[Word], kb: Knowledge) -> list[Word]:
    """The words before a name that are hers (see `_own_words`), a title she shares with others read as her own
    (`Reps. Ann Roe and X`: `Rep.`)."""
    return [_one_holders_title(w, kb) for w in _own_words(before, kb)]


def _own_words(before: list[Word], kb: Knowledge) -> list[Word]:
    """`spokeswoman for Hillary Clinton`, `an aide to Senator Ann Roe`: the role before the link is
    someone else's; the name's own words are those after it (`Secretary of State X` keeps all), as
    they are after another person joined on (`Ann Roe and Republican nominee X`)."""
    if before and before[-1].text.islower() and before[-1].text in PREPOSITIONS:
        return []  # `deputy director on Ann Roe's campaign`: the name is the link's object, the role someone else's
    before = _without_party_tags(before, kb)
    whose = max((k for k, w in enumerate(before) if w.text.lower() == "whose"), default=None)
    if whose is not None and names_a_role(trim(before[whose + 1:]), kb):
        return before[whose + 1:]  # `a residents' group whose chairman, Ann Roe,`: the role the group's, hers
    joined = max((k for k, w in enumerate(before) if w.text.lower() in ("and", "or")), default=None)
    other = next((k for k, w in enumerate(before[:joined]) if w.ner == "PERSON" and not kb.is_title(w.text)), None) \
        if joined and before[joined - 1].ner == "PERSON" else None  # (the other name ends at `and`)
    shared = other is not None and other > 0 and (kb.names_many(before[other - 1].text) or (
        before[other - 1].text.lower().endswith("s.") and kb.is_title(before[other - 1].text.lower())))  # `Sens.`
    if other is not None and not shared and not any(w.ner == "PERSON" and not kb.is_title(w.text)
                                                    for w in before[joined + 1:]):  # (`Sen.` tagged a person)
        # `Ann Roe and Republican nominee X`: the role after `and` is X's own (`Democratic candidates
        # Ann Roe and X` share theirs)
        before = before[joined + 1:]
    elif other is not None and shared and joined == len(before) - 1:
        before = before[:other]  # `Democratic candidates Ann Roe and X`: the title they share, without Ann Roe
    elif joined and joined + 1 < len(before) and all(kb.is_title(w.text.lower()) for w in before[joined + 1:]) \
            and before[joined - 1].text[:1].isupper() and not kb.is_title(before[joined - 1].text.lower()) \
            and not kb.party(before[joined - 1].text):
        before = before[joined + 1:]  # `Sen. Ann Roe of Ohio and Gov. X`, `Velde and Sen. X`: another's name ends
    before = _after_clause_and(before, kb)
    before = _after_object_link(before, kb)
    link = max((k for k, w in enumerate(before) if w.text.lower() in PERSON_LINKS), default=None)
    if link is None or not all(kb.is_title(w.text) for w in before[link + 1:]):
        return before
    if before[link].text.lower() == "of" and 0 < link < len(before) - 1 and before[link - 1].text[:1].isupper() \
            and before[link + 1].text[:1].isupper():
        return before  # `Secretary of Defense X`, `Minister of Finance X`: one formal title
    if any(kb.is_role(w.text, w.upos) for w in before[:link]):
        return before[link + 1:]
    return before


def _one_holders_title(w: Word, kb: Knowledge) -> Word:
    """`Reps.` before two names: the title each holds, `Rep.`, read and shown as if written before her name alone."""
    low = w.text.lower()
    if low.endswith("s.") and len(low) > 3 and low not in kb.title_abbreviations and kb.is_title(low[:-2] + "."):
        return Word(w.text[:-2] + ".", w.upos, w.ner)
    return w


def _without_party_tags(before: list[Word], kb: Knowledge) -> list[Word]:
    """`Sens. Ann Roe (D-Ore.) and X`: a party tag in brackets before the name is another person's, so
    the title before both reads as if it were not there."""
    k = 0
    while k < len(before):
        if before[k].text == "(":
            close = next((m for m in range(k + 1, min(k + 6, len(before))) if before[m].text == ")"), None)
            if close and _party_letter(before[k + 1:close]) in kb.party_tags:
                before = [*before[:k], *before[close + 1:]]
                continue
        k += 1
    return before


def _after_clause_and(before: list[Word], kb: Knowledge) -> list[Word]:
    """`… divided across the county and GOP Sen. X`: the `and` joins clauses, not titles; X's own words
    are those after it (`politics and outreach director`, `Trade and Industry Minister`
    are one title)."""
    joined = max((k for k, w in enumerate(before) if w.text.lower() in ("and", "or")), default=None)
    if joined is None or not joined or joined + 1 >= len(before):
        return before
    own = before[joined + 1:]
    if before[joined - 1].text.islower() and not kb.is_role(before[joined - 1].text) \
            and own[0].text[:1].isupper() and names_a_role(own, kb):
        return own
    return before


def _after_object_link(before: list[Word], kb: Knowledge) -> list[Word]:
    """`the dismissal of Harbor Board Chairman X`, `little hope for Sen. X`: the name is the object
    of a noun that is no role; its own words are those after the link (`Secretary of State X`,
    `director of research X` and a body's name, `Friends of the Marsh`, keep theirs)."""
    for link in (k for k, w in enumerate(before) if k and k + 1 < len(before) and w.text.lower() in PREPOSITIONS):
        # (the first link whose head names no one: `memories of former treasurer of the guild X` keeps its `of state`)
        head, own = before[:link], before[link + 1:]
        if any(w.text[:1].isupper() and w.text.lower() not in TIME_NOUNS or kb.is_role(w.text, w.upos)
               or kb.is_title(w.text.lower()) for w in head):
            return before  # (`Wednesday for Harbor Court Judge X`: a day names no one, the title after `for` is hers)
        starts_title = own[0].text.lower() in kb.former_words or kb.is_title(own[0].text.lower()) \
            or own[0].text[:1].isupper() and names_a_role(own, kb)
        if starts_title:
            return own
    return before


def elected_seat(words: list[Word], kb: Knowledge) -> bool:
    """`Rep.`, `state Sen.`, `Governor`: a title whose last word is an elected seat held now (a party's post,
    spelled out or by a synonym)."""
    if not words or is_former(join(words), kb):
        return False
    head = words[-1].text.lower()
    head = kb.title_abbreviations.get(head, head)
    return head in kb.party_posts or any(word in kb.party_posts for word in kb.role_synonyms.get(head, ()))


def title_of(words: list[Word], kb: Knowledge, r: Reading) -> str | None:
    """The title as a report shows it, and the party it names (`Republican presidential nominee`).

    Abbreviations are spelled out (`Sen.` → senator); a courtesy title (`Mr.`) is dropped; a title
    that is only a party (`Democrat Ann Roe`) is no title.
    """
    dash = max((k for k, w in enumerate(words) if w.text in TITLE_BREAKS), default=-1)
    words = one_of(words[dash + 1:], kb)  # `WASHINGTON ― President Obama`: the dateline is no part of the title
    words = _without_civic_place(_without_place_noun_owner(words, kb, r), kb, r)
    if words and words[0].text.lower() in SUBORDINATORS and not (len(words) > 1 and words[1].text == "-"):
        return None  # `as she pursues the nomination`: a story (`Sanders supporters`: see _names_a_role)
    kept: list[Word] = []
    cut = _after_judging_word(words, kb)
    read_parties = parties_read(words, kb)
    for k, w in enumerate(words):
        low = w.text.lower()
        if low in kb.courtesy_titles:
            continue
        if k == len(words) - 1 and w.text[:1].isupper() and kb.is_title(low + "."):
            low, w = low + ".", Word(w.text + ".", w.upos, w.ner)  # (`Sen` before `. Ann Roe`: its period went on)
        role = kb.title_abbreviations.get(low)
        if k >= cut:
            kept.append(Word(role, w.upos, w.ner) if role else w)
        party = read_parties.get(k) if w.text[:1].isupper() and not r.title_after else None
        r.party = r.party or party
    if r.title_after:
        appositive_party(words, kb, r)
    r.party = r.party or _council_party(words, kb)
    clause = next((k for k, w in enumerate(kept) if k and w.text.lower() in RELATIVE_PRONOUNS), len(kept))
    kept = kept[:clause]  # `a chemist who is deputy head of …`: the title is what precedes the clause (and a
    # group the clause names is none of hers: `a lawyer who acts for the family of the seller`)
    kept = _own_title_after_group(kept, kb)
    kept = _one_acting_for(kept, kb)
    kept = _after_party_and(kept, kb)
    if kept and not r.title_after and kept[-1].text.islower() and kb.names_many(kept[-1].text):
        # `Democratic candidates Ann Roe and X`: the title one of them holds
        kept[-1] = Word(kb.singular(kept[-1].text), kept[-1].upos, kept[-1].ner)
        kept = _without_count(kept)
    kept = kept[:participle_after_role(kept, kb) or len(kept)]  # `a journalist visiting X`: the journalist
    while len(kept) > 1 and kept[-1].text.lower().endswith("ly") and not kb.is_role(kept[-1].text):
        kept = kept[:-1]  # `the front-runner nationally`
    while len(kept) > 1 and kept[-1].text.lower() in TIME_ADVERBS:
        kept = kept[:-1]  # `a hospital nurse today`
    kept = _without_age(first_description(kept, r.org if r.title_after else None, lambda post: _bare_post(post, kb)))
    while len(kept) > 1 and kept[-1].text.islower() and kept[-1].text in PREPOSITIONS:
        kept = kept[:-1]  # `senior counsel in` the Harbor Center's program, read as her body: the role stays
    kept = _without_dangling_links(kept)
    if r.org is not None:
        kept = _without_body_opening(kept)
    if _length(kept) > MAX_TITLE_WORDS:
        kept = _role_before_adjunct(kept, kb)
    if kept and (all(kb.party(w.text) for w in kept) or _place_and_party(kept, kb)) or _length(kept) > MAX_TITLE_WORDS:
        return None  # (a longer run is a clause the reader did not cut, not a title)
    kept = _without_praise(trim(kept), kb)
    if not names_a_role(kept, kb) or _ranked(kept, kb) or _field_head_alone(trim(kept), kb):
        return None  # `the same partisan fire`, `two men`, `policies of President X`: no one's role
    return join(without_leading_party(_without_group_count(trim(kept)), kb, r)) or None


def _bare_post(words: list[Word], kb: Knowledge) -> bool:
    """`president`, `the board chairman`: a role of a few lower-case words, its body cut off after it (`a trustee`
    is one of several: a description joined on, as `a ferry captain from Maine and a trustee of X` is written)."""
    if words and words[0].text.lower() in ("a", "an"):
        return False
    words = [w for w in words if w.text.lower() != "the"]
    return 0 < len(words) <= MAX_BARE_POST_WORDS and all(w.text.islower() for w in words) \
        and kb.is_role(words[-1].text.lower())


def _place_and_party(words: list[Word], kb: Knowledge) -> bool:
    """`Texas Republican`, `New York Democrat`: where she is from and her party, no post; the party is shown as
    such, and any role the draft states elsewhere is her title."""
    tail = len(words)
    while tail > 0 and kb.party(words[tail - 1].text):
        tail -= 1
    place = " ".join(w.text for w in words[:tail])
    return tail < len(words) and tail > 0 and kb.names_a_country_or_state(place)


def _without_group_count(words: list[Word]) -> list[Word]:
    """`two former employees`, `some experts`: the count of an unnamed group (a number or `group_counts`) says how
    many spoke, no part of the role each holds (`former employee`, as for one source); `two-time` stays."""
    if len(words) > 1 and words[1].text != "-" and (words[0].upos == "NUM" and not YEAR.fullmatch(words[0].text)
                                                    or words[0].text.lower() in GROUP_COUNTS):
        return words[1:]
    return words


PARTY_GROUP_HEADS = _words("party_group_heads")  # `Labour group leader`: a post within her party's group, no seat
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # `2016 presidential candidate`: which race, no count


def without_leading_party(words: list[Word], kb: Knowledge, r: Reading) -> list[Word]:
    """`Labour MSP`, `Democratic state senator`, `Green Party councillor`: a party before an elected seat is her
    party, shown as such, and no part of the seat (`MSP`, `state senator`); so is a party opening a leader's post,
    the party she leads (`NDP Leader`, `deputy Labour leader`: see `_leads_party`). A party's contest keeps it
    (`Republican nominee`: whose nominee), and so does any other role (`Democratic pollster`), and a body's name
    (`Democratic National Committee chairman`)."""
    if len(words) > 2 and words[0].text.lower() in kb.lesser_ranks:
        party, end = _party_opening(words[1:], kb)  # (`deputy Labour leader`: the rank stays with the post)
        if party is not None and _leads_party(words[end + 1:], kb):
            r.party = r.party or party
            return [words[0], *words[end + 1:]]
    if not words or not words[0].text[:1].isupper():
        return words
    party, end = _party_opening(words, kb)
    if party is None and len(words) > 2 and words[0].text in kb.demonyms:
        party, end = _party_opening(words[1:], kb)  # (`Welsh Conservative Member of the Senedd`: the party's
        end += 1  # name in that nation)
    if party is None or end >= len(words) or not (_seat(words[end:], kb) or _leads_party(words[end:], kb)):
        return words
    nxt = words[end]
    if not (nxt.text.islower() or kb.is_title(nxt.text.lower()) or kb.is_role(nxt.text, nxt.upos)
            or chamber_member(words[end:], kb)):
        return words
    r.party = r.party or party
    return words[end:]


def _leads_party(words: list[Word], kb: Knowledge) -> bool:
    """`Leader`, `deputy leader`: the whole rest of a title that opened on a party is her post at its head
    (`party_leader_posts`); the party is hers, shown apart (`Labour group leader` leads a council group instead)."""
    return " ".join(w.text.lower() for w in words) in kb.party_leader_posts


def _seat(words: list[Word], kb: Knowledge) -> bool:
    """`MSP`, `state senator`, `councillor`: an elected seat (`party_posts`, `constituency_roles`, a council's post
    before which a party is hers: `council_party_roles`), never a candidacy (`candidate`: the party's contest)."""
    if chamber_member(words, kb):
        return True  # (`Member of the Senedd`: a seat, the chamber after `of`)
    words = words[:next((k for k, w in enumerate(words) if k and w.text.lower() in PREPOSITIONS), len(words))]
    head = words[-1].text.lower()  # (`MSP for the Highlands`: the seat before its constituency)
    head = kb.title_abbreviations.get(head, head).lower()
    phrase = " ".join(w.text.lower() for w in words)
    if any(kb.singular(w.text.lower()) in kb.candidate_roles for w in words) or head in PARTY_GROUP_HEADS:
        return False  # (`Republican presidential candidate Texas Senator`: the party's candidate first; `Green group
        # leader`: the party's group on the council, which she leads)
    return head in kb.party_posts or head in kb.constituency_roles \
        or any(other in kb.party_posts for other in kb.role_synonyms.get(head, ())) \
        or any(phrase == p or phrase.endswith(" " + p) for p in kb.council_party_roles if p not in kb.candidate_roles)
    # (`Democratic Rep.`: the abbreviation stays as written, but is the seat its synonyms name)


def _party_opening(words: list[Word], kb: Knowledge) -> tuple[Organisation | None, int]:
    """The party whose name opens `words`, and where it ends: its longest reading (`Social Democratic and
    Labour`), or a word that names a party only before a council's post (`Conservative councillor`)."""
    unlisted = unlisted_party_at(words, 0, kb)
    if unlisted is not None:
        return unlisted
    for n in range(min(MAX_PARTY_WORDS, len(words)), 0, -1):
        party = kb.party(" ".join(w.text for w in words[:n]))
        if party is not None:
            return party, n
    if _party_before_post(words, 0, kb):
        return kb.council_parties.get(words[0].text), 1
    return None, 0


def _without_dangling_links(words: list[Word]) -> list[Word]:
    """`The chairman of the` Harbor Finance Committee`, Sen. Ann Roe`: the body read as hers went out of the middle of
    the title and left the words that led to it before the comma; the role stays (`chairman, senator`)."""
    kept: list[Word] = []
    for w in words:
        if w.text == "," and kept:
            while len(kept) > 1 and kept[-1].text.islower() and (kept[-1].text in PREPOSITIONS
                                                                 or kept[-1].text in ARTICLES):
                kept.pop()
        kept.append(w)
    return kept


def _without_body_opening(words: list[Word]) -> list[Word]:
    """`official with the state` Department of Transportation, read as her body: the body's own opening words (`the`
    and lower-case modifiers after a preposition) went with it; the role stays."""
    link = next((k for k in range(len(words) - 2, 0, -1) if words[k].text in BODY_LINKS
                 and words[k + 1].text.lower() == "the"), None)
    if link is None or len(words) - link > MAX_BODY_OPENING or not all(w.text.islower() for w in words[link:]):
        return words
    return words[:link]


MAX_BODY_OPENING = 4  # `with the state`, `at the federal`: a preposition, `the` and a body's lower-case modifiers
BODY_LINKS = frozenset({"with", "at", "for", "in", "from"})  # (`one of the volunteers` is a share, not a body)
def parties_read(words: list[Word], kb: Knowledge, unlisted_too: bool = True) -> dict[int, Organisation]:
    """The party each word opens, the longest name first: `Christian Democratic Union` is one party (Germany's), so
    its `Democratic` names no other; `Republican presidential` opens the Republican Party; `Harbor Alliance
    councillor` opens a party the knowledge base does not list (see `unlisted_party_at`), unless `unlisted_too` is
    false."""
    found: dict[int, Organisation] = {}
    k = 0
    while k < len(words):
        unlisted = unlisted_party_at(words, k, kb) if unlisted_too else None
        if unlisted is not None:
            found[k], k = unlisted
            continue
        for n in range(min(MAX_PARTY_WORDS, len(words) - k), 0, -1):
            party = kb.party(" ".join(w.text for w in words[k:k + n]))
            if party is not None:
                found[k] = party
                k += n - 1
                break
        k += 1
    return found


MAX_PARTY_WORDS = 4  # `Social Democratic and Labour`: the longest party name read as one


def unlisted_party_at(words: list[Word], k: int, kb: Knowledge) -> tuple[Organisation, int] | None:
    """`Harbor Alliance councillor`, `Eastland National Congress MP`: capitalised words from `k` that end in a party's
    head word (`unlisted_party_heads`), right before a party member's post or seat, name a party whether the knowledge
    base lists it or not; a listed word opening that longer name (`Democratic` of `Democratic Alliance`) is not the
    listed party. The party and where its name ends, or None: a listed party's own full name (`Ohio Democratic
    Party`) stays that party, and a listed body after a party word is a body (`Republican Congress member`)."""
    if k and _unlisted_run_word(words[k - 1], kb):
        return None  # (not where a name starts)
    end = k
    while end < len(words) and _unlisted_run_word(words[end], kb):
        end += 1
    run = words[k:end]
    if run and _party_member_post(words[end:], kb) and (named := kb.party_by_its_words(join(run))) is not None:
        return named, end  # (`Progressive Conservative Leader`, `Greens senator`, `PC candidate`)
    if len(run) < 2 or run[-1].text.lower() not in kb.unlisted_party_heads or not _party_member_post(words[end:], kb):
        return None
    whole = kb.party(join(run))
    if whole is not None:
        return whole, end
    before = run[:-1]
    listed = parties_read(before, kb, unlisted_too=False)
    if listed and max(listed) + len(listed[max(listed)].name.split()) - 1 == len(run) \
            and listed[max(listed)].name.split()[-1].lower() == run[-1].text.lower():
        return listed[max(listed)], end  # (`Ohio Democratic Party chairman`: the listed party, in full)
    if run[-1].text.lower() in kb.legislature_heads \
            and all(kb.party(w.text) or kb.names_a_country_or_state(w.text) for w in before):
        return None  # (`Republican Congress member`: her party, then the body she sits in)
    return Organisation(join(run), None, None), end


def _unlisted_run_word(w: Word, kb: Knowledge) -> bool:
    """A word of a party's capitalised name: no post or seat (`Harbor Alliance MP`: the name ends before `MP`)."""
    low = w.text.lower()
    return w.text[:1].isupper() and w.text.replace("-", "").isalpha() and not _party_member_post([w], kb) \
        and kb.title_abbreviations.get(low, low) not in kb.party_posts


def _party_member_post(words: list[Word], kb: Knowledge) -> bool:
    """`councillor`, `MP`, `Sen.`, `member`, `council member`: a party member's post, seat or candidacy opens
    `words`."""
    if not words:
        return False
    low = words[0].text.lower()
    low = kb.title_abbreviations.get(low, low).lower()
    rest = " ".join(w.text.lower() for w in words)
    return low in kb.unlisted_party_followers | kb.constituency_roles | kb.party_posts | kb.candidate_roles \
        or any(rest == p or rest.startswith(p + " ") for p in kb.council_party_roles)


MAX_PLACE_WORDS = 3  # `Glen Ross`, `Port Alder`, `Marsh Valley County`: a town's or county's name
CIVIC_LINKS = frozenset({"of", "in"})  # `mayor of Port Alder`, `a town councilman in Hollins Ford`


def _without_civic_place(words: list[Word], kb: Knowledge, r: Reading) -> list[Word]:
    """`Riverton Mayor`, `a former Riverton city treasurer`, `mayor of Port Alder`, `a town councilman in Hollins
    Ford`: a town's, city's or county's office named with its place says where she serves; the place is her body and
    the title the office alone (`mayor`, `former city treasurer`). The tagger often reads `Kelso Mayor` as a person's
    name, so the place is any capitalised words that name no title, party, nation or state and no body (`Harbor
    Council Chairman` keeps its body). A body read already that is another is left as it was."""
    opening = 0
    while opening < len(words) and words[opening].text.lower() in kb.former_words:
        opening += 1
    end = opening
    while end < len(words) and end - opening < MAX_PLACE_WORDS and _place_word(words[end], kb):
        end += 1
    place, role = words[opening:end], words[end:]
    if _named_place(place, kb) and role and _civic_office(place, role, kb) and _serves_a_place(place, role, kb, r):
        r.org = r.org or _council_of(place, role, kb)
        r.civic = join(place)
        return [*words[:opening], *role]
    link = next((k for k, w in enumerate(words) if k > opening and w.text.lower() in CIVIC_LINKS), None)
    if link is None or link + 1 >= len(words) or len(words) - link - 1 > MAX_PLACE_WORDS:
        return words
    place, role = words[link + 1:], words[opening:link]
    if not _named_place(place, kb) or not all(_place_word(w, kb) for w in place) or not _civic_office([], role, kb) \
            or not _serves_a_place(place, role, kb, r):
        return words
    r.org = r.org or join(place)
    r.civic = join(place)
    return words[:link]


def _council_of(place: list[Word], role: list[Word], kb: Knowledge) -> str:
    """`Brookfield City Councilman`: a council's member named with a place that ends on a council's word (`City`,
    `Borough`) sits on that council (`Brookfield City Council`); any other office serves the place (`Kelso`)."""
    if place[-1].text.lower() in kb.local_council_words and role[-1].text.lower() in kb.council_roles:
        return f"{join(place)} Council"
    return join(place)


def _place_word(w: Word, kb: Knowledge) -> bool:
    """A capitalised word of a place's name (`Riverton`, `Glen`, `County`), which the tagger marks as some name (or
    did not read: a sentence no quote needs is not parsed): no title, party, nationality, body's word (other than a
    place noun's: `County`, `City`) or possessive."""
    low = w.text.lower()
    if w.ner in (None, "MISC") and low not in kb.place_nouns and (
            w.upos is not None or w.ner == "MISC" or low.endswith(("ed", "ing", "ly")) or low in kb.praise_words):
        return False  # (`Embattled Mayor Ann Roe`: the tagger marks no place or name there, or it was not run and
        # the word reads as a modifier)
    return w.text[:1].isupper() and w.text.isalpha() and not kb.is_title(low) and not kb.party(w.text) \
        and w.text not in kb.council_parties and w.text not in kb.demonyms and low not in kb.title_modifiers \
        and low not in kb.courtesy_titles and (low not in kb.org_words or low in kb.place_nouns)


def _named_place(place: list[Word], kb: Knowledge) -> bool:
    """A place's own name, not a place noun alone (`County Sheriff`, `City Council member` name no place)."""
    return any(w.text.lower() not in kb.place_nouns for w in place)


def _civic_office(place: list[Word], role: list[Word], kb: Knowledge) -> bool:
    """Whether `role` after `place` is a place's office: one only a town or county has (`mayor`, `sheriff`), or a
    local office right after a place noun (`city treasurer`, `County Clerk`, a rank at most between them: `deputy`);
    `Riverton attorney` is a lawyer there."""
    low = [w.text.lower() for w in role]
    if not low or not names_a_role(role, kb) or any(w in PREPOSITIONS or w in ("and", "or", "&", ",") for w in low):
        return False  # (`former Ohio governor and Eastland mayor`: the place opens another post)
    text = " ".join(low)
    if any(text == c or text.endswith(" " + c) for c in kb.civic_roles):
        return True
    if low[0] in kb.place_nouns:
        low = low[1:]  # (`city treasurer`)
    elif not place or place[-1].text.lower() not in kb.place_nouns:
        return False  # (`County Clerk`, after `Pell County`)
    office = [w for w in low if w not in kb.title_modifiers]
    return len(office) == 1 and office[0] in kb.local_office_heads | kb.civic_roles
    # (`Harbor County ferry engineer` works for the county's ferry, maybe, but holds no office of it)


def _serves_a_place(place: list[Word], role: list[Word], kb: Knowledge, r: Reading) -> bool:
    """A place no nation and no state names (a state's offices are the state's: `Ohio governor`), unless the office
    is only a city's (`New York Mayor`); nor one a body read already contradicts (the place's own council, read from
    these words before, does not)."""
    name = join(place)
    if kb.country_of(name) or (r.org is not None and name not in (r.org, r.civic)):
        return False
    return name.lower() not in kb.state_names or role[-1].text.lower() in kb.civic_roles


def _council_party(words: list[Word], kb: Knowledge) -> Organisation | None:
    """`Conservative group leader`, `Green councillor`, `the Conservative leader of the council`: a word that names a
    party only before a council's or parliament's post (`council_party_words`) is her party there."""
    for k, w in enumerate(words[:-1]):
        party = kb.council_parties.get(w.text)
        rest = " ".join(x.text.lower() for x in words[k + 1:])
        if party is not None and (any(rest == p or rest.startswith(p + " ") for p in kb.council_party_roles)
                                  or chamber_member(words[k + 1:], kb)):
            return party
    return None


def _judicial_styles(words: list[Word], kb: Knowledge) -> list[Word]:
    """`Mrs Justice Pellow`, `Lord Justice Amsel`: two words that style a judge (listed among
    `title_abbreviations`) are read as the role they stand for, not as a courtesy title and `Justice`; after a
    description set off by a comma (`The trial judge, Mrs Justice Pellow`) the description says her role."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        pair = f"{words[k].text} {words[k + 1].text}".lower() if k + 1 < len(words) else ""
        if pair in kb.title_abbreviations:
            if len(out) > 1 and out[-1].text == ",":
                out.pop()
            else:
                out.append(Word(kb.title_abbreviations[pair], "NOUN", None))
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out


def _without_praise(words: list[Word], kb: Knowledge) -> list[Word]:
    """`famous Eastland reporter`, `highly respected pollster`: words opening a title that say how she is seen, not
    what post she holds, are left out when a role follows them (`star of the show` keeps its head)."""
    k = 0
    while k < len(words):
        if _hyphened(words, k).lower() in kb.praise_words:
            k += 3  # (`low-profile`, split by the tokenizer into `low - profile`)
        elif words[k].text.lower() in kb.praise_words or words[k].text.lower().endswith("ly") \
                and k + 1 < len(words) and words[k + 1].text.lower() in kb.praise_words:
            k += 1
        else:
            break
    rest = words[k:]
    return rest if k and rest and rest[0].text not in ("-", ",") and names_a_role(rest, kb) else words


def _after_judging_word(words: list[Word], kb: Knowledge) -> int:
    """`rival Sen. Ann Roe`, `a poll shows upstart Sen. Ann Roe`: a word that judges her or sets her against
    someone (`praise_words`, `rival_nouns`) right before a capitalised title is no part of her post, nor is
    anything before it (often words of the sentence the tagger ran into the title). Where her title starts
    (0 when no such word stands there); a party named before it is still read."""
    for k in range(len(words) - 2, -1, -1):
        low, after = words[k].text.lower(), words[k + 1].text
        if (low in kb.praise_words or low in kb.rival_nouns) and after[:1].isupper() and kb.is_title(after.lower()):
            return k + 1
    return 0


def _hyphened(words: list[Word], k: int) -> str:
    """`low-profile` from the tokens `low`, `-`, `profile` at `k`; empty if no hyphen joins two words there."""
    if k + 2 < len(words) and words[k + 1].text == "-":
        return f"{words[k].text}-{words[k + 2].text}"
    return ""


def _field_head_alone(words: list[Word], kb: Knowledge) -> bool:
    """`the great Ann Roe`: a word that names a role only after its field (`tennis great`), with no word before it,
    praises her; it names no role."""
    cut = next((k for k, w in enumerate(words) if w.text.lower() in PREPOSITIONS), len(words))
    return cut == 1 and words[0].text.lower() in kb.field_heads


def _after_party_and(words: list[Word], kb: Knowledge) -> list[Word]:
    """`a Democrat and former harbor commissioner`: a party word joined by `and` to a role says her party (read
    apart); the role after `and` is the title (`former harbor commissioner`, so a former post is seen as one)."""
    if len(words) > 2 and words[0].text[:1].isupper() and kb.party(words[0].text) \
            and words[1].text.lower() == "and" and names_a_role(words[2:], kb):
        return words[2:]
    return words


def _ranked(words: list[Word], kb: Knowledge) -> bool:
    """`the only doctor on stage`, `the next president`, `the most hawkish candidate`: a word that ranks
    the person among others, with only modifiers between it and the role, says how the draft judges
    them, not a post they hold (a party's word before an office is such a modifier, `the next Labour mayor`, while
    `the likely Labour nominee` names her candidacy; `first lady` is a title in two words, `first-term senator` a
    hyphenated modifier, `real estate mogul` a compound noun, `First Harbor Bank` a name)."""
    cut = next((k for k, w in enumerate(words) if k and w.text.lower() in PREPOSITIONS), len(words))
    head = words[:cut]
    office = bool(head) and head[-1].text.lower() in kb.party_posts | kb.civic_roles
    for k, w in enumerate(head[:-1]):
        nxt = head[k + 1].text
        if w.text.islower() and w.text in kb.ranking_words and nxt != "-" and not kb.is_title(f"{w.text} {nxt}") \
                and all(m.upos in ("ADJ", "ADV", "NUM") or m.text == "-" or office and kb.party(m.text)
                        for m in head[k + 1:-1]):
            return True
    return False


def _one_acting_for(words: list[Word], kb: Knowledge) -> list[Word]:
    """`lawyers for the commissioner`, `aides to the mayor`: a group's role before the one they act for is the
    title each of them holds (`lawyer for the commissioner`), as a single lawyer's would be (`fans of X`, `authors
    of X` act for no one)."""
    at = next((k for k, w in enumerate(words) if w.text.lower() in PREPOSITIONS), None)
    if not at or at + 1 >= len(words) or words[at].text.lower() not in OWNER_LINKS:
        return words
    group = words[at - 1]
    low = group.text.lower()  # (`Lawyers for the mayor` opening a sentence)
    if not (group.text.islower() or at == 1 and group.text[1:].islower()) or not kb.names_many(low) \
            or kb.singular(low) == low:
        return words
    if not kb.is_role(kb.singular(low)):
        return words
    return [*words[:at - 1], Word(kb.singular(low), group.upos, group.ner), *words[at:]]


def _own_title_after_group(words: list[Word], kb: Knowledge) -> list[Word]:
    """`Republican mayoral candidates Sen. Ann Roe and Gov. X`: the group's noun is theirs together; the
    title right before the name is hers alone."""
    group = max((k for k, w in enumerate(words[:-1]) if w.text.islower() and kb.names_many(w.text)), default=None)
    if group is None or not names_a_role(words[group + 1:], kb) or words[group + 1].text.lower() in OWNER_LINKS:
        return words  # (`lawyers for the commissioner`: the group's role, and the one they act for)
    if join(words[group:]).lower() in kb.council_roles:
        return words  # (`Labour group leader`: a council's post, the leader of her party's members on it)
    return words[group + 1:]


def _without_age(words: list[Word]) -> list[Word]:
    """`the 64-year-old harbor pilot`, `a tall 40-year-old ferry clerk`: an age says how old, not what post; the
    role is the rest (however the tokenizer split `83-year-old`)."""
    for k in range(len(words)):
        for n in range(min(5, len(words) - k), 0, -1):
            if AGE.fullmatch(join(words[k:k + n])) and k + n < len(words):
                follower = words[k + n]
                if follower.upos == "ADP" or follower.text.lower() in PREPOSITIONS:
                    return words  # (`a 59-year-old from Eastland`: the age is the noun, no role follows)
                return words[:k] + words[k + n:]
    return words


def _without_count(words: list[Word]) -> list[Word]:
    """`two harbor pilots`, `about 200 marchers`: how many there were is no part of one person's title."""
    start = next((k + 1 for k, w in enumerate(words) if w.upos == "NUM"), 0)
    return words[start:] if start < len(words) else words


def _length(words: list[Word]) -> int:
    """Words as a reader counts them: `78-year-old` is one, however the tokenizer split it."""
    return len(join(words).split())


def _role_before_adjunct(words: list[Word], kb: Knowledge) -> list[Word]:
    """`an accomplished attorney and activist by the time she moved to X`: in a run too long to be a
    title, the role up to the first preposition or subordinator after it (the rest says when or where)."""
    links = PREPOSITIONS | SUBORDINATORS - {"and", "or"}
    cut = next((k for k, w in enumerate(words) if k and (w.text.lower() in links or w.upos in ("ADP", "SCONJ"))
                and names_a_role(words[:k], kb)), None)
    return words[:cut] if cut is not None else words


def party_tag(words: list[Word], kb: Knowledge, r: Reading) -> None:
    """`D-Ore.` (one token or three): the party its letter stands for."""
    if r.party is None:
        r.party = kb.party_tags.get(_party_letter(words))


def _party_letter(words: list[Word]) -> str:
    """`D-Ore.` → `D`; `(R)`'s letter alone stays as it is."""
    text = "".join(w.text for w in words)
    tag = PARTY_TAG.fullmatch(text)
    return tag.group(1) if tag else text


def appositive_party(words: list[Word], kb: Knowledge, r: Reading) -> None:
    """`X, a moderate Ohio Democrat`: the party an appositive names, even when it is no title. After a
    link it is someone else's (`an aide to Republican Sen. Y`, `a critic of Democrats`) unless it
    opens the name of a body she heads (`chairman of the Democratic Senatorial Committee`) or a second description
    of her after `and a` (`the head of Harbor Freight and a Republican`)."""
    linked = False
    read_parties = parties_read(words, kb)
    for k, w in enumerate(words):
        low = w.text.lower()
        if r.party is not None or low == "which":
            return
        linked = linked or bool(k and low in PERSON_LINKS)
        if linked and low == "and" and k + 1 < len(words) and words[k + 1].text.lower() in ("a", "an"):
            linked = False  # (`the head of Harbor Freight and a Republican`: a second description, hers again)
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if w.text[:1].isupper() and (not linked or (nxt[:1].isupper() and not kb.is_title(nxt.lower()))):
            r.party = read_parties.get(k)  # (`the Social Democratic Party's candidate`: that party, whole)


def read_before(before: list[Word], kb: Knowledge, r: Reading, text: str = "") -> None:
    """Pre-nominal words: split out a demonym, known organisations and ORG entities; the rest is the title
    (`text`, the draft, says which outlets it names alone: see `_outlet_and_desk`)."""
    before = _read_possessor(before, r, kb)
    if (named_to := post_named_to(before, kb)) is not None:
        r.title_words += named_to[0]  # `The nominee to lead the Harbor Agency, X,`: the nominee, and that body hers
        r.org, r.source = join(named_to[1]), "appositive"  # (set off as an appositive is: no seat she runs for)
        return
    i = 0
    while i < len(before):
        w = before[i]
        whole = _capitalised_title(before, i, kb)
        if whole is not None:  # `National Security Adviser`: a title in capitals, not a body and its title
            r.title_words += before[i:whole + 1]
            i = whole + 1
            continue
        hyphenated = (i + 1 < len(before) and before[i + 1].text == "-") or (i > 0 and before[i - 1].text == "-")
        known = _known_organisation(before, i, kb)
        follower = before[i + 1].text if i + 1 < len(before) else ""
        pair = f"{follower} {before[i + 2].text}".lower() if i + 2 < len(before) else ""
        body = w.text[:1].isupper() and not (w.upos == "ADJ" and w.ner is None) and (
            follower.lower() in kb.collective_nouns or (
                follower.islower() and follower in kb.org_words and i + 2 < len(before)
                and pair not in kb.campaign_staff))
        # (`Conservative radio host`: an adjective opening the sentence names no body; `Velde press secretary`:
        # a staff role, while `Eastport police chief` is a body's)
        if (unlisted := unlisted_party_at(before, i, kb)) is not None \
                and kb.singular(before[unlisted[1]].text.lower()) not in kb.candidate_roles:
            # (`Harbor Party hopefuls`: the party her candidacy names, read as for a seat sought)
            if before[unlisted[1]].text.lower() not in PARTY_GROUP_HEADS \
                    or before[unlisted[1] - 1].text.lower() not in kb.unlisted_party_heads:
                # `Harbor Alliance councillor`, `Liberal Leader`: her party, read with the title
                r.title_words += before[i:unlisted[1]]
            elif r.org is None:
                r.org = join(before[i:unlisted[1]])  # `Harbor Alliance leader`: the party she leads, her body
            i = unlisted[1]
            continue
        if _party_before_post(before, i, kb):
            r.title_words.append(w)  # `Labour group leader`, `Conservative councillor`: her party, read with the title
        elif body and r.org is None and not kb.is_title(w.text.lower()):
            # `Velde campaign chairman`, `Eastport-Lowell police chief`: the body, then the title
            run = [w]
            while len(r.title_words) >= 2 and r.title_words[-1].text == "-" and r.title_words[-2].text[:1].isupper():
                run = r.title_words[-2:] + run
                del r.title_words[-2:]
            while w.ner == "PERSON" and r.title_words and _owner_name_word(r.title_words[-1], kb):
                run = [r.title_words.pop(), *run]  # `Ann Roe campaign manager`: the owner's whole name
            r.org = f"{join(run)} {follower}"
            r.title_words.append(before[i + 1])
            i += 1
        elif r.org is None and known is None and not r.title_words and not hyphenated \
                and (named := _named_from_demonym(before, i, kb)) is not None:
            r.org = join(before[i:named + 1])  # `Eastern Harbor President`: a body's name, not the nation's office
            i = named
        elif w.text in kb.demonyms and not hyphenated and r.country is None and not r.title_words:
            r.country = kb.demonyms[w.text]
        elif w.text[:1].isupper() and kb.party(w.text) and (known is None or known[1] == i):
            r.title_words.append(w)  # `Green councillor`, `GOP candidate`: the party, read with the title
        elif w.text[:1].isupper() and kb.party(f"{w.text} {follower}") and known is None:
            r.title_words += before[i:i + 2]  # `Green Party candidate`: a party named in two words
            i += 1
        elif known is not None and not hyphenated:
            found, i = known
            r.org, r.short = found.name, found.short
            r.country = r.country or found.country
        elif r.org is None and (institution := _institution_named(before, i, kb)) is not None:
            _take_institution(institution[0], kb, r)  # `Chinese Foreign Ministry spokeswoman`
            i = institution[1]
        elif w.ner == "ORG" and w.text[:1].isupper() and r.org is None \
                and (start := _linked_name_start(before, i)) is not None:
            end = i  # (`president of Dunmore Ferry Company`: the body the link names, whole, in the title too)
            while end + 1 < len(before) and (before[end + 1].ner == "ORG" and before[end + 1].text[:1].isupper()
                                             or _hyphen_joins(before, end + 1, kb)):
                end += 2 if before[end + 1].text == "-" else 1
            r.title_words += before[i:end + 1]
            r.org = join(before[start:end + 1])
            i = end
        elif (w.ner == "ORG" and w.text[:1].isupper() and not kb.is_title(w.text) and r.org is None
              and not (i > 0 and before[i - 1].text.lower() in ("for", "of", "and")) and not _numbering(before, i)
              and not _glued_participle(before, i)):
            run = [w]
            while i + 1 < len(before):
                if before[i + 1].ner == "ORG" and (not _opens_title(before[i + 1:], kb)
                                                   or _inside_body_name(before[i + 1:], kb)):
                    i += 1
                    run.append(before[i])
                elif _hyphen_joins(before, i + 1, kb):
                    run += before[i + 1:i + 3]
                    i += 2
                else:
                    break
            desk = _outlet_and_desk(run, kb, text) if i + 1 < len(before) else None
            if kb.party(run[-1].text) or join(run).lower() in kb.state_names or _place_noun_run_on(run, before, i, kb):
                r.title_words += run  # `a New York Democrat`, `Utah Lt. Gov.`, `County Recorder`: a place, no body
            elif desk is not None:
                r.org = join(desk[0])  # `Harbor Ledger National Security editor`: the outlet, and the desk's title
                r.title_words += desk[1]
            elif (served := _member_body_named(run, before[i + 1:], kb, text)) is not None:
                r.org = served  # `Harbour Commissioner`: the `… Harbour Commission` named, and the title whole
                r.title_words += run
            else:
                r.org = join([w for w in run if w.text not in POSSESSIVE])  # `Network Rail's chief executive`
        elif kb.country_of(w.text) and w.text[:1].isupper() and not hyphenated and not r.title_words \
                and not kb.party(follower):  # (`a Georgia Democrat`: where a party member is from)
            r.country = kb.country_of(w.text)
        elif _acronym(w.text) and r.org is None and not kb.is_title(w.text) and not kb.country_of(w.text):
            run = [w]
            while _hyphen_joins(before, i + 1, kb):
                run += before[i + 1:i + 3]
                i += 2
            r.org = join(run)  # `NYPD Commissioner`: a body the tagger did not mark (`EHA-TCU`: one body)
        else:
            r.title_words.append(w)
        i += 1


def post_named_to(words: list[Word], kb: Knowledge) -> tuple[list[Word], list[Word]] | None:
    """`the nominee to lead the Harbor Agency`, `the candidate to head the Bureau of Tolls`: a nominee's role, `to`, a
    verb of heading a body (`nomination_verbs`) and the body's capitalised name. The role's words and the body's,
    or None: an editor writes the body she is named to as her organisation."""
    words = trim(words)
    to = next((k for k, w in enumerate(words) if k and w.text.lower() == "to"), None)
    if to is None or to + 2 >= len(words) or kb.singular(words[to - 1].text.lower()) not in kb.candidate_roles \
            or words[to + 1].text.lower() not in NOMINATION_VERBS:
        return None
    body = words[to + 2:]
    body = body[1:] if body[0].text.lower() == "the" else body
    if not body or not all(w.text[:1].isupper() or w.text.lower() in BODY_NAME_WORDS for w in body) \
            or not body[0].text[:1].isupper():
        return None
    return words[:to], body


MAX_MEMBER_TITLE_WORDS = 2  # `Commissioner`, `Deputy Commissioner`: the words after a body's own before a name


def _member_body_named(run: list[Word], rest: list[Word], kb: Knowledge, text: str) -> str | None:
    """`Harbour Commissioner Ann Roe`, the tagger reading `Harbour` as a body: words before a member's title (a
    commissioner's, a trustee's: see `bodies.member_body_served`) that stand in the name of the one body of its kind
    the draft names in full (`the Marlow Point Harbour Commission`) are part of her title, and that body hers; None
    when the draft names no such body, or two."""
    if not rest or len(rest) > MAX_MEMBER_TITLE_WORDS or rest[-1].text.lower() not in kb.member_bodies \
            or not all(w.text[:1].isupper() for w in rest):
        return None
    return member_body_served(join([*run, *rest]), text, kb)


def _party_before_post(words: list[Word], i: int, kb: Knowledge) -> bool:
    """`Labour group leader`, `Conservative councillor`: a party's word (or one that names a party only before a
    council's post) before such a post is her party, not a body (`Labour group` is her party's members on the
    council, whose leader she is)."""
    w = words[i]
    if not w.text[:1].isupper() or not (kb.party(w.text) or w.text in kb.council_parties):
        return False
    rest = " ".join(x.text.lower() for x in words[i + 1:])
    return any(rest == p or rest.startswith(p + " ") for p in kb.council_party_roles) \
        or chamber_member(words[i + 1:], kb)


def chamber_member(words: list[Word], kb: Knowledge) -> bool:
    """`Member of the Senedd`, `member of the Eastland Assembly`: a chamber's member (`chamber_member_roles`), `of`
    and the chamber's capitalised name: a seat, before which a party's word is her party."""
    if len(words) < 3 or words[0].text.lower() not in kb.chamber_member_roles or words[1].text.lower() != "of":
        return False
    chamber = words[3:] if words[2].text.lower() == "the" else words[2:]
    return bool(chamber) and chamber[0].text[:1].isupper()


def _place_noun_run_on(run: list[Word], before: list[Word], i: int, kb: Knowledge) -> bool:
    """`County Recorder Ann Roe` read by the tagger as one body's name, title and all: a lone place noun (`County`)
    opening it names no body, only where the office is (`State spokesman`, the title left out of the body, is
    the short name of a body the draft names in full)."""
    return len(run) == 1 and run[0].text.lower() in kb.place_nouns and i + 1 < len(before) \
        and before[i + 1].ner == "ORG"


def _linked_name_start(before: list[Word], i: int) -> int | None:
    """`president of Dunmore Ferry Company`: where the body's name a link word opens starts, when the word at `i` is
    a body's word inside it (not the start of another body), else None."""
    k = i - 1
    while k >= 0 and (before[k].ner == "ORG" and before[k].text[:1].isupper() or before[k].text == "-"):
        k -= 1  # (`Agence France-Presse`: a hyphen inside the name)
    return k + 1 if k < i - 1 and k >= 0 and before[k].text.lower() in ("for", "of", "and") else None


def _owner_name_word(w: Word, kb: Knowledge) -> bool:
    """`Ann` of `Ann Roe campaign manager`: a word of the person's name that owns the body (tagged a person,
    no title, party or nationality), not cut from the rest of the name."""
    return w.ner == "PERSON" and w.text[:1].isupper() and not kb.is_title(w.text.lower()) \
        and not kb.party(w.text) and w.text not in kb.demonyms


def _glued_participle(words: list[Word], i: int) -> bool:
    """`Eastland-based attorney`, `Harbor City-based activist`: capitalised words from i glued by a hyphen to a
    lower-case participle say where the person works, a modifier of her role, no body she speaks for."""
    k = i
    while k < len(words) and words[k].text[:1].isupper():
        k += 1
    return k > i and k + 1 < len(words) and words[k].text == "-" and words[k + 1].text.islower() \
        and words[k + 1].text.endswith("ed")


def _outlet_and_desk(run: list[Word], kb: Knowledge, text: str) -> tuple[list[Word], list[Word]] | None:
    """`Harbor Gazette National Security` before `editor`, `Harbor Post White House` before `correspondent`: a run
    the tagger read as one body that opens on a publication (known, or ending in a publication's word) or on a body
    known or named alone elsewhere before a bureau (`Harbor Ledger Washington Bureau`); the capitalised words after
    it name a desk, part of the title. The longest such opening; a desk opens on no body's word and holds none
    but a desk's or a known beat's (`White House`): `House Armed Services Committee chairman` is the committee's."""
    names = [w for w in run if w.text not in POSSESSIVE]
    for k in range(len(names) - 1, 0, -1):
        outlet, desk = names[:k], names[k:]
        first = desk[0].text.lower()
        if not all(w.text[:1].isupper() for w in desk) or first in kb.org_words or first in kb.publication_words:
            continue
        if _publication(outlet, kb) and (kb.organisation(join(desk)) is not None or not any(
                w.text.lower() in kb.org_words - kb.desk_words for w in desk)):
            return outlet, desk  # (a body's word in the desk only in a beat's name: `White House`)
        if _body_named_alone(outlet, desk, kb, text):
            return outlet, desk
    return None


def _body_named_alone(outlet: list[Word], desk: list[Word], kb: Knowledge, text: str) -> bool:
    """`Harbor Ledger` before `Washington Bureau`, where the draft names the Harbor Ledger alone: a body of two words
    or more (one word, `United`, may open any name), known or named alone, no place, nationality or hyphenated
    name (`AFL-CIO`), before a desk named with a desk's word and no other body's word."""
    name = join(outlet)
    if len(outlet) < 2 or any(w.text == "-" or w.text.endswith("-") for w in [*outlet, desk[0]]) \
            or kb.names_a_country_or_state(name) or any(w.text in kb.demonyms for w in outlet) \
            or any(w.text.lower() in kb.org_words - kb.desk_words for w in desk) \
            or not any(w.text.lower() in kb.desk_words for w in desk):
        return False  # (`Harbor Security Investigations agent`: without a desk's word, the body's own name goes on)
    return kb.organisation(name) is not None or _named_alone(name, desk[0].text, text)


def _publication(words: list[Word], kb: Knowledge) -> bool:
    """`Harbor Post`, a known publication, `Harbor News Channel` (a body's word after one): a publication's name."""
    if not words:
        return False
    low = join(words).lower()
    if low in kb.publications or low.removeprefix("the ") in kb.publications:
        return True
    last = words[-1].text.lower()
    return last in kb.publication_words or (len(words) > 1 and last in kb.org_words and _publication(words[:-1], kb))


def _named_alone(name: str, follower: str, text: str) -> bool:
    """Whether the draft names `name` somewhere not followed by `follower` (the body on its own)."""
    return re.search(rf"\b{re.escape(name)}\b(?!\s+{re.escape(follower)}\b)", text) is not None


def _capitalised_title(words: list[Word], i: int, kb: Knowledge) -> int | None:
    """The last word of a title of two or more capitalised words opening at word i whose first word alone
    is none (`National Security Adviser`, `Homeland Security Secretary`), which the tagger reads as a
    body (`National Security`) and a title."""
    if kb.is_title(words[i].text.lower()):
        return None
    for j in range(min(len(words), i + 4), i + 1, -1):
        run = words[i:j]
        if all(w.text[:1].isupper() for w in run) and kb.is_title(" ".join(w.text.lower() for w in run)):
            return j - 1
    return None


def _named_from_demonym(words: list[Word], i: int, kb: Knowledge) -> int | None:
    """The last word of a body's name that opens on a nationality word before a title (`American Harbor
    President`, `Fremish Ferry Trust chairman`): capitalised words after the demonym that are no title, party,
    place or known body, followed by a title. `Russian Foreign Minister` and `French Socialist leader` are none."""
    if words[i].text not in kb.demonyms:
        return None
    end = i
    for k in range(i + 1, len(words) - 1):
        word = words[k]
        if not word.text[:1].isupper() or word.text[1:2].isupper() or kb.is_title(word.text) \
                or word.text.lower() in kb.title_modifiers or kb.party(word.text) \
                or kb.names_person_or_place(word.text) or word.text.lower() in kb.state_names \
                or word.ner in ("PERSON", "GPE") or _capitalised_title(words, k, kb) is not None \
                or _known_organisation(words, k, kb) is not None or _institution_named(words, k, kb) is not None:
            break
        end = k
    following = words[end + 1].text if end + 1 < len(words) else ""
    return end if end > i and kb.is_title(following) else None


def _hyphen_joins(words: list[Word], k: int, kb: Knowledge) -> bool:
    """`Marlow` `-` `Kent`: a hyphen at k glues a capitalised word (no title) to a body's name."""
    after = words[k + 2].text if k + 2 < len(words) else ""
    return k + 1 < len(words) and words[k].text == "-" and words[k + 1].text[:1].isupper() \
        and not kb.is_title(words[k + 1].text.lower()) \
        and not (after.islower() and (after in kb.org_words or after in kb.collective_nouns))  # (`X-Y police chief`)


def _opens_title(words: list[Word], kb: Knowledge) -> bool:
    """`Minority Whip`, `Executive Director`, `Chairman` after a body's name: a title the tagger took
    into the organisation (`News host`, `State University` are the body's own words)."""
    first = words[0]
    pair = f"{first.text} {words[1].text}" if len(words) > 1 else ""
    return first.text[:1].isupper() and first.text.lower() not in kb.org_words and (kb.is_title(first.text) or (
        first.text.lower() in kb.title_modifiers and names_a_role(words, kb)) or kb.is_title(pair))
    # (`City Public Advocate`: a title in two words whose first alone is none)


def _inside_body_name(words: list[Word], kb: Knowledge) -> bool:
    """`Defense` of `the Tidewater Defense League`: a title's word the tagger's organisation goes on past, to
    end on a body's word, is part of the body's name (`Harbor Council Chairman` ends on the title)."""
    k = 0
    while k + 1 < len(words) and words[k + 1].ner == "ORG" and words[k + 1].text[:1].isupper():
        k += 1
    return k > 0 and words[k].text.lower() in kb.org_words


def _numbering(words: list[Word], i: int) -> bool:
    """`the No. 2 in the party`, `Art. 5`: an abbreviation before a numeral numbers a rank or an item; no body's
    name (the tagger may still call it one)."""
    return words[i].text.endswith(".") and i + 1 < len(words) and (
        words[i + 1].upos == "NUM" or words[i + 1].text.isdigit())


def _acronym(text: str) -> bool:
    """`NYPD`, `U.N.`: a body's initials (a dateline in capitals, `PHILADELPHIA`, is longer)."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= MAX_INITIALS and letters.isalpha() and letters.isupper()


def _known_organisation(words: list[Word], i: int, kb: Knowledge) -> tuple[Organisation, int] | None:
    """The longest known organisation starting at word i (`United Nations`), and its last word. A name opens on a
    capital: `the state Department of Transportation` holds no `State Department`."""
    if not words[i].text[:1].isupper():
        return None
    for j in range(min(len(words), i + 4), i, -1):
        found = kb.organisation(" ".join(w.text for w in words[i:j]))
        if found is not None:
            return found, j - 1
    return None


def _read_possessor(before: list[Word], r: Reading, kb: Knowledge) -> list[Word]:
    """`the Clinton campaign's press secretary`, `Harbor Rail's chief executive`: a capitalised
    possessor that is no lone person is the organisation; the title follows it. (`Obama's former
    strategist` keeps the person in the title; `a strategist who worked the Harbor Party's
    convention` is a clause, not a body's name.)"""
    mark = next((k for k, w in enumerate(before) if w.text in POSSESSIVE), None)
    if mark is None or r.org is not None:
        return before
    owner, owned = trim(before[:mark]), trim(before[mark + 1:])
    if not owner or not any(w.text[:1].isupper() for w in owner) or (
            owned and owned[-1].text.lower() in kb.kinship_nouns):
        return before  # (`Velde's eldest daughter`: a person's relative, whatever the tagger took Velde for)
    if _place_owner(owner, owned, kb):
        _read_place(owner, owned, r, kb)
        return before[mark + 1:]
    office = _office_named(owned, kb)
    if office:
        r.org = join(office)  # (`Roe's Office of Harbor Budget director`: the office, not its owner, is the body)
        return before[mark + 1:]
    if all(w.ner == "PERSON" for w in owner):
        return _person_owned_body(before, mark, r, kb)
    if not all(w.text[:1].isupper() or w.text.lower() in BODY_NAME_WORDS | kb.collective_nouns | kb.org_words
               for w in owner):
        return before
    r.org = join(owner)
    # (`the Harbor Party's presumptive nominee`, `the Liberals' health critic`: her party too)
    r.party = r.party or known_party([w.text for w in owner], kb) or kb.party_by_its_words(join(owner))
    return before[mark + 1:]


def _place_owner(owner: list[Word], owned: list[Word], kb: Knowledge) -> bool:
    """`Ohio's governor`, `Britain's prime minister`: a country or a state owning a role is where the office
    is, however the tagger labels the name (it often calls a possessor a person); the role alone is the title."""
    return bool(owned) and kb.names_a_country_or_state(join(owner)) and names_a_role(owned, kb)


def _read_place(owner: list[Word], owned: list[Word], r: Reading, kb: Knowledge) -> None:
    """The place owning a role is the body its holder serves, as the draft names it (`Ohio's governor`: Ohio;
    `Britain's foreign minister`: Britain, the country, not one of its ministries); a legislator's is her
    chamber, read later (`Ohio's junior senator` sits in the Senate)."""
    name = join(owner)
    r.country = r.country or kb.country_of(name)
    if chamber_of(join(owned), kb) is None:
        r.org = name


def _without_place_noun_owner(words: list[Word], kb: Knowledge, r: Reading | None = None) -> list[Word]:
    """`the state's governor`, `the city's police chief`: a place noun owning the role says only where (a state
    or city named elsewhere); the title is the role after it. (The words as written still mark the office a
    local one, so no nation's institution is read from them.) A town's or county's noun is noted in `r`, so the
    place the draft names may be read as her body (see `bodies.place_of_noun`)."""
    k = 1 if words and words[0].text.lower() == "the" else 0
    if len(words) > k + 2 and words[k].text.lower() in kb.place_nouns and words[k + 1].text in POSSESSIVE \
            and names_a_role(words[k + 2:], kb):
        if r is not None and (words[k].text.lower() in kb.civic_place_nouns or _serving_place_noun(words[k:], kb)):
            r.place_noun = words[k].text.lower()
        return words[k + 2:]
    return words


def _serving_place_noun(words: list[Word], kb: Knowledge) -> bool:
    """`the district's spokeswoman`: a place noun that may stand for a body (`place_noun_bodies`: a fire district)
    owning a post held now; a former one (`the district's former chief`) says nothing of whom she speaks for."""
    return words[0].text.lower() in kb.place_noun_bodies and not any(w.text.lower() in kb.former_words
                                                                      for w in words[2:])


def _office_named(owned: list[Word], kb: Knowledge) -> list[Word]:
    """`Office of Harbor Planning and Budget director`: a capitalised body's name (an organisation word in it,
    `of`/`and` inside it) and then only lower-case words ending in a role: that body's name, or none."""
    end = next((k for k, w in enumerate(owned) if w.text.islower() and not (
        w.text in ("of", "and") and 0 < k < len(owned) - 1 and owned[k + 1].text[:1].isupper())), len(owned))
    body, role = owned[:end], owned[end:]
    if not body or not role or not any(w.text.lower() in kb.org_words for w in body) \
            or not all(w.text.islower() and w.text not in PREPOSITIONS for w in role) or not kb.is_role(role[-1].text):
        return []
    return body


def read_owning_body(before: list[Word], kb: Knowledge, r: Reading, articled: bool = False) -> bool:
    """`Harbor Policy Forum's Ann Roe`, `the Daily Clarion's Ann Roe`, `Harbor Rail's director of X`: a
    possessor that names a body (a tagged, known or acronym organisation, an organisation word) is the
    body she works for, read whole (the tagger may mark only part of it). Not a person's (`Velde's Ann
    Roe`) nor a place's (`Ohio's Ann Roe`), unless a body's word ends it (`Eastland Harbor Forum's`).
    `articled`: `the` stands before it. Whether it read one."""
    if not before or before[-1].text not in POSSESSIVE or r.org is not None:
        return False
    owner = trim(before[:-1])
    while owner and owner[0].upos in OPENING_FUNCTION_TAGS:
        articled = articled or owner[0].text.lower() == "the"
        owner = owner[1:]  # (`After the Harbor Daily's Ann Roe wrote`: the clause's opening word is no name)
    if not owner or not all(w.text[:1].isupper() or w.text.lower() in BODY_NAME_WORDS for w in owner) \
            or not owner[0].text[:1].isupper() or any(kb.is_title(w.text.lower()) for w in owner):
        return False
    party = party_named(join(owner), kb)
    if party is not None:
        r.party = r.party or party  # (`Labour's Ann Roe`, `the Harbor Union Party's Ann Roe`: her party, no body)
        return True
    names = [w for w in owner if w.text[:1].isupper()]
    found = kb.organisation(join(owner))
    named_body = found is not None or any(w.ner == "ORG" or w.text.lower() in kb.org_words or _acronym(w.text)
                                          for w in owner) or _untagged_owner(names, kb, articled)
    headed = owner[-1].text.lower() in kb.org_words  # (`American Harbor Forum's`: a body's word ends the name)
    if not named_body or all(w.ner in ("PERSON", "GPE", "LOC") for w in names) or not headed and any(
            w.text in kb.demonyms or kb.country_of(w.text) for w in names):
        return False
    r.org, r.short = (found.name, found.short) if found else (join(owner), None)
    r.source = "organisation"
    return True


def _untagged_owner(names: list[Word], kb: Knowledge, articled: bool = False) -> bool:
    """`Lantern's Ann Roe`: a possessor the tagger marked as nothing, taken into the mention only when
    the draft never names a person or place so (the mention reader checks): an outlet. After `the` (`the
    Spyglass's Ann Roe`) a miscellaneous tag is no bar: no person's name takes the article."""
    return bool(names) and all(untagged_owner_tag(w.ner, articled) and not kb.names_person_or_place(w.text)
                               for w in names)


def _person_owned_body(before: list[Word], mark: int, r: Reading, kb: Knowledge) -> list[Word]:
    """`Ann Roe's campaign manager`: a person's campaign (or staff, team) is the body the title
    serves; `Roe's former strategist` owns no body and keeps the person in the title."""
    rest = before[mark + 1:]
    body = next((k for k, w in enumerate(rest[:3]) if w.text.lower() in kb.collective_nouns), None)
    if body is None or body == len(rest) - 1 or not all(w.text.islower() for w in rest):
        return before  # (`Roe's campaign` alone is the body, no title of anyone)
    r.org = f"{join(trim(before[:mark]))} {rest[body].text.lower()}"
    return rest


def read_institution(title: str, kb: Knowledge, r: Reading) -> None:
    """A title the knowledge base ties to an institution (`foreign minister` → the country's MFA); never a
    mirrored post's (`shadow foreign minister`: the opposition's, not the ministry's)."""
    if set(title.lower().split()) & kb.mirror_post_words:
        return
    for inst in kb.institutions:
        if f" {inst.title} " in f" {title.lower()} ":
            own = set(inst.title.split())  # (`Secretary of State`: its own `state` qualifies nothing)
            if inst.national_only and r.country is None and _local([w for w in r.title_words
                                                                     if w.text.lower() not in own], kb):
                break
            if _state_word_before(title.lower(), inst.title):
                break  # `state Sen.`, `State Rep.`: a state legislature's seat, not the nation's
            if _brief_after(title, inst.title, kb):
                break  # `Secretary of State for Wales`: the brief after `for` is the post's, not that institution's
            if inst.countries and r.party is not None and r.party.country and r.party.country not in inst.countries \
                    and not _seat_of_one_nation(inst, kb):
                break  # (`a Labor MP`: Australia's party, so no seat in the House of Commons)
            if r.org is None:
                _take_institution(inst, kb, r)
            break


def _seat_of_one_nation(inst: Institution, kb: Knowledge) -> bool:
    """`a Labour TD`: a member's seat only one nation has (`TD`, `MSP`) says where she sits whatever country the
    knowledge base gives a party of that name (`Labour`, a party in more than one nation); a seat of several
    (`MP`) leaves the party to say which."""
    return inst.title in kb.constituency_roles and len(inst.countries or ()) == 1


def _brief_after(title: str, office: str, kb: Knowledge) -> bool:
    """`Secretary of State for Wales`: a formal title that opens with an office and goes on with a brief in capitals
    after `for` is another nation's post of that name, not the institution's (`assistant secretary of state for
    refugees` is the department's; `MSP for the Highlands` names the member's seat)."""
    words = title.split()
    n = len(office.split())
    return len(words) > n + 1 and " ".join(words[:n]).lower() == office and words[n] == "for" \
        and words[n + 1][:1].isupper() and office not in kb.constituency_roles


def _take_institution(inst: Institution, kb: Knowledge, r: Reading) -> None:
    if r.country and inst.national:
        r.org = inst.national.format(country=r.country, demonym=kb.country_adjective.get(r.country, r.country))
    elif not inst.national or "{" not in inst.national:
        r.org = inst.national or inst.name
    elif inst.short:
        r.org = inst.name  # a specific institution even without a country (Department of State)
    r.short = inst.short
    r.source = "knowledge-base" if r.org else r.source


def _institution_named(words: list[Word], i: int, kb: Knowledge) -> tuple[Institution, int] | None:
    """A body the knowledge base knows by a name that opens at word i (`Foreign Ministry spokeswoman`):
    the institution and its last word. Titles (`foreign minister`) are read with the title instead."""
    for j in range(min(len(words), i + 4), i + 1, -1):
        phrase = " ".join(w.text.lower() for w in words[i:j])
        found = kb.institution_by_title.get(phrase) if words[j - 1].text.lower() in kb.org_words else None
        if found is not None:
            return found, j - 1
    return None


def _state_word_before(title: str, office: str) -> bool:
    """`state Sen.`, `former state representative`: the word `state` right before the office."""
    words = title.split()
    n = len(office.split())
    return any(words[k:k + n] == office.split() and k and words[k - 1] == "state" for k in range(len(words)))


def _local(title_words: list[Word], kb: Knowledge) -> bool:
    """`Texas Attorney General`, `the state attorney general`: a place that is no country, or `state`,
    qualifies the title, so the office is that place's, not the nation's."""
    return any(w.text.lower() in ("state", "state's", "county", "city") or w.text.lower() in kb.state_names or (
        w.ner in ("GPE", "LOC") and w.text[:1].isupper() and not kb.country_of(w.text)) for w in title_words)


MIN_HEADLINE_WORDS = 3  # `Roe Returns`: fewer capitalised words may be a name alone


def headline_end(text: str, kb: Knowledge) -> int:
    """Where a headline set above the draft ends (its first line, in title case: `Festival Singer Ann Roe
    Backs The Ferry Plan`), else 0. A headline's capitals say nothing of which words are a title."""
    end = text.find("\n")
    if end < 0:
        return 0
    line = text[:end]
    words = [w.strip("\"'‘’“”,.:;!?()") for w in line.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in kb.title_small_words]
    return len(line) if len(words) >= MIN_HEADLINE_WORDS and all(w[:1].isupper() for w in words) else 0


def headline_role(title: str, kb: Knowledge) -> bool:
    """Whether a title read from a headline would be one in lower case too: its head a title or a public role
    (`Singer`, `Chairman`), not a word the headline only capitalised (`Harbor Critic`)."""
    words = title.lower().split()
    head = words[:next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))]
    return bool(head) and (kb.is_title(head[-1]) or kb.singular(head[-1]) in kb.titles
                           or head[-1] in kb.public_roles)
