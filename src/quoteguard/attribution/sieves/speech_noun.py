"""`X's remarks — "…"`, `the remarks of X: "…"`, `his comment that "…"`: a speech noun owned by the speaker."""

from __future__ import annotations

from ...model import Mention
from ..draft import Draft
from ..types import Phrase, Site
from ..words import CLAUSE_BREAK, OWNER_PRONOUNS, POSSESSIVE, POSSESSIVE_S
from .base import TOKENS_ONLY, Sieve

CLAIM_REACH = 6  # words at most between an owned speech noun and the quote it introduces
CLAIM_LINKS = frozenset({"that", "to", "for", "of", ",", ":"})  # `her claim that "…"`, `his pledge to keep "…"`
NOUN_MODIFIERS = ("amod", "compound", "nummod")  # `her March comment`, `his two tweets`
OWNER_NOUN_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM")  # tags of the words before an owner's `'s`


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


def sieve_owned_speech(d: Draft, pre: list[int]) -> Phrase | None:
    """`his comment that "…"`, `her claim that the pier "…"`, `the mayor's pledge to keep "…"`: a speech noun
    with its owner close before the quote, and no speech verb between, says whose words the quote gives."""
    for pos in range(len(pre) - 1, max(len(pre) - 2 - CLAIM_REACH, -1), -1):
        i = pre[pos]
        if d.low(i) in d.kb.speech_nouns and d.t[i].upos == "NOUN":
            link = pre[pos + 1] if pos + 1 < len(pre) else None
            if link is not None and d.low(link) in ("was", "is") and pos + 2 < len(pre) \
                    and d.low(pre[pos + 2]) == "that":
                link = pre[pos + 2]  # (`her answer was that "…"`: what the answer said, not what it is called)
            if link is None or d.low(link) not in CLAIM_LINKS:
                return None  # (`his remarks on Friday "…"`, `her statement was "…"`: what the noun is called)
            owner = owner_of(d, i, pre)
            if owner is None or any(d.speech(k) for k in pre if k < owner[0]):
                return None  # (`Ryan said Roe's claim that "…"`: the cue before reports it all)
            return Phrase(owner[0], owner[1], i, "speech-noun", 0.8)
        if d.speech(i) or d.t[i].text in (";", ":") or d.boundary(i):
            return None  # (a cue of its own, or a new clause: the other sieves read it)
    return None


def sieve_owned_label(d: Draft, site: Site) -> Phrase | None:
    """`Ann Roe's "fresh start" remark`, `his "no more tolls" pledge`: a quoted phrase set between an owner
    and the speech noun it names is the owner's words. After one owner (`'s`, his, her) a bare `promise`
    can only be the noun, whatever the tagger says."""
    noun = site.last + 1
    if noun >= len(d.t) or d.inside[noun] or d.low(noun) not in d.kb.speech_nouns \
            or d.t[noun].sentence != d.t[site.last].sentence:
        return None
    owner = owner_of(d, site.first, site.before)
    if owner is None:
        return None
    singular = d.t[site.first - 1].text in POSSESSIVE_S or d.low(site.first - 1) in OWNER_PRONOUNS
    if d.t[noun].upos != "NOUN" and not (singular and d.t[noun].upos == "VERB"):
        return None
    return Phrase(owner[0], owner[1], noun, "speech-noun", 0.8)


def owner_of(d: Draft, noun: int, pre: list[int]) -> tuple[int, int] | None:
    """Who owns a speech noun: a possessive pronoun (`his past comments`) or the phrase before `'s`
    (`Ada Berg's latest claim`), over the words that qualify the noun, hyphenated ones too (`her
    evidence-free claim`)."""
    k = noun - 1
    while k in pre and ((d.t[k].upos == "ADJ" or d.t[k].deprel in NOUN_MODIFIERS) and d.t[k].text not in CLAUSE_BREAK
                        or d.glued_hyphen(k) and k - 1 in pre):
        k -= 1
    if k in pre and d.low(k) in OWNER_PRONOUNS:
        return k, k
    if k not in pre or d.t[k].text not in POSSESSIVE or k - 1 not in pre:
        return None
    start = k - 1
    while start - 1 in pre and d.t[start - 1].upos in OWNER_NOUN_TAGS and d.t[start - 1].text not in CLAUSE_BREAK:
        start -= 1
    return start, k - 1


def owner_mention(d: Draft, phrase: Phrase) -> Mention | None:
    """A possessive pronoun owner is a pronoun mention as written (`his`); a named owner, the mention it names."""
    if phrase.first == phrase.last and d.low(phrase.first) in OWNER_PRONOUNS:
        tok = d.t[phrase.first]
        return Mention(text=tok.text, start=tok.start, end=tok.end, kind="pronoun")
    return d.mention_for(phrase)


SIEVE = Sieve("speech-noun", ("speech-noun",), TOKENS_ONLY,
              find=lambda d, site: sieve_speech_noun(d, site.before))
OWNED_SIEVE = Sieve("owned-speech", ("speech-noun",), TOKENS_ONLY,
                    find=lambda d, site: sieve_owned_speech(d, site.before) or sieve_owned_label(d, site),
                    mention=owner_mention)
