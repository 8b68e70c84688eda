"""`"…," the email began` / `records show "…"`: a document as the subject of a verb it can say with.

Begin, show or open are no speech verbs with a person (`she began`, `he showed`), so the speech
sieves pass them by; with a document noun as subject (data/speech.json `document_nouns`) they
introduce the document's words. The source is the document itself, an entity of kind `other`.
"""

from __future__ import annotations

from ...model import Mention
from ..draft import Draft
from ..types import Phrase
from ..words import AUX_OR_ADVERB, CLAUSE_BREAK, SENTENCE_END
from .base import TOKENS_ONLY, Sieve

NOUN_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", None})  # PART: a possessive 's
LONGEST_PHRASE = 6


def document_after(d: Draft, after: list[int]) -> Phrase | None:
    """`"…," the email began.` / `"…," court records show.`: the document and its verb right after the quote."""
    rest = [k for k in after if d.t[k].text != ","][:LONGEST_PHRASE + 2]
    for pos, k in enumerate(rest):
        verb = _verb_after(d, rest[pos + 1:]) if d.low(k) in d.kb.document_nouns else None
        if verb is not None:
            contiguous = rest[:pos + 1] == list(range(rest[0], k + 1))
            return Phrase(rest[0], k, verb, "document-says", 0.85) if contiguous else None
        if d.t[k].upos not in NOUN_PHRASE_TAGS or d.t[k].text in CLAUSE_BREAK:
            return None
    return None


def document_before(d: Draft, before: list[int]) -> Phrase | None:
    """`Records show "…"` / `The letter read: "…"` / `Court papers show that "…"`: the window ends in the verb."""
    window = list(before)
    while window and (d.t[window[-1]].text in (":", ",") or d.low(window[-1]) == "that"):
        window.pop()
    if len(window) < 2 or d.low(window[-1]) not in d.kb.document_verbs:
        return None
    verb = window.pop()
    while window and d.low(window[-1]) in AUX_OR_ADVERB:
        window.pop()
    if not window or d.low(window[-1]) not in d.kb.document_nouns:
        return None
    last = first = window[-1]
    while first - 1 in window and d.t[first - 1].upos in NOUN_PHRASE_TAGS and last - first < LONGEST_PHRASE \
            and d.t[first - 1].text not in CLAUSE_BREAK | SENTENCE_END:
        first -= 1
    return Phrase(first, last, verb, "document-says", 0.85)


def _verb_after(d: Draft, rest: list[int]) -> int | None:
    """The document verb right after the noun (an auxiliary or adverb may come between)."""
    for k in rest:
        if d.low(k) in d.kb.document_verbs and d.t[k].upos in ("VERB", None):
            return k
        if d.low(k) not in AUX_OR_ADVERB:
            return None
    return None


def _document_mention(d: Draft, phrase: Phrase) -> Mention:
    """The document is the source (`Police records`, not the police): an entity of kind `other`."""
    return Mention(text=d.span_text(phrase.first, phrase.last), start=d.t[phrase.first].start,
                   end=d.t[phrase.last].end, kind="other")


def sieve_document(d: Draft, before: list[int], after: list[int], takes_tag_after: bool) -> Phrase | None:
    """The document after the quote (only where a tag after it may attribute it), else before it."""
    return (document_after(d, after) if takes_tag_after else None) or document_before(d, before)


SIEVE = Sieve("document", ("document-says",), TOKENS_ONLY,
              find=lambda d, site: sieve_document(d, site.before, site.after, site.quote.takes_tag_after),
              mention=_document_mention)
