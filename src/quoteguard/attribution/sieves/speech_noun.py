"""`X's remarks — "…"`, `the remarks of X: "…"`: a speech noun owned by the speaker."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase
from ..words import POSSESSIVE
from .base import TOKENS_ONLY, Sieve


def sieve_speech_noun(d: Draft, pre: list[int]) -> Phrase | None:
    """`X's remarks — "…"`, `the remarks of X: "…"`."""
    for pos in range(len(pre) - 1, -1, -1):
        i = pre[pos]
        if d.low(i) not in d.kb.speech_nouns or (pos + 1 < len(pre) and d.low(pre[pos + 1]) == "as"):
            continue  # (`played down Lowe's comments as "…"`: the words that call them so are the subject's)
        k = i - 1
        while k in pre and (d.t[k].upos == "ADJ" or d.low(k) in ("recent", "latest", "own")):
            k -= 1
        if k in pre and d.t[k].text in POSSESSIVE:
            start = k - 1
            while start - 1 in pre and (d.is_cap(start - 1) or d.is_descriptor_word(start - 1)):
                start -= 1
            if start <= k - 1 and d.is_cap(k - 1):
                return Phrase(start, k - 1, i, "speech-noun", 0.85)
        if pos + 2 < len(pre) and d.low(pre[pos + 1]) in ("by", "of", "from"):
            np = d.np_after(pre[pos + 2], pre)
            if np and d.name_runs(*np):
                return Phrase(np[0], np[1], i, "speech-noun", 0.8)
    return None


SIEVE = Sieve("speech-noun", ("speech-noun",), TOKENS_ONLY,
              find=lambda d, site: sieve_speech_noun(d, site.before))
