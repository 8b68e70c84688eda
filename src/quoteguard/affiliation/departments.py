"""A minister's department: `The Minister for Housing, Ann Roe` where the draft names `the Department of Housing`.

A government post named by its field (`Housing Minister`, `Minister for Housing`, `Transport Secretary`) says which
department she heads only through that field: the knowledge base ties a few posts to their body, but most
governments name their departments their own way (`Department of Housing`, `Department for Transport`, `Housing
Department`). When nothing else says whom she speaks for, the department the draft names whose field opens with
the post's own field word is hers; a department of another field (`the Department of Health` beside a housing
minister) is never given, nor one the draft names for another government (`the Ohio Department of Housing`), nor
any to a former minister or an opposition's mirror of the post (`shadow housing minister`).
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..roles import opens_former

PORTFOLIO_LINKS = frozenset({"of", "for"})  # `Minister for Housing`, `Secretary of State for Transport`
SMALL_WORDS = frozenset({"the", "and", "&"})  # inside a field's name (`Housing and Urban Development`)
WORD = r"[A-Z][\w'’-]*"
# `the Department of Housing, Local Government and Heritage`: a list of fields joined by commas closes on `and`
FIELD = rf"(?:the )?{WORD}(?: {WORD})*(?:(?:, {WORD}(?: {WORD})*)*,? (?:and|&) {WORD}(?: {WORD})*)?"


def portfolio_of(title: str | None, kb: Knowledge) -> str | None:
    """The field word a government post is named by, lower-cased: `housing` of `Housing Minister` and of `Minister
    of State for Housing`; None for a post with no field written in capitals (`minister`, `press secretary`), a former
    post or an opposition's mirror of one."""
    words = (title or "").replace(",", " ").split()
    lower = [w.lower() for w in words]
    heads = [k for k, w in enumerate(lower) if w in kb.portfolio_heads]
    if not heads or opens_former(title, kb) or any(w in kb.mirror_post_words for w in lower):
        return None
    head = heads[0]
    after = [k for k in range(head + 1, len(words)) if lower[k] in PORTFOLIO_LINKS]
    if after:  # `Minister for Housing`, `Secretary of State for Transport`: the field after the last link
        field = [w for w in words[after[-1] + 1:] if w.lower() not in SMALL_WORDS]
        return field[0].lower() if field and field[0][:1].isupper() else None
    before = words[:head]
    start = len(before)
    while start and before[start - 1][:1].isupper():
        start -= 1  # `Housing Minister`, `Junior Housing Minister`: the capitalised words right before the post
    field = [w for w in before[start:] if kb.country_of(w) is None]
    return field[-1].lower() if len(field) == 1 else None


def departments_named(text: str, kb: Knowledge) -> list[tuple[str, str, int]]:
    """The government departments the draft names in capitals, in draft order: (field word, name, start) for
    `Department of Housing` (`housing`) and `Housing Department`; one named with a place or body before it
    (`Ohio Department of Housing`) belongs to another government and is left out, and so is its opening
    (`Ohio Department`)."""
    heads = "|".join(sorted(w.capitalize() for w in kb.department_words))
    if not heads:
        return []
    found: list[tuple[str, str, int]] = []
    for match in re.finditer(rf"\b(?:{heads}) (?:of|for) ({FIELD})", text):
        if not _owned(text, match.start()):
            field = [w for w in match.group(1).split() if w.lower() not in SMALL_WORDS]
            found.append((field[0].lower().strip(",'’"), match.group(0), match.start()))
    for match in re.finditer(rf"\b(?:[Tt]he )({WORD}) (?:{heads})\b(?! (?:of|for) [A-Z])", text):
        if not _owned(text, match.start()) and match.group(1).lower() not in kb.portfolio_heads:
            found.append((match.group(1).lower(), match.group(0)[4:], match.start()))
    return sorted(found, key=lambda f: f[2])


def known_post(title: str | None, field: str, kb: Knowledge) -> bool:
    """Whether the knowledge base ties the post, field and all, to an institution (`Secretary of State`,
    `Transportation Secretary`): it gave no body to one who holds it (`Ohio Secretary of State`, `state Transportation
    Secretary`: a state's post), so a department of that field the draft names (`the State Department`) is not
    hers."""
    low = f" {(title or '').lower()} "
    return any(f" {inst.title} " in low and field in inst.title.split() for inst in kb.institutions)


def _owned(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before the department's name (`the Ohio Department of Housing`,
    `Ohio's Housing Department`), making it a department of that place or body; `the`, or a sentence's start, do
    not."""
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    last = before[-1]
    return last[:1].isupper() and last.lower() != "the" and not last.endswith((".", "!", "?", '"', "”", ":"))


def portfolio_department(title: str | None, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """The department the draft names whose field is the post's (`Department of Housing` for the `Minister for
    Housing`), with where it is named: the first one written `Department of …` (the full name), else the first
    written `… Department`; None when the post names no field or the draft names no such department."""
    field = portfolio_of(title, kb)
    if field is None:
        return None
    named = [(name, start) for word, name, start in departments_named(text, kb) if word == field]
    full = [(name, start) for name, start in named if name.split()[0].lower() in kb.department_words]
    return (full or named or [None])[0]
