"""A pull quote's credit line: a paragraph that is only a quote, then `Jane Doe, mayor of Springfield.`

or `— Jane Doe` on a line of its own. The credit has no verb, so no speech sieve sees it, and the
quote ends its sentence, so the `after` sieve's dash pattern (same sentence) does not reach it.
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
    """The name opening the credit line after a paragraph that is only this quote."""
    if not _alone_in_paragraph(d, site):
        return None
    line = [k for k in range(site.last + 1, min(len(d.t), site.last + LONGEST_CREDIT + 4))
            if d.para[k] == site.quote.paragraph + 1]
    if not line or (line[-1] + 1 < len(d.t) and d.para[line[-1] + 1] == d.para[line[0]]):
        return None  # no next paragraph, or one longer than a credit line
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


def _alone_in_paragraph(d: Draft, site: Site) -> bool:
    """Whether the quote is all its paragraph holds (a closing full stop aside)."""
    para = site.quote.paragraph
    if site.first > 0 and d.para[site.first - 1] == para:
        return False
    k = site.last + 1
    while k < len(d.t) and d.para[k] == para:
        if d.t[k].text not in SENTENCE_END:
            return False
        k += 1
    return True


SIEVE = Sieve("trailer", ("credit-line",), frozenset({"tokenize", "pos"}), find=sieve_trailer)
