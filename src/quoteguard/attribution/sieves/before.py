"""`X said: "…"`, `X told Y "…"`, `…, saying, "…"`, `X expressed …: "…"`: a cue before the quote."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase
from ..words import (
    AUX_OR_ADVERB,
    CLAUSE_BREAK,
    CLOSED_CLAUSE_OPENERS,
    DASHES,
    EVENT_SUBORDINATORS,
    OBJECT_CONTROL_VERBS,
    PRODUCER_VERBS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    _words,
)
from .base import TOKENS_ONLY, Sieve

REQUEST_VERBS = _words("request_verbs")  # `ask the mayor to state "…"`: the asker's words, not the object's


def sieve_before(d: Draft, pre: list[int]) -> Phrase | None:
    """`X said: "…"`, `X said that "…"`, `X told Y "…"`, `…, saying, "…"`, `X expressed …: "…"`.

    The nearest speech verb wins, unless it sits in a relative clause
    (`X told a woman who suggested … that "…"` → told) or in what another speech verb before it
    reports (`Ruiz said she is sure Baker will continue to be "…"` → said). A passive (`was asked`)
    or a participle naming a noun (`a website called "…"`) gives its agent or no one. A digest's
    byline before a colon (`POLLS TIGHTEN - Jane Roe: "…"`) comes first.
    """
    if not pre:
        return None
    if d.t[pre[-1]].text == ":" and (byline := _name_after_dash(d, pre[:-1])) is not None:
        return Phrase(byline[0], byline[1], None, "colon", 0.75)  # (a digest's headline may hold a verb)
    if d.t[pre[-1]].text == ":" and (source := _from_source(d, pre[:-1])) is not None:
        return Phrase(source[0], source[1], None, "colon", 0.75)
    near = pre[-30:]
    asides = {near[pos]: span for pos in range(len(near)) if (span := _mistagged_after_aside(d, near, pos))}
    cues = [pos for pos in range(len(near) - 1, -1, -1)
            if d.speech(near[pos]) or _mistagged_last_cue(d, near, pos) or _mistagged_after_name(d, near, pos)
            or near[pos] in asides]
    # (`Roe spoke as a heckler yelled: "…"`: a verb the colon ties to the quote introduces it, whatever frames it)
    reported = [p for p in cues if d.reporting_verb_over(near[p]) in near and not _opens_with_colon(d, near, p)]
    relative = [p for p in cues if d.in_relative_clause(near[p]) and p not in reported]
    cues = [p for p in cues if p not in relative and p not in reported] + reported + relative
    for pos in cues:
        i = near[pos]
        if _another_clause_holds_the_quote(d, i, pre) or _asked_with_no_subject(d, i, pre):
            continue
        if (agent := _agent_after_quote(d, i, pre)) is not None:
            return agent
        if i in asides:
            return Phrase(asides[i][0], asides[i][1], i, "speaker-said", 0.85)
        if d.t[i].xpos == "VBN" and d.sentence_initial(i) and (by := by_agent(d, i)) is not None:
            return by  # `Asked by Ann Roe whether the pier "…"`: a passive participle opening the sentence
        if d.names_no_speaker(i):
            # what a passive's subject was told, what a noun is called: no earlier verb's subject said
            # it; the agent did (`called "a fantasy" by engineers`)
            agent = passive_agent(d, i)
            if agent is not None:
                return agent
            break
        lemma = d.speech(i)
        low = d.low(i)
        if (low in d.kb.participles or (low.endswith("ing") and d.t[i].upos in ("VERB", None))) \
                and not _progressive(d, i):
            if lemma in d.kb.thought_verbs and low not in d.kb.participles:
                continue  # `appeared to be feeling better`: a state of mind, not a cue
            phrase = _participle_subject(d, i, pre)
        else:
            phrase = _inverted(d, i, lemma, near[pos + 1:]) or _subject(d, i, pre)
        if phrase is not None:
            return phrase
    if d.t[pre[-1]].text == ":":
        return _colon(d, pre)
    return None


def _another_clause_holds_the_quote(d: Draft, cue: int, pre: list[int]) -> bool:
    """`When Roe spoke, the crowd took up the chant "…"`, `After Roe testified, the union was busy lobbying
    members against "…"`: the cue sits in an adverbial clause of time or cause (data
    `closed_clause_openers`) that a comma closes, and the quote sits in the main clause after it, whose
    subject follows that comma: the cue's clause is over, it introduces nothing here."""
    quote = pre[-1] + 1
    if not d.a.has_deps or quote >= len(d.t) or not d.inside[quote] or d.t[pre[-1]].text == ":":
        return False
    opener = _closed_clause_opener(d, cue, pre)
    if opener is None:
        return False
    comma = next((k for k in pre if k > cue and d.t[k].text == ","), None)
    if comma is None or any(d.speech(k) for k in pre if comma < k):
        return False
    k, seen = d.t[quote].head, set()
    while k is not None and k not in seen and d.t[k].sentence == d.t[cue].sentence:
        seen.add(k)
        if k == cue:
            return False
        if comma < k and not d.inside[k] and any(comma < c < k and c in pre
                                                 and (d.t[c].deprel or "").startswith("nsubj")
                                                 for c in d.children.get(k, [])):
            return True
        k = d.t[k].head
    return False


def _name_set_off_by_dashes(d: Draft, cue: int, before_cue: list[int]) -> tuple[int, int] | None:
    """`A former harbor master -- Ivo Marsh, who lost the race to Dana Kline -- said`: a dash closing an aside right
    before the cue, the aside opening on a person's name after a description: that name is the subject, not
    whoever the aside names last."""
    close = cue - 1
    if close not in before_cue or d.t[close].text not in DASHES:
        return None
    opening = next((k for k in range(close - 1, before_cue[0], -1) if d.t[k].text in DASHES), None)
    if opening is None or opening - 1 not in before_cue or d.t[opening - 1].upos not in ("NOUN", "PROPN"):
        return None
    np = d.np_after(opening + 1, [k for k in before_cue if opening < k < close])
    if np is None or np[0] != opening + 1 or not d.has_person(*np):
        return None
    described = d.np_before(opening, before_cue)
    return (described[0], np[1]) if described is not None else np


def _asked_with_no_subject(d: Draft, cue: int, pre: list[int]) -> bool:
    """`Roe told the council when asked about the levy: "…"`: a passive participle right after a subordinator has
    no subject of its own; the one asked answers, in the main clause's tag, not the noun before the subordinator."""
    return d.low(cue).endswith("ed") and cue - 1 in pre and d.low(cue - 1) in CLOSED_CLAUSE_OPENERS \
        and cue - 2 in pre and d.t[cue - 2].text not in CLAUSE_BREAK


def _closed_clause_opener(d: Draft, cue: int, pre: list[int]) -> int | None:
    """The subordinator (`when`, `after`) that opens the cue's clause, with its subject between them."""
    k = cue - 1
    while k in pre and d.t[k].text not in CLAUSE_BREAK and not d.boundary(k):
        if (d.low(k) in CLOSED_CLAUSE_OPENERS or (d.low(k) == "as" and _speaks_with_no_words(d, cue))) \
                and d.t[k].upos in ("SCONJ", "ADV", "ADP"):
            return k if k + 1 < cue else None
        k -= 1
    return None


def _speaks_with_no_words(d: Draft, cue: int) -> bool:
    """`As Roe spoke at the pier, the pilots were busy …`: `speak` with no object and no clause of its own says
    when, not what; `As Roe said, …` (words left to the main clause) stays a reporting tag."""
    return d.speech(cue) == "speak" \
        and not any(d.t[c].deprel in ("obj", "ccomp", "xcomp") for c in d.children.get(cue, []))


PLACE_PREPOSITIONS = frozenset({"from", "in", "at"})  # `with the staff of the senator from Ohio saying`
PASSIVE_OPENERS = frozenset({",", "(", "be", "been", "being", "is", "are", "was", "were", "get", "got"}) | DASHES
NAMED_TERM_WORDS = frozenset({"a", "an", "the", "as", "its", "his", "her", "their"})


def _agent_after_quote(d: Draft, cue: int, pre: list[int]) -> Phrase | None:
    """`the town, called the "Gateway of the Valley" by its founders`, `the inquiry — often labeled a "witch
    hunt" by port owners —`: a speech verb with no subject of its own (a passive, or a participle set off
    by a comma or a dash) that names the quote just after it, with `by` and a noun phrase right after the
    quote: that agent said it, not a noun before the verb."""
    quote = pre[-1] + 1
    if quote >= len(d.t) or not d.inside[quote] or d.low(cue).endswith("ing") \
            or not all(d.low(k) in NAMED_TERM_WORDS for k in range(cue + 1, quote)) or quote - cue > 3:
        return None
    before = cue - 1
    while before >= 0 and d.t[before].upos == "ADV" and not d.inside[before]:
        before -= 1
    if before < 0 or d.inside[before] or d.low(before) not in PASSIVE_OPENERS:
        return None
    end = quote
    while end + 1 < len(d.t) and d.inside[end + 1] and d.para[end + 1] == d.para[quote]:
        end += 1
    by = end + 1
    if by + 1 >= len(d.t) or d.low(by) != "by" or d.inside[by] or d.t[by].sentence != d.t[cue].sentence:
        return None
    np = d.np_after(by + 1, d.post_window(by))
    if np is None or any(d.t[k].ner in ("DATE", "TIME") or d.t[k].upos == "VERB" or d.low(k) in TIME_NOUNS
                         for k in range(np[0], np[1] + 1)) \
            or d.t[np[1]].upos not in ("NOUN", "PROPN"):
        return None  # (`… by Friday`, `… by cutting costs`: when or how, not who)
    return Phrase(np[0], np[1], cue, "speaker-said", 0.8)


LISTENER_WORDS = 4  # `whispered to him:`, `told the harbor board:`: the most words between a cue and its colon


def _opens_with_colon(d: Draft, near: list[int], pos: int) -> bool:
    """The cue is the last word before the colon that opens the quote (`… the heckler yelled: "…"`), or its clause
    runs to that colon after a reporting tag set off by a comma (`…, the Gazette reported, her aide whispered to
    her: "…"`): only whom it addresses stands between, no verb and no break. The tag relays what the cue says;
    a clause the reporter's verb takes in (`Roe said that Baker told her: "…"`) stays the reporter's."""
    if d.t[near[-1]].text != ":":
        return False
    if pos == len(near) - 2:
        return True
    between, cue = near[pos + 1:-1], near[pos]
    reporter = d.reporting_verb_over(cue)
    return reporter is not None and d.t[cue].head == reporter and reporter + 1 < cue and d.t[reporter + 1].text == "," \
        and not any(d.t[c].deprel == "mark" for c in d.children.get(cue, [])) \
        and len(between) <= LISTENER_WORDS and between == list(range(near[pos] + 1, near[-1])) \
        and not any(d.t[k].upos in ("VERB", "AUX") or d.t[k].text in CLAUSE_BREAK for k in between)


def _mistagged_last_cue(d: Draft, near: list[int], pos: int) -> bool:
    """`Wallnau continues: "…"`, `the report, which notes, "…"`: an inflected speech verb the tagger
    read as a noun, between a name or a noun (or `which`, `who`) and the colon or comma that opens the quote."""
    if pos != len(near) - 2 or pos == 0 or d.t[near[-1]].text not in (":", ","):
        return False
    verb, before = near[pos], near[pos - 1]
    lemma = d.kb.verb_forms.get(d.low(verb))
    if lemma is None or d.low(verb) == lemma or d.t[verb].upos == "VERB" or d.inside[verb]:
        return False
    return d.is_name_token(before) or d.t[before].upos == "NOUN" or d.low(before) in ("which", "who")


def _mistagged_after_name(d: Draft, near: list[int], pos: int) -> bool:
    """`Ann Roe calls Kessler "…"`, `The leaflet claims "…"`, `which harbour clerk Ann Roe calls "…"`: a
    speech verb's -s form that the tagger read as a plural noun compounded with the phrase before it.
    That phrase must open its clause (`of the Roe calls` are calls), and the quote must follow within
    a few words."""
    i = near[pos]
    lemma = d.kb.verb_forms.get(d.low(i))
    if len(near) - pos > 5 or d.t[i].upos not in ("NOUN", "PROPN") or not d.low(i).endswith("s") \
            or lemma is None or lemma == d.low(i) or d.inside[i] or i == 0 or d.sentence_initial(i) \
            or not (d.is_name_token(i - 1) or d.t[i - 1].upos in ("NOUN", "PROPN")):
        return False
    first = i - 1
    while first - 1 >= 0 and not d.sentence_initial(first) and not d.inside[first - 1] \
            and d.t[first - 1].upos in ("NOUN", "PROPN", "ADJ", "NUM"):
        first -= 1
    if not d.sentence_initial(first) and d.low(first - 1) in ("the", "a", "an", "this", "that"):
        first -= 1
    return d.sentence_initial(first) or d.t[first - 1].text == "," \
        or d.low(first - 1) in ("which", "who", "whom", "and")


ASIDE_TOKENS = 16  # the longest aside between an opening name and a mistagged cue


def _mistagged_after_aside(d: Draft, near: list[int], pos: int) -> tuple[int, int] | None:
    """`Jane Roe, a clerk at the port, calls Kessler "…"`: a speech verb's -s form that the tagger read
    as a noun right after the comma that closes an aside on the name opening the sentence. The
    speaker is that name with its aside (as `Jane Roe, the mayor, claims` gives when tagged right)."""
    i = near[pos]
    lemma = d.kb.verb_forms.get(d.low(i))
    if lemma is None or lemma == d.low(i) or not d.low(i).endswith("s") or d.t[i].upos not in ("NOUN", "PROPN") \
            or d.inside[i] or i < 2 or d.t[i - 1].text != ",":
        return None
    start = i - 1
    while start > 0 and not d.sentence_initial(start) and i - start <= ASIDE_TOKENS:
        start -= 1
    if not d.sentence_initial(start):
        return None
    opening = next((k for k in range(start, i - 1) if d.t[k].text == ","), None)
    if opening is None or opening == start or not d.is_name_token(opening - 1) or opening + 1 >= i - 1:
        return None
    clause = range(start, i - 1)
    if any(d.inside[k] or d.t[k].upos in ("VERB", "AUX") or d.t[k].text in (";", ":") for k in clause):
        return None  # (`Roe, who runs the port, calls`: a clause with a verb is no plain aside)
    return start, i - 2


BE_FORMS = frozenset({"is", "are", "was", "were", "am", "be", "been", "’s", "'s", "’re", "'re"})


def _progressive(d: Draft, verb: int) -> bool:
    """`the union is calling on the council to "…"`: a form of `be` makes the -ing form a finite
    verb with its own subject, not a participle that borrows the clause's subject."""
    if d.a.has_deps:
        return any(d.t[c].deprel == "aux" and d.low(c) in BE_FORMS | {"being"} for c in d.children.get(verb, []))
    k = verb - 1
    while k >= 0 and d.low(k) in AUX_OR_ADVERB - BE_FORMS:
        k -= 1
    return k >= 0 and d.low(k) in BE_FORMS


def passive_agent(d: Draft, verb: int) -> Phrase | None:
    """The `by` phrase of a passive speech verb, outside quotes: who did the calling or asking."""
    agent = next((c for c in d.children.get(verb, []) if d.t[c].deprel == "obl:agent"), None)
    if agent is None or d.inside[agent] or d.t[agent].upos not in ("NOUN", "PROPN", "PRON"):
        return None
    span = d.expand(agent, d.outside_quotes(d.t[verb].sentence))
    return Phrase(span[0], span[1], verb, "speaker-said", 0.8)


def by_agent(d: Draft, verb: int) -> Phrase | None:
    """The `by` phrase after a passive participle, however the parse labels it (`obl` or `obl:agent`)."""
    for c in d.children.get(verb, []):
        if c > verb and not d.inside[c] and d.t[c].deprel in ("obl", "obl:agent") \
                and d.t[c].upos in ("NOUN", "PROPN", "PRON") \
                and any(d.low(m) == "by" and d.t[m].deprel == "case" for m in d.children.get(c, [])):
            span = d.expand(c, d.outside_quotes(d.t[verb].sentence))
            return Phrase(span[0], span[1], verb, "speaker-said", 0.8)
    return None


def _participle_subject(d: Draft, i: int, pre: list[int]) -> Phrase | None:
    """`footage of Trump saying, "…"`: the participle's own subject is the phrase after `with`
    (`with the mayor loudly insisting: "…"`, `with the Federation of Dockers calling …`: all of it,
    not the name that ends it), or the name before it, else the subject of the clause it hangs on
    (`X cautioned Y, saying, "…"`)."""
    if (first := _first_participle(d, i, pre)) is not None:
        return _participle_subject(d, first, pre)
    span = _with_subject(d, i, pre) or d.name_before(i, pre) or _event_clause_subject(d, i, pre) \
        or d.clause_subject(i, pre)
    return Phrase(span[0], span[1], i, "participle", 0.85) if span else None


def _first_participle(d: Draft, i: int, pre: list[int]) -> int | None:
    """`She pushed back, saying her father had hired women all his life and calling him a "…"`: a participle
    joined by `and` to one that a comma set off earlier in the sentence goes on with it, not with the clause
    the first one reports."""
    k = i - 1
    while k in pre and (d.low(k) in AUX_OR_ADVERB or d.t[k].upos == "ADV"):
        k -= 1
    if k not in pre or d.low(k) not in ("and", "or"):
        return None
    return next((m for m in range(k - 1, pre[0], -1) if m in pre and d.t[m - 1].text == ","
                 and d.t[m].xpos == "VBG" and d.speech(m) and not _progressive(d, m)), None)


def _event_clause_subject(d: Draft, i: int, pre: list[int]) -> tuple[int, int] | None:
    """`Roe had barely begun when two fishermen stood up, shouting "…"`: a participle right
    after a clause of time (data `event_subordinators`) goes on with what that clause's subject did,
    not with the main clause's subject. The subject runs from the subordinator to the clause's verb."""
    k = i - 1
    while k in pre and (d.low(k) in AUX_OR_ADVERB or d.t[k].upos == "ADV"):
        k -= 1
    if k not in pre or d.t[k].text != ",":
        return None
    comma, k = k, k - 1
    while k in pre and d.t[k].text not in CLAUSE_BREAK and not d.boundary(k) and d.low(k) not in EVENT_SUBORDINATORS:
        k -= 1
    if k not in pre or d.low(k) not in EVENT_SUBORDINATORS or d.t[k].upos not in ("SCONJ", "ADV"):
        return None  # (`her years as senator representing …`: a preposition opens no clause)
    verb = next((m for m in range(k + 1, comma) if d.t[m].upos in ("VERB", "AUX")), None)
    if verb is None or verb == k + 1 or d.low(k + 1) in ("it", "there") \
            or not any(d.t[m].upos in ("NOUN", "PROPN", "PRON") for m in range(k + 1, verb)):
        return None  # (`when asked about it, saying`: the clause has no subject of its own)
    return k + 1, verb - 1


def _with_subject(d: Draft, i: int, pre: list[int]) -> tuple[int, int] | None:
    """`…, with many marchers chanting "…"`: an absolute phrase names its own subject after `with`."""
    last = i - 1
    while last in pre and (d.low(last) in AUX_OR_ADVERB or d.t[last].upos == "ADV"):
        last -= 1
    k = last
    while k in pre and d.low(k) != "with" and d.t[k].text not in CLAUSE_BREAK \
            and (d.low(k) not in SUBORDINATORS or (d.low(k) in ("and", "or") and d.t[k].upos == "CCONJ")) \
            and (d.t[k].upos not in ("VERB", "AUX", "ADP", "SCONJ") or d.low(k) == "of"
                 or (d.low(k) in PLACE_PREPOSITIONS and k < last and d.is_cap(k + 1))):
        k -= 1  # (`with one of its leaflets asking`, `with marchers and spectators chanting`, `… from Ohio saying`)
    if k not in pre or d.low(k) != "with" or k + 1 > last:
        return None
    return k + 1, last


def _inverted(d: Draft, i: int, lemma: str | None, after: list[int]) -> Phrase | None:
    """`said Smith: "…"` (the name must end the window, before a colon or comma); a sentence that opens
    on the cue may set off who the name is first (`Said Dora Quist, who grew up nearby, "…"`)."""
    if after and lemma not in d.kb.listener_verbs and d.is_cap(after[0]) \
            and d.t[after[-1]].text in (",", ":") + tuple(DASHES):
        np = d.np_after(after[0], after)
        if np and d.has_name(*np) and np[0] == after[0] \
                and (np[1] == after[-2] or _aside_to_the_quote(d, i, np[1], after)):
            return Phrase(np[0], np[1], i, "said-speaker", 0.85)
    return None


def _aside_to_the_quote(d: Draft, cue: int, name_last: int, after: list[int]) -> bool:
    """The cue opens its sentence and only an aside with no cue of its own follows the name."""
    rest = [k for k in after if k > name_last + 1][:-1]
    return d.sentence_initial(cue) and d.t[name_last + 1].text == "," and bool(rest) \
        and not any(d.speech(k) for k in rest)


def _subject(d: Draft, i: int, pre: list[int]) -> Phrase | None:
    """The cue's subject before it: a pronoun at once, else the reading (parse or surface) that
    names a person most surely."""
    before_cue = [k for k in pre if k < i]
    if (named := _name_set_off_by_dashes(d, i, before_cue)) is not None:
        return Phrase(named[0], named[1], i, "speaker-said", 0.85)
    np = _past_time_phrase(d, d.np_before(i, before_cue), before_cue)
    if np and _prepositional_phrase(d, *np):
        np = None  # (`…, but at a second hearing said`: where, not who; the subject is elided)
    if np and np[0] == np[1] and d.low(np[0]) in SUBJECT_PRONOUNS:
        return Phrase(np[0], np[1], i, "speaker-said", 0.85)
    candidates = []
    if d.a.has_deps:
        subj = d.subject_of(i)
        if subj is not None and subj in pre and subj < i and d.low(subj) not in TIME_NOUNS \
                and not _prepositional_phrase(d, *d.expand(subj, before_cue)):
            # (`Tom Vance, a strategist who has feuded with Lowe, wrote`: a parse that makes the aside
            # the subject means the name it describes)
            span = d.past_object_relative(d.named_before_appositive(d.expand(subj, before_cue), before_cue))
            last = i - 1
            while last > span[1] and (d.low(last) in AUX_OR_ADVERB or d.t[last].upos in ("AUX", "ADV")):
                last -= 1
            if all(d.t[k].text == "," or (d.t[k].upos == "ADV" and not d.is_cap(k))
                   for k in range(span[1] + 1, last + 1)):
                last = span[1]  # `The two senators, however, argue`: an adverb set off by commas is no apposition
            opening = span[1] + 2 if span[1] + 1 <= last and d.t[span[1] + 1].text == "," else None
            if opening is not None and opening <= last and d.t[opening].upos == "VERB" and not d.is_cap(opening):
                last = span[1]  # `Others, reacting to the Roe video, shouted`: a participle's clause says what they did
            # `These employees, Stamp explained`: a comma between the parse's subject and a cue
            # that follows the next phrase directly means the subject is that phrase (found
            # on the surface below); `The mayor, Ann Roe, said` keeps the whole apposition.
            if d.t[last].text == "," or not any(d.t[k].text == "," for k in range(span[1] + 1, last)):
                candidates.append(Phrase(span[0], last, i, "speaker-said", 0.9))
    if np:
        candidates.append(Phrase(np[0], np[1], i, "speaker-said", 0.85))
    elif d.conjunct_cue(i, pre) or (i - 1 in pre and d.low(i - 1) == "to"):
        # `X outlined a plan and vowed "…"` / `X took to Twitter to accuse …`: the subject of the first conjunct;
        # `the ruling led Ann Roe to declare "…"`: the object the infinitive's speaker is.
        subj = _controller(d, i, before_cue) or _first_conjunct_controller(d, i, before_cue) \
            or _with_infinitive_subject(d, i, pre) or d.clause_subject(i - 1, pre)
        if (subj is None or d.mention_for(Phrase(subj[0], subj[1], i, "speaker-said", 0.8)) is None) \
                and d.conjunct_cue(i, pre):
            subj = _first_conjunct_subject(d, i, before_cue) or subj
        if subj:
            candidates.append(Phrase(subj[0], subj[1], i, "speaker-said", 0.8))
    if not candidates or (len(candidates) == 1 and d.t[candidates[0].last].upos in ("VERB", "AUX")):
        # (`A neighbour who asked not to be named said: "…"`: a parse that hangs the cue on the clause's verb)
        held = _head_of_a_closing_relative(d, i, before_cue)
        candidates = [held] if held is not None else candidates
    if not candidates:
        return None
    chosen = d.prefer_named(candidates)
    return _producer(d, chosen, before_cue) or _nameless_head_of_clause(d, chosen, before_cue) \
        or _nameless_head_before_apposition(d, chosen) or chosen


def _head_of_a_closing_relative(d: Draft, cue: int, before_cue: list[int]) -> Phrase | None:
    """`A neighbour who asked not to be named said`, `One driver who declined to give his name told`: a cue whose
    subject the parse lost inside the `who` clause right before it (no comma closes that clause) is said by the
    noun the clause hangs on, with its clause as written: the sentence's subject, opening it."""
    k = cue - 1
    while k in before_cue and d.low(k) not in PERSON_RELATIVES:
        if d.t[k].text in CLAUSE_BREAK or d.boundary(k) or d.inside[k] or d.speech(k) and k != cue - 1 \
                and d.low(k) not in ("asked", "named", "identified") and d.low(k - 1) not in PERSON_RELATIVES:
            # (the clause's own verb may be one of speech: `the parents who wrote to her say`)
            return None
        k -= 1
    head = k - 1
    if k not in before_cue or head not in before_cue or k >= cue - 1 or d.t[head].upos not in ("NOUN", "PROPN") \
            or d.inside[head]:
        return None
    np = d.np_before(k, [j for j in before_cue if j < k])
    if np is None or np[1] != head or not (d.sentence_initial(np[0]) or d.t[np[0] - 1].text in CLAUSE_BREAK or (
            d.t[np[0] - 1].upos == "CCONJ" and d.sentence_initial(np[0] - 1))):  # (`But a steward who …`)
        return None
    return Phrase(np[0], cue - 1, cue, "speaker-said", 0.8)


def _nameless_head_before_apposition(d: Draft, phrase: Phrase) -> Phrase | None:
    """`A fisherman on the breakwater, a longtime friend of Alderman Ann Roe, said`: a phrase that opens on a
    nameless noun and sets off a description whose name hangs on a preposition (`friend of Roe`) is the noun
    that speaks, unnamed; an apposition that is a name (`A fisherman, Ann Roe, said`) still names it."""
    if phrase.cue is None or d.t[phrase.first].upos not in ("DET", "NOUN", "ADJ", "NUM"):
        return None
    comma = next((k for k in range(phrase.first + 1, phrase.last) if d.t[k].text == ","), None)
    if comma is None or d.has_name(phrase.first, comma - 1) or d.t[comma - 1].upos != "NOUN" \
            or d.t[comma + 1].upos != "DET" or d.is_cap(comma + 1):
        return None
    mention = d.mention_for(phrase)
    if mention is None or mention.kind != "person":
        return None
    runs = d.name_runs(comma + 1, phrase.last)
    if not runs:
        return None
    name = runs[0][0]
    if name <= comma + 1 or not any(d.t[k].upos == "ADP" and not d.is_cap(k) for k in range(comma + 2, name)) \
            or any(d.t[k].text in CLAUSE_BREAK or d.t[k].upos in ("VERB", "AUX") for k in range(comma + 1, name)):
        return None
    return Phrase(phrase.first, comma - 1, phrase.cue, phrase.sieve, phrase.confidence)


PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def _nameless_head_of_clause(d: Draft, phrase: Phrase, before_cue: list[int]) -> Phrase | None:
    """`A diver who had guided Judge Ann Roe around the wreck said`, `People who know Roe say`, `A baker whose
    son clerks for Senator Roe said`: the phrase chosen sits inside a `who` clause on a plain noun, no name,
    that opens the cue's clause; that noun speaks, its clause as written says who it is (the name it holds
    only says whom the clause is about)."""
    if phrase.cue is None or not d.has_name(phrase.first, phrase.last):
        return None
    k = phrase.last
    while k in before_cue and d.low(k) not in PERSON_RELATIVES:
        if d.t[k].text in CLAUSE_BREAK or d.boundary(k):
            return None
        k -= 1
    head = k - 1
    if k >= phrase.last or not d.has_name(k + 1, phrase.last):
        return None
    if k not in before_cue or head not in before_cue or d.t[head].upos != "NOUN" or d.inside[head] \
            or (d.is_cap(head) and not d.sentence_initial(head)) or d.t[head].ner is not None:
        return None
    np = d.np_before(k, [j for j in before_cue if j < k])
    if np is None or np[1] != head or d.has_name(np[0], head) \
            or not (d.sentence_initial(np[0]) or d.t[np[0] - 1].text in CLAUSE_BREAK):
        return None
    return Phrase(np[0], phrase.cue - 1, phrase.cue, phrase.sieve, phrase.confidence)


def _prepositional_phrase(d: Draft, first: int, last: int) -> bool:
    """The stretch is a lower-case preposition's object, with the preposition or right after it, and the
    preposition follows no noun it could modify (`…, but at a second hearing said`): an adjunct, never a
    subject (`four in 10 voters say` is one; `after`, `as`, `until` open clauses too: `after Roe told`)."""
    case = first if d.t[first].upos == "ADP" else first - 1
    return 0 < case < last and d.t[case].upos == "ADP" and d.t[case].text[:1].islower() and not d.inside[case] \
        and d.t[case - 1].upos not in ("NOUN", "PROPN", "NUM", "PRON", "ADJ", "DET") \
        and d.low(case) not in SUBORDINATORS | CLOSED_CLAUSE_OPENERS | EVENT_SUBORDINATORS | {"like", "unlike"} \
        and d.t[case].head == last and not any(d.t[k].text in CLAUSE_BREAK for k in range(case, last + 1))


def _producer(d: Draft, phrase: Phrase, before_cue: list[int]) -> Phrase | None:
    """`The club issued a leaflet which promised "…"`: a relative pronoun whose clause describes a work
    the main clause's subject put out (data `producer_verbs`) stands for the work; its words are the
    producer's, so the phrase is that subject."""
    rel, cue = phrase.last, phrase.cue  # (the phrase may run from the work to its pronoun: `a video that`)
    if d.low(rel) not in ("that", "which") or cue is None or not d.a.has_deps \
            or d.t[cue].deprel != "acl:relcl":
        return None
    work = d.t[cue].head
    if work is None or work != rel - 1 or d.t[work].deprel != "obj":
        return None
    verb = d.t[work].head
    if verb is None or (d.t[verb].lemma or "").lower() not in PRODUCER_VERBS:
        return None
    subj = d.subject_of(verb)
    if subj is None or subj not in before_cue or subj > verb or d.low(subj) in RELATIVE_PRONOUNS:
        return None
    span = d.named_before_appositive(d.expand(subj, before_cue), before_cue)
    return Phrase(span[0], span[1], cue, "speaker-said", 0.85)


def _controller(d: Draft, cue: int, before_cue: list[int]) -> tuple[int, int] | None:
    """`The verdict prompted Ann Roe to write "…"`, `leading the mayor to insist that "…"`: an infinitive
    cue after a verb of object control (data `object_control_verbs`) is spoken by that verb's object,
    not by the clause's subject, unless the verb only asks for the words (data `request_verbs`). The
    object runs from the verb to the `to` or to an aside's comma (`prompted the Harbor Institute, which
    tracks tolls, to state`)."""
    to = cue - 1
    if d.low(to) != "to" or to - 1 not in before_cue:
        return None
    end = to - 1
    if d.t[end].text == ",":  # an aside closes before `to`: the object ends where the aside opens
        end = next((k - 1 for k in range(end - 1, end - 25, -1) if k in before_cue and d.t[k].text == ","), -1)
    k = end
    while k in before_cue and d.t[k].text not in CLAUSE_BREAK and not d.boundary(k) \
            and (d.t[k].upos not in ("VERB", "AUX") or d.t[k].deprel == "amod"):
        k -= 1
    lemma = (d.t[k].lemma or d.low(k)).lower() if k in before_cue else ""
    if k == end or lemma not in OBJECT_CONTROL_VERBS or lemma in REQUEST_VERBS or d.t[k].upos != "VERB":
        return None  # (`They ask the mayor to state "…"`: words asked for are the asker's, data `request_verbs`)
    return k + 1, end


def _first_conjunct_controller(d: Draft, cue: int, before_cue: list[int]) -> tuple[int, int] | None:
    """`The leak pushed Ann Roe to cancel the regatta and warn sailors "…"`: a cue joined by `and` to an
    infinitive after a verb of object control has that verb's object for its speaker too (found on the
    surface: the parse often hangs the second verb on the first clause's)."""
    if cue - 1 not in before_cue or d.low(cue - 1) not in ("and", "or"):
        return None
    for k in range(cue - 2, max(cue - 14, 0), -1):
        if k not in before_cue or d.t[k].text in CLAUSE_BREAK or d.boundary(k):
            return None
        if d.t[k].upos == "VERB" and d.low(k - 1) == "to":
            return _controller(d, k, before_cue)
    return None


FIRST_CONJUNCT_REACH = 15  # tokens between the `and` and the first conjunct's verb


def _first_conjunct_subject(d: Draft, cue: int, before_cue: list[int]) -> tuple[int, int] | None:
    """`The forum had barbed moments, as when Roe needled Kessler over tolls and labeled him a "…"`: the cue
    joined by `and` shares the subject of the nearest finite verb before the `and` in its clause. Asked only
    when the clause's subject names no one (the parse often hangs the second verb on the sentence's root).
    A comma may close the first conjunct (`Engineers have dismissed the claims, but have speculated "…"`),
    whose verb may be a perfect's participle; the parse must then join the cue to that very verb (`Roe
    noted that he taught law, and added`: the nearest verb sits in what Roe noted)."""
    k = cue - 1
    while k in before_cue and d.low(k) not in ("and", "but", "or", "then"):
        k -= 1
    comma = k - 1 in before_cue and d.t[k - 1].text == ","
    for verb in range(k - 2 if comma else k - 1, max(k - FIRST_CONJUNCT_REACH, -1), -1):
        if verb not in before_cue or d.t[verb].text in CLAUSE_BREAK or d.boundary(verb):
            return None
        if d.t[verb].upos == "VERB" and (d.t[verb].xpos in ("VBD", "VBZ", "VBP") or _perfect(d, verb)):
            if comma and d.t[cue].head != verb:
                return None
            subj = d.subject_of(verb)
            if subj is None or subj not in before_cue or subj > verb:
                return None
            return d.named_before_appositive(d.expand(subj, before_cue), before_cue)
    return None


def _perfect(d: Draft, verb: int) -> bool:
    """`have dismissed`: a participle after a form of `have` is a finite clause's verb, with a subject of its own."""
    return d.t[verb].xpos == "VBN" and any(d.t[c].deprel == "aux" and (d.t[c].lemma or "").lower() == "have"
                                           for c in d.children.get(verb, []))


def _with_infinitive_subject(d: Draft, cue: int, pre: list[int]) -> tuple[int, int] | None:
    """`…, with Ann Roe going on local radio to urge latecomers "…"`: an infinitive cue inside an absolute
    phrase is spoken by the subject `with` names, not by the main clause's."""
    if d.low(cue - 1) != "to":
        return None
    for k in range(cue - 2, max(cue - 10, -1), -1):
        if k not in pre or d.t[k].text in CLAUSE_BREAK or d.boundary(k):
            return None
        if d.t[k].upos == "VERB" and d.low(k).endswith("ing"):
            return _with_subject(d, k, pre)
    return None


def _past_time_phrase(d: Draft, np: tuple[int, int] | None, before_cue: list[int]) -> tuple[int, int] | None:
    """`Sen. Ada Roe (D-Calif.) last week said`: a time phrase just before the cue is no subject; the
    phrase before it is."""
    if np is None or d.low(np[1]) not in TIME_NOUNS \
            or any(d.t[k].upos not in ("ADJ", "DET", "NUM", "NOUN", "PROPN") for k in range(np[0], np[1] + 1)) \
            or np[1] - np[0] > 2:
        return np
    return d.np_before(np[0], [k for k in before_cue if k < np[0]])


def _colon(d: Draft, pre: list[int]) -> Phrase | None:
    """`X put it this way: "…"`: the subject of the clause the colon ends; a label with no verb that
    ends on a person's name (`Former harbour master Ann Roe: "…"`) is that person, title and all."""
    if _goes_on_from_a_quote(d, pre):
        return None
    label = pre[:-1]
    if label and len(label) <= 10 and d.is_name_token(label[-1]) and d.has_person(label[0], label[-1]) \
            and label == list(range(label[0], label[-1] + 1)) \
            and not any(d.t[k].upos in ("VERB", "AUX") or d.t[k].text in CLAUSE_BREAK for k in label):
        return Phrase(label[0], label[-1], None, "colon", 0.75)
    if _right_after_a_quote(d, pre[0]):
        return None  # (`Ida said she wished with all her "soul" Roe wins: "…"`: the sentence's speaker goes on)
    subj = d.clause_subject(pre[-1], pre[:-1] + [pre[-1]])
    if subj:
        found = Phrase(subj[0], subj[1], None, "colon", 0.75)
        return _person_closing_a_thing_clause(d, pre, found) or found
    if d.name_runs(pre[0], pre[-1]) and len(pre) <= 8:
        return Phrase(pre[0], pre[-2], None, "colon", 0.7)
    return None


def _person_closing_a_thing_clause(d: Draft, pre: list[int], subject: Phrase) -> Phrase | None:
    """`The size of the crowd did not surprise organizer Ann Roe: "…"`: when the clause's subject is a thing, not
    anyone who speaks, a person named right before the colon (her title with her) is whose words follow."""
    mention = d.mention_for(subject)
    if mention is None or mention.kind != "other" or len(pre) < 3:
        return None
    np = d.np_before(pre[-1], pre[:-1])
    if np is None or np[1] != pre[-2] or np[0] <= subject.last or not d.is_name_token(np[1]) \
            or not d.has_person(np[0], np[1]):
        return None
    return Phrase(np[0], np[1], None, "colon", 0.75)


def _goes_on_from_a_quote(d: Draft, pre: list[int]) -> bool:
    """`Roe said she hoped with her "whole heart" that the ferry wins: "…"`, `…, whom he called "volatile," with
    the mayor: "…"`: the words before the colon open with a preposition or `that` right after an earlier quote
    of the sentence; they go on with that quote's clause, whose speaker the earlier quote already has, and
    their own subject is no speaker (`"Headline," by Ann Roe: "…"` names the excerpt's author: kept)."""
    first = pre[0]
    return _right_after_a_quote(d, first) \
        and (d.t[first].upos in ("ADP", "SCONJ") or d.low(first) == "that") and d.t[first].text[:1].islower() \
        and d.low(first) != "by"


def _right_after_a_quote(d: Draft, first: int) -> bool:
    """Token `first` directly follows an earlier quote of its own sentence, so the words from it may go on
    with that quote's clause (both colon checks in `_colon` ask this)."""
    return first > 0 and d.inside[first - 1] and d.t[first - 1].sentence == d.t[first].sentence


def _from_source(d: Draft, words: list[int]) -> tuple[int, int] | None:
    """`More from Ann Roe: "…"`, `From the report: "…"`: a digest's lead-in names where the
    excerpt comes from, with no verb; `from` must open the clause (after `More` at most)."""
    if not words:
        return None
    start = len(words) - 1
    while start > 0 and words[start - 1] == words[start] - 1 and d.t[words[start - 1]].text not in DASHES \
            and not d.boundary(words[start - 1]):
        start -= 1
    clause = words[start:] if d.t[words[start]].text not in DASHES else words[start + 1:]
    lead = [d.low(k) for k in clause[:2]]
    skip = 2 if lead == ["more", "from"] else 1 if lead[:1] == ["from"] else 0
    if not skip or len(clause) <= skip or len(clause) - skip > 8:
        return None
    np = clause[skip:]
    if any(d.t[k].upos in ("VERB", "AUX") or d.t[k].text in CLAUSE_BREAK for k in np):
        return None
    return np[0], np[-1]


def _name_after_dash(d: Draft, words: list[int]) -> tuple[int, int] | None:
    """The names (`Jane Roe`, `Jane Roe and Tom Baker`) between a dash and the window's end: a
    digest's item gives its headline, a dash, then its author."""
    dash = next((pos for pos in range(len(words) - 1, -1, -1) if d.t[words[pos]].text in DASHES
                 and not d.glued_hyphen(words[pos])), None)
    if dash is None or dash + 1 >= len(words):
        return None
    first, last = words[dash + 1], words[-1]
    runs = d.name_runs(first, last)
    covered = {k for run in runs for k in range(run[0], run[1] + 1)}
    joined = all(k in covered or d.low(k) in ("and", "&") for k in range(first, last + 1))
    return (first, last) if runs and joined and runs[0][0] == first and runs[-1][1] == last else None


SIEVE = Sieve("before", ("participle", "said-speaker", "speaker-said", "colon"), TOKENS_ONLY,
              find=lambda d, site: sieve_before(d, site.before))
