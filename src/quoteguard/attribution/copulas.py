"""Posts stated of a person by a sentence of its own: `Ann Roe is the Harbor Board's policy director`,
`Roe is a Republican`. The name is the subject and a present copula follows it; the complement is a
title the affiliation stage reads like an appositive. A title is read only for a person the draft
describes nowhere else (a title beside a name, or a description, says more and says it first); a
party always.

Like a description, it only adds to what the affiliation stage reads; it never attributes a quote.
"""

from __future__ import annotations

from ..grammar import PREPOSITIONS, SUPPOSING_WORDS, TITLE_COPULAS
from ..knowledge import Knowledge
from ..model import Mention, Word
from ..roles import copula_complement, names_a_role
from .draft import Draft
from .resolution import Resolver

MAX_WORDS = 12  # `the Harbor Board's deputy director for policy and planning`: longer is a clause
# Present copulas only: in a news story `X was the star of the evening` is when, not a former post.
COPULA_OPENERS = frozenset({"is", "has", "remains", "serves"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
COMPLEMENT_BREAKS = frozenset({",", ".", ";", ":", "—", "–", "(", "?", "!"})


def link_copulas(d: Draft, resolver: Resolver) -> None:
    """Add each `NAME is/was ROLE` statement to the mentions of the person named."""
    for mention in d.person_mentions:
        words = _complement(d, mention)
        if not words:
            continue
        key = resolver.person_key(mention.name or "", mention.start)
        person = resolver.speakers.get("person:" + key)
        if person is None:
            continue
        if any(_describes(m, d) for m in person.mentions):
            # (`Roe is a Democratic candidate` adds her party, whatever else the draft says of her)
            words = [w for w in words if w.text[:1].isupper() and d.kb.party(w.text)][:1]
        if words:
            person.mentions.append(Mention(text=" ".join(w.text for w in words), start=mention.end,
                                           end=mention.end, kind="unnamed", after=tuple(words)))


def _describes(mention: Mention, d: Draft) -> bool:
    """Whether a mention's own words say anything of the person (`Dr. Ann Roe` says no role)."""
    return bool(mention.after) or any(w.text.lower() not in d.kb.courtesy_titles and w.text != "."
                                      for w in mention.before)


def _complement(d: Draft, mention: Mention) -> list[Word]:
    """The role a copula right after the name states, or nothing (`Roe is running`, `Roe is not a
    candidate`, `Roe was born in Ohio` state none)."""
    last = d.token_at(mention.end - 1)
    first = last + 1
    if first >= len(d.t) or d.inside[first] or d.low(first) not in COPULA_OPENERS:
        return []
    if d.t[last].deprel is not None and not (d.t[last].deprel or "").startswith(("nsubj", "flat", "compound")):
        return []  # (the name is no subject: `said Roe is …` makes the clause someone else's)
    opening = d.token_at(mention.start) - 1
    if opening >= 0 and d.low(opening) in SUPPOSING_WORDS:
        return []  # (`if Roe is the nominee`: a supposition, no post she holds)
    post = _post_after_a_relation(d, first)
    start = first if post is None else post
    end = start
    while end < len(d.t) and end - start < MAX_WORDS and not d.inside[end] and d.t[end].text not in COMPLEMENT_BREAKS \
            and d.t[end].sentence == d.t[first].sentence:
        end += 1
    clause = list(d.words(first, end - 1)) if post is None else [*d.words(first, first), *d.words(post, end - 1)]
    if any(w.text.lower() in NEGATIONS for w in clause[:3]):
        return []
    opener = next((w for w in clause if w.text.lower() not in TITLE_COPULAS), None)
    if opener is None or opener.upos in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "PRON"):
        return []  # (`Roe is unquestionably the star`, `Roe has said`: no post stated)
    complement = copula_complement(clause)
    if not complement:
        return []
    if len(complement) > 1 and complement[1].text.lower() in ("a", "an"):
        return []  # (`Roe is such a con artist`, `quite a talker`: a word before the article judges her)
    if occasion_role(complement, d.kb):
        return []  # (`Roe is the largest recipient of harbor grants`: her part in an event, no post)
    return complement if names_a_role(complement, d.kb) or d.kb.party(complement[0].text) else []


def _post_after_a_relation(d: Draft, copula: int) -> int | None:
    """`Roe is the daughter of Greek immigrants and the first female governor of Eastland`: whose child or spouse she
    is (data `kinship_nouns`), then a post joined on with `and` and an article. The post is what the statement says
    she holds; where it starts (its article), or None."""
    head = None
    for k in range(copula + 1, min(copula + MAX_WORDS, len(d.t) - 2)):
        if d.inside[k] or d.t[k].text in COMPLEMENT_BREAKS or d.t[k].sentence != d.t[copula].sentence:
            return None
        if head is None and d.low(k) in ("of", "to"):
            head = k - 1
        if d.low(k) == "and" and d.low(k + 1) in ("a", "an", "the"):
            return k + 1 if head is not None and d.low(head) in d.kb.kinship_nouns else None
    return None


def occasion_role(words: list[Word], kb: Knowledge) -> bool:
    """Whether the role the words state, the last word before their first preposition, is a part played in an
    event or a transaction (`participant in forty tenders`, `top recipient of grants`), which no post is."""
    cut = next((k for k, w in enumerate(words) if k and w.text.lower() in PREPOSITIONS), len(words))
    return bool(cut) and words[cut - 1].text.lower() in kb.occasion_roles
