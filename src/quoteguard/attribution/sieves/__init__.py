"""Stage one of attribution: from a quote to the words that introduce its source.

`SIEVES` is the one ordered list of units; the first that finds a phrase whose mention may speak
wins. Each unit lives in its own module with the patterns it finds and the processors it needs.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Mention, Quote, is_speech
from ..draft import Draft
from ..survey import survey_phrase
from ..types import Phrase, Site
from . import (
    according,
    after,
    before,
    clause_subject,
    dependency,
    document,
    lead_in,
    speech_noun,
    tag,
    trailer,
    transcript,
)
from .base import Sieve

SIEVES: tuple[Sieve, ...] = (
    transcript.SIEVE,
    after.SIEVE,
    speech_noun.OWNED_SIEVE,
    according.UNNAMED_SIEVE,
    before.SIEVE,
    according.SIEVE,
    speech_noun.SIEVE,
    tag.SIEVE,
    document.SIEVE,
    dependency.SIEVE,
    clause_subject.SIEVE,
    trailer.SIEVE,
    lead_in.SIEVE,
)


SHORTEST_SENTENCE = 6  # tokens: a quote's full stop is the tag's when `Ann Roe said.` is all that follows


def site_of(d: Draft, q: Quote) -> Site:
    """The quote's tokens and the words around it in its sentence."""
    first, last = d.quote_tokens(q)
    after_quote = _on_across(d, d.post_window(last), last)
    before_quote = d.pre_window(first)
    if (d.ends_sentence(q) and not _closing_tag(d, after_quote)) or _tag_of_the_next(d, q, before_quote, after_quote):
        after_quote = []
    return Site(q, first, last, before_quote, after_quote)


INNER_QUOTE_TOKENS = 8  # a quoted phrase inside the clause (`a "Fix the Pier" banner`), not a quote of its own


def _inner_quote(d: Draft, k: int) -> tuple[int, int] | None:
    """The tokens of the short quoted phrase that starts at token k and does not end like an
    utterance: a name, a slogan or a scare word the clause goes on across."""
    for other in d.quotes:
        first, last = d.quote_tokens(other)
        if first == k:
            if last - first + 1 <= INNER_QUOTE_TOKENS and not other.takes_tag_after:
                return first, last
            return None
    return None


def _on_across(d: Draft, window: list[int], last: int) -> list[int]:
    """The words after the quote, on across a short quoted phrase in their clause (`"…," Ann Roe, who
    carried a "Fix the Pier" banner into the hall, said`): the window stops at every quote mark."""
    while window and (k := window[-1] + 1) < len(d.t) and d.inside[k] and d.para[k] == d.para[last] \
            and (inner := _inner_quote(d, k)) is not None:
        window = window + list(range(inner[0], inner[1] + 1)) + d.post_window(inner[1])
    return window


def _inner_quote_ending(d: Draft, k: int) -> tuple[int, int] | None:
    """The tokens of the short quoted phrase that ends at token k and does not end like an utterance: a title or
    a label, or words no sieve gives a speaker (a quote of someone's words has its own, which a later quote of
    its sentence takes over)."""
    for other in d.quotes:
        first, last = d.quote_tokens(other)
        if last == k:
            if last - first + 1 <= INNER_QUOTE_TOKENS and not other.takes_tag_after \
                    and (not is_speech(other.kind) or find_source(d, other) is None):
                return first, last
            return None
    return None


def _back_across(d: Draft, window: list[int], first: int) -> list[int]:
    """The words before the quote, back across a short quoted phrase in their clause (`Roe put a chart of a
    survey called "Tides" on her blog, writing "…"`), as `_on_across` goes on after it."""
    while (k := (window[0] if window else first) - 1) >= 0 and d.inside[k] and d.para[k] == d.para[first] \
            and (inner := _inner_quote_ending(d, k)) is not None and inner[0] < first:
        window = d.pre_window(inner[0]) + list(range(inner[0], inner[1] + 1)) + window
    return window


def _tag_of_the_next(d: Draft, q: Quote, before: list[int], after: list[int]) -> bool:
    """`Roe greets him with, "Is it late?" Kessler answers, "…"`: a question or an exclamation that a
    comma or colon introduces, followed by a new sentence whose comma or colon opens the next quote: the
    words after it introduce that next quote, not this one."""
    inner = d.doc.text[q.inner_start:q.inner_end].rstrip()
    if not inner.endswith(("?", "!")) or not before or not after or d.t[before[-1]].text not in (",", ":") \
            or not d.is_cap(after[0]) or d.t[after[-1]].text not in (",", ":"):
        return False
    return after[-1] + 1 < len(d.t) and d.inside[after[-1] + 1]


def _closing_tag(d: Draft, words: list[int]) -> bool:
    """`"… county." Ann Roe said.`: a stop inside the marks, then only a speaker and a speech verb
    that end the sentence, is a reporting tag, not a new sentence."""
    if not words or len(words) > SHORTEST_SENTENCE or d.t[words[0]].text in ("(", "["):
        return False
    end = words[-1] + 1
    if end < len(d.t) and not d.boundary(end):
        return False  # (the window stopped at the paragraph's end or at a quote, not at a full stop)
    return any(d.speech(k) and not d.low(k).endswith("ing") for k in words[-2:])


def _list_head(d: Draft, q: Quote, site: Site) -> Quote | None:
    """`chanting "Save the pier" and "Vote no"`: the first of the spoken quotes that only commas and
    conjunctions part from this one in its sentence, if it is one list's later item."""
    head = None
    while site.before and site.before[0] > 0 and d.inside[site.before[0] - 1] \
            and d.t[site.before[0] - 1].sentence == d.t[site.first].sentence \
            and all(d.t[k].text == "," or d.t[k].upos == "CCONJ" for k in site.before):
        earlier = next((o for o in d.quotes if not o.unspoken and d.quote_tokens(o)[1] == site.before[0] - 1), None)
        if earlier is None:
            break
        head, site = earlier, site_of(d, earlier)
    return head


def find_source(d: Draft, q: Quote, sieves: tuple[Sieve, ...] = SIEVES) -> tuple[Phrase, Mention, str] | None:
    """The first sieve's phrase for this quote, the mention it makes and the sieve's id; None if none fires.

    A list's later item that no cue next to it introduces (no tag after it, no cue before it) is
    introduced as the list's first item is (`with marchers chanting "Save the pier" and "Vote no"`),
    not by the clause around it, if the first item is introduced at all. When none fires on the words
    up to the nearest quote mark, the sieves read again back across a short quoted phrase before the
    quote (`_back_across`)."""
    site = site_of(d, q)
    found = _first_found(d, site, sieves, _list_head(d, q, site))
    if found is None and (wider := _back_across(d, site.before, site.first)) != site.before:
        found = _first_found(d, replace(site, before=wider), sieves)
    return found


def _first_found(d: Draft, site: Site, sieves: tuple[Sieve, ...],
                 head: Quote | None = None) -> tuple[Phrase, Mention, str] | None:
    """The first sieve's phrase at this site, the mention it makes and the sieve's id; past the units that
    read the quote's own cues, a list's first item (`head`) speaks for it when a sieve finds its source."""
    ids = [sieve.id for sieve in sieves]
    own_cues = ids.index("before") + 1 if "before" in ids else len(sieves)
    for n, sieve in enumerate(sieves):
        if head is not None and n >= own_cues:
            found = find_source(d, head, sieves)
            if found is not None:
                return found
            head = None  # (a list of titles no one introduces: the clause's own reading)
        if not sieve.requires <= d.a.processors or not sieve.applies(d, site):
            continue
        phrase = sieve.find(d, site)
        if phrase is None:
            continue
        if sieve.thought_yields_to_tag and phrase.cue is not None and d.speech(phrase.cue) in d.kb.thought_verbs:
            phrase = tag.sieve_tag(d, site.first, site.last) or phrase  # `…, Holt said, voters believe "…"`
        mention = sieve.mention(d, phrase) if sieve.mention is not None else d.mention_for(phrase)
        if mention is not None and sieve.accepts(d, mention):
            survey = survey_phrase(d, phrase)  # `In a harbour poll, 62 percent of dockers backed "…"`: the poll
            if survey is not None and (reported := d.mention_for(survey)) is not None:
                phrase, mention = survey, reported
            return phrase, d.as_written(mention, phrase), sieve.id
    return None
