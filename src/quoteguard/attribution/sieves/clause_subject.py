"""A quoted phrase inside someone's clause is their words: `Gingrich dismissed it as a "suburb"`."""

from __future__ import annotations

from ...grammar import DEFINITE_OPENERS, POSSESSIVE_S
from ...model import Mention
from ..draft import Draft
from ..types import Phrase, Site
from ..words import _words
from .base import PARSED, Sieve
from .before import by_agent, passive_agent


def sieve_clause_subject(d: Draft, q_first: int, q_last: int) -> Phrase | None:
    """A quoted phrase inside someone's clause is their words: `Gingrich dismissed it as a "suburb"`.

    Walks from where the quote hangs on the sentence up the dependency tree to the nearest verb
    with a subject; the caller keeps the result only when that subject names a person or an
    organisation (or is he/she), so `the "reform" failed` stays a scare quote.
    """
    sentence = d.t[q_first].sentence
    heads = (d.t[i].head for i in range(q_first, q_last + 1))
    head = next((h for h in heads if h is not None and not q_first <= h <= q_last), None)
    seen: set[int] = set()
    while head is not None and head not in seen and d.t[head].sentence == sentence:
        seen.add(head)
        if (agent := _asker(d, head)) is not None:
            return agent
        span = None if d.inside[head] else d.subject_phrase(head)
        span = d.past_object_relative(span) if span is not None else None
        reporter = d.reporting_verb_over(head) if span is not None else None
        if reporter is not None and (agent := _asker(d, reporter)) is not None:
            return agent
        if reporter is not None and d.subject_phrase(reporter) is not None:
            # `Roe said that the board faced dozens of "costly lawsuits"`: the clause is what Roe said
            head, span = reporter, d.subject_phrase(reporter)
        if span is not None:
            if d.possessed_thing(d.subject_of(head)):
                return None  # `Byrd's strategy of "massive resistance"`: a strategy says nothing
            # `Another critic, Laurence Tribe, likened …`: the name in apposition is the subject.
            span = d.with_appositive_name(span, d.outside_quotes(sentence))
            span = d.antecedent_of_closed_clause(span, q_first) or span
            return Phrase(span[0], span[1], head, "clause-subject", 0.5)
        if (named := _name_before_set_off_clause(d, head)) is not None:
            return named
        head = d.t[head].head
    return _subject_of_verb_read_as_noun(d, q_first)


SET_OFF_RELATIVES = ("who", "whose")  # `Ann Roe, whose party has one seat, …`: a clause about the name before it
MAX_OPENER_WORDS = 4  # `On Monday, Ann Roe, who …,`: the words of an opener set off before the name


def _name_before_set_off_clause(d: Draft, verb: int) -> Phrase | None:
    """`Ann Roe, whose party has one seat, cast herself as the cure for "…"`, parsed with the name for the
    subject of the relative clause and none for the main verb: the person named where the sentence opens, just before
    a `who`/`whose` clause set off by commas that ends right before the verb (adverbs aside), is the verb's subject."""
    t = d.t
    if d.inside[verb] or t[verb].upos != "VERB" or d.subject_of(verb) is not None:
        return None
    k = verb - 1
    while k > 0 and t[k].upos == "ADV" and not d.inside[k]:
        k -= 1  # (`…, repeatedly presented`)
    sentence_first = d.a.sentences[t[verb].sentence][0]
    if k <= sentence_first or t[k].text != "," or d.inside[k]:
        return None
    rel = next((j for j in range(k - 1, sentence_first, -1) if d.low(j) in SET_OFF_RELATIVES and t[j - 1].text == ","
                and not d.inside[j]), None)
    named = d.name_before_relative(rel) if rel is not None else None
    if named is None or any(d.inside[j] for j in range(rel, k)):
        return None
    first = d.token_at(named.start)
    if first != sentence_first and not (t[first - 1].text == "," and first - sentence_first <= MAX_OPENER_WORDS):
        return None  # (`a spokesman for Ann Roe, who …,`: the name is inside a phrase, whose head is the subject)
    return Phrase(first, d.token_at(named.end - 1), verb, "clause-subject", 0.5)


ADDRESSING_VERBS = _words("addressing_verbs")  # `Roe was asked by Vance whether …`: Vance put the words


def _asker(d: Draft, verb: int) -> Phrase | None:
    """`Roe was asked by Ann Vance whether the toll would mean "…"`: a passive verb of addressing someone has
    for its subject whom the words were put to; its `by` phrase said them."""
    if d.inside[verb] or d.speech(verb) not in ADDRESSING_VERBS or not d.names_no_speaker(verb):
        return None
    agent = passive_agent(d, verb) or by_agent(d, verb)
    return Phrase(agent.first, agent.last, verb, "clause-subject", 0.5) if agent is not None else None


def _subject_of_verb_read_as_noun(d: Draft, q_first: int) -> Phrase | None:
    """`Every summer, the commission paints "…" on each pier`: the quote's clause has a verb only the tagger
    missed (read as a noun), so the parse gives it no subject; the noun phrase that opens the clause is it."""
    k = q_first - 1
    while k >= 0 and not d.inside[k] and d.t[k].sentence == d.t[q_first].sentence and not d.boundary(k):
        span = d.subject_of_verb_read_as_noun(k)
        if span is not None:
            return Phrase(span[0], span[1], k, "clause-subject", 0.5)
        k -= 1
    return None


def _quoted_wording(d: Draft, site: Site) -> bool:
    """Titles are names, and quoted labels (`"magic" pills`) qualify a word: neither is someone's words."""
    return site.quote.kind in ("partial", "scare") and not d.describes_next_word(site.last)


def may_speak(d: Draft, mention: Mention) -> bool:
    """A person or a body; `they` might be the Middle Powers of a headline as easily as a person: only he and she.
    A definite description of one person speaks too (`the senator said she would "…"`, `Roe's aide`); `a woman`
    or `someone` may be anyone, or no one in particular (`when a woman can run without being told to "…"`)."""
    return mention.kind in ("person", "organisation") or (
        mention.kind == "pronoun" and d.kb.pronouns.get(mention.text.lower()) in ("male", "female")) or (
        mention.kind == "unnamed" and not mention.plural and _definite(mention.text)) or _stating_document(d, mention)


def _stating_document(d: Draft, mention: Mention) -> bool:
    """`The late-night ad features a "…"`, `the statement focused on "…"`: a definite document, work or
    statement as the clause's subject states what its clause quotes, as a body would. Never a count of time
    (`Fifteen minutes after the vote`)."""
    if mention.kind == "pronoun" or not _definite(mention.text) or mention.end <= mention.start:
        return False
    head = d.token_at(mention.end - 1)
    if d.low(head) not in d.kb.document_nouns | d.kb.work_nouns | d.kb.speech_nouns or d.is_cap(head) \
            or d.t[head].ner in ("DATE", "TIME"):
        return False
    return not any(d.t[k].upos == "NUM" for k in range(d.token_at(mention.start), head))


def _definite(text: str) -> bool:
    """`the Florida senator`, `this lawyer`, `Roe's spokeswoman`: a description that points back to one person."""
    words = text.split()
    return bool(words) and (words[0].lower() in DEFINITE_OPENERS
                            or any(word.endswith(tuple(POSSESSIVE_S)) for word in words[:-1]))


SIEVE = Sieve("clause-subject", ("clause-subject",), PARSED,
              find=lambda d, site: sieve_clause_subject(d, site.first, site.last),
              applies=_quoted_wording, accepts=may_speak, thought_yields_to_tag=False)
