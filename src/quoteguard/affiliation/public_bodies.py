"""The public body a public servant works for: `Roads Commissioner Ann Roe` in a story on `the Harbor County
Commission`, `City Manager Ivo Brandt` where the draft names `the city of Riverton`, `the prefect, X` beside `the
Eastmarch prefecture`, `a lecturer in the law faculty` at `Kestrel University`.

A newsroom names the commission, the city, the university or the prefecture once and then quotes its people by
their post alone: a reader takes them to serve the one body of that kind the story names. The knowledge base says
which kind of public body each post belongs to (`public_posts`: a prefect to a prefecture, a lecturer to a
university, a mayor to a city or a town) and how a body of each kind is named (`public_body_kinds`: the kind's word
closing a name, `Kestrel University`, `the Eastmarch prefecture`, or opening one with `of`, `University of
Kessing`; a city or a town by `place_of_noun`). A post that opens on the kind's own word (`City Manager`,
`Commission spokesperson`, `a university spokeswoman`), or an unnamed source placed in the kind's office (`an
employee in the city's finance department`), belongs to that kind too. Only when the draft names exactly one body
of the kind is it hers; none or two leave her with none, as does a former post. Read last, when nothing else the
draft says gives her a body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge import Knowledge, _load
from ..model import Speaker
from ..roles import opens_former
from .bodies import NAME_BEFORE, _longest, _own_name_words, _rank_or_party, in_headline, place_of_noun
from .referents import _introductions

if TYPE_CHECKING:
    from . import Profile

_DATA = _load("affiliations.json")
# `prefect`: the kinds of public body a post belongs to (a mayor's city or town)
PUBLIC_POSTS = {post: tuple(kinds) for post, kinds in _DATA["public_posts"].items()}
# `university`: the words that name a body of that kind (`Kestrel University`, `University of Kessing`)
PUBLIC_KINDS = {kind: tuple(words) for kind, words in _DATA["public_body_kinds"].items()}
ARTICLES = frozenset({"a", "an", "the", "one", "another"})  # `one employee`: what opens an unnamed source's words
NAME_AFTER_OF = r"(?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)"  # `University of North Kessing`: the name after `of`


def with_public_body(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """A person of whom no body is said, named or not, whose post belongs to a kind of public body (`prefect`,
    `City Manager`, `a Commission official`): the one body of that kind the draft names, where it names it first."""
    from . import Affiliation, _known_body  # (the package's own; imported here, as the package imports this module)

    if stated.affiliation is not None or speaker.kind not in ("person", "unnamed"):
        return stated
    start = min((m.start for m in speaker.mentions), default=0)
    kinds = post_kinds(stated.title, kb) if stated.title else ()
    if not kinds and speaker.kind == "unnamed":
        # (her words as the mention writes them, or where the draft first wrote her role: `One employee in …`)
        described = [m.text for m in speaker.mentions if m.kind == "unnamed"]
        kinds = next((found for phrase in [*described, *_introductions(stated.title or "", start, text, kb)]
                      if (found := _described_kinds(phrase, kb))), ())
    found = _one_body(kinds, text, start, kb)
    if found is None or not _fits_the_post(stated.title, found[0], kb) \
            or _held_by_another(stated.title, found[0], text):
        return stated
    name, short, country = _known_body(found[0], kb)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, country, "appositive", found[1]))


def with_place_named(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`County Executive Ann Roe`, read as `County` and `Executive`: a place's bare noun is no body's name; the one
    place of that kind the draft names (`Pell County`) is hers, unless her title names another body (`Police
    Commissioner`). With none named, the noun stays."""
    from . import Affiliation  # (the package's own; imported here, as the package imports this module)

    body = stated.affiliation
    kind = body.name.lower() if body is not None else ""
    if body is None or kind not in kb.civic_place_nouns or body.name != kind.capitalize() \
            or any(_names_a_place_or_body(w, kb) for w in (stated.title or "").split()):
        return stated
    found = _one_body((kind,), text, min((m.start for m in speaker.mentions), default=0), kb)
    if found is None or _held_by_another(stated.title, found[0], text):
        return stated
    return replace(stated, affiliation=Affiliation(found[0], None, body.title, body.country, body.source, found[1]))


def with_body_of_the_union(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`EU Industry Commissioner Ann Roe`, read as the EU and `Industry Commissioner`, where the draft names the
    European Commission: a post that belongs to a kind of public body (a commissioner to a commission) is held in
    the one body of that kind the draft names whose name opens on the same word as the union or place read before
    the post (`European`), not in the union itself; a body already of the kind stays."""
    from . import _known_body  # (the package's own; imported here, as the package imports this module)

    body = stated.affiliation
    if body is None or body.source != "title" or speaker.kind != "person":
        return stated
    kinds = tuple(kind for kind in post_kinds(stated.title, kb) if kind not in kb.civic_place_nouns)
    found = _one_body(kinds, text, min((m.start for m in speaker.mentions), default=0), kb)
    if found is None or found[0].split()[0].lower() != body.name.split()[0].lower() \
            or any(body.name.lower().endswith(f" {word}") for kind in kinds for word in PUBLIC_KINDS[kind]):
        return stated
    name, short, country = _known_body(found[0], kb)
    return replace(stated, affiliation=replace(body, name=name, short=short, country=country or body.country))


def post_kinds(title: str | None, kb: Knowledge) -> tuple[str, ...]:
    """The kinds of public body a title's post belongs to: by the post (`public_posts`) the title ends in after
    lower-case modifiers, or capitalised ones in a title capitalised throughout that name no place or other body
    (`Competition Commissioner`, not `Harbor County Commissioner` or `Police Commissioner`); or by the kind's own
    word opening the title before a role (`City Manager`, `Commission spokesperson`). What stands after a comma
    (`vice-chancellor, Professor`) is no part of the post; a former post belongs to no body now."""
    words = _post_words(title)
    low = [w.lower() for w in words]
    if not low or opens_former(title, kb) or any(w in kb.retired_words for w in low):
        return ()
    for length in range(len(low), 0, -1):
        post = " ".join(low[-length:])
        if post not in PUBLIC_POSTS:
            continue
        modifiers = words[:-length]
        if all(w.islower() for w in modifiers) or all(w[:1].isupper() for w in words) \
                and not any(_names_a_place_or_body(w, kb) for w in modifiers):
            return PUBLIC_POSTS[post]
        return ()
    return _owned_kinds(words, kb)


def _post_words(title: str | None) -> list[str]:
    """The title's words that state the post: those up to a comma (`vice-chancellor, Professor`: a name's honorific
    after it)."""
    return (title or "").split(",")[0].split()


def _owned_kinds(words: list[str], kb: Knowledge) -> tuple[str, ...]:
    """`City Manager`, `Commission spokesperson`, `university spokeswoman`: a kind's own word (`the`, a possessive
    `'s` aside) opening the title, then a role of one or two words."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return ()
    kind = re.sub(r"(?:'s|’s)$", "", words[0]).lower()
    if kind not in PUBLIC_KINDS or not kb.is_role(words[-1]) or _served(words[-1].lower(), kb):
        return ()  # (`city residents`: people the city serves)
    return (kind,)


def _described_kinds(described: str, kb: Knowledge) -> tuple[str, ...]:
    """An unnamed source's own words (`A Commission official familiar with the case`, `one employee in the city's
    finance department`): a kind's word right before the role it opens on, or owning the office the source is
    placed in (`in the city's …`; a patient or a resident is placed in none)."""
    words = described.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in PUBLIC_KINDS and kb.is_role(words[1].strip(",")):
        return (words[0].lower(),)
    kinds = "|".join(sorted(re.escape(kind) for kind in PUBLIC_KINDS))
    placed = re.search(rf"^(?:[\w-]+ ){{0,2}}[\w-]+,? (?:in|at|with|for|from) the ({kinds})(?:'s|’s) ", described,
                       re.IGNORECASE)
    role = words[0].strip(",").lower() if words else ""
    return (placed.group(1).lower(),) if placed is not None and kb.is_role(role) and not _served(role, kb) else ()


def _served(role: str, kb: Knowledge) -> bool:
    """`a patient at the city's hospital`, `a resident in the city's north`: one the body serves or houses, none of
    its people."""
    return kb.singular(role) in kb.served_roles | kb.residence_nouns


def _names_a_place_or_body(word: str, kb: Knowledge) -> bool:
    """`Harbor County`, `Police`, `French`: a word before a post that says where, or in which other body, it is
    held (a place's, a kind of workplace's or a public kind's word, or a nation's)."""
    low = word.lower()
    return low in kb.civic_place_nouns or low in kb.workplace_owner_kinds or low in PUBLIC_KINDS \
        or kb.country_of(word) is not None


def _one_body(kinds: tuple[str, ...], text: str, start: int, kb: Knowledge) -> tuple[str, int] | None:
    """The one body of the kinds the draft names, and where: a city or a town named before `start` (`the city of
    Riverton`, see `place_of_noun`: so written, the body is `city of Riverton`, else the place), any other kind by its
    name anywhere outside a headline; None for none or two."""
    found: dict[str, int] = {}
    for kind in kinds:
        if kind in kb.civic_place_nouns:
            place = place_of_noun(kind, text, start, kb)
            written = re.search(rf"\b(?:{kind}|{kind.capitalize()}) of {re.escape(place)}\b", text) if place else None
            if place is not None:  # (as the draft names the body, `city of Riverton`, else the place)
                found.setdefault(f"{kind} of {place}" if written else place, text.find(place))
        else:
            for name, at in _bodies_named(PUBLIC_KINDS.get(kind, ()), text, kb).items():
                found.setdefault(name, at)
    return next(iter(found.items())) if len(found) == 1 else None


def _bodies_named(words: tuple[str, ...], text: str, kb: Knowledge) -> dict[str, int]:
    """The bodies the draft names with one of the kind's words closing a capitalised name (`Kestrel University`,
    `the Eastmarch prefecture`, `Kestrel University's campus`) or opening one before `of` (`University of
    Kessing`), with where each is first named; a name that ends a longer one is that one."""
    named: dict[str, int] = {}
    for word in words:
        written = rf"(?:{re.escape(word.capitalize())}|{re.escape(word)})"
        for found in re.finditer(rf"{NAME_BEFORE}{written}\b(?!-)", text):
            own = _own_name_words(found.group(1).split(), kb)
            if own and not in_headline(text, found.start()):
                name = " ".join([*own, found.group(0).split()[-1]])
                at = found.start() + len(found.group(0)) - len(name)
                for part in _joined(name, words):  # (`Kellby University and Dunmore University`: two)
                    named.setdefault(part, at + name.find(part))
        for found in re.finditer(rf"\b{re.escape(word.capitalize())} of {NAME_AFTER_OF}", text):
            if not in_headline(text, found.start()):
                named.setdefault(found.group(0).removesuffix("'s").removesuffix("’s"), found.start())
    longest = _longest(set(named))
    return {name: at for name, at in named.items() if name in longest}


def _held_by_another(title: str | None, body: str, text: str) -> bool:
    """`Fenwick County Recorder Alma Greer`, then `County Recorder Rosa Blythe`: the draft names the body with the
    post right after it (`Fenwick County Recorder`), for someone of whom it was read; the post there is hers, so
    another who holds it alone serves some other body of the kind."""
    post = _post_words(title)
    if not post:
        return False
    names = {body, body.split(" of ", 1)[-1]}  # (`city of Riverton`: `Riverton City Manager`)
    head = re.escape(post[-1])  # (one capitalised word may stand between: `Fenwick County Deputy Recorder`)
    return any(re.search(rf"\b(?i:{re.escape(name)})(?:'s|’s)? (?:[A-Z][\w-]* )?(?i:{head})\b", text) for name in names)


def _joined(name: str, words: tuple[str, ...]) -> list[str]:
    """The names `and` or `&` joins in one capitalised name when each before the last closes on a kind's word
    (`Kellby University and Dunmore University`), else the name alone (`Securities and Exchange Commission`)."""
    parts = re.split(r" (?:and|&) ", name)
    whole = all(any(part.lower().endswith(f" {word}") for word in words) for part in parts[:-1])
    return parts if len(parts) > 1 and whole else [name]


def _fits_the_post(title: str | None, body: str, kb: Knowledge) -> bool:
    """A commissioner named by a portfolio (`Competition Commissioner`) sits on a commission that governs a place
    or union of places, whose commissioners hold portfolios: one the knowledge base knows, or one named by a place
    (`the Harbor County Commission`, not `the Trade Commission`); one named by her own words (`Port Commissioner`)
    was read before. Any other post, and a commissioner with no portfolio, fits the one body of its kind."""
    post = _post_words(title)
    if not post or post[-1].lower() not in kb.member_bodies:
        return True
    portfolio = [w for w in post[:-1] if not _rank_or_party(w, kb)]
    if not portfolio:
        return True  # (`Deputy Commissioner`: a rank, no portfolio)
    return kb.organisation(body) is not None or any(
        w.lower() in kb.civic_place_nouns or kb.country_of(w) is not None for w in body.split()[:-1])
