"""Quotes no one in the draft says: cries no one is named for, and aliases.

A chant or cry the draft gives no owner (`to chants of "…"`, `drawing jeers and "…" chants`) is the
words of nobody it names, so it gets no speaker and borrows none from the quotes around it. A chant
someone is named for keeps them: the subject that answers `with chants of "…"`, the owner of `the
crowd's chants of "…"`, and `the crowd chanted "…"` (a verb, which the sieves read). An alias set
straight after its cue (`Ivo Brandt, known online as "Harbor Ghost"`, `a tactic known in police training as
a "box-in"`) is a name, nobody's words.
"""

from __future__ import annotations

from ..grammar import ARTICLES
from ..marks import ALL_MARKS
from ..model import Quote
from .draft import Draft
from .words import POSSESSIVE

NOUN_PHRASE_TAGS = frozenset({"DET", "ADJ", "ADV", "NUM", "NOUN", "CCONJ", "PUNCT"})
ALIAS_CUE_REACH = 4  # lower-case words that may stand inside an alias cue (`known in police training as`)
LONGEST_LEAD = 5  # tokens of a chant's noun phrase before its head (`near-constant, angry calls of`)


def unvoiced_quotes(d: Draft) -> set[str]:
    """The ids of the quotes that are aliases or cries no one in the draft is named for, and the quotes
    joined to them (`calls of "…" and "…"`)."""
    nobodys: set[str] = set()
    previous: Quote | None = None
    for q in d.quotes:
        joined = previous is not None and previous.id in nobodys and _joined(d, previous, q)
        if joined or _unowned_cry(d, q) or _alias(d, q):
            nobodys.add(q.id)
        previous = q
    return nobodys


def _unowned_cry(d: Draft, q: Quote) -> bool:
    first, last = d.quote_tokens(q)
    k = _skip_marks(d, first - 1, -1)
    if k >= 1 and d.low(k) == "of" and d.low(k - 1) in d.kb.chant_nouns and not d.inside[k - 1]:
        return not _owned(d, k - 1)  # `to chants of "…"`
    after = _skip_marks(d, last + 1, 1)
    if after < len(d.t) and d.low(after) in d.kb.chant_nouns and not d.inside[after] \
            and d.t[after].sentence == d.t[last].sentence and d.t[after].upos in ("NOUN", None):
        return not _owned(d, first)  # `drew boos and "…" chants`
    return False


def _alias(d: Draft, q: Quote) -> bool:
    """`known online as "…"`, `a tactic known in police training as a "…"`: the quote right after an alias cue (an
    article may stand before the quote, and a few lower-case words inside the cue): a name for someone or something,
    nobody's words, unless `by` after it says who calls it so."""
    first, last = d.quote_tokens(q)
    after = _skip_marks(d, last + 1, 1)
    if after < len(d.t) and d.low(after) == "by" and not d.inside[after]:
        return False  # (`known as the "…" by its neighbours`: the ones who call it so; the sieves decide)
    k = _skip_marks(d, first - 1, -1)
    if k >= 0 and d.low(k) in ARTICLES and not d.inside[k]:
        k -= 1
    for cue in d.kb.alias_cues:
        words = cue.split()
        j = k
        for n, word in enumerate(reversed(words)):
            inside = 0
            while n > 0 and inside < ALIAS_CUE_REACH and j >= 0 and d.t[j].text.isalpha() \
                    and d.t[j].text.islower() and d.low(j) != word:
                j, inside = j - 1, inside + 1  # (`known here as`, `known in police training as`)
            if j < 0 or d.low(j) != word or d.inside[j]:
                break
            j -= 1
        else:
            return True
    return False


def _owned(d: Draft, head: int) -> bool:
    """The chant's noun phrase, up to `head`, names whose it is: a possessive in it, or `with` before it
    (`the fans answered with chants of "…"`: the subject's)."""
    k = head - 1
    for _ in range(LONGEST_LEAD):
        if k < 0 or d.boundary(k) or (d.inside[k] and d.t[k].text not in ALL_MARKS):
            return False
        low = d.low(k)
        if low in POSSESSIVE or d.t[k].upos == "PRON":
            return True  # `the crowd's chants of`, `their calls of`
        if d.t[k].upos is not None and d.t[k].upos not in NOUN_PHRASE_TAGS and not d.inside[k]:
            return low == "with"
        k -= 1
    return False


def _joined(d: Draft, earlier: Quote, later: Quote) -> bool:
    """Two quotes of one sentence with only `and`, `or` or a comma between them."""
    _, end = d.quote_tokens(earlier)
    start, _ = d.quote_tokens(later)
    between = [d.low(k) for k in range(end + 1, start) if d.t[k].text not in ALL_MARKS]
    return d.t[end].sentence == d.t[start].sentence and bool(between) and all(w in (",", "and", "or") for w in between)


def _skip_marks(d: Draft, k: int, step: int) -> int:
    while 0 <= k < len(d.t) and d.t[k].text in ALL_MARKS:
        k += step
    return k
