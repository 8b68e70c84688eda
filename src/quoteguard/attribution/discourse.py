"""Discourse passes: a quote with no cue of its own takes its source from the quotes around it.

A quote continuing the last speaker (same sentence, same or next paragraph), a quote introduced by
the sentence before it, a paragraph signed off with a dash, a quote split over paragraphs.
Each pass records its own name as the attribution's `sieve`, and keeps the resolution step of the
attribution it borrows from.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Attribution, Quote, is_speech
from .draft import Draft
from .resolution import Resolver
from .sieves.before import sieve_before
from .words import SENTENCE_END

BORROWED = ("continuation", "multi-paragraph", "previous-paragraph", "previous-sentence", "same-sentence")
# Borrowed by position alone, from the quotes or sentences before: a cue later in the same quote outranks them.
POSITIONAL = ("continuation", "previous-paragraph", "previous-sentence")
MAX_QUESTION_WORDS = 40  # an interviewer's question in a Q&A, not a paragraph of the writer's that ends on one
MAX_LABEL_WORDS = 5  # `Partial transcript as follows:`


def continued_quote(q: Quote, attributions: dict[str, Attribution]) -> Attribution | None:
    """A paragraph that reopens a quote left open continues its speaker."""
    if q.continued_from in attributions and is_speech(q.kind):
        return replace(attributions[q.continued_from], quote_id=q.id, sieve="multi-paragraph", unit="multi-paragraph")
    return None


def split_quote_backfill(d: Draft, attributions: dict[str, Attribution]) -> None:
    """A quote split over paragraphs takes the speaker named at its end, too, over a guess from the
    quotes or sentences before it (`Roe spoke first.` / `"A long quote` / `"goes on," said Doe.`: Doe's):
    one quote has one speaker, and the cue inside it says who; so does
    the first of two quotes joined by `and` or `or` ahead of the tag after the second (`Tolls are "a
    burden" and "a trap," Roe said`)."""
    by_id = {q.id: q for q in d.quotes}
    named_at_end: set[str] = set()  # quotes whose attribution a cue of their own paragraphs gave
    for q in reversed(d.quotes):
        if not q.continued_from or q.id not in attributions or not is_speech(by_id[q.continued_from].kind):
            continue
        own = attributions[q.id]
        earlier = attributions.get(q.continued_from)
        by_cue = own.sieve not in BORROWED or q.id in named_at_end
        if earlier is None or (by_cue and earlier.sieve in POSITIONAL):
            attributions[q.continued_from] = replace(own, quote_id=q.continued_from,
                                                     sieve="multi-paragraph", unit="multi-paragraph")
            if by_cue:
                named_at_end.add(q.continued_from)
    for earlier, later in zip(d.quotes, d.quotes[1:], strict=False):
        tagged = attributions.get(later.id)
        if earlier.id in attributions or tagged is None or tagged.unit != "after" or not is_speech(earlier.kind) \
                or not _joined_pair(d, earlier, later):
            continue
        attributions[earlier.id] = replace(tagged, quote_id=earlier.id, sieve="same-sentence", unit="same-sentence")


def _joined_pair(d: Draft, earlier: Quote, later: Quote) -> bool:
    """Only `and` or `or` (and commas) stand between the two quotes, in one sentence."""
    if not _same_sentence(d, earlier, later):
        return False
    _, end = d.quote_tokens(earlier)
    start, _ = d.quote_tokens(later)
    between = [k for k in range(end + 1, start) if d.t[k].text != ","]
    return len(between) == 1 and d.low(between[0]) in ("and", "or")


def cue_text(d: Draft, cue: int | None) -> str | None:
    if cue is None:
        return None
    if d.low(cue) == "according" and cue + 1 < len(d.t):
        return d.span_text(cue, cue + 1)
    return d.t[cue].text


def continuation(d: Draft, resolver: Resolver, q: Quote, previous: Quote | None,
                 attributions: dict[str, Attribution]) -> Attribution | None:
    """A quote with no cue of its own continues the speaker before it (same or previous paragraph)."""
    if previous is not None and previous.id in attributions and _same_sentence(d, previous, q):
        # `X said A was "disgusting" and "a con"`: one attribution covers the quotes of its sentence.
        prior = attributions[previous.id]
        return replace(prior, quote_id=q.id, sieve="same-sentence", unit="same-sentence")
    if q.kind == "scare" or (not is_speech(q.kind) and not q.continued_from):
        return None  # (a reopened paragraph that is only a stage direction, `"(CROSSTALK.)`, is nobody's)
    first, _ = d.quote_tokens(q)
    if previous is not None and previous.id in attributions:
        prior = attributions[previous.id]
        same_para = previous.paragraph == q.paragraph
        adjacent_para = not d.pre_window(first) and (previous.paragraph == q.paragraph - 1
                                                     or _answers_a_question(d, previous, q)
                                                     or _after_a_record_label(d, previous, q))
        strong = prior.cue is None or d.kb.speech_lemma(prior.cue) not in d.kb.weak_verbs
        if (same_para or (adjacent_para and _paragraph_ends_with(d, previous))) and strong \
                and prior.sieve != "dependency":
            # A paragraph that introduces someone before the quote (`Cummings, his partner, called
            # him a master. "…"`) hands the quote to them, not to the last paragraph's speaker.
            introduced = None if same_para or first == 0 or d.para[first - 1] != q.paragraph \
                else _introduced(d, resolver, q)
            return introduced or replace(prior, quote_id=q.id, cue=None, cue_start=None, sieve="continuation",
                                         confidence=0.7, unit="continuation")
    if first == 0:
        return None
    pre = d.pre_window(first)
    if pre:
        return _paraphrase_goes_on(d, resolver, q, pre[0]) if q.kind == "partial" else None
    return _introduced(d, resolver, q)


def _answers_a_question(d: Draft, previous: Quote, q: Quote) -> bool:
    """An interview written as questions and answers: `How did you start?` as a paragraph of its own,
    unquoted, between the last speaker's quote and a quote paragraph with no cue. The answer is the
    interviewee's by position, as a follow-on paragraph is (and is flagged the same way)."""
    if previous.paragraph != q.paragraph - 2:
        return False
    asked = d.doc.paragraphs[q.paragraph - 1]
    question = d.doc.text[asked.start:asked.end].strip()
    return question.endswith("?") and len(question.split()) <= MAX_QUESTION_WORDS \
        and not any(quote.paragraph == q.paragraph - 1 for quote in d.quotes)


def _after_a_record_label(d: Draft, previous: Quote, q: Quote) -> bool:
    """`Transcript as follows:` or `Full text:` as a paragraph of its own between the last speaker's quote and a
    quote paragraph with no cue: the label names the record of what was said, not who said it, so the words go
    on being the last speaker's (flagged as any follow-on paragraph is)."""
    if previous.paragraph != q.paragraph - 2 or any(quote.paragraph == q.paragraph - 1 for quote in d.quotes):
        return False
    between = d.doc.paragraphs[q.paragraph - 1]
    label = d.doc.text[between.start:between.end].strip()
    return label.endswith(":") and _record_label(d, label)


def _paraphrase_goes_on(d: Draft, resolver: Resolver, q: Quote, start: int) -> Attribution | None:
    """`Delays are likely, Roe said. Crews will work only at night, when traffic is "light enough."`: a quoted
    phrase in a sentence with no cue, right after a sentence of the same paragraph that a speech verb
    attributes, goes on with that speaker's words."""
    end = start - 1
    if end < 1 or d.para[end] != q.paragraph or not d.boundary(end):
        return None
    window = []
    j = end - 1
    while j >= 0 and d.para[j] == q.paragraph and not d.boundary(j):
        if d.inside[j]:
            return None  # (a quote there has its own attribution, which the passes above carry on)
        window.append(j)
        j -= 1
    window.reverse()
    phrase = sieve_before(d, window) if window else None
    if phrase is None or phrase.cue is None or phrase.sieve != "speaker-said":
        return None
    mention = d.mention_for(phrase)
    if mention is None or mention.kind not in ("person", "pronoun"):
        return None  # (a nominal's paraphrase is as often the writer's own gloss: only a person carries on)
    speaker, step = resolver.resolve(mention, q.start)
    if speaker is None:
        return None
    return Attribution(q.id, speaker.id, mention, cue_text(d, phrase.cue), None, "previous-sentence", 0.5, step,
                       "paraphrase")


def _introduced(d: Draft, resolver: Resolver, q: Quote) -> Attribution | None:
    """The sentence before introduces the speaker, in this paragraph or the one before:
    `Smith put it this way:` / `Smith said he was worried. "…"`."""
    first, _ = d.quote_tokens(q)
    k = first - 1
    same_paragraph = d.para[k] == d.para[first]
    if not same_paragraph and d.para[k] != d.para[first] - 1:
        return None
    if d.inside[k]:
        return None
    end = k
    if d.t[end].text in SENTENCE_END:
        end -= 1
    window = []
    j = end
    while j >= 0 and d.para[j] == d.para[k] and not d.inside[j] and not d.boundary(j):
        window.append(j)
        j -= 1
    window.reverse()
    phrase = sieve_before(d, window) if window else None
    by_subject = phrase is None and bool(window) and q.kind == "full" and (
        same_paragraph or _stands_alone(d, q, first))
    if by_subject:
        # `Sanders named rent as the reason. "The young are tired of waiting."`: the person the sentence
        # before is about, with no cue, hands a whole-sentence quote in the same paragraph to them.
        phrase = d.main_subject(window)
    if phrase is None:
        return None
    mention = d.mention_for(phrase)
    # (`The judge turned to me. "…"`: one unnamed person speaks as surely as a named one; a crowd does not)
    if mention is None or (by_subject and mention.kind not in ("person", "pronoun", "unnamed")) \
            or (by_subject and mention.kind == "unnamed" and mention.plural) \
            or mention.kind == "other" and _record_label(d, mention.text):
        return None
    speaker, step = resolver.resolve(mention, q.start)
    if speaker is None:
        return None
    sieve = "previous-sentence" if same_paragraph else "previous-paragraph"
    return Attribution(q.id, speaker.id, mention, cue_text(d, phrase.cue), None, sieve,
                       0.5 if by_subject else 0.65, step, "introduced")


def _record_label(d: Draft, text: str) -> bool:
    """`Transcript as follows`, `Full text`: words labelling the record of what was said that follows (data
    `record_nouns`, `record_label_words`), which name no one; whose words they are is for the sentences before."""
    words = text.lower().rstrip(":").split()
    return 0 < len(words) <= MAX_LABEL_WORDS and any(w in d.kb.record_nouns for w in words) \
        and all(w in d.kb.record_nouns | d.kb.record_label_words for w in words)


def sign_offs(d: Draft, attributions: dict[str, Attribution]) -> None:
    """`"…" And that's all he has "…" ― Ana Ruiz.`: a dash sign-off that ends its paragraph signs every
    quote of the paragraph that had no cue of its own (a reader's letter, a vox pop)."""
    for q in d.quotes:
        sign = attributions.get(q.id)
        if sign is None or sign.sieve != "dash" or sign.mention is None:
            continue
        after = d.token_at(sign.mention.end - 1) + 1
        if any(d.para[k] == q.paragraph and d.t[k].text not in SENTENCE_END
               for k in range(after, min(after + 3, len(d.t)))):
            continue  # the name goes on into a sentence: no sign-off
        for earlier in d.quotes:
            if earlier.paragraph != q.paragraph or earlier.start >= q.start or not is_speech(earlier.kind):
                continue
            own = attributions.get(earlier.id)
            if own is None or own.sieve in BORROWED:
                attributions[earlier.id] = replace(sign, quote_id=earlier.id, unit="sign-off")


def _same_sentence(d: Draft, earlier: Quote, later: Quote) -> bool:
    if earlier.paragraph != later.paragraph:
        return False
    _, end = d.quote_tokens(earlier)
    start, _ = d.quote_tokens(later)
    between = range(end + 1, start)
    if d.t[end - 1].text in SENTENCE_END if end > 0 else False:
        return False
    return not any(d.boundary(k) for k in between)


def _stands_alone(d: Draft, q: Quote, first: int) -> bool:
    """The quote is its paragraph, all of it: nothing before it and no tag after it."""
    return (first == 0 or d.para[first - 1] != q.paragraph) and _paragraph_ends_with(d, q) \
        and not d.post_window(d.quote_tokens(q)[1])


def _paragraph_ends_with(d: Draft, q: Quote) -> bool:
    """True when nothing but the quote's own attribution follows it in its paragraph: its tag, and what the tag's
    sentence goes on to say of where it was said, a show's name in quotes too (`Roe said in an interview on
    "Harbor Morning."`), so long as no one else's words stand there."""
    _, last = d.quote_tokens(q)
    tail = d.post_window(last)
    after = tail[-1] + 1 if tail else last + 1
    while after < len(d.t) and d.t[after].text in SENTENCE_END:
        after += 1
    if after >= len(d.t) or d.para[after] != q.paragraph:
        return True
    if not tail:
        return False
    sentence = d.t[tail[-1]].sentence
    spoken = [other for other in d.quotes if other is not q and is_speech(other.kind) and not other.unspoken]
    for k in range(after, len(d.t)):
        if d.para[k] != q.paragraph:
            return True
        if d.t[k].sentence != sentence or any(other.start <= d.t[k].start < other.end for other in spoken):
            return False
    return True
