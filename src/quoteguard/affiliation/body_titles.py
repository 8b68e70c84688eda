"""A title that goes on to name where it is held: `TD for Harbor West`, `spokesperson for the UN secretary-general`.

A seat's constituency (`for Harbor West` after `TD`) is where she sits, not part of the post, and the chamber is her
body. A post serving another post (`spokesperson for the UN secretary-general`) speaks for the body that post heads
(the UN), not for a person. A role that says nothing without its body (`member of the Harbor Council`) keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge import Knowledge, _load
from ..roles import is_former

if TYPE_CHECKING:
    from . import Profile

LINKS = frozenset({"of", "for", "at", "with"})  # a post's link to the body it is held in
ARTICLE = re.compile(r"^(?:the|The) ")
PLACE_NAME_LINKS = frozenset({"and", "the", "of"})  # inside a constituency's name (`Highlands and Islands`)
# `member`: a role that says nothing without its body
BODY_BOUND_ROLES = frozenset(_load("affiliations.json")["body_bound_roles"])


def role_without_constituency(stated: Profile, kb: Knowledge) -> Profile:
    """The title without a seat's constituency (`TD for Harbor West`: `TD`), the chamber being her body: the title
    cut before the first link (`of`, `for`, `at`, `with`) after a post, when the words after it name a constituency."""
    body = stated.affiliation
    if body is None or not stated.title or is_former(stated.title, kb):
        return stated  # (`former officer at the bank`: the post is gone, the whole statement says what she was)
    words = stated.title.split()
    for k in range(1, len(words) - 1):
        if words[k] not in LINKS or not _role_alone(words[:k], kb):
            continue
        if _constituency(words[:k], words[k], ARTICLE.sub("", " ".join(words[k + 1:])), kb):
            role = " ".join(words[:k])
            return replace(stated, title=role, affiliation=replace(body, title=role)
                           if body.title == stated.title else body)
    return stated


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


def _constituency(role: list[str], link: str, rest: str, kb: Knowledge) -> bool:
    """`TD for Harbor West`, `MP for Eastland North`: a seat's holder, then the place she sits for, in capitals."""
    words = rest.replace("-", " ").split()
    return link == "for" and role[-1].lower() in kb.constituency_roles and bool(words) and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in PLACE_NAME_LINKS for w in words)
