"""A headline whose subject is a role with no name (`Harbor union chief says the ferry deal is dead`) above a
story that quotes its main speaker by name alone: the role is hers.

A headline names the story's main voice by what she is when her name would mean little to a reader; the body
then names her, often with nothing else (`Ann Roe said`). Like a group's role, this only adds to what the
affiliation stage reads: it is a nameless description, so any title stated beside her name comes first. It is
read only when the story's most quoted person, not named in the headline, has nothing stated beside her name,
and no one else's words hold the role.
"""

from __future__ import annotations

from collections import Counter

from ..model import Attribution, Mention, Speaker
from .draft import Draft
from .resolution import Resolver
from .words import DASHES

# words that never stand inside the subject's role phrase
STOP_TAGS = frozenset({"ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "DET", "AUX", "NUM", "ADV", "INTJ", "SYM"})
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})  # the subject's verb (`says`, `warned`, `will`)
MAX_SUBJECT_WORDS = 6
MIN_QUOTES = 2  # a story that quotes her once may be about someone else
LEDE_ARTICLES = frozenset({"a", "an"})  # a lede's subject not yet named
BODY_LINKS = frozenset({"at", "of", "for", "with"})  # `a former pilot at Eastport Ferries`: where she worked
BODY_NAME_WORDS = frozenset({"the", "of", "&", "and"})  # inside or before a body's name
MAX_DATELINE_WORDS = 9  # `WASHINGTON (AP) —`, `ST. JOHN'S, Newfoundland —`
RELATIVE_OPENERS = frozenset({"who", "whose", "whom", "which", "that"})


def link_headline_subject(d: Draft, resolver: Resolver, attributions: dict[str, Attribution]) -> None:
    """Add the headline's nameless subject as a description of the story's most quoted person, and the lede's
    nameless subject as one of the person the next paragraph opens on."""
    _link_headline_role(d, resolver, attributions)
    _link_lede_role(d, resolver, attributions)


def _link_headline_role(d: Draft, resolver: Resolver, attributions: dict[str, Attribution]) -> None:
    """Add the headline's nameless subject as a description of the story's most quoted person."""
    if len(d.doc.paragraphs) < 2:
        return
    headline = d.doc.paragraphs[0]
    tokens = [k for k in range(len(d.t)) if headline.start <= d.t[k].start < headline.end]
    subject = _nameless_subject(d, tokens)
    if subject is None:
        return
    first, head = subject
    person = _main_speaker(d, resolver, attributions, headline.end)
    if person is None or _held_by_another(d, resolver, person, head):
        return
    person.mentions.append(Mention(text=d.span_text(first, head), start=d.t[first].start, end=d.t[head].end,
                                   kind="unnamed", before=d.words(first, head)))


def _nameless_subject(d: Draft, tokens: list[int]) -> tuple[int, int] | None:
    """The first and last token of a role phrase opening the headline as the subject of its verb (`Harbor union
    chief says`), naming no one; a plural (`Pilots say`) is a group. A headline's few words mislead the tagger
    (`guild` read as a verb), so any word but a function word may stand in the phrase before its role."""
    if not tokens or d.inside[tokens[0]]:
        return None
    first = tokens[0]
    for head in tokens[:MAX_SUBJECT_WORDS]:
        tok = d.t[head]
        word = tok.text[:1].isalnum() or tok.upos == "PART"  # (`Eastland's`: the possessive's `'s`)
        if tok.upos in STOP_TAGS or tok.ner == "PERSON" or d.inside[head] or not word:
            return None
        verb = head + 1
        if verb not in tokens or d.t[verb].xpos not in FINITE_TAGS or d.t[verb].upos not in ("VERB", "AUX"):
            continue
        low = d.low(head)
        # (a headline's capitals, or its words alone, may make the tagger call the role a name: `chief` PROPN)
        if tok.upos in ("NOUN", "PROPN") and (d.kb.is_title(low) or d.kb.is_role(low, "NOUN")) \
                and d.kb.singular(low) == low:
            return first, head
    return None


def _main_speaker(d: Draft, resolver: Resolver, attributions: dict[str, Attribution],
                  headline_end: int) -> Speaker | None:
    """The person quoted most (alone at the top, at least twice), not named in the headline, whose mentions state
    nothing beside her name."""
    counts = Counter(a.speaker_id for a in attributions.values()
                     if (s := resolver.speakers.get(a.speaker_id)) is not None and s.kind == "person")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_QUOTES or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    person = resolver.speakers[ranked[0][0]]
    surname = person.name.split()[-1] if person.name else ""
    if not surname or surname in d.doc.text[:headline_end] or any(m.start < headline_end for m in person.mentions):
        return None
    if any(m.before or m.after or m.name is None for m in person.mentions):
        return None  # (words beside her name, or a description linked to her: the affiliation stage reads those)
    return person


def _held_by_another(d: Draft, resolver: Resolver, person: Speaker, head: int) -> bool:
    """Whether another person's words hold the headline's role (`Gov. Tad Roe` under `Eastland governor signs …`)."""
    role = d.low(head)
    return any(w.text.lower() == role for s in resolver.speakers.values() if s is not person
               for m in s.mentions for w in (*m.before, *m.after))


def _link_lede_role(d: Draft, resolver: Resolver, attributions: dict[str, Attribution]) -> None:
    """`A former harbor pilot at Eastport Ferries has sued …` ¶ `Ann Roe, who …, says …`: a delayed lede brings its
    main voice in by what she is, and the next paragraph opens on her name, often with nothing else said of her.
    The lede's subject is hers when it names no one, and she is quoted with no title beside her name."""
    if len(d.doc.paragraphs) < 3:
        return
    lede, after = d.doc.paragraphs[1], d.doc.paragraphs[2]
    tokens = _after_dateline(d, [k for k in range(len(d.t)) if lede.start <= d.t[k].start < lede.end])
    role = _indefinite_subject(d, tokens)
    if role is None:
        return
    first, last = role
    opener = next((k for k in range(len(d.t)) if d.t[k].start >= after.start), None)
    named = d.person_mention_at(opener) if opener is not None else None
    if named is None or named.name is None or len(named.name.split()) < 2 \
            or not d.doc.text.startswith(named.name, d.t[opener].start):
        return
    person = resolver.speakers.get("person:" + resolver.person_key(named.name, named.start))
    quoted = {a.speaker_id for a in attributions.values()}
    if person is None or person.kind != "person" or person.id not in quoted \
            or any(m.before or m.name is None or _titled_after(m) for m in person.mentions):
        return
    person.mentions.append(Mention(text=d.span_text(first, last), start=d.t[first].start, end=d.t[last].end,
                                   kind="unnamed", after=d.words(first, last)))


def _after_dateline(d: Draft, tokens: list[int]) -> list[int]:
    """The lede's words after its dateline (`EASTPORT, Maine —`, `HALIFAX (Reuters) -`): capitalised words and
    punctuation up to a dash opening the paragraph."""
    for n, k in enumerate(tokens[:MAX_DATELINE_WORDS]):
        if d.t[k].text in DASHES:
            before = tokens[:n]
            if before and all(d.t[j].text[:1].isupper() or d.t[j].upos == "PUNCT" for j in before):
                return tokens[n + 1:]
            break
    return [k for k in tokens if not d.in_dateline(k)]


def _indefinite_subject(d: Draft, tokens: list[int]) -> tuple[int, int] | None:
    """The first and last token of `a`/`an` + modifiers + a role (+ `at`/`of`/`for` + a body's name) opening the
    lede as the subject of its verb, naming no one (`A former harbor pilot at Eastport Ferries`)."""
    if len(tokens) < 3 or d.low(tokens[0]) not in LEDE_ARTICLES or d.inside[tokens[0]]:
        return None
    head = tokens[0] + 1
    while head < tokens[-1] and d.t[head].upos in ("ADJ", "NOUN") and d.t[head].text.islower() \
            and not (d.t[head].deprel or "").startswith("nsubj"):
        head += 1
    tok = d.t[head]
    low = d.low(head)
    if not (tok.deprel or "").startswith("nsubj") or tok.upos != "NOUN" or not tok.text.islower() \
            or d.kb.singular(low) != low or not (d.kb.is_title(low) or d.kb.is_role(low, "NOUN")):
        return None
    last = head
    if d.low(head + 1) in BODY_LINKS:
        k = head + 2
        while k <= tokens[-1] and (d.t[k].upos == "PROPN" or d.t[k].text[:1].isupper() or d.low(k) in BODY_NAME_WORDS
                                   and k + 1 <= tokens[-1] and d.t[k + 1].text[:1].isupper()):
            last = k if d.t[k].text[:1].isupper() else last
            k += 1
    if any(d.person_mention_at(k) is not None for k in range(tokens[0], last + 1)):
        return None
    return tokens[0], last


def _titled_after(mention: Mention) -> bool:
    """Words after her name that say what she is (`Ann Roe, a harbor pilot,`), not a clause (`who spent …`)."""
    return bool(mention.after) and mention.after[0].text.lower() not in RELATIVE_OPENERS
