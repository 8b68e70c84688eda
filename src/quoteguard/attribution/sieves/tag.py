"""`…, Mr. Holt said, voters believe "…"`: a reporting tag set off by commas frames its sentence."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase
from ..words import (
    AUX_OR_ADVERB,
    CLAUSE_BREAK,
)
from .base import TOKENS_ONLY, Sieve


def sieve_tag(d: Draft, q_first: int, q_last: int) -> Phrase | None:
    """`A cashier who "…" is let go, Warrick said.` / `…, Mr. Holt said, voters believe "…"`.

    A reporting tag set off by commas (`, NAME said,`, `, NAME said on Monday.` ending the
    sentence, `, as a memo put it.`) frames its whole sentence, so it covers every quote in it,
    however deep. A quote with a full stop inside (`Rivals "were stiff. They had no joy" in the
    debate, Dana Ruiz said.`) reaches into the sentence that holds the tag.
    """
    first, last = d.a.sentences[d.t[q_first].sentence][0], d.a.sentences[d.t[q_last].sentence][1]
    for comma in range(first, last):
        # the comma may sit inside the marks: `a "lawful source of income," as a memo put it.`
        closes_quote = d.inside[comma] and not d.inside[comma + 1] and comma > first \
            and d.t[comma - 1].text == ","
        if not (d.t[comma].text == "," and not d.inside[comma]) and not closes_quote:
            continue
        opener = comma + 1 if d.low(comma + 1) == "as" else comma
        inverted = _inverted_tag(d, opener + 1, last)
        if inverted is not None:
            return inverted
        found = tag_cue(d, opener + 2, min(opener + 10, last + 1))
        if found is None:
            continue
        cue, length = found
        np_last = cue - 1
        while np_last > opener and (d.low(np_last) in AUX_OR_ADVERB or d.t[np_last].upos in ("AUX", "ADV")):
            np_last -= 1
        if np_last <= opener or any(d.t[k].upos == "VERB" for k in range(opener + 1, np_last + 1)):
            continue
        end = cue + length
        while end <= last and not d.inside[end] and d.t[end].text != "," and not d.boundary(end) \
                and d.t[end].upos in ("ADV", "NOUN", "PROPN", "ADP", "DET", "NUM", "ADJ", "PRON"):
            end += 1
        closed = end > last or d.t[end].text == "," or d.boundary(end) or (
            opener > comma and d.t[end].upos == "SCONJ")  # (`, as Roe's manager suggested after the vote`)
        if not closed or (cue + 1 <= last and d.low(cue + 1) == "that"):
            continue  # `, Smith said that …` opens a clause; it is no tag
        phrase = Phrase(_past_how(d, opener + 1, np_last), np_last, cue, "tag", 0.8)
        mention = d.mention_for(phrase)
        if mention is not None and mention.kind in ("unnamed", "other") and opener == comma:
            phrase = _name_left_open(d, comma, q_last, np_last, cue) or phrase
            mention = d.mention_for(phrase)
        if mention is not None and (mention.kind in ("person", "organisation", "pronoun", "unnamed")
                                    or (mention.kind == "other" and end == cue + length)):
            # (`…, the lawsuit says.`, `…, the passage continued.`: a nominal that only speaks, no object)
            return phrase
    return None


def _name_left_open(d: Draft, comma: int, q_last: int, np_last: int, cue: int) -> Phrase | None:
    """`"…," Ann Roe, a spokeswoman for the mayor said.`: a draft whose second comma is missing. The description
    before the verb is the appositive of the name between the quote and the comma, and the name speaks."""
    start = q_last + 1
    while start < comma and d.t[start].text in CLAUSE_BREAK:
        start += 1  # (a comma after the closing mark: `"…", Ann Roe, …`)
    if start >= comma or not all(d.is_cap(k) and not d.inside[k] for k in range(start, comma)):
        return None
    phrase = Phrase(start, np_last, cue, "tag", 0.8)
    mention = d.mention_for(phrase)
    return phrase if mention is not None and mention.kind == "person" else None


def _past_how(d: Draft, start: int, np_last: int) -> int:
    """`"…," was how one attendee put it.`: the copula and `how` that open the tag frame the quote; the
    speaker's phrase starts after them."""
    if start + 2 <= np_last and d.low(start) in ("is", "was", "'s") and d.low(start + 1) == "how":
        return start + 2
    return start


def _inverted_tag(d: Draft, cue: int, last: int) -> Phrase | None:
    """`…, said Ann Roe, a pollster.`: a tag whose speaker follows the verb frames its sentence too.

    The verb is an inflected form (`said`, not `saying` nor `said to be`), and the speaker's phrase
    closes the sentence or runs to a comma (an apposition or an aside follows). After `told` or `asked`
    comes the listener (`…, who had no clearance to comment, told the Gazette.`), never the speaker.
    """
    if cue + 1 > last or d.inside[cue] or not d.speech(cue) or d.low(cue).endswith("ing") \
            or d.speech(cue) in d.kb.listener_verbs \
            or d.low(cue) not in d.kb.reliable_forms or d.low(cue + 1) in ("that", "to", "by") \
            or d.t[cue + 1].text in CLAUSE_BREAK or d.inside[cue + 1]:
        return None
    window = [k for k in range(cue + 1, last + 1) if not d.inside[k]]
    np = d.np_after(cue + 1, window)
    if np is None:
        return None
    np = d.with_appositive_name(np, window)
    after = np[1] + 1
    if not (after > last or d.t[after].text == "," or d.boundary(after)):
        return None
    phrase = Phrase(np[0], np[1], cue, "tag", 0.8)
    mention = d.mention_for(phrase)
    return phrase if mention is not None and mention.kind in ("person", "organisation", "unnamed") else None


def tag_cue(d: Draft, lo: int, hi: int) -> tuple[int, int] | None:
    """The first cue of a reporting tag in [lo, hi) and its length in tokens: an inflected speech
    verb (`said`, not `saying`) or a tag phrase from the data (`put it`)."""
    for k in range(lo, hi):
        if d.t[k].text in CLAUSE_BREAK or d.inside[k]:
            return None
        for phrase in d.kb.tag_phrases:
            words = phrase.split()
            if all(k + n < len(d.t) and d.low(k + n) == w for n, w in enumerate(words)):
                return k, len(words)
        if d.speech(k):
            verb = not d.low(k).endswith("ing") and (
                d.t[k].upos in ("VERB", None) or d.low(k) in d.kb.reliable_forms)
            return (k, 1) if verb else None
    return None


SIEVE = Sieve("tag", ("tag",), TOKENS_ONLY, find=lambda d, site: sieve_tag(d, site.first, site.last))
