""""`"…," said X`, `"…," X said`, `"…" — X`: a cue after the quote, in its sentence."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase, Site
from ..words import (
    AUX_OR_ADVERB,
    CLAUSE_BREAK,
    DASHES,
    OWNER_PRONOUNS,
    _words,
)
from .base import TOKENS_ONLY, Sieve

PASSIVE_BE = frozenset({"be", "been", "is", "are", "was", "were"})  # `can be heard`, `was heard`


def sieve_after(d: Draft, post: list[int]) -> Phrase | None:
    """`"…," said X` / `"…," X said` / `"…" — X`."""
    k = 0
    while k < len(post) and d.t[post[k]].text in (",",):
        k += 1
    if k >= len(post):
        return None
    rest = post[k:]
    first = rest[0]
    if d.t[first].text in DASHES and len(rest) > 1:
        np = d.np_after(rest[1], rest)
        # the credit closes the sentence, perhaps with an apposition (`— Ann Roe, a resident.`); a dash
        # that opens an aside (`"…" — a point critics have long made`, `— the founder who …`)
        # names what the quote is about, not who said it
        if np and d.name_runs(*np) and (np[1] == rest[-1] or d.t[np[1] + 1].text == ","):
            return Phrase(np[0], np[1], None, "dash", 0.8)
        return None
    j = 0
    while j < len(rest) and d.low(rest[j]) in AUX_OR_ADVERB and not d.modal_as_name(rest[j]):
        j += 1
    # (`"…," citing a study`: a participle's object is what it cites, not who speaks)
    if j < len(rest) and d.speech(rest[j]) and d.low(rest[j]) not in d.kb.participles \
            and not d.low(rest[j]).endswith("ing"):
        np = d.np_after(rest[j] + 1, rest)
        if np and d.speech(rest[j]) in d.kb.weak_verbs and d.low(np[0]) in OWNER_PRONOUNS:
            np = None  # (`"…," denounced her record`: a verb that judges something goes on the clause, no tag)
        if np:
            np = d.with_appositive_name(np, rest)
            return Phrase(np[0], np[1], rest[j], "said-speaker", 0.95)
    relative = False  # (a participle passed that names which one: `the ruling filed Tuesday stated`)
    for pos, i in enumerate(rest[:25]):
        if pos > 0 and (d.speech(i) or d.speech_after_subject(i) or _mistagged_cue(d, rest, pos)) \
                and d.low(i) not in d.kb.participles:
            if d.says_yes_or_no(i) or _opens_the_next_quote(d, i) or _judges_something_after(d, i):
                break
            if relative:
                if all(d.t[k].upos in SUBJECT_TAGS and d.t[k].text not in (",", ";", ":")
                       or _describing_verb(d, k) for k in rest[:pos]):
                    return Phrase(rest[0], rest[pos - 1], i, "speaker-said", 0.85)
                break
            np = d.np_before(i, rest[:pos])
            if np and np[0] == rest[0] or (np and d.t[rest[0]].text == "," and np[0] == rest[1]):
                return Phrase(np[0], np[1], i, "speaker-said", 0.95)
            if np and all(d.t[x].text in (",",) or x >= np[0] for x in rest[:pos]):
                return Phrase(np[0], np[1], i, "speaker-said", 0.9)
            if _joined_noun_phrase(d, rest[:pos]):
                return Phrase(rest[0], rest[pos - 1], i, "speaker-said", 0.9)
            if np and _description_before_name(d, rest[:pos], np):
                return Phrase(rest[0], np[1], i, "speaker-said", 0.9)
            break
        if pos > 0 and (heard := _heard_speaking(d, rest, pos)) is not None:
            return heard
        if d.t[i].upos in ("VERB",) and not d.is_cap(i) and not d.speech(i) and d.t[i].deprel != "amod" \
                and not (relative := relative or _reduced_relative(d, rest, pos)):
            break  # (a participle that modifies a noun goes on: `the retired surgeon told …`)
    return long_aside_cue(d, rest) or relative_aside_cue(d, rest)


def _heard_speaking(d: Draft, rest: list[int], pos: int) -> Phrase | None:
    """`"…?" a reporter could be heard asking Roe`: a passive of perceiving (data `perception_passives`) after the
    tag's subject, then a speech participle: the participle is the cue and the passive's subject speaks."""
    i = rest[pos]
    if d.low(i) not in d.kb.perception_passives or pos + 1 >= len(rest) or d.low(rest[pos - 1]) not in PASSIVE_BE:
        return None
    cue = rest[pos + 1]
    if not d.speech(cue) or not d.low(cue).endswith("ing"):
        return None
    np = d.np_before(i, rest[:pos])
    if np is None or np[0] != rest[0]:
        return None
    return Phrase(np[0], np[1], cue, "speaker-said", 0.85)


def _description_before_name(d: Draft, before: list[int], np: tuple[int, int]) -> bool:
    """`"…," the new councillor, Ann Roe, 29, a nurse, said`: a description set off before the name (an article
    or an owner opening it, no verb in it), then the name with asides of its own; the name is the subject."""
    comma = np[0] - 1
    if comma not in before or d.t[comma].text != "," or not d.has_name(*np):
        return False
    described = before[:before.index(comma)]
    return bool(described) and (d.low(described[0]) in ("the", "a", "an") or d.t[described[0]].upos == "PRON") \
        and not any(d.inside[k] or d.t[k].text in CLAUSE_BREAK or d.t[k].upos in ("VERB", "AUX") for k in described) \
        and any(d.t[k].text.islower() and d.kb.is_role(d.t[k].text, d.t[k].upos) for k in described)


def _opens_the_next_quote(d: Draft, cue: int) -> bool:
    """`After Roe said the pier might fall into "a slow decline," Vance said: "…"`: a tag whose verb a colon and
    a new quote follow introduces that quote, not the one before it."""
    return cue + 2 < len(d.t) and d.t[cue + 1].text == ":" and d.inside[cue + 2] \
        and d.t[cue + 2].sentence == d.t[cue].sentence


def _judges_something_after(d: Draft, cue: int) -> bool:
    """`"…!" Sailors still praise her refusal to sell the pier.`: a verb that judges (data `weak` verbs) with its
    own object after it is a new sentence about something, no tag of the quote before."""
    return d.speech(cue) in d.kb.weak_verbs and cue + 1 < len(d.t) and not d.inside[cue + 1] \
        and d.low(cue + 1) in OWNER_PRONOUNS | {"the", "a", "an", "this", "that", "these", "those"}


def _joined_noun_phrase(d: Draft, words: list[int]) -> bool:
    """`the independent councillor and mayoral candidate`: titles joined by `and`, all one subject
    (the phrase before the verb stops at `and`)."""
    return 0 < len(words) <= 12 and d.t[words[-1]].upos in ("NOUN", "PROPN") and any(
        d.low(k) == "and" for k in words) and all(
        d.t[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or d.low(k) == "and" or d.glued_hyphen(k)
        for k in words)


def _reduced_relative(d: Draft, rest: list[int], pos: int) -> bool:
    """`"…," the ruling filed Tuesday stated`: a past participle (often tagged as a past tense) right after
    the tag's opening noun phrase, no comma between, says which document or person is meant; the speech
    verb still follows. So do an -ing participle (`a woman living upstairs said`) and a source's adjective
    the tagger read as a verb (`officials aware of the plan said`, data `source_adjectives`)."""
    i = rest[pos]
    return _describing_verb(d, i) and pos >= 1 and d.t[rest[pos - 1]].upos in ("NOUN", "PROPN") \
        and all(d.t[k].upos in SUBJECT_TAGS and d.t[k].text not in (",", ";", ":") for k in rest[:pos])


def _describing_verb(d: Draft, i: int) -> bool:
    """A participle or a source's adjective that may describe the noun before it."""
    return d.t[i].xpos in ("VBN", "VBD", "VBG") or d.low(i) in SOURCE_ADJECTIVES


SOURCE_ADJECTIVES = _words("source_adjectives")
SUBJECT_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT"})


def _mistagged_cue(d: Draft, rest: list[int], pos: int) -> bool:
    """`"…," the two write.` / `"…," a voice-over in the clip states.`: a speech verb's form that the
    tagger read as a noun, right after a short subject phrase that opens the tag and closing it
    (or followed only by a preposition or an adverb: `the Danes state in a paper`)."""
    i = rest[pos]
    if d.inside[i] or d.low(i).endswith("ing") or d.kb.verb_forms.get(d.low(i)) is None:
        return False
    subject = rest[:pos]
    if len(subject) > 8 or d.t[subject[-1]].upos not in ("NOUN", "PROPN", "NUM") \
            or any(d.t[k].upos not in SUBJECT_TAGS or d.t[k].text in (",", ";", ":") for k in subject):
        return False
    nxt = i + 1
    return nxt >= len(d.t) or d.boundary(nxt) or d.t[nxt].text == "," or (
        d.t[nxt].upos in ("ADP", "ADV") and d.low(nxt) not in ("to", "of"))


def long_aside_cue(d: Draft, rest: list[int]) -> Phrase | None:
    """`"…," Ann Roe, the lawyer of a family suing the city, said`: an aside with verbs of its own.

    The surface walk stops at the aside's first verb. Here the name opens the window, the aside is
    closed by a comma right before the speech verb, and the parse (when it found a subject at all)
    agrees that the name is that verb's subject. A nameless person's `who` aside is
    `relative_aside_cue`'s.
    """
    head_end = next((pos for pos, k in enumerate(rest) if d.t[k].text in (",", "(")), None)
    if head_end is None or head_end == 0:
        return None
    named = d.is_name_token(rest[0]) and (d.has_person(rest[0], rest[head_end - 1]) or _who_follows(d, rest, head_end))
    if not named:
        return None
    for pos in range(head_end + 2, min(len(rest), 40)):
        i = rest[pos]
        if not d.speech(i) or d.low(i) in d.kb.participles:
            continue
        subj = d.subject_of(i) if d.a.has_deps else None
        if subj is not None and (subj < rest[0] or (subj > i and not d.is_cap(subj))):
            subj = None  # (a misparse: a noun of the quote, or of an adverb after the verb, as its subject)
        if d.t[rest[pos - 1]].text != ",":
            if (subj is None or subj in rest[:head_end]) and _open_relative_clause(d, rest[head_end + 1:pos]):
                return Phrase(rest[0], rest[head_end - 1], i, "speaker-said", 0.8)
            continue
        if subj is not None and subj not in rest[:head_end]:
            return None
        return Phrase(rest[0], rest[pos - 1], i, "speaker-said", 0.85)
    return None


RELATIVE_ASIDE_TOKENS = 30  # a `who` clause longer than this is a sentence of its own, not an aside


def relative_aside_cue(d: Draft, rest: list[int]) -> Phrase | None:
    """`"…," a harbor clerk, who lacked permission to comment, told the Gazette`, `"…," a board member
    who asked not to be named said`: a nameless person or group whose `who` clause holds verbs of its
    own (often a speech verb: `speak`, `asked`), then the tag's speech verb. The clause ends at the
    comma that closes it, or, with no comma, at the end of a phrase that keeps the source unnamed
    (`anonymity_phrases`); the speech verb comes next. The phrase keeps the clause, as written."""
    who = next((pos for pos, k in enumerate(rest[:12]) if d.low(k) == "who"), None)
    if who is None or who < 1:
        return None
    opening = rest[:who - 1] if d.t[rest[who - 1]].text == "," else rest[:who]
    if not opening or any(d.t[k].upos not in SUBJECT_TAGS or d.t[k].text in (",", ";", ":") for k in opening):
        return None
    head = d.nominal_head(opening[0], opening[-1])
    if head is None or d.is_cap(head) or not d.kb.names_people(d.t[head].text, d.t[head].upos):
        return None  # (a name before its aside is `long_aside_cue`'s)
    if d.t[rest[who - 1]].text == ",":
        close = next((pos for pos in range(who + 1, min(len(rest), RELATIVE_ASIDE_TOKENS))
                      if d.t[rest[pos]].text == ","), None)
    else:
        close = _anonymity_clause_end(d, rest, who)
    if close is None:
        return None
    cue = close + 1 if d.t[rest[close]].text == "," else close
    while cue < len(rest) and (d.low(rest[cue]) in AUX_OR_ADVERB or d.t[rest[cue]].upos == "ADV"):
        cue += 1
    if cue >= len(rest) or not d.speech(rest[cue]) or d.low(rest[cue]) in d.kb.participles \
            or d.low(rest[cue]).endswith("ing"):
        return None  # (the tag's own verb: `told`, `say`; not `speaking`)
    return Phrase(rest[0], rest[close - 1], rest[cue], "speaker-said", 0.85)


def _anonymity_clause_end(d: Draft, rest: list[int], who: int) -> int | None:
    """Where a `who` clause that keeps its source unnamed (`who asked not to be named`) ends in `rest`:
    the position right after the phrase, if the clause opens with it."""
    start = d.t[rest[who]].start
    for phrase in d.kb.anonymity_phrases:
        if not phrase.lower().startswith("who "):
            continue
        end = start + len(phrase)
        if d.doc.text[start:end].lower() == phrase.lower():
            return next((pos for pos in range(who, len(rest)) if d.t[rest[pos]].start >= end), None)
    return None


def _who_follows(d: Draft, rest: list[int], head_end: int) -> bool:
    """`"…," Berlin, who once ran the ferries, said`: a name set off before `who` is someone's, whatever place
    or body the tagger took it for."""
    return head_end + 1 < len(rest) and d.t[rest[head_end]].text == "," and d.low(rest[head_end + 1]) == "who" \
        and all(d.is_name_token(k) for k in rest[:head_end])


def _open_relative_clause(d: Draft, aside: list[int]) -> bool:
    """`Ann Roe, the pollster who founded Tally tweeted`: an aside whose relative clause no comma
    closes before the cue (the parse, which the caller asks, gives the cue no other subject)."""
    return any(d.low(k) in ("who", "which") for k in aside) and not any(d.t[k].text == "," for k in aside)


def find_after(d: Draft, site: Site) -> Phrase | None:
    """The cue after the quote, unless a cue right before it introduced the quote and the clause after
    it goes on to report something else (`When a fan shouted, "…," Ruiz joked, "…"`)."""
    phrase = sieve_after(d, site.after)
    if phrase is not None and phrase.sieve == "speaker-said" and phrase.cue is not None \
            and _introduced_before(d, site.before) and _reports_what_follows(d, phrase.cue, site.after):
        return None
    return phrase


def _introduced_before(d: Draft, pre: list[int]) -> bool:
    """The quote follows a colon, or a comma right after a speech verb (`…, telling her, "…"`)."""
    if not pre:
        return False
    return d.t[pre[-1]].text == ":" or any(d.speech(k) for k in pre[-4:])


def _reports_what_follows(d: Draft, verb: int, post: list[int]) -> bool:
    """The verb after the quote introduces the next quote (`Ruiz joked, "…"`) or a clause of its own
    (`She replied that …`, `Critics cited it as …`): its words are those, not the quote's."""
    end = post[-1] + 1 if post else verb + 1
    if end < len(d.t) and d.inside[end] and d.para[end] == d.para[verb] \
            and not any(d.speech(k) for k in range(verb + 1, end)):
        return True  # (`Roe added, saying "…"`: the next quote is the participle's)
    if verb + 1 >= len(d.t) or d.t[verb + 1].text in CLAUSE_BREAK or d.boundary(verb + 1):
        return False  # (`…," the source recalled, adding …`: the tag closes at the comma)
    if d.low(verb + 1) == "that":
        return True
    listener = d.speech(verb) in d.kb.listener_verbs
    return any(d.t[c].deprel == "ccomp" or (d.t[c].deprel == "obj" and not listener)
               for c in d.children.get(verb, []) if c > verb and not d.inside[c])


SIEVE = Sieve("after", ("dash", "said-speaker", "speaker-said"), TOKENS_ONLY,
              find=find_after,
              applies=lambda d, site: site.quote.takes_tag_after)
