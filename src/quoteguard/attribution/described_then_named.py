"""A source the draft describes first and names in a later sentence: `"…," said a longtime tenant of the mill,
who has lived on Weir Street since 1990`, quoted again (`she said`), then `The tenant, Jane Roe, 68, moved …`.
The later appositive is the definite form of the same head noun, so every quote of the description is that named
person's, not an unnamed source's. So is a he/she that names the source (`he identified himself as X`).

It names the description only when the draft leaves no doubt: one earlier description with that head (`a tenant`,
`one tenant`), a name set off by commas right after the definite noun, someone not named before, and no words
saying the source goes unnamed (`who asked not to be named`: the anonymity phrases). It runs after every quote has
its speaker, and moves those quotes to the named person.
"""

from __future__ import annotations

from dataclasses import replace

from ..grammar import DEFINITE_OPENERS
from ..model import Attribution, Mention, Speaker
from .descriptions import INTRODUCERS
from .draft import Draft
from .mentions import MAX_MODIFIERS
from .resolution import Resolver

APPOSITIVE_CLOSERS = frozenset({",", ".", ";", ")"})  # `The tenant, Jane Roe, 68,`: the name set off, closed


def name_described_sources(d: Draft, resolver: Resolver, attributions: dict[str, Attribution]) -> None:
    """Give each described source the name a later `The <head>, <Name>,` states for it (see the module)."""
    for speaker in list(resolver.speakers.values()):
        if speaker.kind != "unnamed" or not speaker.anonymous or any(m.plural for m in speaker.mentions):
            continue
        introduction = _introduction(d, speaker)
        if introduction is None:
            continue
        named = _named_later(d, resolver, *introduction) or _named_by_themselves(d, resolver, *introduction)
        if named is None or not _genders_agree(d, resolver, speaker, named, attributions, introduction[1]):
            continue
        person, _ = resolver.resolve(named, named.start)
        if person is None or person.kind != "person" or person.id == speaker.id:
            continue
        _merge(resolver, attributions, speaker, person)


def _introduction(d: Draft, speaker: Speaker) -> tuple[int, int] | None:
    """The first and head tokens of the indefinite description that brings the source in (`a longtime tenant of
    the mill`), if its first mention is one, outside quotation marks and in a sentence that does not keep it
    unnamed."""
    mention = min((m for m in speaker.mentions if m.kind == "unnamed"), key=lambda m: m.start, default=None)
    if mention is None:
        return None
    first = d.token_at(mention.start)
    if d.low(first) not in INTRODUCERS or d.inside[first] or _kept_unnamed(d, first):
        return None
    last = d.token_at(mention.end - 1)
    head = None
    for k in range(first + 1, min(last, first + MAX_MODIFIERS + 1) + 1):
        if not d.modifier_or_noun(k) or d.t[k].sentence != d.t[first].sentence:
            break
        head = k
    if head is None or d.t[head].upos not in ("NOUN", None) or not d.t[head].text.islower() \
            or d.t[head].xpos in ("NNS", "NNPS"):
        return None
    return first, head


def _kept_unnamed(d: Draft, k: int) -> bool:
    """Does the sentence of token k say the source goes unnamed (`who declined to give her name`)?"""
    sentence = d.a.sentences[d.t[k].sentence]
    text = d.doc.text[d.t[sentence[0]].start:d.t[sentence[-1]].end].lower()
    return any(phrase.lower() in text for phrase in d.kb.anonymity_phrases)


def _named_later(d: Draft, resolver: Resolver, first: int, head: int) -> Mention | None:
    """The name set off right after `The <head>,` (or `That <head>,`) in a later sentence, when the draft has no
    other description with that head before it and names that person nowhere before it."""
    noun = d.low(head)
    described = {d.low(k) for k in range(first + 1, head)}
    for k in range(head + 1, len(d.t)):
        if d.low(k) != noun or d.inside[k] or d.t[k].sentence == d.t[head].sentence:
            continue
        opener = k - 1
        while opener > k - 1 - MAX_MODIFIERS and d.low(opener) in described:
            opener -= 1  # (`The longtime tenant, Jane Roe,`: the description's own words)
        if d.low(opener) not in DEFINITE_OPENERS or k + 2 >= len(d.t) or d.t[k + 1].text != ",":
            continue
        start = k + 2
        while start < len(d.t) and start <= k + 3 and d.is_cap(start) and d.is_descriptor_word(start) \
                and not d.inside[start]:
            start += 1  # (`The officer, Sgt. Jane Roe,`: a title the name's mention may hold or leave out)
        named = d.person_mention_at(start) if start < len(d.t) else None
        last = _name_end(d, start, named.name) if named is not None and named.name else None
        if named is None or last is None or not _closing(d, last + 1):
            continue  # (`The tenant, who …`: no name set off here)
        if d.introductions(noun, opener, INTRODUCERS) != [head]:
            return None  # (two tenants brought in before: which one is named is not said)
        key = resolver.person_key(named.name, named.start)
        if any(resolver.person_key(m.name or "", m.start) == key for m in d.person_mentions_before(named.start)):
            return None  # (someone named before is not newly named here)
        return named
    return None


def _named_by_themselves(d: Draft, resolver: Resolver, first: int, head: int) -> Mention | None:
    """`A man near the bleachers … yelled … "…," he shouted. Outside, he identified himself as Russell Kemper`: a
    he/she in this paragraph or the next says who the source is (data `self_naming_phrases`), with no one named
    between; the name after the phrase is theirs, if the draft names that person nowhere before."""
    limit = d.para[head] + 1
    for k in range(head + 1, len(d.t)):
        if d.para[k] > limit:
            return None
        if d.inside[k] or d.low(k) not in ("he", "she"):
            continue
        phrase = next((p for p in d.kb.self_naming_phrases if d.words_at(k + 1, list(p))), None)
        if phrase is None:
            continue
        start = k + 1 + len(phrase)
        named = d.person_mention_at(start) if start < len(d.t) else None
        if named is None or not named.name:
            return None
        key = resolver.person_key(named.name, named.start)
        if any(d.t[first].start < m.start < named.start or resolver.person_key(m.name or "", m.start) == key
               for m in d.person_mentions_before(named.start)):
            return None  # (someone named between may be whom the he/she stands for; someone named before is known)
        return named
    return None


def _name_end(d: Draft, first: int, name: str) -> int | None:
    """The last token of `name` when it is written from token `first` on (`Mbeki-Hart` may be three tokens)."""
    start = d.t[first].start
    last = d.token_at(start + len(name) - 1)
    return last if d.doc.text[start:d.t[last].end] == name else None


def _closing(d: Draft, k: int) -> bool:
    """Is the name closed at token k, as an appositive is (`, 68,`, `.`), or at the end of the draft?"""
    return k >= len(d.t) or d.t[k].text in APPOSITIVE_CLOSERS


def _genders_agree(d: Draft, resolver: Resolver, speaker: Speaker, named: Mention,
                   attributions: dict[str, Attribution], head: int) -> bool:
    """Do the he/she that speak for the source and its head noun (`woman`) fit the named person's gender, when
    the draft says it? The given name says it first: the tally around an appositive also counts the relatives
    its clause goes on to (`The tenant, Jane Roe, lives with her son`)."""
    given = next(iter((named.name or "").split()), "").capitalize()
    known = d.kb.given_names.get(given) or d.gender.get(resolver.person_key(named.name or "", named.start))
    if known is None:
        return True
    said = {d.kb.pronouns.get(a.mention.text.lower()) for a in attributions.values()
            if a.speaker_id == speaker.id and a.mention is not None and a.mention.kind == "pronoun"}
    said.add(d.kb.gender_words.get(d.low(head)))
    return not (said - {None, known})


def _merge(resolver: Resolver, attributions: dict[str, Attribution], source: Speaker, person: Speaker) -> None:
    """Move the described source's quotes, and its place in the resolver, to the named person. Its
    description stays behind: the naming appositive says the person's role (`The tenant, Jane Roe,`), and the
    longer words that brought the source in (`a longtime tenant of the mill`) are no title."""
    for quote_id, found in attributions.items():
        if found.speaker_id == source.id:
            step = "definite-description" if found.resolution == "unnamed" else found.resolution
            attributions[quote_id] = replace(found, speaker_id=person.id, resolution=step)
    resolver.hand_over(source, person)
