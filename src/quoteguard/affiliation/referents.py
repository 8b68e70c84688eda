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

import calendar
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..grammar import FUNCTION_WORDS, PREPOSITIONS, STANCE_NOUNS, TIME_NOUNS
from ..knowledge import Knowledge, _load
from ..model import IntroducedBody, Speaker
from .bodies import UNTAGGED_OPENERS, in_headline, opening_of_full_name

if TYPE_CHECKING:
    from ..nlp import Entity

ROLE = r"((?:[A-Za-z][\w-]* ){0,5}?[A-Za-z][\w-]*)"  # the role's words (`senior vice president`)
POSSESSIVE = r"(?:'s|’s)"
RANK = r"(?:[A-Z][a-z]{1,4}\. )?"  # `the union's president, Sgt. Ann Roe`: a rank of address before the name
# `the group's executive director, Ann Roe`, `its treasurer Ann Roe`: the role owned, right before the name
OWNED_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:[Tt]he ([a-z]+){POSSESSIVE}|[Ii]ts) {ROLE},? {RANK}$")
# `said department spokesman Ann Roe`, `the agency spokeswoman, Ann Roe`: the body's common noun opening a role of
# one, two or three words (tried shortest first)
BARE_BEFORE = tuple(re.compile(rf"(?:^|(?<=[\s(—–]))([a-z]+) ((?:[a-z][\w-]* ){{{n}}}[a-z][\w-]*),? $")
                    for n in range(3))
# `Ann Roe, the group's executive director,`, `Ann Roe, its treasurer, said`
OWNED_AFTER = re.compile(rf"^,? (?:the ([a-z]+){POSSESSIVE}|its) {ROLE}(?=[,.;:]| said| says| told| wrote)")
# `The head of the clinic, Ann Roe`: the role, then the body by its common noun, set off right before the name
ROLE_OF_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:[Tt]he|[Aa]n?) {ROLE} (?:to|for|of|at|with) "
                            rf"the ((?:[a-z]+ ){{0,2}}[a-z]+), $")
# `Ann Roe, a fundraiser for the choir,`, `Ann Roe, the president of the pilots association,`, `Ann Roe, chair of the
# committee,` (a post's own article left out), `Ann Roe, a keeper at the zoo who …`: the role, then the body by its
# common noun (after the words of its name that say which body), ending the phrase
ROLE_OF = re.compile(rf"^, (?:(?:a|an|the) )?{ROLE} (?:to|for|of|at|with) the ((?:[a-z]+ ){{0,2}}[a-z]+)"
                     rf"(?=[,.;:]| said| says| told| who )")
POSSESSIVES = ("'s", "’s", "'", "’")
# `a relief fund called Harbor Lights`, `a choir known as the Dune Singers`: the body's name after its noun
CALLED = re.compile(r"\b([A-Za-z]+) (?:called|named|dubbed|known as) (?:the )?([A-Z][\w'’&.-]*"
                    r"(?: (?:[A-Z0-9][\w'’&.-]*|of|for|on|and|the))*(?<! of)(?<! for)(?<! on)(?<! and)(?<! the))")
PORTFOLIO_LINKS = frozenset({"of", "for"})  # `head of enforcement`, `director for policy`: the role, then its portfolio
SENTENCE_END = re.compile(r"[.?!][\"'”’)]*\s|\n")
REACH = 100  # characters around a name read for the role
MONTHS = frozenset(calendar.month_name[1:])
# `the company's finance director`: a noun for a business of any trade, and the kinds of body it may stand for
COMPANY_KINDS = {noun: frozenset(kinds) for noun, kinds in _load("affiliations.json")["company_kinds"].items()}
NAMELESS_CAPITALS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Every"})
# `the League One club`: a competition's name before a noun for one of its members names the competition, no member
COMPETITION_WORDS = frozenset(_load("affiliations.json")["competition_words"])
PLACE_OF_ORIGIN = re.compile(r"-(?:based|born|headquartered)\b")  # `Boston-based`: a place, no body
SITE_NOUNS = frozenset(_load("affiliations.json")["company_site_nouns"])  # `plant`, `warehouse`: a site a business runs
COMPETITION_MEMBERS = frozenset(_load("affiliations.json")["competition_member_nouns"])


def body_referred_to(speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                     people: set[str], introduced: Sequence[IntroducedBody] = ()) -> tuple[str, int] | None:
    """The body a role right beside one of the speaker's names refers back to (`its`, `the group's`), and where
    the role stands, or None; `entities` are the tagger's names in the draft, `people` the surnames it names,
    `introduced` the bodies attribution read as introduced by their kind's noun (`the budget airline Skylane`)."""
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
                (_bare_noun_before(text[max(0, at - REACH):at], kb), 1, 2),
                (OWNED_AFTER.match(text[end:end + REACH]), 1, 2),
                (ROLE_OF.match(text[end:end + REACH]), 2, 1),
                (ROLE_OF_BEFORE.search(text[max(0, at - REACH):at]), 2, 1),
                (_capitalised_noun_before(text[max(0, at - REACH):at]), 1, 2)):
            if found is None or not _a_role(found.group(role_group).lower(), kb):
                continue
            noun = found.group(noun_group)  # (None for `its`)
            if found.re is CAPITALISED_BEFORE and f"{noun} {found.group(role_group)}".lower() in kb.campaign_staff:
                continue  # (`Press Secretary Ann Roe`: a staff role of a person's, as `press secretary` is)
            # (after the name, `the pilots association` is a body whose name holds `pilots`)
            words = {w.lower() for w in noun.split()[:-1]} if noun is not None and found.re is ROLE_OF else set()
            noun = noun.split()[-1].lower() if noun is not None else None  # (`the local teachers union`: its head)
            if noun is not None and not _stands_for_a_body(noun, kb) and not _kind_only(noun, kb) \
                    or found.re is CAPITALISED_BEFORE and _names_itself(found.group(1), kb):
                continue
            before = found.re in (OWNED_BEFORE, ROLE_OF_BEFORE, CAPITALISED_BEFORE, *BARE_BEFORE)
            anaphor = max(0, at - REACH) + found.start() if before else end
            if noun is not None and _kind_only(noun, kb):  # (`the airline`: a body named with a word of its kind)
                body = _named_before(anaphor, None, text, _of_kind(bodies + _untagged_names(text, entities, kb),
                                                                   kb.body_kinds[noun]), kb, people)
            else:
                named = [b for b in bodies if _holds_words(b[2], words)]
                untagged = [b for b in _untagged_names(text, entities, kb) if _holds_words(b[2], words)]
                subjects = _subjects(named + untagged, anaphor, text, kb) if noun is None else []
                body = _named_before(anaphor, noun, text, subjects, kb, people) \
                    or _named_before(anaphor, noun, text, named, kb, people) \
                    or _named_before(anaphor, noun, text, untagged, kb, people)
                if body is None and noun is not None and noun in kb.org_words and not _generic(noun, kb):
                    # (`the bureau's director, Ann Roe` far after the only bureau the draft names)
                    body = _only_one_so_named(noun, [b for b in named + untagged if b[1] <= anaphor], kb, people)
            if body is None and noun is not None and (kinds := _answers_to(noun, kb)):
                body = _one_of_kind(anaphor, bodies + _untagged_names(text, entities, kb)
                                    + _introduced_as(introduced, noun), kinds, kb, people)
            if body is not None:
                return body, at
        if _bare_spokesperson(text[max(0, at - REACH):at], text[end:end + REACH], kb):
            body = _subject_body(at, text, kb, entities, people)
            if body is not None:
                return body, at
    return None


# `spokesman Ivo Brandt said`, `Ivo Brandt, a spokeswoman, said`: a spokesperson's role with no body said beside it
SPOKESPERSON_BEFORE = re.compile(r"(?:^|[\s(“\"—–])([Ss]pokes(?:man|woman|person)),? $")
SPOKESPERSON_AFTER = re.compile(r"^, (?:a|the) (spokes(?:man|woman|person))(?:,| said| says| told)")


# `The group also plans …`: a sentence opening on a body's common noun
NOUN_OPENER = re.compile(r"(?:^|(?<=[.!?][\"'”’)]\s)|(?<=[.!?]\s)|(?<=\n))The ([a-z]+) ")


SUBJECT_CHAIN = 3  # sentences a body's noun opening one is followed back through (`The group also plans …`)


def _subject_body(at: int, text: str, kb: Knowledge, entities: list[Entity], people: set[str],
                  depth: int = SUBJECT_CHAIN) -> str | None:
    """The body (no newsroom) that the sentence holding `at`, or the one before, opens on, or None: by its name, or by
    a common noun standing for one named before (`The group also plans …`, after `Harbor Future Fund, a nonprofit,
    ran three ads.`), itself followed back through the sentences before."""
    bodies = [b for b in (*_bodies(text, entities, kb), *_untagged_names(text, entities, kb))
              if not _an_outlet(b[2], kb)]
    body = _named_before(at, None, text, _subjects(bodies, at, text, kb), kb, people)
    if body is not None or depth == 0:
        return body
    window = _window_start(at, text, kb)
    openers = [m for m in NOUN_OPENER.finditer(text, window, at) if _stands_for_a_body(m.group(1), kb)]
    if not openers:
        return None
    noun = openers[-1]
    # (else the one body the sentence before names, if it names one: `money flows to Harbor Future Fund, a nonprofit.
    # The organization …`; beside `Eastland University` as well, either may be meant)
    before = _window_start(noun.start(), text, kb)
    named = [e for e in entities if e.label == "ORG" and before <= e.start < noun.start()]
    return _subject_body(noun.start(), text, kb, entities, people, depth - 1) or (
        _named_before(noun.start(), noun.group(1), text, bodies, kb, people) if len(named) == 1 else None)


def _bare_spokesperson(before: str, after: str, kb: Knowledge) -> bool:
    """Whether a name stands right after or before a spokesperson's role that names no body (`spokesman Ivo
    Brandt`): she speaks for the body the sentence before, or her own, is about (`Harlan Freight called the levy
    unfair. "…," spokeswoman Ann Roe said.`)."""
    found = SPOKESPERSON_BEFORE.search(before) or SPOKESPERSON_AFTER.match(after)
    return found is not None and found.group(1).lower() in kb.spokespeople


# `Bureau Director Ann Roe` opening a sentence, `said Agency Spokesman Ann Roe`: a body's common noun capitalised
# as part of a title of one or two words, with no capitalised word before it (`Harbor Bureau Director` names its body)
CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[.!?;:,\n(—–\"“] )|(?<=\n)|(?<=[a-z] ))"
                                r"([A-Z][a-z]+) ((?:[A-Z][a-z-]+ )?[A-Z][a-z-]+) $")


def _names_itself(word: str, kb: Knowledge) -> bool:
    """`House`, `Senate`, `Pentagon`: a capitalised body word that alone names one body (a chamber, a known
    organisation), not a common noun pointing back to a body the draft named (`House Speaker Ann Roe`)."""
    return kb.organisation(word) is not None or any(word.lower() in chamber.lower().split()
                                                    for chamber in kb.chambers.values())


def _capitalised_noun_before(before: str) -> re.Match[str] | None:
    """`Bureau Director Ann Roe`: see CAPITALISED_BEFORE (the noun is then read lower-cased, like `bureau director`)."""
    return CAPITALISED_BEFORE.search(before)


def _bare_noun_before(before: str, kb: Knowledge) -> re.Match[str] | None:
    """`said department spokesman Ann Roe`: a body's common noun with no owner, right before a role of at most three
    words (not after a capitalised word: `Harbor police chief` names its body)."""
    for pattern in BARE_BEFORE:
        found = pattern.search(before)
        if found is None or not (_stands_for_a_body(found.group(1), kb) or _kind_only(found.group(1), kb)) \
                or f"{found.group(1)} {found.group(2)}" in kb.campaign_staff:
            continue  # (`press secretary`: a staff role of a person's, no body's noun)
        words = before[:found.start()].split()
        if words and (words[-1][:1].isupper() and words[-1].lower() != "the" or words[-1].endswith(POSSESSIVES)
                      or words[-1].lower() in kb.former_words):
            return None  # (`Harbor police chief`: a body's name; `former agency director`: a body she left)
        return found
    return None


# `its treasurer`, `the bureau's director`, `network's night producer`, `ferry union's head of safety`: the owner
# opening a title (its last word is the body's noun)
OWNER_OPENING = re.compile(r"^(?:[Ii]ts |(?:[Tt]he )?((?:[a-z]+ ){0,2}[a-z]+)(?:'s|’s) )(?=[a-z])")
# `adviser to the group`, `a coordinator for the club`: the body's common noun closing a title
NOUN_CLOSING = re.compile(r" (?:to|for|of|at|with) the ([a-z]+)$")


def role_without_referent(title: str, kb: Knowledge) -> str:
    """`adviser to the group`, `the bureau's director`, `its treasurer`, once the body they point back to is
    her organisation: the role alone (`adviser`, `director`, `treasurer`), as the report shows the body beside
    it; a place's (`the state's governor`) or a party's owner is no body's and stays, as does a role with
    nothing left (`its`)."""
    role = _without_owner(title, kb)
    closing = NOUN_CLOSING.search(role)
    if closing is not None and (_stands_for_a_body(closing.group(1), kb) or closing.group(1) in kb.body_kinds):
        role = role[:closing.start()]
    return role if role.strip() and _a_role(role, kb) else title


def role_of_unnamed_owner(title: str, kb: Knowledge) -> str:
    """`the union's director of nursing`, `council's planning chief` when no body is named for the noun to point
    back to: the role alone, as for a body found (`role_without_referent`). The common noun says only that some
    body owns the post, which no reader can name from it; a place's, a party's or a campaign's owner stays. (A
    noun after the role stays: `secretary of the navy` is the post's own name.)"""
    role = _without_owner(title, kb)
    return role if role.strip() and _a_role(role, kb) else title


def _without_owner(title: str, kb: Knowledge) -> str:
    """The title without the body's common noun (or `its`) owning it, if one opens it (`the bureau's director`,
    `the carrier's chief executive`: a kind of body's noun owns the post as well)."""
    opening = OWNER_OPENING.match(title)
    owner = (opening.group(1) or "").split() if opening is not None else []
    if opening is not None and (not owner or _owner_noun(owner[-1], kb) and not set(owner) & PREPOSITIONS):
        return title[opening.end():]  # (`aide to group's president`: the role before the link is hers, no owner)
    return title


def _a_role(words: str, kb: Knowledge) -> bool:
    """`executive director`, `president and CEO`, `head of enforcement`: words ending in a role, or a role before
    its portfolio (`its decrepit state` says none)."""
    split = words.split()
    head = split[:next((k for k, w in enumerate(split) if k and w in PORTFOLIO_LINKS), len(split))]
    last = head[-1]
    return (last.islower() or last.isupper()) and kb.is_role(last.lower())


def _stands_for_a_body(noun: str, kb: Knowledge) -> bool:
    """`group`, `network`, `bureau`: a common noun for a body; a campaign's or a party's is read elsewhere
    (`campaigns`, `anaphoric_party`), and a place (`the state's`) is no body."""
    return (noun in kb.org_words or _generic(noun, kb)) and noun not in kb.collective_nouns \
        and noun not in kb.party_name_heads and noun not in kb.place_nouns


def _owner_noun(noun: str, kb: Knowledge) -> bool:
    """`bureau`, `carrier`, `broadcaster`: a noun that owns a post for a body, a common noun for one or for a kind of
    body (`body_kinds`, `workplace_owner_kinds`)."""
    return _stands_for_a_body(noun, kb) or _kind_only(noun, kb) or noun in kb.workplace_owner_kinds


def _kind_only(noun: str, kb: Knowledge) -> bool:
    """`airline`, `carmaker`, `insurer`: a noun for a kind of body (`body_kinds`) that no other list reads as a body's
    noun; it stands only for a body named with a word of its kind (`Skylane Airways`)."""
    return noun in kb.body_kinds and not _stands_for_a_body(noun, kb)


def _of_kind(bodies: list[tuple[int, int, str]], kinds: set[str]) -> list[tuple[int, int, str]]:
    """The bodies whose name ends in a word of the kind (`Skylane Airways` for an airline)."""
    return [b for b in bodies if b[2].split()[-1].lower() in kinds]


def _answers_to(noun: str, kb: Knowledge) -> frozenset[str]:
    """The last words of a body's name a noun for a kind of body answers to (`airline`: `Airways`, `Air`), or for a
    business of any trade (`company`: any business kind's words, or a legal form, `Ltd`: `company_kinds`); none for
    another noun."""
    if noun in COMPANY_KINDS:
        return frozenset(kb.legal_suffixes).union(*(kb.body_kinds.get(kind, set()) for kind in COMPANY_KINDS[noun]))
    return frozenset(kb.body_kinds[noun]) if _kind_only(noun, kb) else frozenset()


def _one_of_kind(anaphor: int, bodies: list[tuple[int, int, str]], kinds: frozenset[str], kb: Knowledge,
                 people: set[str]) -> str | None:
    """`a spokeswoman for the airline` paragraphs after `Skylane Airways`, the one airline the draft names before it:
    that body, however far back (a story about one body of a kind calls it by its kind's noun throughout); None when
    the draft names two bodies of the kind, or none (a place or a person the draft names is none)."""
    names = {name.removeprefix("the ").removeprefix("The ") for at, end, name in bodies
             if end <= anaphor and name.split()[-1].lower() in kinds | {KIND_MARK}}
    names = {name.removesuffix(KIND_MARK).rstrip() for name in names}
    names = {name for name in names if name and not kb.names_a_country_or_state(name)
             and not _a_persons_name(name.split(), people, kb) and name.split()[0] not in kb.given_names}
    names = {name for name in names if not any(other.startswith(f"{name} ") for other in names)}  # (`Skylane`)
    return names.pop() if len(names) == 1 else None


KIND_MARK = "\x00"  # (a name the draft introduces by its kind's noun, whatever its last word: see below)


def _introduced_as(introduced: Sequence[IntroducedBody], noun: str) -> list[tuple[int, int, str]]:
    """The bodies the draft introduced by this noun for their kind (`the budget airline Skylane`, `Skylane, a budget
    airline,`: read by attribution) or, for a business noun, by any kind's noun it stands for (`the insurer
    Pellworth` for `the company`), marked as of the kind whatever their last word."""
    nouns = {noun} | COMPANY_KINDS.get(noun, frozenset())
    return [(body.start, body.end, f"{body.name} {KIND_MARK}") for body in introduced if body.kind in nouns]


def _generic(noun: str, kb: Knowledge) -> bool:
    """`group`, `firm`, `shop`: a noun that stands for a body of any name (`the firm` may be `Harbin Capital Group`;
    `the company` is not `the Harbor Council`)."""
    return noun in kb.body_anaphors or noun in kb.classifier_nouns and noun not in kb.org_words


def _bodies(text: str, entities: list[Entity], kb: Knowledge) -> list[tuple[int, int, str]]:
    """Where the draft may name a body, as (start, end, name): a name the tagger reads as an organisation, or as
    something else in several words or ending in a body's word (`Harbor Meals on Wheels`, which it may call so),
    and the name after `called` or `known as` (`a relief fund called Harbor Lights`: that name, not the noun before).
    A possessive (`Velde's`) owns something else, and a name inside quotation marks is a title or speech."""
    found = []
    for e in entities:
        words = e.text.split()
        if text[e.start:e.end] != e.text or e.label not in ("ORG", "MISC") and not _business_place(words, kb) \
                or e.text.endswith(POSSESSIVES) \
                or e.label == "MISC" and len(words) < 2 and words[-1].lower() not in kb.org_words \
                or words[0] in kb.demonyms or _quoted(text, e.start):
            continue
        found.append((e.start, e.end, e.text))
    found += [(m.start(2), m.end(2), m.group(2)) for m in CALLED.finditer(text)
              if _names_a_kind_of_body(m.group(1), kb) and m.group(2).lower() not in TIME_NOUNS
              and not _quoted(text, m.start(2))]
    return found


def _business_place(words: list[str], kb: Knowledge) -> bool:
    """A name the tagger read as a place that ends in a body's word (`Eastport Community Center`) or holds an owner's
    possessive before its last word (`Roe's Bakery`, a shop named after its owner) names a body too."""
    return len(words) > 1 and words[-1][:1].isupper() and (
        words[-1].lower() in kb.org_words or any(w.endswith(POSSESSIVES[:2]) for w in words[:-1]))


# a capitalised run of words (`Severnmoor Water`): a name the tagger may have left untagged
CAPITALISED_RUN = re.compile(r"(?<![\w'’&.-])[A-Z][\w&'’.-]*(?: (?:&|of|for|and|[A-Z][\w&'’.-]*))*(?<! of)(?<! for)"
                             r"(?<! and)(?![\w'’&-])")


def _untagged_names(text: str, entities: list[Entity], kb: Knowledge) -> list[tuple[int, int, str]]:
    """Names of two words or more the tagger did not tag at all (`Severnmoor Water pleaded guilty`), read only when
    no tagged body stands close by, and outside a headline's capitals: no word of them is a given name, a title, a
    time or a place the knowledge base knows, and a sentence's capitalised opener (`When`, `The`) is no part of them."""
    tagged = [(e.start, e.end) for e in entities]
    found = []
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        start = run.start()
        while words and (words[0].lower() in UNTAGGED_OPENERS or words[0].lower() in TIME_NOUNS):
            start += len(words[0]) + 1
            words = words[1:]
        if words and words[-1].endswith(".") and words[-1].count(".") == 1 and len(words[-1]) > 4:
            words[-1] = words[-1][:-1]  # (a sentence's full stop)
        end = start + len(" ".join(words))
        if len(words) < 2 or any(s < end and start < e for s, e in tagged) or _quoted(text, start) \
                or in_headline(text, start) \
                or any(_no_body_word(w, kb) for w in words):
            continue
        found.append((start, end, " ".join(words)))
    return found


def _no_body_word(word: str, kb: Knowledge) -> bool:
    """A given name, a title, a day or month, a country or state, or a possessive: a word no untagged body's name
    holds (`Ann Velde`, `Gov. Roe`, `June Harbor`)."""
    return word in kb.given_names or kb.is_title(word) or word.lower() in TIME_NOUNS or word in MONTHS \
        or kb.names_a_country_or_state(word) or word.endswith(POSSESSIVES)


def _names_a_kind_of_body(word: str, kb: Knowledge) -> bool:
    """`group`, `outfit`, `PAC` before `called`: a common noun for a body or an acronym (`Ann Roe called Monday`
    and `the mayor called Harbor Watch` name no body after it)."""
    return word.isupper() and len(word) > 1 or word in kb.org_words or word in kb.body_anaphors \
        or word in kb.classifier_nouns


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks opened in its paragraph."""
    opened = text[text.rfind("\n", 0, at) + 1:at]
    return opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1


def _window_start(anaphor: int, text: str, kb: Knowledge) -> int:
    """Where the sentence before the one holding `anaphor` starts: a body named from there on is close enough."""
    ends: list[int] = []
    for found in SENTENCE_END.finditer(text, 0, anaphor):
        if _abbreviation_before(found.start(), text, kb):
            continue  # (`St. Brigid's Hospital`, `Gov. Ann Roe`, `Ivo B. Carden`: no sentence ends there)
        if ends and not text[ends[-1]:found.start()].strip():
            ends[-1] = found.end()  # (a paragraph's break after its last full stop ends no sentence of its own)
        else:
            ends.append(found.end())
    return ends[-2] if len(ends) >= 2 else 0


def _abbreviation_before(stop: int, text: str, kb: Knowledge) -> bool:
    """Is the full stop at `stop` an abbreviation's (a title's, a courtesy title's, a place name's such as `St.`,
    `Mt.`) or a capital initial's, so no sentence's end?"""
    if text[stop] != ".":
        return False
    word = re.findall(r"[\w.]+$", text[max(0, stop - 12):stop])
    written = (word[0] if word else "") + "."
    low = written.lower()
    return low in kb.title_abbreviations or low in kb.courtesy_titles or low in kb.name_abbreviations \
        or len(written) == 2 and written[0].isupper()


def _named_before(anaphor: int, noun: str | None, text: str, bodies: list[tuple[int, int, str]], kb: Knowledge,
                  people: set[str]) -> str | None:
    """The body named last before `anaphor`, in its sentence or the one before, that the noun may stand for
    (`its`: any), or None (a name right before `called` gives way to the name after it); a specific noun (`the
    bureau`) also reaches back two paragraphs, there to a body named with its own word only."""
    start = _window_start(anaphor, text, kb)
    specific = noun is not None and noun in kb.org_words and not _generic(noun, kb)
    far = _paragraphs_start(anaphor, text, 2) if specific else start
    candidates = sorted((b for b in bodies if far <= b[0] and b[1] <= anaphor), key=lambda b: -b[0])
    called = _called_so(text[far:anaphor], noun) if noun is not None and specific else None
    member = _competition_member(far, anaphor, noun, text, kb, people) if noun in COMPETITION_MEMBERS else None
    if member is not None:
        return member  # (`Kelderby Town are set to …, after the League One club's board agreed …`)
    if called is not None and called not in people:
        return called  # (`the DWF union and Harbor Rail`: the body the draft calls a union)
    for at, end, name in candidates:
        if PLACE_OF_ORIGIN.match(text, end):
            continue  # (`the Boston-based investor`: a place the body is based in)
        name = name.removeprefix("the ").removeprefix("The ")
        words = name.split()
        head = _head_word(words, kb)
        if kb.names_a_country_or_state(name) or _a_persons_name(words, people, kb) \
                or len(words) == 1 and (kb.party(name) is not None or name.lower() == noun):
            continue  # (a party is read as her party: `anaphoric_party`; `Board votes …` names no board)
        if noun in COMPETITION_MEMBERS and _a_competition(name):
            continue  # (`the club` is none of the competitions it plays in: `League Two`)
        own = head == noun or noun is not None and head in kb.body_kinds.get(noun, set())
        if at < start and not own:
            continue  # (further back, only a body named with the noun's own word: `the Bureau of Tolls`)
        if specific and not own and head in kb.org_words:
            continue  # (`the Harbor Council` is not `the committee`; `the union` may be the Federation of …)
        return name
    return None


def _a_persons_name(words: list[str], people: set[str], kb: Knowledge) -> bool:
    """Whether a name the tagger may have read as a body is a person's (`Ann Velde`): it holds a surname the draft
    names, and no body's word ends it (`the Brennan Falls Housing Association` is a body, though the tagger read a
    headline's `Brennan Falls` as a person)."""
    return any(w in people for w in words) and words[-1].lower() not in kb.org_words | kb.body_heads


def _called_so(window: str, noun: str) -> str | None:
    """`the DWF union`, `the Dunmore teachers' union`: the last capitalised name in the window that the noun itself
    follows, a body of that kind whatever the tagger made of it (`The union` opening a sentence names none)."""
    pattern = rf"\b((?:[A-Z][\w&.'’-]* )*[A-Z][\w&.'’-]*)(?: [a-z]+['’])? {re.escape(noun)}\b"
    found = [m.group(1) for m in re.finditer(pattern, window)]
    names = [" ".join(w for w in name.split() if w not in NAMELESS_CAPITALS) for name in found]
    if noun in COMPETITION_MEMBERS:  # (`the League One club` is no club called League One)
        names = [name for name in names if not _a_competition(name)]
    return next((name for name in reversed(names) if name), None)


def _competition_member(far: int, anaphor: int, noun: str, text: str, kb: Knowledge, people: set[str]) -> str | None:
    """`Kelderby Town are set to …, after the League One club's board agreed …`: a member of a competition named by
    it (`the League One club`) is the body its sentence opens on, whatever the tagger made of that name; None when
    the draft writes no such phrase between `far` and `anaphor`, or its sentence opens on no body's name."""
    called = [m for m in re.finditer(rf"\b((?:[A-Z][\w&.'’-]* )*[A-Z][\w&.'’-]*) {re.escape(noun)}\b",
                                     text[far:anaphor]) if _a_competition(m.group(1))]
    if not called:
        return None
    at = far + called[-1].start()
    opens = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    run = CAPITALISED_RUN.match(text, opens)
    if run is None or in_headline(text, opens):
        return None
    words = run.group(0).split()
    while words and words[0] in NAMELESS_CAPITALS:
        words = words[1:]
    if len(words) < 2 or _a_competition(" ".join(words)) or any(_no_body_word(w, kb) for w in words) \
            or _a_persons_name(words, people, kb):
        return None
    return " ".join(words)


def _a_competition(name: str) -> bool:
    """`League One`, `the Premier Division`: a name holding a competition's word (`competition_words`)."""
    return any(w.lower() in COMPETITION_WORDS for w in name.split())


def _head_word(words: list[str], kb: Knowledge) -> str:
    """A body name's head word: its last (`Harbor Council`), or the body's word before `of` (`Bureau of Tolls`,
    `Board of Health`: `the bureau`, `the board`)."""
    if "of" in words[1:]:
        before = words[words.index("of", 1) - 1].lower()
        if before in kb.org_words:
            return before
    return words[-1].lower()


def _paragraphs_start(anaphor: int, text: str, back: int) -> int:
    """Where the paragraph `back` paragraphs before the one holding `anaphor` starts (a line break ends one)."""
    at = anaphor
    for _ in range(back + 1):
        at = text.rfind("\n", 0, at)
        if at < 0:
            return 0
        while at > 0 and text[at - 1] in "\n \t":
            at -= 1
    return text.find("\n", at) + 1 if text.find("\n", at) >= 0 else 0


# `airline spokeswoman`, `company spokesman`: a body's common noun (or `the company's`) opening an unnamed source's role
# of one or two words
KIND_OPENING = re.compile(r"^(?:the )?([a-z]+)(?:'s|’s)? ((?:[a-z][\w-]* )?[a-z][\w-]*)$")
# `spokeswoman for the airline`, `an adviser to the company`: the role, then the body by its common noun
KIND_CLOSING = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:to|for|of|at|with) the ([a-z]+)$")


def body_of_unnamed_role(title: str | None, start: int, text: str, kb: Knowledge, entities: list[Entity],
                         people: set[str], described: str = "",
                         introduced: Sequence[IntroducedBody] = ()) -> str | None:
    """`a spokeswoman for the airline`, `a company spokesman` after `Skylane Airways cancelled 600 flights.`: an
    unnamed source whose role is owned by a common noun for a body, or a kind of body (`airline`: see `body_kinds`),
    speaks for the body of that kind named last before it, in its sentence or the one before (as `body_referred_to`
    reads a named person's `its treasurer`), or for a specific noun (`the bureau`) the body named with that word in
    its paragraph or the two before; with none, nothing is said (`a campaign spokesman` is read by `campaigns`). A
    body written out after the role (`a senior official at the federal transport ministry`) is that body, or the one
    the draft named that it points back to; the words that `described` the source as written are read for it too,
    as the title may hold only some of them, or none (`a source in the interior ministry`). A bare spokesperson
    speaks for the body her sentence, or the one before, opens on."""
    title = _without_former_word(title or "", kb)  # (`a former bureau manager`: a source known only by the post held)
    own = _without_former_word(_described_role(described, kb), kb)
    written = _body_written_out(title, kb) or _body_written_out(own, kb)
    if written is not None:
        return _body_meant(written, start, text, kb, entities, people)
    named_out = _body_named_out(title, kb, people) or _body_named_out(own, kb, people)
    if named_out is not None:
        return named_out
    short = next((found for phrase in (title, own, *(re.split(r"[,;:.]", p, maxsplit=1)[0]
                                                     for p in _introductions(title, start, text, kb)))
                  if (found := _short_form_named_out(phrase, text, kb, people)) is not None), None)
    if short is not None:
        return short
    site = next((found for phrase in (title, own, *_introductions(title, start, text, kb))
                 if (found := _site_runner(phrase, start, text, kb, entities, people)) is not None), None)
    if site is not None:
        return site
    if title.lower() in kb.spokespeople:  # (`"…," a spokeswoman said` after `Harlan Freight called the levy unfair.`)
        return _subject_body(start, text, kb, entities, people)
    opening, closing = KIND_OPENING.match(title), KIND_CLOSING.match(title)
    noun, role = (opening.group(1), opening.group(2)) if opening is not None else \
        (closing.group(2), closing.group(1)) if closing is not None else (None, None)
    if noun is None or role is None or not _a_role(role, kb) or f"{noun} {role}" in kb.campaign_staff \
            or not (_stands_for_a_body(noun, kb) or noun in kb.body_kinds):
        return None
    kinds = kb.body_kinds.get(noun, set()) if not _generic(noun, kb) else set()
    named = [b for b in (*_bodies(text, entities, kb), *_untagged_names(text, entities, kb))
             if b[1] <= start and (not kinds or b[2].split()[-1].lower() in kinds)
             and (not _an_outlet(b[2], kb) or noun in kb.publication_nouns)]  # (`Skylane Airways`)
    window = _window_start(start, text, kb)
    close = [b for b in named if window <= b[0]]
    # (`Tollmere Paints will shut its Esk Point plant`: the body a sentence opens on is the one it is about)
    subjects = [b for b in close if _opens_a_sentence(b[0], text)]
    body = _named_before(start, None if kinds else noun, text, subjects or close, kb, people)  # (`agency`: Authority)
    if body is None and not kinds and noun in kb.org_words and not _generic(noun, kb):
        # (`a spokeswoman for the bureau` a few sentences after `the Bureau of Tolls`: that bureau)
        body = _named_before(start, noun, text, [b for b in named if b[0] < window], kb, people) \
            or _only_one_so_named(noun, [b for b in named if b[0] < window], kb, people)
    if body is None and (kinds := _answers_to(noun, kb)):
        # (`a spokesman for the insurer` paragraphs after `Pellworth Mutual`, the one insurer the draft names)
        body = _one_of_kind(start, [*_bodies(text, entities, kb), *_untagged_names(text, entities, kb),
                                    *_introduced_as(introduced, noun)], kinds, kb, people)
    return body


# `worker at the Dunmere plant`: an unnamed source's role, then a site by the place it stands in (or none) and its noun
SITE_CLOSING = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:at|in|from|of) the "
                          rf"((?:[A-Z][\w'’-]* ){{0,3}})({'|'.join(sorted(SITE_NOUNS, key=len, reverse=True))})\b")


def _introductions(title: str, start: int, text: str, kb: Knowledge) -> list[str]:
    """The words from where the draft first wrote an unnamed source's role, in her paragraph, her sentence or the one
    before (`A worker at the Dunmere plant said …` before `"…," the worker said`), without the article, then those at
    `start`."""
    window = min(_window_start(start, text, kb), _paragraphs_start(start, text, 0))
    found = [m.end() for m in re.finditer(rf"\b(?:[Aa]n?|[Oo]ne) (?=(?:[a-z][\w-]* ){{0,2}}{re.escape(title)}\b)",
                                          text[window:start])] if title else []
    at = [window + found[-1]] if found else []
    return [text[a:a + REACH] for a in at] + [re.sub(r"^(?:[Aa]n?|[Tt]he|[Oo]ne) ", "", text[start:start + REACH])]


def _site_runner(title: str, start: int, text: str, kb: Knowledge, entities: list[Entity],
                 people: set[str]) -> str | None:
    """`a worker at the Dunmere plant` after `Brightfield Foods is recalling cereals made at its plant in Dunmere`: one
    who holds a post at a site a business runs (`company_site_nouns`) works for the body the sentence that calls the
    site `its` opens on (in that place, where the role names one); None with no such sentence before her."""
    found = SITE_CLOSING.match(title)
    if found is None or not _holds_a_post(found.group(1).split(), kb):
        return None
    place, noun = found.group(2).strip(), re.escape(found.group(3))
    where = rf"(?:{re.escape(place)} {noun}s?|{noun}s? (?:in|at|near|outside) {re.escape(place)})" if place \
        else rf"{noun}s?"
    runs = [m for m in re.finditer(rf"\b[Ii]ts (?:[\w-]+ ){{0,2}}?{where}\b", text[:start])]
    return _subject_body(runs[-1].start(), text, kb, entities, people) if runs else None


# `senior official at the federal transport ministry`: an unnamed source's role, then a body in lower case: `the`, one
# to three modifiers and the body's common noun (the modifiers say which body; `at the ministry` alone does not)
WRITTEN_CLOSING = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:to|for|of|at|with|in) the "
                             r"((?:[a-z][\w'’-]* ){1,3}[a-z]+)$")
# `senior official in the Home Office`: an unnamed source's role, then a body's capitalised name
NAMED_CLOSING = re.compile(r"^((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:at|with|for|of|in) (?:the )?"
                           r"([A-Z][\w'’&.-]*(?: (?:of|for|and|on|the|&|[A-Z][\w'’&.-]*))*)$")


def role_at_written_body(title: str, kb: Knowledge) -> str:
    """`senior official at the federal transport ministry`, `senior official in the Home Office`, once that body is
    the unnamed source's organisation: the role alone (`senior official`), as the report shows the body beside it
    (a named person's `chair of the history department` stays whole: her body is the university, and the
    department says more of her post)."""
    role = _without_former_word(title, kb)
    written, named = WRITTEN_CLOSING.match(role), NAMED_CLOSING.match(role)
    found = written if written is not None and _body_written_out(role, kb) is not None else \
        named if named is not None and _body_named_out(role, kb, set()) is not None else None
    if found is None:
        return title
    return title[:len(title) - len(found.group(0))] + found.group(1)


def _body_named_out(title: str, kb: Knowledge, people: set[str]) -> str | None:
    """`senior official in the Home Office`, `an aide at the Bureau of Tolls`: the body an unnamed source's role is
    held in, named in capitals after it, where no other reading found one: a name whose head is a body's word
    (`Office`, `Bureau of …`) or a body the knowledge base knows; no party, place or person (`an aide to the House
    Speaker` serves a person)."""
    found = NAMED_CLOSING.match(title)
    if found is None or not _holds_a_post(found.group(1).split(), kb):
        return None
    name = found.group(2).rstrip(".")
    words = name.split()
    if words[-1][:1].islower() or kb.names_a_country_or_state(name) or any(w in people for w in words) \
            or kb.party(name) is not None:
        return None
    head = _head_word(words, kb)
    if kb.organisation(name) is None and not ((_stands_for_a_body(head, kb) or head in kb.body_heads)
                                              and len(words) > 1):
        return None
    return name


def _short_form_named_out(title: str, text: str, kb: Knowledge, people: set[str]) -> str | None:
    """`an officer at Crestline`, where the draft names `the Crestline Correctional Facility`: a short name after an
    unnamed source's post that opens one longer body's name the draft gives is that body, in full
    (`bodies.opening_of_full_name`); None for any other title."""
    found = NAMED_CLOSING.match(title)
    if found is None or not _holds_a_post(found.group(1).split(), kb) \
            or any(w in people for w in found.group(2).split()):
        return None
    return opening_of_full_name(found.group(2).rstrip("."), text, kb)


def _described_role(described: str, kb: Knowledge) -> str:
    """`a source in the interior ministry, who …` → `source in the interior ministry`: the words describing an
    unnamed source, up to a comma, without the article or count before them."""
    words = described.split(",")[0].split()
    while words and words[0].lower() in kb.bare_determiners:
        words = words[1:]
    return " ".join(words)


def _body_written_out(title: str, kb: Knowledge) -> list[str] | None:
    """`senior official at the federal transport ministry`, `medic with the county ambulance service`: the
    words of a body an unnamed source's role belongs to, written in lower case after it (`federal transport
    ministry`), or None: the words must close on a body's common noun (`a resident of the old village`, `a reporter
    for the local paper` name none), the modifiers be plain words (`the same agency` says no more than `the
    agency`), and the role a post held in the body."""
    found = WRITTEN_CLOSING.match(title)
    if found is None:
        return None
    words = found.group(2).split()
    if not _holds_a_post(found.group(1).split(), kb) or not _written_out(words[:-1], kb) or not _body_noun(words, kb):
        return None
    return words


def _holds_a_post(role: list[str], kb: Knowledge) -> bool:
    """`senior official`, `officials`, `member`, `source`: a post one holds in a body, or being one of its people
    (`a source in the ministry`); not one who lives in a place, is served by a body, takes part in an event, sides
    with or against a body, was once in it or is kin (`a resident of the village`, `a patient at the county
    hospital`, `a victim of the fire`, `a critic of the state agency`, `a graduate of the state university`, `a son
    of the county police`)."""
    head = kb.singular(role[-1])
    if head in kb.residence_nouns or head in kb.served_roles or head in kb.occasion_roles or head in STANCE_NOUNS \
            or head in kb.past_member_roles or head in kb.kinship_nouns:
        return False
    return _a_role(" ".join([*role[:-1], head]), kb) or head in kb.member_heads or head in kb.bare_source_heads


def _body_noun(words: list[str], kb: Knowledge) -> bool:
    """`ministry`, `police`, `panel`, `fire brigade`: the words close on a body's common noun (`org_words`,
    `body_heads`, `written_body_nouns`, or a workplace's name of two words); no place, party, crowd, publication or
    noun that stands for a body of any kind (`the local group` says which of none)."""
    noun = words[-1]
    if noun in kb.publication_words or noun in kb.publication_nouns or _generic(noun, kb):
        return False
    if _stands_for_a_body(noun, kb) or noun in kb.body_heads or noun in kb.written_body_nouns:
        return True
    return len(words) > 1 and " ".join(words[-2:]) in {w for kind in kb.workplace_kinds.values() for w in kind
                                                       if " " in w}


def _written_out(modifiers: list[str], kb: Knowledge) -> bool:
    """`federal transport`, `county ambulance`: words that say which body a common noun is, none a function word,
    a former word or one that only points back (`same`, `other`: `pointing_modifiers`)."""
    return not any(w in FUNCTION_WORDS or w in kb.former_words or w in kb.pointing_modifiers for w in modifiers)


def _body_meant(words: list[str], start: int, text: str, kb: Knowledge, entities: list[Entity],
                people: set[str]) -> str:
    """The body `federal transport ministry` stands for: one the draft named before whose name holds its noun and
    every modifier (`the transport ministry` after `the Ministry of Transport`: that name), else the words as
    written."""
    noun, modifiers = words[-1], {w.lower() for w in words[:-1]}
    named = [b for b in (*_bodies(text, entities, kb), *_untagged_names(text, entities, kb)) if b[1] <= start
             and _holds_words(b[2], modifiers)]
    body = _named_before(start, noun, text, named, kb, people) or _only_one_so_named(noun, named, kb, people)
    return body or " ".join(words)


def _holds_words(name: str, words: set[str]) -> bool:
    """Does a body's name hold every one of these lower-case words (`Harbor Pilots Association`: `pilots`)?"""
    return words <= {w.lower() for w in name.split()}


def _without_former_word(title: str, kb: Knowledge) -> str:
    """`former bureau manager` → `bureau manager`: the role an unnamed source once held still says which body
    the draft means (the source is known only by it)."""
    words = title.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in kb.former_words else title


def _only_one_so_named(noun: str, bodies: list[tuple[int, int, str]], kb: Knowledge, people: set[str]) -> str | None:
    """`a senior bureau official` paragraphs after `the Bureau of Land Records`, the only bureau the draft names: that
    bureau, however far back (a story about one body calls it by its noun throughout); None when two bodies are
    named with the noun's word."""
    names = {name.removeprefix("the ").removeprefix("The ") for _, _, name in bodies}
    own = {name for name in names if _head_word(name.split(), kb) == noun and name.lower() != noun
           and not kb.names_a_country_or_state(name)
           and not any(w in people for w in name.split())}
    return own.pop() if len(own) == 1 else None


def _subjects(bodies: list[tuple[int, int, str]], anaphor: int, text: str, kb: Knowledge) -> list[tuple[int, int, str]]:
    """The bodies named as a sentence's opener in the sentence before `anaphor` or its own: `its` in `The Harbor
    Guild called the ruling a blow to the Port Authority. Its director, …` means the body the sentence is about."""
    window = _window_start(anaphor, text, kb)
    return [b for b in bodies if window <= b[0] and b[1] <= anaphor and _opens_a_sentence(b[0], text)]


def _opens_a_sentence(at: int, text: str) -> bool:
    """Whether a name at `at` opens its sentence (after `The` at most): the body a newsroom's sentence is about."""
    before = text[max(0, text.rfind("\n", 0, at) + 1):at]
    before = before[max((m.end() for m in SENTENCE_END.finditer(before)), default=0):].strip()
    return before in ("", "The", "the")


def _an_outlet(name: str, kb: Knowledge) -> bool:
    """`Reuters`, `the Harbor Ledger`: a newsroom that reports the story, no body an unnamed source speaks for."""
    return name.lower().removeprefix("the ") in kb.publications or name.split()[-1].lower() in kb.publication_words
