"""Posts a list of names shares: `two former party data analysts, Ann Roe and Ivo Brandt,`, `mayoral hopefuls
Ann Roe, Ivo Brandt and Tom Lee`, `Ann Roe and Ivo Brandt, two harbor pilots,`. The plural role is each one's
title, in the singular (`former party data analyst`), wherever she stands in the list; a name's own words reach
only the name beside the role.

Like a copula's post, it only adds to what the affiliation stage reads; it never attributes a quote. A name
with words of its own before it (`Gov. Ivo Brandt`, or the role itself for the first name) keeps them.
"""

from __future__ import annotations

from ..model import Mention, Word
from .draft import Draft
from .resolution import Resolver


def link_group_titles(d: Draft, resolver: Resolver) -> None:
    """Add the shared role to the mentions of each person in a list that a plural role opens."""
    for mention in d.person_mentions:
        if mention.name is None:
            continue
        at = d.doc.text.find(mention.name, mention.start, mention.end)
        if at < 0:
            continue
        first = d.token_at(at)
        if _own_title_before(d, first):
            continue  # (`Gov. Ivo Brandt`, `pilot Ann Roe`: words of her own, read with the name)
        last = d.token_at(at + len(mention.name) - 1)
        role = d.group_role_before(first, last) or d.group_role_after(first, last)
        if role is None:
            continue
        words = _one_of_them(list(d.words(*role)), d)
        key = resolver.person_key(mention.name, mention.start)
        person = resolver.speakers.get("person:" + key)
        if person is None or not words:
            continue
        person.mentions.append(Mention(text=" ".join(w.text for w in words), start=mention.start,
                                       end=mention.end, kind="person", name=mention.name, before=tuple(words),
                                       full=mention.full))


def _one_of_them(words: list[Word], d: Draft) -> list[Word]:
    """`former data analysts` → `former data analyst`: the title one of the group holds."""
    if not words:
        return []
    head = words[-1]
    return [*words[:-1], Word(d.kb.singular(head.text), head.upos, head.ner)]


def _own_title_before(d: Draft, first: int) -> bool:
    """A title or a singular role right before the name (`Gov. Ivo Brandt`, `pilot Ann Roe`): hers alone."""
    k = first - 1
    if k > 0 and d.t[k].text == "." and d.t[k - 1].end == d.t[k].start:
        k -= 1  # (`Gov` `.` as the tokenizer split it)
    if k < 0 or d.inside[k]:
        return False
    text = d.t[k].text
    return d.is_descriptor_word(k) or text.islower() and d.kb.singular(text) == text and d.kb.is_role(text, d.t[k].upos)
