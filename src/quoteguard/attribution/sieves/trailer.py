"""A pull quote's credit line: a paragraph that is only a quote, then `Jane Doe, mayor of Springfield.`

or `— Jane Doe` on a line of its own, or the same credit closing the quote's own paragraph (`"…" Jane
Doe, mayor of Springfield.`). The credit has no verb, so no speech sieve sees it, and the quote ends
its sentence, so the `after` sieve's dash pattern (same sentence) does not reach it.
The line must be short, open with the name (after an optional dash) and hold no verb: `Jane Doe
left the hall.` is a sentence about her, not a credit. The parts of speech decide that, so the
sieve needs the tagger.
"""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase, Site
from ..words import DASHES, SENTENCE_END
from .base import Sieve

LONGEST_CREDIT = 16  # tokens: a name and a short title or affiliation
PUNCTUATION = SENTENCE_END | {",", ";", ":"}


def sieve_trailer(d: Draft, site: Site) -> Phrase | None:
    """The name opening the credit line after a paragraph that is only this quote, or closing it."""
    line = _credit_line(d, site)
    if not line:
        return None
    start = 1 if d.t[line[0]].text in DASHES else 0
    words = line[start:]
    if not words or any(d.inside[k] or d.speech(k) or d.t[k].upos in ("VERB", "AUX") for k in words):
        return None
    name_end = next((pos for pos, k in enumerate(words) if d.t[k].text in PUNCTUATION | DASHES), len(words))
    if name_end == 0 or not d.is_name_token(words[0]) or not d.has_person(words[0], words[name_end - 1]):
        return None
    if start == 0 and name_end < len(words) and d.t[words[name_end]].text not in (",", "."):
        return None  # without a dash, the name is followed by a comma and a title, or nothing
    return Phrase(words[0], words[name_end - 1], None, "credit-line", 0.75)


def _credit_line(d: Draft, site: Site) -> list[int]:
    """The tokens of the credit: the next paragraph, when the quote is all its own paragraph holds and the
    next is short; or the rest of the quote's paragraph, when the quote opens it and ends a sentence
    inside its marks (`"…works." Jane Doe, mayor.`) and the rest is short. Else none."""
    para = site.quote.paragraph
    if site.first > 0 and d.para[site.first - 1] == para:
        return []
    next_para = site.last + 1
    while next_para < len(d.t) and d.para[next_para] == para:
        next_para += 1
    rest = range(site.last + 1, next_para)
    if any(d.t[k].text not in SENTENCE_END for k in rest):
        ends_sentence = site.last > site.first and d.t[site.last - 1].text in SENTENCE_END
        return list(rest) if ends_sentence and len(rest) <= LONGEST_CREDIT else []
    line = [k for k in range(next_para, min(len(d.t), next_para + LONGEST_CREDIT + 4)) if d.para[k] == para + 1]
    if not line or (line[-1] + 1 < len(d.t) and d.para[line[-1] + 1] == d.para[line[0]]):
        return []  # no next paragraph, or one longer than a credit line
    return line


SIEVE = Sieve("trailer", ("credit-line",), frozenset({"tokenize", "pos"}), find=sieve_trailer)
