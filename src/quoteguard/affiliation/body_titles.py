"""A title that goes on to name the body it is held in: `president of the Harbor Pilots Association`, `controller
for Eastland Civil Defence`, `TD for Harbor West`, `spokesperson for the UN secretary-general`.

An editor writes the post as the title and the body as the organisation (`president`, Harbor Pilots Association);
the report already shows that body, so the title stops where the body starts. A seat's constituency (`for Harbor
West` after `TD`) is where she sits, not part of the post, and the chamber is her body. A post serving another
post (`spokesperson for the UN secretary-general`) speaks for the body that post heads (the UN), not for a person.
A country or state after the link stays (`president of Eastland` is the office itself), as does a role that says
nothing without its body (`member of the Harbor Council`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from importlib import resources
from typing import TYPE_CHECKING

from ..grammar import PREPOSITIONS
from ..knowledge import Knowledge
from ..roles import is_former

if TYPE_CHECKING:
    from . import Affiliation, Profile

LINKS = frozenset({"of", "for", "at", "with"})  # a post's link to the body it is held in
ARTICLE = re.compile(r"^(?:the|The) ")
ARTICLES = frozenset({"the", "a", "an"})
PLACE_NAME_LINKS = frozenset({"and", "the", "of"})  # inside a constituency's name (`Highlands and Islands`)
PLACE_AFTER = re.compile(r"^(.+?) in (?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*)*$")  # `researcher in Eastport`
_DATA = json.loads(resources.files("quoteguard").joinpath("data", "affiliations.json").read_text(encoding="utf-8"))
BODY_BOUND_ROLES = frozenset(_DATA["body_bound_roles"])  # `member`: a role that says nothing without its body


def role_at_its_body(stated: Profile, kb: Knowledge) -> Profile:
    """The title without the body the profile already shows (`president of the Harbor Pilots Association` with
    that association as her body: `president`)."""
    return _cut_at_link(stated, kb, lambda role, link, rest, body: _is_the_body(rest, body.name, body.short, kb))


def role_without_constituency(stated: Profile, kb: Knowledge) -> Profile:
    """The title without a seat's constituency (`TD for Harbor West`: `TD`), the chamber being her body."""
    return _cut_at_link(stated, kb, lambda role, link, rest, body: _constituency(role, link, rest, kb))


def _cut_at_link(stated: Profile, kb: Knowledge, cut: Callable[[list[str], str, str, Affiliation], bool]) -> Profile:
    """The title cut before the first link (`of`, `for`, `at`, `with`) after a post whose words after it `cut`
    says to drop."""
    body = stated.affiliation
    if body is None or not stated.title or is_former(stated.title, kb):
        return stated  # (`former officer at the bank`: the post is gone, the whole statement says what she was)
    words = stated.title.split()
    for k in range(1, len(words) - 1):
        if words[k] not in LINKS or not _role_alone(words[:k], kb):
            continue
        if cut(words[:k], words[k], ARTICLE.sub("", " ".join(words[k + 1:])), body):
            role = " ".join(words[:k])
            return replace(stated, title=role, affiliation=replace(body, title=role)
                           if body.title == stated.title else body)
    return stated


def role_without_its_town(stated: Profile, speaker_kind: str, kb: Knowledge) -> Profile:
    """`security researcher in Eastport`, `postdoctoral fellow in Ruritania`: where a named person works is said by
    the capitalised place after `in`, no part of the post; an editor's title is the role before it."""
    found = PLACE_AFTER.match(stated.title or "") if speaker_kind == "person" else None
    if found is None or is_former(stated.title or "", kb) or not _role_alone(found.group(1).split(), kb) \
            or any(w in LINKS or w == "in" for w in found.group(1).split()):
        return stated
    role = found.group(1)
    body = stated.affiliation
    return replace(stated, title=role, affiliation=replace(body, title=role)
                   if body is not None and body.title == stated.title else body)


def body_of_a_served_post(stated: Profile, kb: Knowledge) -> Profile:
    """`spokesperson for the UN secretary-general`: read as her body, `UN secretary-general` is a post; the body
    that post belongs to, named before it, is whom she speaks for, and the title is the role alone."""
    body = stated.affiliation
    if body is None or not stated.title:
        return stated
    words = body.name.split()
    k = len(words)
    while k > 0 and words[k - 1].islower() and kb.is_title(words[k - 1].split("-")[0]):
        k -= 1
    if k == len(words) or k == 0 or not all(w[:1].isupper() for w in words[:k]):
        return stated
    owner = " ".join(words[:k])
    known = kb.organisation(owner)
    if known is None or kb.names_a_country_or_state(owner):
        return stated  # (`Eastland president`: a country's office, no body to speak for)
    served = f" {body.name}"
    title = stated.title
    at = title.find(served)
    if at > 0 and title[:at].split()[-1:] in (["the"], ["The"]):
        at = title[:at].rstrip().rfind(" ")
    role = title[:at].split() if at > 0 else []
    if role and role[-1] in LINKS:
        title = " ".join(role[:-1])
    new = replace(body, name=known.name, short=known.short, country=known.country,
                  title=title if body.title == stated.title else body.title)
    return replace(stated, title=title, affiliation=new)


def _role_alone(role: list[str], kb: Knowledge) -> bool:
    """Words before the link that make a post by themselves (`chief executive`, `director of transportation`, `TD`
    as written), not a role that needs its body (`member`)."""
    head = next((role[k - 1] for k in range(1, len(role)) if role[k] in LINKS), role[-1]).lower()
    # (`director of transportation`: the post's head stands before its own field)
    return head not in BODY_BOUND_ROLES and (head in kb.constituency_roles or kb.is_title(head)
                                             or kb.is_role(head, "NOUN")) \
        and not any(w[:1].isupper() and w.lower() not in kb.constituency_roles for w in role)


def _is_the_body(rest: str, name: str, short: str | None, kb: Knowledge) -> bool:
    """Whether the words after the link name the body shown (`the Harbor Pilots club` for `Harbor Pilots`, or
    `Harbor` for `Harbor Stores`), and that body is no country or state (`president of Eastland`)."""
    if kb.names_a_country_or_state(name):
        return False
    low = rest.lower()
    names = {n.lower() for n in (name, short) if n}
    return low in names or any(low.startswith(n + " ") and low[len(n) + 1:] in kb.org_words for n in names) \
        or _short_form(rest, name) or _classified(rest, name) or _kind_of_the_body(rest, name)


def _classified(rest: str, name: str) -> bool:
    """`the Eastport firm Hale & Moran` for `Hale & Moran`: the body's name after a word saying what kind of body
    it is (and where)."""
    before = rest[:-len(name)].split() if rest.endswith(" " + name) else []
    return bool(before) and any(w.islower() for w in before) and all(w[:1].isupper() or w.isalpha()
                                                                        for w in before) \
        and not any(w in PREPOSITIONS or w in ARTICLES for w in before)


def _kind_of_the_body(rest: str, name: str) -> bool:
    """`the district` for `Harbor County School District`: the body's own kind word standing for it."""
    return rest.islower() and len(rest.split()) == 1 and len(name.split()) > 1 \
        and rest == name.split()[-1].lower()


def _short_form(rest: str, name: str) -> bool:
    """`Brackenmoor` for `Brackenmoor Stores`: the body's name cut short, its opening capitalised words."""
    words, full = rest.split(), name.split()
    return 0 < len(words) < len(full) and full[:len(words)] == words and all(w[:1].isupper() for w in words)


def _constituency(role: list[str], link: str, rest: str, kb: Knowledge) -> bool:
    """`TD for Harbor West`, `MP for Eastland North`: a seat's holder, then the place she sits for, in capitals."""
    words = rest.replace("-", " ").split()
    return link == "for" and role[-1].lower() in kb.constituency_roles and bool(words) and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in PLACE_NAME_LINKS for w in words)
