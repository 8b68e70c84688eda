"""A body stated right beside a person's name, which the mention's own words did not take in.

`said Ann Roe of Harbin Research`: a name, `of` and a body's name right after it say whom she speaks for, as
`Ann Roe of Harbin Capital said` does when the tagger takes the body in. The tagger often reads such a name as a
person's or leaves it out of the mention; the body is then read from the draft: capitalised words after `of` that
name no place, party or person the draft names, and that a body's word ends, the tagger reads as a name of a body
or a person (no place), or a capitalised `The` opens (`of The Harbor Ledger`, a title's, a newspaper's).

`Ann Roe, a former Harbin Foods chairman`, `the former Harbin Foods CEO`, `former chief executive of Harbin Foods`:
a former post with its body named beside it; with no other body said of her, that body is the one she is known
by, and the title is the post alone (`former chairman`), as for a post held now. A place (`former Ohio governor`),
a party, a chamber, an armed service, a country's people (`former Ruritanian president`) or a person (`former
Velde adviser`) stays as it is read today.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import Knowledge
from ..model import Mention, Speaker
from .bodies import opening_of_full_name

if TYPE_CHECKING:
    from ..nlp import Entity

BODY_LINKS = frozenset({"of", "for", "and", "&", "on", "the"})  # small words inside a body's name
# ` of Harbin Research`, ` of the Harbin Institute for Rivers`, ` of The Harbor Ledger`: right after a name
OF_BODY = re.compile(r" of (the |The )?([A-Z][\w'’&.-]*(?: (?:of|for|and|&|on|the|[A-Z][\w'’&.-]*))*)")
# `, chief executive of Brackenmoor`, `, a spokesman for Brackenmoor`: a mention's words after the name, a role, `of`,
# `for` or `at`, then one or two capitalised words
ROLE_OF_SHORT_FORM = re.compile(r"^, (?:(?:a|an|the) )?(?:[a-z][\w-]* ){0,3}(?P<role>[a-z][\w-]*) (?:of|for|at) "
                                r"(?P<body>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)$")
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # the tagger's labels for a place or a people
NAME_LABELS = frozenset({"ORG", "PERSON", "MISC"})  # after `of` and a person's name, a name that is no place
# `former Harbin Foods chairman`, `the former Harbin Foods CEO`: the former word, capitalised words, then the role in
# lower case or a role written in capitals alone (`CEO`)
FORMER_BEFORE = re.compile(r"\b(?P<former>[Ff]ormer|[Oo]netime|[Oo]ne-time|[Ee]x-) ?(?P<body>[A-Z][\w'’&.-]*"
                           r"(?: (?:of|for|and|&|[A-Z][\w'’&.-]*))*?) (?P<role>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*|"
                           r"[A-Z]{2,4})(?![\w'’-])")
# `former chief executive of Harbin Foods`, `former treasurer at the Harbin Trust`
FORMER_AFTER = re.compile(r"\b(?P<former>[Ff]ormer|[Oo]netime|[Oo]ne-time) (?P<role>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*|"
                          r"[A-Z]{2,4}) "
                          r"(?:of|at) (?:the )?(?P<body>[A-Z][\w'’&.-]*(?: (?:of|for|and|&|on|[A-Z][\w'’&.-]*))*)"
                          r"(?=$|[,.;:)—–]| who\b| and\b| since\b| until\b)")
# `a former mayor of Eastland and currently president of X`: the post she holds now is what she speaks as
HELD_NOW = re.compile(r",? and (?:now|currently)\b")


def body_after_of(speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                  people: set[str]) -> tuple[str, int] | None:
    """The body named by `of` right after one of the speaker's names that the mention did not take in (`said
    Ann Roe of Harbin Research`), and where the name stands, or None; `people` are the surnames the draft names."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is not None and mention.after:
            short = short_form_owning_role(mention, text, kb)
            if short is not None:
                return short, mention.start
        if mention.name is None or mention.after or text[mention.start:mention.end].split()[-1:] \
                != mention.name.split()[-1:]:
            continue
        found = OF_BODY.match(text, mention.end)
        if found is None:
            continue
        name = _name_only(found.group(2))
        start = found.start(2)
        labels = {e.label for e in entities if e.start < start + len(name) and start < e.end}
        if name and _a_body(name, found.group(1) == "The ", labels, kb, people):
            return f"{found.group(1) if found.group(1) == 'The ' else ''}{name}", mention.start
    return None


def short_form_owning_role(mention: Mention, text: str, kb: Knowledge) -> str | None:
    """`Owen Tregarthen, chief executive of Brackenmoor`, where the draft names `Brackenmoor Stores`: a role stated
    after the name, of a short form that opens one longer body's name the draft gives (`opening_of_full_name`), is
    held at that body, named in full, whatever the tagger made of the short form (it may read a place or a person
    in it)."""
    found = ROLE_OF_SHORT_FORM.match(" ".join(w.text for w in mention.after))
    if found is None or not kb.is_role(found.group("role")):
        return None
    return opening_of_full_name(found.group("body"), text, kb)


def _name_only(run: str) -> str:
    """The capitalised run without the small words or the sentence's full stop that close it (`Harbin Research.`)."""
    words = run.split()
    while words and words[-1] in BODY_LINKS:
        words.pop()
    if words and words[-1].endswith(".") and words[-1].count(".") == 1 and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def body_words(kb: Knowledge) -> set[str]:
    """The last words that say a name is a body's: an organisation's word (`Institute`) or one a kind of body
    answers to (`Partners`, `Airways`: `body_kinds`)."""
    return kb.org_words | {word for words in kb.body_kinds.values() for word in words}


def _a_body(name: str, capital_the: bool, labels: set[str], kb: Knowledge, people: set[str]) -> bool:
    """Whether a name after `of` is a body's (see the module's note): no place, party, title, person or possessive."""
    words = name.split()
    if capital_the and not kb.names_a_country_or_state(name) and not labels & {"GPE", "NORP"}:
        return True  # (`of The Harbor Nation`: a title's capitalised article, a newspaper's or magazine's)
    if _no_body(words, kb) or _common_word(words, kb):
        return False  # (`of Ohio`, `of Harbor County`)
    if words[-1].lower() in body_words(kb) or _known_body(name, kb):
        return True  # (whatever the tagger made of it: it may read `Harbin Research` as a person's name)
    if words[0] in kb.given_names or any(w in people for w in words) or labels & {"GPE", "NORP"}:
        return False  # (`of Velde`, a person the draft names; `of Eastland`)
    return not labels & PLACE_LABELS and bool(labels & NAME_LABELS)


def _common_word(words: list[str], kb: Knowledge) -> bool:
    """`TV`, `Radio`, `Police`: a body's common word alone, capitalised, names no one body (`former TV anchor`)."""
    return len(words) == 1 and words[0].lower() in body_words(kb) and not _known_body(words[0], kb)


def _known_body(name: str, kb: Knowledge) -> bool:
    """A known organisation that is no party (`RNC` stands for one: read as her party elsewhere)."""
    known = kb.organisation(name)
    return known is not None and not any(known.name == party.name for party in kb.parties.values())


def _no_body(words: list[str], kb: Knowledge) -> bool:
    """A place, a party, a title, a possessive, an armed service or a chamber among the words."""
    name = " ".join(words)
    return kb.names_a_country_or_state(name) or any(
        kb.names_a_country_or_state(w) or kb.party(w) is not None or w.lower() in kb.place_nouns
        or kb.is_title(w) or w.endswith(("'s", "’s", "'", "’")) for w in words) \
        or name.lower() in kb.armed_services or any(name in chamber for chamber in kb.chambers.values())


def former_body(title: str, speaker: Speaker, text: str, kb: Knowledge,
                people: set[str]) -> tuple[str, str, int] | None:
    """The body a former post is stated with beside one of the speaker's mentions (`a former Harbin Foods
    chairman`), the post without it (`former chairman`) and where the mention stands, or None. The post must be the
    title read for her (its last word), and the body a body's name (see the module's note)."""
    from . import _role_head  # (the package's reading of a title's head; imported here, as it imports this module)

    head = _role_head(title)
    if not (kb.is_role(head) or kb.is_title(head)) or " and " in f" {title} ":
        return None  # (`former football star`: what she was, no post; `former union leader and a Velde supporter`:
        # a second role joined on, which may be what she speaks as now)
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        words = text[mention.start:mention.end]
        for pattern in (FORMER_BEFORE, FORMER_AFTER):
            for found in pattern.finditer(words):
                body = _name_only(found.group("body"))
                if _role_head(found.group("role")) != head or not body or HELD_NOW.match(words, found.end()) \
                        or not _former_body_named(body, mention, kb, people, pattern is FORMER_AFTER):
                    continue
                return body, _without_body(title, body, pattern is FORMER_AFTER), mention.start
    return None


def _without_body(title: str, body: str, after: bool) -> str:
    """The title without the body read out of it: `former Harbin Foods chairman` → `former chairman`, `former chief
    executive of Harbin Foods` → `former chief executive` (a title that does not hold it stays: `former CEO`)."""
    if body not in title:
        return title
    if after:
        return re.sub(rf" (?:of|at) (?:the )?{re.escape(body)}\b.*$", "", title)
    return title.replace(f"{body} ", "", 1)


def _former_body_named(body: str, mention: Mention, kb: Knowledge, people: set[str], linked: bool) -> bool:
    """A former post's body: a known organisation, a body's name by its last word, or a name the tagger reads as a
    body's (after `of`/`at`, `linked`, any name it reads as no place); no chamber, armed service, place, party,
    person, country's people or title (`former House Speaker`, `former Velde adviser`, `former Ruritanian
    president`, `former governor of Eastland` keep theirs)."""
    words = body.split()
    if _common_word(words, kb) or body.lower() in kb.armed_services \
            or any(body in chamber for chamber in kb.chambers.values()):
        return False
    if kb.organisation(body) is not None:
        return _known_body(body, kb)  # (`former RNC chairman`: a party's post, its party read apart)
    if _no_body(words, kb) or any(w in kb.demonyms for w in words):
        return False
    if words[-1].lower() in body_words(kb):
        return True  # (`Arden Bank`, though `Arden` may be a given name)
    parts = re.split(r"[\s-]+", body)  # (the tagger's words: `Hewlett`, `-`, `Packard`)
    tagged = [w for w in (*mention.before, *mention.after) if w.text in parts]
    if words[0] in kb.given_names or any(w in people for w in words) or not tagged:
        return False
    return all(w.ner == "ORG" for w in tagged) or linked and not any(w.ner in PLACE_LABELS for w in tagged)
