"""A body a title names by its last word only: `Commission Chair Ann Roe`, `Board member Ivo Marek`.

An editor reading `the Harbor Commission met on Monday … said Commission Chair Ann Roe` knows which
commission: the one the draft names in full. When the draft names exactly one body that ends in
that word, it is the organisation shown; with two (`the Harbor Commission`, `the Rail Commission`)
the draft does not say which, and the word stays as it was read.

A title may also keep the whole body in its opening words when nothing before it split the body out
(`Ferry Committee Chairman` opening a sentence, `an RNC committeewoman from Eastland`, `Army captain`):
those words, when they end in a body's head word, are a known organisation, or name an armed service,
are the organisation.

A title may own its body through a common noun (`the ferry board's treasurer`, `the guild's secretary`):
the body is the one the draft names with that noun capitalised as its last words (`the Eastland Ferry
Board`), the last so named before the person. Through a capitalised word that names no one the draft
names, no place, party or title (`Harbin's vice president of finance`), that word is the body.

A title that ends on a role, `of` and a name showing it is a body (`leader of the Anti-Erosion League`) names
that body, though the tagger may have read the name as something else and left it in the title.

A title that says `party` without naming one (`party chairman Ann Roe`, `the state party's treasurer`)
means the party the draft named last before the person.

A member's title (`Port Commissioner Ann Roe`, `Supervisor Ann Roe`, `a trustee`) serves the one body of its kind
the draft names in full (`the Leland Port Commission`, `the Corbett County Board of Supervisors`), the title's own
words standing in that body's name; `the district's spokeswoman` speaks for the fire, water or school district named
in her paragraph or the two before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..grammar import FUNCTION_WORDS, PREPOSITIONS, SUBORDINATORS, TIME_NOUNS
from ..knowledge import Knowledge, Organisation
from ..nlp import Entity
from .possessors import body_named, place_party_or_person

LEADING_ARTICLES = ("The ", "A ", "An ")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
CAPITALISED = re.compile(r"[A-Z][\w'’.&-]*")


def named_in_full(name: str, text: str, kb: Knowledge) -> str | None:
    """The one fuller name the draft gives a body read as a bare head word (`Commission`), or as the opening words
    of its name (`Northgate` for `Northgate United`: see `opening_of_full_name`)."""
    if " " in name or name.lower() not in kb.body_heads | kb.publication_words:
        # (`Ledger editor`, the draft naming the Eastport Ledger: below; `Rovers manager` of Carlow Rovers)
        return opening_of_full_name(name, text, kb) or closing_of_full_name(name, text, kb)
    fuller = {f"{words} {name}" for words in _capitalised_before(name, text)}
    if not fuller:
        fuller = _bodies_with_organ(name.lower(), text, kb)
    return fuller.pop() if len(fuller) == 1 else None


def _capitalised_before(word: str, text: str) -> list[str]:
    """The runs of capitalised words the draft writes right before `word`, on one line, without a leading article
    (`the Harbor Ferry Commission` → `Harbor Ferry`)."""
    found = []
    for run in re.finditer(rf"((?:[A-Z][\w'’.&-]*\s)+){re.escape(word)}\b", text):
        words = run.group(1)
        for article in LEADING_ARTICLES:
            words = words.removeprefix(article)
        if words.strip() and "\n" not in words:
            found.append(words.strip())
    return found


def _bodies_with_organ(head: str, text: str, kb: Knowledge) -> set[str]:
    """The bodies the draft names with the head word after them in lower case (`the Elm Grove School District
    board`): the board of a body named in full is that body's own, so `Board President Ann Roe` speaks for it. The
    capitalised words must end as a body's name does (`District`, `Authority`, `Company`); after a place's name
    alone (`the Elm Grove board`) the words say whose board no more than the title does."""
    return {words for words in _capitalised_before(head, text) if _ends_as_a_body(words.split(), kb)}


def _ends_as_a_body(words: list[str], kb: Knowledge) -> bool:
    """Whether capitalised words end as a body's name does: a body's or an organisation's word (`Authority`,
    `Company`), or the words a kind of workplace's name ends in (`School District`)."""
    low = " ".join(words).lower()
    return words[-1].lower() in kb.org_words | kb.body_heads \
        or any(low.endswith(ending) for endings in kb.workplace_kinds.values() for ending in endings if " " in ending)


SHORT_NAME_WORDS = 2  # `Northgate`, `Harbor City`: at most so many words stand for a longer name
HEADLINE_SMALL_WORDS = PREPOSITIONS | FUNCTION_WORDS | {"and", "or", "but", "as", "vs", "vs."}  # headline small words


def opening_of_full_name(name: str, text: str, kb: Knowledge) -> str | None:
    """`Northgate manager Ann Roe`, where the draft names `Northgate United`: a body read as a short name that opens
    one longer capitalised name the draft gives (outside headlines; words that are no title, given name or day) is
    that body in full. A known body, an acronym, a name ending in a body's word (`Oversight Committee`), a place, a
    person's surname (the draft names `Ivo Northgate`), a short name the draft uses alone before it gives the longer
    one (a newsroom names a body in full first: `Harbor Watch said … the Harbor Watch Action Fund` are two bodies) or
    never as a short form, or one that opens two longer names keeps its name."""
    words = name.split()
    if not words or len(words) > SHORT_NAME_WORDS or not all(CAPITALISED.fullmatch(w) for w in words) \
            or name.isupper() or words[-1].lower() in kb.org_words or kb.organisation(name) is not None \
            or kb.names_a_country_or_state(name) or kb.party(words[-1]):
        return None
    fuller = set()
    for found in re.finditer(rf"(?<![\w'’.-])(\S+ )?{re.escape(name)}(?![\w'’-])((?: [A-Z][\w'’.&-]*)*)", text):
        before = (found.group(1) or "").strip()
        if before in kb.given_names or before.lower() in kb.courtesy_titles:
            return None  # (a person's surname)
        extra = _name_goes_on(found.group(2).split(), kb)
        if extra is not None and in_headline(text, found.start()):
            extra = _through_a_legal_form(extra, kb)
        if extra is None or not extra and title_line(text, found.start()):
            continue  # (`Hallam & Pryce and Brackenmoor agree merger`: a headline's short form, before the full name)
        if not extra and not fuller:
            return None  # (the short name used alone before any longer one: a name of its own)
        if extra:
            fuller.add(f"{name} {' '.join(extra)}")
    return fuller.pop() if len(fuller) == 1 and _used_as_short_form(name, text, kb) else None


def closing_of_full_name(name: str, text: str, kb: Knowledge) -> str | None:
    """`Rovers manager Ann Roe`, `United boss Ivo Brandt`, where the draft names `Carlow Rovers` and `Wexford United`:
    a club's word (`body_kinds`: a club answers to `Rovers`, `United`, `Athletic`) read alone as a body is the one
    longer capitalised name the draft ends with it (two such clubs, `Carlow Rovers` and `Sligo Rovers`: neither)."""
    if " " in name or name.lower() not in kb.body_kinds.get("club", ()) or name.lower() == "fc":
        return None
    fuller = {run.strip() for run in _capitalised_before(name, text)}
    fuller = {f"{words} {name}" for words in fuller if not kb.is_title(words.split()[-1].lower())}
    return fuller.pop() if len(fuller) == 1 else None


def _through_a_legal_form(words: list[str], kb: Knowledge) -> list[str] | None:
    """A headline's words after a short name, up to a company's legal form or a club's capitalised initials (`Inc.`,
    `FC`), or None: in a headline, whose words are all capitalised, only such a word shows where a body's full name
    ends (`Harbourside FC 2 Kestrel Town 1`, `Dunmore Tiles Ltd Cuts Jobs`); other words may be the headline's own
    (`Northgate Wins the Cup`)."""
    for at, word in enumerate(words):
        if word.lower() in kb.legal_suffixes or word.isupper() and word.lower() in kb.workplace_kinds.get("club", []):
            return words[:at + 1]
    return None


def _used_as_short_form(name: str, text: str, kb: Knowledge) -> bool:
    """Whether the draft writes the name as a short form somewhere outside headlines: owning something, before a
    role (`Northgate's`, `Northgate manager`) or as the body a role is of (`chief executive of Brackenmoor`); a name
    written only whole after `of` another word (`the board of Harbor Partners`) is a body's own name."""
    for found in re.finditer(rf"(?<![\w'’.-]){re.escape(name)}(?:'s|’s|((?: [a-z][\w-]*){{1,3}}))", text):
        if in_headline(text, found.start()):
            continue
        if found.group(1) is None or any(kb.is_role(w) for w in found.group(1).split()):
            return True
    return any(kb.is_role(found.group(1)) and not in_headline(text, found.start()) for found in re.finditer(
        rf"\b([a-z][\w-]*) (?:of|for|at) {re.escape(name)}(?![\w'’&-]| [A-Z])", text))  # (`chief executive of X`)


def _name_goes_on(words: list[str], kb: Knowledge) -> list[str] | None:
    """The capitalised words after a short name that go on naming the body, or None when they run into a title or a
    person (`Harbor Political Director Ann Roe`: the title's words, no part of the name)."""
    extra = []
    for word in words:
        bare = word.rstrip(",;:")
        if kb.is_title(bare) or bare in kb.given_names or bare.lower() in TIME_NOUNS or bare.endswith(("'s", "’s")):
            return None
        if bare.endswith(".") and bare.count(".") == 1 and len(bare) > 4:
            bare = bare[:-1]  # (a sentence's full stop, not `Co.`)
        if bare.endswith(("s'", "s’")):
            bare = bare[:-1]  # (`Aurelia Airways' fleet`: the name, owning what follows)
        extra.append(bare)
        if bare != word:
            break
    return extra


def in_headline(text: str, at: int) -> bool:
    """Whether `at` stands in a headline: a line of four words or more whose only lower-case words are small ones
    (`Northgate Wins the Cup on Penalties`)."""
    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) if "\n" in text[at:] else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and all(w[:1].isupper() or w.lower() in HEADLINE_SMALL_WORDS for w in words)


def title_line(text: str, at: int) -> bool:
    """Whether `at` stands in the draft's first line when that line is a headline written in sentence case
    (`Hallam & Pryce and Brackenmoor agree merger`): no sentence's closing mark ends it and a blank line follows. Its
    capitalised words are names as written (a body named only there is named), but a headline may use a short form
    before the story gives the name in full."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or at < lead or at >= end or not text[end:].startswith(("\n\n", "\n\r\n")):
        return False
    line = text[lead:end].rstrip()
    return len(line.split()) >= 3 and not line.endswith((".", "!", "?", ":", '"', "”", "'", "’"))


ACRONYM = re.compile(r"[A-Z]{2,6}")
NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})  # small words inside a body's name
NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|and|the|on|&))+")


def acronym_spelled_out(name: str, text: str) -> str | None:
    """`HCA` → the one `Harbor Conservation Alliance` the draft names whose capitalised words' initials
    (or all its words') spell it, or None."""
    if not ACRONYM.fullmatch(name):
        return None
    found = set()
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        for i, first in enumerate(words):
            for j in range(i + 2, len(words) + 1):
                part = words[i:j]
                if first in NAME_LINKS or part[-1] in NAME_LINKS:
                    continue
                capitals = "".join(w[0] for w in part if w not in NAME_LINKS)
                if name in (capitals, "".join(w[0].upper() for w in part)):
                    found.add(" ".join(part))
    return found.pop() if len(found) == 1 else None


def body_in_title(title: str | None, kb: Knowledge, retired: bool = False, named: bool = False) -> str | None:
    """The body a title's opening capitalised words name (`Ferry Committee Chairman` → Ferry Committee,
    `RNC committeewoman` → the party it stands for, `Army captain` → Army, `Marsh Valley Republicans president` →
    that group), or None. A place or a person's name opening a title (`Eastland governor`, `Velde spokesman`) is
    no body, so only those shapes count; a `retired` officer serves in no armed service now. Beside a name (`named`),
    a publication's word alone opens its newsroom's title (`Ledger Editor-in-Chief Ann Roe`: see `named_in_full`);
    a nameless `the Post reporter` may be anyone at the paper, so it says nothing of the person it is linked to."""
    words = (title or "").split()
    if not words or any(kb.singular(w.lower()) in kb.past_member_roles for w in words):
        return None  # (`Army veteran`: no longer in it)
    run: list[str] = []
    for word in words[:-1]:
        if not CAPITALISED.fullmatch(word) or kb.is_title(word):
            break
        run.append(word)
    if not run or len(run) == len(words):
        return None
    for k in range(len(run), 0, -1):
        name = " ".join(run[:k])
        known = kb.organisation(name)
        if known is not None:
            return known.name
        service = name.lower() in kb.armed_services and not retired
        publication = named and k == 1 and name.lower() in kb.publication_words - kb.publication_nouns - {"news"}
        # (`Ledger Editor-in-Chief`: the paper's; `News anchor`, `Daily columnist` open on a common noun)
        if k == len(run) and (service or publication or (k > 1 and run[-1].lower() in kb.body_heads)
                              or party_group(run, kb)):
            return name
    return None


def party_group(run: list[str], kb: Knowledge) -> bool:
    """`Marsh Valley Republicans`, `Eastland Young Democrats`: capitalised words that name no place before a
    party's word in the plural name a group of the party's people, a body of its own (`a New York
    Democrat`, one party member from a place, is none)."""
    last = run[-1].lower()
    if len(run) < 2 or kb.parties.get(last) is not None or kb.party(last) is None:
        return False
    place = " ".join(run[:-1]).lower() in kb.state_names
    return not place and not any(kb.names_person_or_place(w) or w.lower() in kb.state_names for w in run[:-1])


def word_before(text: str, start: int) -> str:
    """The word right before `start` in the draft (`retired` before `Army Col. X`), or ``."""
    words = text[max(0, start - 30):start].split()
    return words[-1] if words and text[start - 1:start].isspace() else ""


POSSESSED = re.compile(r"^((?:[a-z][a-z-]* ){0,1}[a-z][a-z-]*)(?:'s|’s|s'|s’) ")


def possessed_body(title: str | None, text: str, start: int, kb: Knowledge) -> str | None:
    """`ferry board's treasurer` → the `… Ferry Board` the draft names last
    before `start`, or None. A place noun (`the state's governor`) names no body, and
    a headline's capitalised run (`Vote Set For The Guild`) is no name."""
    found = POSSESSED.match(title or "")
    if found is None or found.group(1).split()[-1] in kb.place_nouns:
        return None
    head = " ".join(w.capitalize() for w in found.group(1).split())
    named = [(m.start(), m.group(0)) for m in re.finditer(
        rf"(?:[A-Z][\w'’.&-]*\s){{1,4}}{re.escape(head)}\b", text)]
    named = [(at, name) for at, name in named if "\n" not in name
             and not any(w.lower() in kb.title_small_words for w in name.split()[1:])]
    before = [n for n in named if n[0] < start]
    if not before:
        return None  # (a name only after the person may be anything: a film's, a headline's)
    at, name = before[-1]
    for article in LEADING_ARTICLES:
        name = name.removeprefix(article)
    return name + _of_part(text[at + len(before[-1][1]):], kb)


# `… of Land Records`, `… of the Coast and Harbors`: the words after a body's head word that end its name
OF_PART = re.compile(r"^ of (?:the )?[A-Z][\w'’&-]*(?: (?:(?:and|&) )?[A-Z][\w'’&-]*)*")


def _of_part(after: str, kb: Knowledge) -> str:
    """`the Bureau of Land Records`: the rest of a body's name whose head word stands before `of`, as written
    after that word; a title word after it opens a person's name (`… of Tolls Director Ann Roe`), no part."""
    found = OF_PART.match(after)
    if found is None:
        return ""
    words = found.group(0).split(" ")
    cut = next((k for k, w in enumerate(words) if k > 2 and (kb.is_title(w.lower()) or w in kb.given_names)),
               len(words))
    while cut > 2 and words[cut - 1] in ("and", "&"):
        cut -= 1
    return " ".join(words[:cut]) if cut > 2 and words[cut - 1] not in ("of", "the") else ""


OWNING_WORD = re.compile(r"^([A-Z][a-z][\w&-]*)(?:'s|’s) (?:[a-z][\w-]* ?)+")


def owning_word(title: str | None, people: set[str], kb: Knowledge, text: str = "") -> str | None:
    """`Harbin's vice president of finance` → Harbin, when the possessor is a single capitalised word that is
    no one's surname or given name, no place, party, title or known body word, and the title names a
    role, not a relative (`Velde's daughter`) nor a bare staff role (`Velde's press secretary` may serve a
    person the draft names only so; a role with a portfolio, `Lantern's director of policy`, is a post in a
    body's structure). A word opening the one longer name of a body the draft `text` gives (`Aurelia's chief
    executive` beside `Aurelia Airways`, though `Aurelia` is a given name too) is that body's short name: the body is
    the one named in full."""
    found = OWNING_WORD.match(title or "")
    if found is None:
        return None
    word = found.group(1)
    role = (title or "").split()[1:]
    own = [w.lower() for w in role[:next((k for k, w in enumerate(role) if w in PREPOSITIONS), len(role))]]
    full = short_name_in_full(word, text, kb) if text else None
    if word in people or word in kb.given_names and full is None or kb.party(word) or kb.country_of(word) \
            or word.lower() in kb.state_names or kb.is_title(word) or word.lower() in kb.org_words \
            or any(w in kb.kinship_nouns for w in own) or (len(own) == len(role) and own and (
                own[-1] in kb.campaign_staff or " ".join(own[-2:]) in kb.campaign_staff)):
        return None
    return full or word


def role_without_owner(title: str, owner: str) -> str:
    """`Dunmore's mayor`, its owner read as her body: the title is the role it owns, as `Harbor Rail's chief
    executive` before a name already gives `chief executive`. Joined roles (`Roe's friend and accountant`)
    say what she is to the owner, who stays in them. The owner may be read in full from its short name (`Aurelia's
    chief executive` for `Aurelia Airways`)."""
    words = owner.split()
    for short in (" ".join(words[:k]) for k in range(len(words), 0, -1)):
        for mark in ("'s ", "’s "):
            if title.startswith(short + mark) and not {"and", "&"} & set(title.split()):
                return title[len(short) + len(mark):]
    return title


def without_portfolio(name: str, kb: Knowledge) -> str:
    """`Fremish affairs at the Harbor Trade Council` → Harbor Trade Council: words before `at` with a
    lower-case word in them (not a small word of a name) are a portfolio, not a body's name, so the body
    is the one after `at` (`Ferry Studies Program at the Harbor Institute` keeps its name)."""
    head, at, body = name.partition(" at ")
    if not at or not body[:1].isupper() and not body.startswith("the "):
        return name
    if not any(w[:1].islower() and w not in kb.title_small_words for w in head.split()):
        return name
    return body.removeprefix("the ")


def anaphoric_party(title: str | None, text: str, start: int, kb: Knowledge) -> Organisation | None:
    """The party last named before `start` when the title says `party` without naming one (`party
    chairman`, `state party treasurer`, `Party Chairman` opening a sentence); `the Harbor Party`, a name,
    is read as one, and a hyphened `third-party` is no party of hers."""
    words = re.findall(r"[\w-]+", title or "")
    if not any(w == "party" or w == "Party" and k == 0 for k, w in enumerate(words)):
        return None
    named = [found for word in kb.parties for found in re.finditer(rf"\b{re.escape(word)}s?\b", text[:start],
                                                                   re.IGNORECASE)
             if found.group(0)[:1].isupper()]
    return kb.party(max(named, key=lambda found: found.start()).group(0)) if named else None


def body_before_role(title: str | None, text: str, kb: Knowledge) -> str | None:
    """A bare role (`justice`) where the draft also calls someone `the Harbor Court justice` with no name
    after it: the one body whose name comes before that role in the draft is the one this speaker serves
    (`Harbor Court Justice Ann Roe`, with a name after it, describes that person instead). Else a council's post
    serves the one local council the draft names (`council_served`)."""
    if not title or " " in title or not title.islower() or not kb.is_title(title):
        return head_named_in_full(title, text, kb) or _local_body_served(title, text, kb)
    found = set()
    for run in re.finditer(rf"\b((?:[A-Z][a-z]+ )+){re.escape(title)}\b(?! [A-Z])", text):
        words = [w for w in run.group(1).split() if w not in ("The", "A", "An")]
        body = body_in_title(" ".join([*words, title]), kb) if words else None
        if body is not None:
            found.add(body)
    return found.pop() if len(found) == 1 else _local_body_served(title, text, kb)


def _local_body_served(title: str | None, text: str, kb: Knowledge) -> str | None:
    """The body a member's post with no body said beside it serves: a council's (`council_served`), or a
    commission's or a board's (`member_body_served`)."""
    return council_served(title, text, kb) or member_body_served(title, text, kb)


def council_served(title: str | None, text: str, kb: Knowledge) -> str | None:
    """`councillor`, `Labour group leader`, `the cabinet member for housing`: a council's post, with no body said beside
    it, serves the one council the draft names in full (`Thornbury Borough Council`), or None when it names none or
    two; a local council's (`Borough Council`, not `Security Council`). A headline's capitals and a sentence's opening
    `The` are no part of the name."""
    words = re.sub(r"[^\w\s-]", " ", (title or "").lower()).split()
    if not any(_opens_at(words, k, post.split()) for k in range(len(words)) for post in kb.council_roles):
        return None
    found = one_body_named(text, lambda name: _local_council(name, kb), kb)
    return found[0] if found is not None else None


def _local_council(words: list[str], kb: Knowledge) -> int:
    """`Thornbury Borough Council`, `the Borough Council`: how many opening words of a capitalised run name a local
    council (not `Security Council`), up to its last `Council` (a title and a name may follow it: `City Council
    Speaker Ann Roe`); 0 for none."""
    return next((k + 1 for k in range(len(words) - 1, 0, -1)
                 if words[k] == "Council" and words[k - 1].lower() in kb.local_council_words), 0)


# a capitalised run of words, `and`/`&` inside it (`Harbor Fire and Rescue Service`, `St. Oswin's Infirmary`)
CAPITALISED_RUN = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’.&-]*(?: (?:(?:and|&) )?[A-Z][\w'’.&-]*)*")
UNTAGGED_OPENERS = FUNCTION_WORDS | PREPOSITIONS | SUBORDINATORS  # `When`, `The`, `In` opening a sentence


def one_body_named(text: str, of_kind: Callable[[list[str]], int], kb: Knowledge) -> tuple[str, int] | None:
    """The one body of a kind the draft names in full, outside a headline, and where it is first named; None for
    none or two (`St. Oswin's Infirmary and Kellmoor General Hospital`). `of_kind` says of a name's words whether
    it names a body of the kind (`… Infirmary` a hospital, `… Borough Council` a local council): how many of its opening
    words are that body's name, 0 for none. A shorter name that
    ends or opens a longer one (`General Hospital`, `Harbor Police` beside `Harbor Police Department`) is the same
    body. A member's post (`council_served`) and a worker's trade (`workplaces.body_of_kind`) both read so."""
    named: dict[str, int] = {}
    for run in CAPITALISED_RUN.finditer(text):
        for start, words in (part for name in _names_in(run, kb) for part in _joined_names(*name, of_kind)):
            end = of_kind(words)
            if end and not in_headline(text, start):
                named.setdefault(" ".join(words[:end]), start)
    names = sorted(named, key=len, reverse=True)
    bodies = [n for k, n in enumerate(names) if not any(_part_of(n, other) for other in names[:k])]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    return body, min(at for name, at in named.items() if name == body or _part_of(name, body))


def _joined_names(start: int, words: list[str], of_kind: Callable[[list[str]], int]) -> list[tuple[int, list[str]]]:
    """`Kellby University and Dunmore University`: two whole names of the kind joined by `and` or `&` are two bodies,
    each with where it starts; `Harbor Fire and Rescue Service` is one."""
    for k, word in enumerate(words):
        if word in ("and", "&") and 0 < k < len(words) - 1 and of_kind(words[:k]) == k and of_kind(words[k + 1:]):
            rest = start + len(" ".join(words[:k + 1])) + 1
            return [(start, words[:k]), *_joined_names(rest, words[k + 1:], of_kind)]
    return [(start, words)]


def _part_of(name: str, longer: str) -> bool:
    """Whether a name is the last or the first words of a longer one (`General Hospital`, `Harbor Police`)."""
    return longer.endswith(f" {name}") or longer.startswith(f"{name} ")


def _names_in(run: re.Match[str], kb: Knowledge) -> list[tuple[int, list[str]]]:
    """The names a capitalised run holds, with where each starts: the run split after a sentence's full stop (`St.`
    and an initial end none), without the words a sentence opens with (`The`, `At`, `Monday`)."""
    names: list[tuple[int, list[str]]] = []
    at, words = run.start(), []
    start = at
    for word in run.group(0).split(" "):
        if not words and (word.lower() in UNTAGGED_OPENERS or word.lower() in TIME_NOUNS):
            at += len(word) + 1
            start = at
            continue
        words.append(word)
        at += len(word) + 1
        if word.endswith(".") and word.lower() not in kb.name_abbreviations and len(word) > 2:
            names.append((start, [*words[:-1], word[:-1]]))
            words, start = [], at
    if words:
        names.append((start, words))
    return names


def member_body_served(title: str | None, text: str, kb: Knowledge) -> str | None:
    """`Port Commissioner Ann Roe`, `Supervisor Ann Roe`: a title whose head names a member of a kind of body
    (`member_bodies`: a commissioner sits on a commission) serves the one body of that kind the draft names in full.
    The title's own words before the head, but for a rank or a party (`Deputy`, `Republican`), must stand in that
    body's name before its kind (`Port Commissioner`: `the Eastport Port Commission`, not `the Eastport Planning
    Commission`); a member who needs them (`qualified_members`: `Governor Ann Roe` holds a state's office) and has
    none serves no body so."""
    words = [w.strip(",") for w in (title or "").split()]
    head = words[-1].lower() if words else ""
    if head not in kb.member_bodies:
        return None
    own = [w.lower() for w in words[:-1] if not _rank_or_party(w, kb)]
    if not own and head in kb.qualified_members:
        return governed_body(head, text, kb)
    named = {name for kind in kb.member_bodies[head] for name in _bodies_of_kind(kind, text, kb)
             if all(w in name.lower().split()[:-len(kind.split())] for w in own)}
    return named.pop() if len(named) == 1 else None


def governed_body(head: str, text: str, kb: Knowledge) -> str | None:
    """`Governor Ann Roe` in a draft on `the Bank of Valdria`: a member who alone holds a state's office
    (`qualified_members`) may head a body of another kind instead (`governed_bodies`: a central bank); the one such
    body the draft names is hers, unless the draft names a state, whose governor she may as well be."""
    if not kb.governed_bodies.get(head) or _names_a_state(text, kb):
        return None
    spans: set[tuple[int, int]] = set()
    for words in kb.governed_bodies[head]:
        written = " ".join(w if w in NAME_LINKS else w.capitalize() for w in words.split())
        after = r"(?:[ \t](?:the[ \t])?[A-Z][\w'’.&-]*(?:[ \t][A-Z][\w'’.&-]*)*)" if words.split()[-1] in NAME_LINKS \
            else r"(?:[ \t]of[ \t](?:the[ \t])?[A-Z][\w'’.&-]*(?:[ \t][A-Z][\w'’.&-]*)*)?"
        for found in re.finditer(rf"(?:[A-Z][\w'’.&-]*[ \t])*{re.escape(written)}\b{after}", text):
            if not in_headline(text, found.start()):
                spans.add(found.span())
    names = set()
    for start, end in spans:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
            continue  # (`Reserve Bank of Eastland`, read again as `Bank of Eastland`)
        words = _own_name_words(text[start:end].split(), kb)
        if words and words[-1].endswith(POSSESSIVE_ENDINGS):
            words[-1] = words[-1][:-2] if words[-1].endswith(("'s", "’s")) else words[-1][:-1]
        if words:
            names.add(" ".join(words))
    return names.pop() if len(names) == 1 else None


def _names_a_state(text: str, kb: Knowledge) -> bool:
    """Whether the draft names a state of a federation (`state_names`), capitalised as a name."""
    return any(re.search(rf"\b{re.escape(' '.join(w.capitalize() for w in state.split()))}\b", text)
               for state in kb.state_names)


def _rank_or_party(word: str, kb: Knowledge) -> bool:
    """`Deputy`, `acting`, `Republican`: a word before a member's role that ranks her or names her party, no word
    of her body's name."""
    low = word.lower()
    return low in kb.title_modifiers | kb.lesser_ranks | kb.former_words \
        or low in ("the", "a", "an") or kb.party(word) is not None


# capitalised words right before a body's kind, `and` or `&` joining two of them (`Securities and Exchange`)
NAME_BEFORE = r"((?:[A-Z][\w'’.&-]*(?:[ \t](?:and|&)[ \t][A-Z][\w'’.&-]*)?[ \t])+)"


def _bodies_of_kind(kind: str, text: str, kb: Knowledge) -> set[str]:
    """The bodies the draft names in full (capitalised words, then the kind's words: `the Leland Port Commission`,
    `the Corbett County Board of Supervisors`), outside headlines; a name that ends a longer one the draft gives
    (`the Port Commission` beside `the Leland Port Commission`) is that one."""
    ending = " ".join(w if w in NAME_LINKS else w.capitalize() for w in kind.split())
    names = set()
    for found in re.finditer(rf"{NAME_BEFORE}{re.escape(ending)}\b", text):
        words = _own_name_words(found.group(1).split(), kb)
        if words and not in_headline(text, found.start()):
            names.add(" ".join([*words, ending]))
    return _longest(names)


def _own_name_words(words: list[str], kb: Knowledge) -> list[str]:
    """The words of a run of capitalised words that name the body after them: those after an owner (`Eastland's`) or
    a sentence's full stop (`St.` and initials end none), without the small words a sentence opens with (`In`,
    `The`)."""
    cut = max((k for k, w in enumerate(words) if w.endswith(POSSESSIVE_ENDINGS) or (
        w.endswith(".") and len(w) > 2 and "." not in w[:-1] and w.lower() not in kb.name_abbreviations)), default=-1)
    words = words[cut + 1:]
    while words and words[0].lower() in HEADLINE_SMALL_WORDS:
        words = words[1:]
    return words


def _longest(names: set[str]) -> set[str]:
    """The names that end no longer one among them (`Port Commission` is short for `Leland Port Commission`)."""
    return {name for name in names if not any(other.endswith(" " + name) for other in names)}


PLACE_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"  # `Riverton`, `Port Alder`: a town's name
CITY_BODIES = r"(?:Council|Hall|Commission|Board)"  # `the Riverton City Council`: a body that names its town


def place_of_noun(noun: str, text: str, start: int, kb: Knowledge) -> str | None:
    """`the city's finance director`: the one city the draft names before `start` (`the city of Riverton`, `the
    Riverton City Council`), or the one county (`Pell County`), or None when it names none or two. Headlines and
    the small words a sentence opens with (`The`, `In`) are no part of a name."""
    word = noun.capitalize()
    if noun in kb.place_noun_bodies:
        return _body_named_by_noun(noun, text, start, kb)
    if noun == "county":
        pattern = rf"\b({PLACE_NAME} County)\b"
    else:
        pattern = rf"\b(?:{noun}|{word}) of ({PLACE_NAME})\b|\b({PLACE_NAME}) {word} {CITY_BODIES}\b"
    names = set()
    for found in re.finditer(pattern, text[:start]):
        name = next(group for group in found.groups() if group)
        words = name.split()
        while len(words) > 1 and words[0].lower() in HEADLINE_SMALL_WORDS:
            words = words[1:]
        if not in_headline(text, found.start()) and words[0].lower() not in HEADLINE_SMALL_WORDS:
            names.add(" ".join(words))
    return names.pop() if len(names) == 1 else None


BODY_NOUN_REACH = 3  # `the district's spokeswoman`: its paragraph and the two before name the district


def _body_named_by_noun(noun: str, text: str, start: int, kb: Knowledge) -> str | None:
    """`the district's spokeswoman`: the one body the draft names with the noun capitalised at its end (`the Corbett
    County Fire District`) in her paragraph or the two before (else, if they name no place so either, anywhere before
    her), a name whose words before the noun say it runs a service (`place_noun_bodies`); any other such name is a
    place (`the 5th Congressional District`), and a name going on past the noun (`District Court`, `District of …`)
    is another body's."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    paragraphs = [m for m in re.finditer(r"[^\n]+", text[:end]) if m.group(0).strip()]
    begin = paragraphs[-BODY_NOUN_REACH].start() if len(paragraphs) >= BODY_NOUN_REACH else 0
    names = _service_bodies(noun, text, begin, end, kb)
    if not names and re.search(rf"{NAME_BEFORE}{noun.capitalize()}\b", text[begin:end]) is None:
        names = _service_bodies(noun, text, 0, end, kb)  # (none close by, nor a place so named: the one named before)
    return names.pop() if len(names) == 1 else None


def _service_bodies(noun: str, text: str, begin: int, end: int, kb: Knowledge) -> set[str]:
    """The bodies named between `begin` and `end` with the noun capitalised at the end of their name, after words
    that say they run a service (see `_body_named_by_noun`)."""
    word = noun.capitalize()
    names = set()
    for found in re.finditer(rf"{NAME_BEFORE}{word}\b(?! (?:of )?[A-Z])", text[begin:end]):
        words = _own_name_words(found.group(1).split(), kb)
        low = " ".join(words).lower()
        if words and not in_headline(text, begin + found.start()) \
                and any(low == kind or low.endswith(" " + kind) for kind in kb.place_noun_bodies[noun]):
            names.add(" ".join([*words, word]))
    return _longest(names)


def _opens_at(words: list[str], k: int, post: list[str]) -> bool:
    """Whether `post`'s words stand at `k` in `words` (`group leader` in `Labour group leader`)."""
    return words[k:k + len(post)] == post


def head_named_in_full(title: str | None, text: str, kb: Knowledge) -> str | None:
    """`Council member Ann Roe`, `Board chairman Ivo Brandt`, `Council President Ann Roe`: a title opening on a body's
    capitalised head word, then words ending in a role (all in lower case, or all capitalised as a title before a
    name is), serves the one body the draft names in full with that head (`the Millbrook Town Council`; see
    `named_in_full`), or None."""
    words = (title or "").split()
    rest = words[1:]
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in kb.body_heads \
            or not (all(w.islower() for w in rest) or all(CAPITALISED.fullmatch(w) for w in rest)) \
            or not (kb.is_role(rest[-1].lower()) or rest[-1].lower() in kb.member_heads):
        return None
    return named_in_full(words[0], text, kb)


OWNER_CUT_OFF = re.compile(r"((?:[A-Z][\w.&-]* ){0,4}[A-Z][\w.&-]*)(?:'s|’s|’|') $")


def owner_cut_off(text: str, start: int, kb: Knowledge, people: set[str]) -> str | None:
    """`Harbor News’ political editor Ann Roe` where the mention starts at the title: the body that owns it,
    a capitalised possessor right before the mention ending in an organisation word or known as a body (no
    person the draft names, no place), or None."""
    found = OWNER_CUT_OFF.search(text[max(0, start - 80):start])
    if found is None:
        return None
    owner = found.group(1)
    words = owner.split()
    known = kb.organisation(owner)
    if kb.names_a_country_or_state(owner):
        return None
    if known is not None:
        return known.name
    # (an organisation word ends a body's name, whatever the tagger made of it elsewhere; a surname does not)
    return owner if words[-1].lower() in kb.org_words and len(words) > 1 and words[0] not in people else None


ROLE_THEN_BODY = re.compile(r"^(?P<role>[\w -]*[a-z]) (?:of|at|for|with) (?:the )?"
                            r"(?P<body>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|for|and|on|&))*)$")


def body_after_role(title: str | None, kb: Knowledge, people: set[str]) -> str | None:
    """`leader of the Harbor Defense League` → Harbor Defense League: a title that ends on a role, a link and a
    capitalised name that shows it is a body (see `possessors.body_named`; the tagger may have read it as
    something else, so the title kept it), or None (`wife of Ivo Roe`, `mayor of Eastland` name no body)."""
    found = ROLE_THEN_BODY.match(title or "")
    if found is None:
        return None
    role = found.group("role").split()
    if not kb.is_role(role[-1].lower()) or any(w.lower() in kb.kinship_nouns for w in role):
        return None
    body = found.group("body").split()
    return body_named(body, kb, people) or spoken_for(role, found.group(0), body, kb, people)


SPOKEN_FOR = re.compile(r" for (?:the )?[A-Z]")  # `a spokeswoman for Valleycare`: the link a spokeswoman speaks through


def spoken_for(role: list[str], title: str, body: list[str], kb: Knowledge, people: set[str]) -> str | None:
    """`spokeswoman for Valleycare` → Valleycare: a spokesperson speaks for a body or a person, so a name after `for`
    that is no person the draft names (nor a given name, a place, a party or a title) is the body, whatever the tagger
    made of it (an adviser or an organizer `for` a name may work for a town's or a person's cause instead)."""
    if role[-1].lower() not in kb.spokespeople or not SPOKEN_FOR.search(title) or len(body) > 6:
        return None
    name = " ".join(body)
    if place_party_or_person(name, kb, people) or kb.is_title(body[-1]) or body[-1].endswith(("'s", "’s")):
        return None
    return name


def body_opening_title(title: str | None, text: str, kb: Knowledge, people: set[str],
                       places: frozenset[str] = frozenset()) -> str | None:
    """`Skylane spokeswoman Ann Roe` where the draft names `Skylane Airways`, `Westbrook coach Ann Roe`: capitalised
    words opening a title before a lower-case role, naming no one the draft names, are a body's short name. The one
    longer name they open in the draft (see `opening_of_full_name`) is the body she speaks for; before a team's role
    (`coach`, `manager`) they are the team itself, even named no other way. A state or a country is left alone
    (whose team, or whose post, the words do not say), as is a lone body word (`Police captain`). A place's name (one
    of the `places` the tagger marks, or ending in a street's or a valley's word) is where she works, no short name for
    a longer body's (`Chicago lawyer` beside `the Chicago Tribune`); before a team's role it is the team, named in
    full when the draft does (`Harbor City coach` beside `Harbor City FC`; a newspaper's name is none)."""
    words = (title or "").split()
    run = list(itertools.takewhile(lambda w: CAPITALISED.fullmatch(w) is not None and not kb.is_title(w)
                                   and not w.endswith(("'s", "’s", "'", "’")), words))
    role = words[len(run):]
    if not run or len(run) > SHORT_NAME_WORDS or not role or not all(w.islower() for w in role) \
            or not kb.is_role(role[-1]) or any(w in people or w in kb.given_names or kb.party(w) or w in kb.demonyms
                                               for w in run):
        return None
    name = " ".join(run)
    team = " ".join(role) in kb.team_roles and not kb.names_a_country_or_state(name)
    full = short_name_in_full(name, text, kb) if name not in places or team else None
    if full is not None and held_there(full, " ".join(role), kb) \
            and (name not in places or full.split()[-1].lower() not in kb.publication_words):
        return full  # (`Harbor City coach` beside `Harbor City FC`; beside `the Harbor City Times`, the place's team)
    return name if team and not (len(run) == 1 and run[0].lower() in kb.org_words) and _mid_sentence(name, text) \
        else None


def _mid_sentence(name: str, text: str) -> bool:
    """Whether the draft writes `name` capitalised in the middle of a sentence (after a lower-case word or a comma),
    so a name, not a common word a sentence or a headline opens with (`Interim coach Ann Roe said`)."""
    return re.search(rf"[a-z,;]\s+{re.escape(name)}\b", text) is not None


def short_name_in_full(name: str, text: str, kb: Knowledge) -> str | None:
    """The one longer name the draft gives that a short name opens (`Skylane` → `Skylane Airways`: see
    `opening_of_full_name`), or None: never a name read out of the middle of a longer one, and never for a place's
    name (`Wall Street` is no short name of `the Wall Street Journal`)."""
    if name.split()[-1].lower() in kb.place_name_heads:
        return None
    full = opening_of_full_name(name, text, kb)
    return full if full is not None and _opens_its_name(full, text) else None


def held_there(body: str, title: str | None, kb: Knowledge) -> bool:
    """Whether a role may be held at the body a short name was read as: a publication's (a known one, or a name ending
    in a publication's word: `Boston Herald`) only for a newsroom's role or none said (`Boston businessman` works at no
    newspaper the draft names)."""
    words = body.split()
    publication = body.lower().removeprefix("the ") in kb.publications or words[-1].lower() in kb.publication_words
    words = re.split(r"[\s-]+", (title or "").lower().strip())  # (`Editor-in-Chief`: an editor)
    return not publication or not title or any(kb.singular(w) in kb.newsroom_roles for w in words)


def _opens_its_name(name: str, text: str) -> bool:
    """Whether the draft writes `name` as a name of its own outside headlines, never inside a longer one: after a
    capitalised word, or after a link a capitalised word opens (`Soviet Socialist Republics`, out of `the Union of
    Soviet Socialist Republics`; `shares of Skylane Airways` still names Skylane Airways)."""
    for found in re.finditer(rf"(?:(\S+) )?(\S+) {re.escape(name)}\b", text):
        first, before = found.group(1) or "", found.group(2)
        if in_headline(text, found.start(2)):
            continue
        if before == "and" and _capitalised_word(first) and _named_alone(text[:found.start(2)], name, text):
            continue  # (`Hallam & Pryce and Brackenmoor Stores`, the draft naming `Hallam & Pryce` alone too: two)
        if before in NAME_LINKS - {"the"} and _capitalised_word(first) or _capitalised_word(before):
            return False
    return True


# the capitalised run right before a link (`Hallam & Pryce ` before `and`), small words of a name inside it
RUN_BEFORE_LINK = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|&|of|for))*) $")


def _named_alone(before: str, name: str, text: str) -> bool:
    """Whether the capitalised name ending `before` (`Hallam & Pryce`, before `and Brackenmoor`) is one the draft
    also writes on its own, not followed by `and` and `name`: `and` then joins two bodies' names, no part of one."""
    found = RUN_BEFORE_LINK.search(before)
    if found is None:
        return False
    run = found.group(1).removeprefix("The ")
    alone = len(re.findall(rf"(?<![\w'’&-]){re.escape(run)}(?![\w'’&-])", text))
    joined = len(re.findall(rf"(?<![\w'’&-]){re.escape(run)} and {re.escape(name)}(?![\w'’&-])", text))
    return alone > joined


def _capitalised_word(word: str) -> bool:
    """A capitalised word that may be part of a name (not an article opening a sentence, nor one ending a clause)."""
    return word[:1].isupper() and word not in ("The", "A", "An") and not word.endswith((".", ",", ";", ":", "!", "?",
                                                                                        '"', "”", "’", ")"))


LEDE_PARAGRAPHS = 3  # the headline, a subheading and the first paragraph: where a story names its subject
DATELINE = r"(?:[A-Z][A-Z.,' ]+(?: \([^)\n]*\))? ?[-–—]+ )?"  # `HARBOR CITY (Wire) — `, before the story's subject
LEDE_OPENER = re.compile(rf"{DATELINE}(?:The )?((?:[A-Z][\w'’.&-]*)(?: [A-Z][\w'’.&-]*)*)")


def lede_company(title: str | None, text: str, entities: list[Entity], kb: Knowledge) -> tuple[str, int] | None:
    """`Chief Executive Officer Ann Roe` in a story that opens `Corvel Foods raised its forecast on Tuesday.`: a
    company officer's post (no former one) with no body said beside her is held at the firm the story is about, the
    body whose name opens one of its first paragraphs (and where it stands), or None. The opening name is a body when
    the tagger says so, or marks a name there that a body's word ends or whose sentence goes on about `its` something
    (a place is none). A body named first inside a paragraph that opens on something else may not be the story's
    subject: None."""
    words = (title or "").lower().split()
    if not words or any(w in kb.former_words for w in words) \
            or not any(" ".join(words[k:]) in kb.company_officers for k in range(len(words))):
        return None
    at = 0
    for _ in range(LEDE_PARAGRAPHS):
        while text.startswith("\n", at):
            at += 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        opener = LEDE_OPENER.match(text, at, end)
        if opener is not None and _opens_on_a_body(opener, text[at:end], entities, kb):
            return opener.group(1).rstrip(",.:;"), opener.start(1)
        after = opener.start(1) if opener is not None else at  # (an agency named in the dateline is no subject)
        if any(e.label == "ORG" and after <= e.start < end for e in entities) or end == len(text):
            return None
        at = end
    return None


def _opens_on_a_body(opener: re.Match[str], paragraph: str, entities: list[Entity], kb: Knowledge) -> bool:
    """Whether the capitalised name opening a paragraph names a body (see `lede_company`)."""
    name = opener.group(1).rstrip(",.:;")
    sentence = re.split(r"[.!?](?:\s|$)", paragraph, maxsplit=1)[0]
    label = next((e.label for e in entities if e.start == opener.start(1)), None)
    if label in (None, "GPE", "LOC", "NORP") or kb.names_a_country_or_state(name) or name.split()[0] in kb.given_names:
        return False  # (a name the tagger marks as some name: `Shares fell` opens on none)
    return label == "ORG" or name.split()[-1].lower() in kb.org_words or kb.organisation(name) is not None \
        or re.search(r"\bits\b", sentence) is not None
