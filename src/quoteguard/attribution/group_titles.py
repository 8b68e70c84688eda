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
        if mention.before or mention.name is None:
            continue
        first = d.token_at(mention.start)
        last = _name_end(d, mention)
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
    head = words[-1]
    return [*words[:-1], Word(d.kb.singular(head.text), head.upos, head.ner)]


def _name_end(d: Draft, mention: Mention) -> int:
    """The last token of the name itself: a mention's words run on over an appositive after it (`Ivo Brandt, two
    harbor pilots`), which is no part of the list of names."""
    name = mention.name or ""
    end = mention.start + len(name)
    if d.doc.text[mention.start:end] == name:
        return d.token_at(end - 1)
    return d.token_at(mention.end - 1)
