"""Descriptions that name no one but say who someone is: `… will meet Donald Trump when the
Republican presidential front-runner arrives`. A report's title and party for Trump may come
from such a phrase anywhere in the draft, not only from the words around his name.

A definite description (`the` + modifiers + a title or person noun, with no name after it) is
linked to the last person named before it in the same or the previous sentence whose gender does
not contradict it (a surname alone counts, though the tagger took it for no name). One that opens its
sentence as the main verb's subject (or as the owner of that subject: `The harbor chief's report will …`) goes
on about the person the sentence before has for its main subject, even when that sentence names someone else
after them in passing; one that is the subject of a concessive clause opening its sentence (`Though the
harbor chief lost her own ward, Roe expects …`) is the person the main clause after it names as its subject. It
only adds to what the affiliation stage reads; it never attributes a quote.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..grammar import (
    AUX_OR_ADVERB,
    BECOMING_VERBS,
    FUNCTION_WORDS,
    LASTING_VERBS,
    PERSON_OBJECT_PRONOUNS,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    SUPPOSING_WORDS,
    TITLE_COPULAS,
    _words,
)
from ..model import Attribution, Mention, Speaker
from .copulas import NEGATIONS
from .draft import Draft
from .resolution import SERVED_LINKS, Resolver

NOMINATION_VERBS = _words("nomination_verbs")  # `the nominee to lead X`: the post she is named to
MAX_OPENING_WORDS = 9  # `The Harbor Party's presumed mayoral nominee,`: a body's role opening a sentence
MAX_WORDS = 6  # `the Republican vice-presidential nominee`: a longer phrase is a clause, not a title
MAX_BODY_MODIFIERS = 2  # `the state`, `the federal`: lower-case words of a body's name before its capitals
MAX_BODY_WORDS = 6  # `of the Eastland Harbor Safety Board`: a body's name after a title
BODY_LINKS = frozenset({"of", "for", "at"})  # a title's link to its body (`the head of X`, `counsel for X`)
TOPIC_LINKS = frozenset({"on"})  # a title's link to the field it covers (`the spokeswoman on defence`)
MAX_TOPIC_WORDS = 3
PARTICIPLE_ENDINGS = ("ing", "ed", "born")  # `-winning`, `-nominated`, `-born`
PLACE_LINK = "from"  # a title's link to the place it serves (`the senator from Eastland`)
BODY_NAME_LINKS = frozenset({"of", "for", "and", "&", "the"})  # inside a body's name (`Friends of the Marsh`)
MAX_CLIMB = 8  # dependency steps from a description up to the speech verb whose content holds it
# What a description may be inside, below the verb whose subject acts on it: an object, or a noun or
# clause that holds it (`attacks on the nominee`, `a speech mocking the nominee`); never a reported clause.
ACTED_ON_RELATIONS = frozenset({"obj", "iobj", "obl", "nmod", "acl", "xcomp", "advcl"})
MAX_ACTED_ON_CLIMB = 4
PLAINLY_ACTED_ON = frozenset({"obj", "iobj", "obl", "nmod"})  # a description its clause's subject acts on at once
MAX_CLAUSE_DEPTH = 4  # steps from a name up to the verb whose subject is a description
SPEAKING_PRONOUNS = frozenset({"he", "she"})  # a reporter the draft names by a pronoun
POSSESSIVE_GENDERS = {"his": "male", "her": "female"}  # `the nominee … his campaign`: who the subject is
OPENING_ARTICLES = frozenset({"a", "an", "the"})
INDEFINITE_ARTICLES = frozenset({"a", "an", "another"})  # someone not yet named (`a newcomer`)
OPENER_BREAKS = frozenset({"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "DET"})  # a clause, not a title
CLOSING_MARKS = frozenset({",", ";", ":", ".", "!", "?", ")"})  # a name and verb closed at once: an aside
OPENER_WORDS = frozenset({"CCONJ", "ADV", "PUNCT"})  # `But the senator …`: words before a sentence's subject
CONTINUED_LOOKBACK = 2  # sentences back in which `a supporter` introduces `the supporter`
PRONOUN_OBJECTS = frozenset({"obj", "iobj", "obl"})  # (not `her friend`: a possessive says nothing of who acts)
INTRODUCERS = INDEFINITE_ARTICLES | {"one"}  # `one supporter`: someone brought in, not yet named
MAX_OPENING_PHRASE = 25  # tokens of a phrase or clause opening a sentence before its subject
INTRODUCTION_REACH = 4  # paragraphs back in which `a former bureau manager` introduces `the former manager`
PRONOUN_REPORTER = "pronoun"  # what `_reporter` returns for one: someone, who is no one named here
CONCESSIVE = frozenset({"while", "though", "although"})  # a clause granting something of the main clause's subject


def link_descriptions(d: Draft, resolver: Resolver, attributions: Mapping[str, Attribution] | None = None) -> None:
    """Add each definite description to the mentions of the person it describes (`attributions`: the quotes'
    speakers, whom a description after a sentence of their words may continue)."""
    quoted = _quoted_sentences(d, resolver, attributions or {})
    for first in range(len(d.t)):
        if d.low(first) != "the" or d.inside[first]:
            continue
        head = _description_head(d, first)
        if head is None:
            _link_continued_subject(d, resolver, first, quoted)
            continue
        topic = _topic_after(d, head)
        last = _body_after(d, first, head) or _post_named_after(d, head) or _place_after(d, head) \
            or _title_runs_on(d, head) or topic
        person = _set_off_after(d, resolver, first)
        if person is None:
            named = _name_set_off_after(d, topic or head)  # (the name's person, though never quoted: no one else)
            person = _speaker_of(resolver, named) if named is not None \
                else _described_person(d, resolver, first, head, quoted)
            if person is not None and named is None and person.id == _stand_in_acting(d, resolver, head):
                person = None  # (`Roe walked the pier. That evening the nominee dined with the governor`: not Roe)
        if person is not None and _party_before_its_contest(d, head) and _run_by_someone_unnamed(d, head):
            continue  # `a newcomer won the Harbor Party nomination`: not the person named before
        if person is not None and _party_thing(d, first, head) and not _holds_a_party_post(d, resolver, person):
            continue  # `the Republican convention` near the nominee's daughter: no party of hers
        if person is not None and _owned(d, first, head) and not _owned_post_placed(d, head):
            continue  # `Roe dreams of becoming the Harbor Party's nominee`: not hers yet
        if person is not None and _mirrors_the_office(d, person, first, head):
            continue  # `the Transport Secretary` after `X, the shadow roads minister`: not the one who holds it
        if person is not None and (_denied(d, head) or _supposed(d, head)):
            _link_denied_party(d, person, first, head)
            continue  # `Roe won't be the nominee`, `no longer the chairman`: no post she holds
        if person is None:
            _link_continued_subject(d, resolver, first, quoted)
        elif last is not None:  # (read as an appositive is: the role, then its body)
            person.mentions.append(Mention(text=d.span_text(first, last), start=d.t[first].start,
                                           end=d.t[last].end, kind="unnamed", after=d.words(first, last)))
        else:
            person.mentions.append(Mention(text=d.span_text(first, head), start=d.t[first].start,
                                           end=d.t[head].end, kind="unnamed", before=d.words(first, head)))
    for sentence in d.a.sentences:
        _link_opening_description(d, resolver, sentence[0])
    for speaker in list(resolver.speakers.values()):
        _link_fuller_introduction(d, speaker)
    _link_description_before_any_name(d, resolver)


def _link_description_before_any_name(d: Draft, resolver: Resolver) -> None:
    """`Eastland's minister of fisheries on Monday urged …` before the draft names anyone, then `"…," Minister Ann
    Roe said`: a wire lede describes its main source before naming her, and the description (its owner and body
    with it) says her title when she is the only person named later in that role (`Minister`, `Roe, the chief
    executive,`)."""
    named = [m for m in d.person_mentions if m.name is not None]
    if not named:
        return
    for found in _lede_descriptions(d, min(m.start for m in named)):
        start, head, last = found
        role = d.low(head)
        holders = {_key(resolver, m) for m in named if m.start > d.t[last].end
                   and role in (w.text.lower() for w in (*m.before, *m.after))}
        if len(holders) != 1:
            continue  # (two ministers named later: which one the lede means, the draft does not say)
        person = resolver.speakers.get(holders.pop())
        if person is not None and person.kind == "person":
            person.mentions.append(Mention(text=d.span_text(start, last), start=d.t[start].start,
                                           end=d.t[last].end, kind="unnamed", before=d.words(start, last)))
        return


def _lede_descriptions(d: Draft, before: int) -> list[tuple[int, int, int]]:
    """The role descriptions that are the subject of a verb before offset `before` (where the draft first names
    someone), outside quotation marks: where each starts (its owner: `Eastland's`, `the company's`), its role word,
    and where it ends (a body or portfolio after `of`/`for`: `minister of fisheries and ports`)."""
    found = []
    for head, tok in enumerate(d.t):
        if tok.start >= before:
            break
        if d.inside[head] or tok.upos != "NOUN" or not tok.text.islower() or tok.xpos != "NN" \
                or not d.kb.is_title(tok.text) or not (tok.deprel or "").startswith("nsubj"):
            continue
        start = head
        while start > 0 and d.t[start - 1].sentence == tok.sentence and not d.inside[start - 1] and (
                d.t[start - 1].upos in ("ADJ", "NOUN", "PROPN") or d.t[start - 1].text in POSSESSIVE
                or d.low(start - 1) == "the"):
            start -= 1
            if d.low(start) == "the":
                break
        if start > 0 and (d.t[start - 1].upos == "DET" and d.low(start - 1) != "the"
                          or d.low(start - 1) in INTRODUCERS) \
                or any(d.person_mention_at(k) is not None for k in range(start, head)):
            continue  # (`a senior ferry official said`: an unnamed source, no one the draft names later)
        last = head
        if head + 1 < len(d.t) and d.low(head + 1) in ("of", "for"):
            k = head + 2
            while k < len(d.t) and k - head <= MAX_BODY_WORDS and not d.inside[k] \
                    and d.t[k].sentence == tok.sentence and (d.t[k].upos in ("NOUN", "PROPN", "ADJ")
                                                             or d.t[k].xpos == "VBG" or d.low(k) in BODY_NAME_LINKS):
                last = k if d.t[k].upos in ("NOUN", "PROPN") or d.t[k].xpos == "VBG" else last  # (`of housing`)
                k += 1
        found.append((start, head, last))
    return found


def _link_fuller_introduction(d: Draft, speaker: Speaker) -> None:
    """`A third person, a former bureau manager, said …` then `"…," the former manager said`: an unnamed source
    quoted by a shortened description is the one the draft last introduced with that role (`a`, `another`, `one`),
    and the fuller words it was introduced by say its title and the body it serves."""
    if speaker.kind != "unnamed" or not speaker.anonymous:
        return
    definite = sorted((m for m in speaker.mentions if m.kind == "unnamed" and not m.plural
                       and m.text.split()[:1] in (["the"], ["The"])), key=lambda m: m.start)
    if not definite:
        _link_group_introduction(d, speaker)
        return
    first, last = d.token_at(definite[0].start), d.token_at(definite[0].end - 1)
    found = _fuller_introduction(d, first, last)
    if found is not None:
        start, head = found
        last = _body_named_after(d, head)
        speaker.mentions.append(Mention(text=d.span_text(start, last or head), start=d.t[start].start,
                                        end=d.t[last or head].end, kind="unnamed", before=d.words(start, last or head)))


def _link_group_introduction(d: Draft, speaker: Speaker) -> None:
    """`Two inspectors at the Harbor Commission said …` then `"…," one of the inspectors said`: one of a group the
    draft brought in by a number serves the body named right after the group's role (the role itself stays one
    member's: the group's words are no title of hers)."""
    one = next((m for m in speaker.mentions if m.kind == "unnamed" and [w.text.lower() for w in m.before][:3]
                == ["one", "of", "the"] and len(m.before) == 4), None)
    if one is None:
        return
    head = d.token_at(one.end - 1)
    group = _group_introduction(d, head)
    last = _body_named_after(d, group) if group is not None else None
    if group is not None and last is not None:
        speaker.mentions.append(Mention(text=d.span_text(group + 1, last), start=d.t[group + 1].start,
                                        end=d.t[last].end, kind="unnamed", after=d.words(group + 1, last)))


def _group_introduction(d: Draft, head: int) -> int | None:
    """Where the nearest earlier mention of a plural role (`officials`) stands when a number brings that group in
    (`Two officials`, `three senior officials`), within INTRODUCTION_REACH paragraphs and outside quotation marks;
    None when the nearest says no number (the group is someone else's) or names anyone."""
    if d.t[head].xpos != "NNS" or d.inside[head]:
        return None
    for k in _earlier_in_reach(d, d.low(head), head):
        start = k
        while start > 0 and k - start < MAX_WORDS and d.t[start - 1].sentence == d.t[k].sentence \
                and d.t[start - 1].upos in ("ADJ", "NOUN") and d.t[start - 1].text.islower():
            start -= 1
        counted = start > 0 and d.t[start - 1].upos == "NUM" and d.t[start - 1].text.isalpha()
        return k if counted and not any(d.person_mention_at(j) is not None for j in range(start - 1, k + 1)) else None
    return None


def _earlier_in_reach(d: Draft, noun: str, before: int) -> Iterator[int]:
    """Each token of `noun` before token `before`, nearest first, outside quotation marks and within
    INTRODUCTION_REACH paragraphs of it: where a role said again may have been introduced."""
    reach = d.doc.paragraph_index(d.t[before].start) - INTRODUCTION_REACH
    for k in range(before - 1, -1, -1):
        if d.doc.paragraph_index(d.t[k].start) < reach:
            return
        if d.low(k) == noun and not d.inside[k]:
            yield k


def _body_named_after(d: Draft, head: int) -> int | None:
    """`a fashion designer for the Harbin Apparel Group`: the last word of a body the tagger names right after the
    role's `for`/`at`/`with` (not a place: `an officer at Eastport` says where, not for whom)."""
    k = head + 2 if head + 1 < len(d.t) and d.low(head + 1) in BODY_LINKS - {"of"} | {"with"} else len(d.t)
    if k < len(d.t) and d.low(k) == "the":
        k += 1
    opening = k
    while k < len(d.t) and k - opening < MAX_BODY_MODIFIERS and d.t[k].upos == "ADJ" and d.t[k].text.islower():
        k += 1  # (`at the state Bureau of Mines`: the body's own modifier, lower-case before its name)
    last = None
    while k < len(d.t) and d.t[k].ner == "ORG" and not d.inside[k] and d.t[k].sentence == d.t[head].sentence:
        last, k = k, k + 1
    return last


def _fuller_introduction(d: Draft, first: int, head: int) -> tuple[int, int] | None:
    """Where the nearest introduction of a definite description's role (`a former bureau manager` for `the former
    manager`) starts and ends, within INTRODUCTION_REACH paragraphs before it: None unless that introduction holds
    every word of the description and more, names no one (`a former manager, Ann Roe,` is read with the name) and
    stands outside quotation marks. A nearer mention of the role by other words (`another official` before `the
    official`) is whom the description means, and says no more."""
    words = [d.low(k) for k in range(first + 1, head)]
    if head <= first or not d.t[head].text.islower() or d.t[head].xpos in ("NNS", "NNPS") \
            or any(d.inside[k] for k in range(first, head + 1)):
        return None
    for k in _earlier_in_reach(d, d.low(head), first):
        start = k
        while start > 0 and k - start < MAX_WORDS and d.t[start - 1].sentence == d.t[k].sentence \
                and not d.inside[start - 1] and (d.t[start - 1].upos in ("ADJ", "NOUN", "PROPN", "NUM")
                                                 or d.t[start - 1].text == "-") and d.low(start - 1) not in INTRODUCERS:
            start -= 1
        fuller = [d.low(j) for j in range(start, k)]
        if start > 0 and d.low(start - 1) == "the" and fuller == words:
            continue  # (`The official added …`: the same description said again, of the same source)
        if start == 0 or d.low(start - 1) not in INTRODUCERS:
            return None  # (`the union's official`: the role said before by no fuller introduction)
        after = k + 1 if k + 1 < len(d.t) and d.t[k + 1].text != "," else k + 2
        says_more = len(fuller) > len(words) or _body_named_after(d, k) is not None
        if not says_more or not set(words) <= set(fuller) or any(
                d.person_mention_at(j) is not None for j in range(start, k + 1)) \
                or after < len(d.t) and d.t[after].sentence == d.t[k].sentence and d.is_name_token(after):
            return None
        return start - 1, k
    return None


def _link_opening_description(d: Draft, resolver: Resolver, first: int) -> None:
    """`A veteran lawyer, Ann Roe has long argued …`: a description that opens a sentence, set off by a
    comma before the name of its subject, says who she is; the name's own phrase stays the name (the
    description is no part of the subject), unlike `The new mayor, Ann Roe, said`, read with the name. Not
    `The dockers, Roe said, were tired`: a name and verb closed by a comma are an aside."""
    comma = next((k for k in range(first + 1, min(first + 2 + MAX_OPENING_WORDS, len(d.t))) if d.t[k].text == ","),
                 None)
    if d.low(first) not in OPENING_ARTICLES or d.inside[first] or comma is None:
        return
    head = comma - 1
    if d.t[head].upos != "NOUN" or not d.t[head].text.islower() or not (
            d.kb.is_role(d.t[head].text, "NOUN") or d.low(head) in d.kb.person_nouns) or any(
            d.inside[k] or d.t[k].sentence != d.t[first].sentence or d.t[k].upos in OPENER_BREAKS and d.t[k].text != "-"
            and d.t[k].text not in POSSESSIVE and not _participle_modifier(d, k) for k in range(first + 1, head)):
        return
    named = d.person_mention_at(comma + 1)
    if named is None or named.start != d.t[comma + 1].start or named.name is None:
        return
    verb = d.token_at(named.end - 1) + 1
    if verb >= len(d.t) or d.t[verb].upos not in ("VERB", "AUX"):
        return  # (a comma after the name: the description was read with it)
    k = verb
    while k < len(d.t) and d.t[k].upos in ("VERB", "AUX", "ADV", "PART"):
        k += 1
    if k >= len(d.t) or d.t[k].text in CLOSING_MARKS or d.inside[k]:
        return
    person = resolver.speakers.get(_key(resolver, named))
    if person is not None:
        person.mentions.append(Mention(text=d.span_text(first, head), start=d.t[first].start, end=d.t[head].end,
                                       kind="unnamed", before=d.words(first, head)))


def _link_continued_subject(d: Draft, resolver: Resolver, first: int, quoted: dict[int, Speaker]) -> None:
    """Link a description no other reading gave anyone to the person the sentence before is about
    (`_continued_subject`)."""
    found = _continued_subject(d, resolver, first, quoted)
    if found is not None:
        person, head = found
        person.mentions.append(Mention(text=d.span_text(first, head), start=d.t[first].start, end=d.t[head].end,
                                       kind="unnamed", before=d.words(first, head)))


def _continued_subject(d: Draft, resolver: Resolver, first: int,
                       quoted: dict[int, Speaker]) -> tuple[Speaker, int] | None:
    """`Ann Roe won the harbor vote on Monday. The veteran pilot has since …`: a description that opens its
    sentence as the subject of the main verb, right after a sentence whose main subject is a person named, is
    that person: the story goes on about her (whoever else that sentence names in passing); with the
    description's head."""
    head = _opening_subject_head(d, first)
    if head is None:
        return None
    subject = _owned_subject(d, head) or head  # (`the treasurer's speech lasted …`: the clause is the speech's)
    named = _previous_main_subject(d, d.t[first].sentence)
    person = _speaker_of(resolver, named) if named is not None else quoted.get(d.t[first].sentence - 1)
    key = person.id if person is not None else ""
    wanted = d.kb.gender_words.get(d.low(head)) or _own_possessive_gender(d, subject)
    if person is None or person.kind != "person" or wanted is not None and d.gender.get(key[7:]) not in (None, wanted) \
            or _introduced_before(d, first, head) or _pronoun_acted_on(d, subject, d.gender.get(key[7:])) \
            or key in _other_party(d, resolver, first, head) \
            or any(_key(resolver, m) == key for m in _named_in_own_clause(d, subject)) \
            or _may_be(named.name if named is not None else person.name, _names_in_own_clause(d, subject)):
        return None
    if not _names_an_office(d, first, head) and wanted is None:
        return None  # (`the real danger here is …`, `the protester yelled`: no office, no his/her to show a person)
    if named is None:
        roles = {word for word in _words_whole(d, first + 1, head) if d.kb.is_role(word)}
        if resolver.holds_another_role(key, roles, d.t[first].start):
            return None  # (`"…," the aide said. The president …`: the speaker's own office is another)
        return person, head
    if _another_subject_since(d, resolver, named, first, key):
        return None
    return person, head


def _quoted_sentences(d: Draft, resolver: Resolver, attributions: Mapping[str, Attribution]) -> dict[int, Speaker]:
    """The sentences that are wholly one quote (its marks and final stop aside), each with the person named as its
    speaker: `"We will keep the ferries running." The harbor chief …` goes on about her."""
    found: dict[int, Speaker] = {}
    for sentence, (first, last) in enumerate(d.a.sentences):
        words = [k for k in range(first, last + 1) if d.t[k].text[:1].isalnum()]
        if not words or not all(d.inside[k] for k in words):
            continue
        start, end = d.t[words[0]].start, d.t[words[-1]].end
        quote = next((q for q in d.quotes if q.start <= start and end <= q.end), None)
        said = attributions.get(quote.id) if quote is not None else None
        person = resolver.speakers.get(said.speaker_id or "") if said is not None else None
        if person is not None and person.kind == "person" and not person.anonymous:
            found[sentence] = person
    return found


def _another_subject_since(d: Draft, resolver: Resolver, named: Mention, first: int, key: str) -> bool:
    """`Roe said Kessler has several ways to win. The front-runner …`: someone else named after the person, as the
    subject of a clause of their own, may be whom the description goes on about."""
    for m in d.person_mentions_before(d.t[first].start):
        if m.start <= named.start:
            break
        k = d.token_at(m.start)
        if m.name and _key(resolver, m) != key and not d.inside[k] and any(
                (d.t[j].deprel or "").startswith("nsubj") for j in range(k, d.token_at(m.end - 1) + 1)):
            return True
    return False


def _opening_subject_head(d: Draft, first: int) -> int | None:
    """The role noun ending `the …` (modifiers only: adjectives, nouns, a party or place, hyphens) when the phrase
    opens its sentence (a conjunction or adverb may come first) as the subject of the sentence's main verb, or as
    the owner of that subject (`_owned_subject`), with no phrase or clause of its own (`the father of a pupil`,
    `the justice who …` say which one, not who)."""
    if not d.a.has_deps or d.inside[first]:
        return None
    sentence_first = d.a.sentences[d.t[first].sentence][0]
    if any(d.t[k].upos not in OPENER_WORDS or d.inside[k] for k in range(sentence_first, first)) \
            and not _opening_phrase(d, sentence_first, first):
        return None
    k = first + 1
    while k < len(d.t) and not d.inside[k] and d.t[k].sentence == d.t[first].sentence and (
            d.t[k].upos in ("ADJ", "NOUN", "NUM") or d.t[k].text == "-" or _participle_modifier(d, k)
            or d.t[k].upos == "PROPN" and (d.kb.party(d.t[k].text) or d.t[k].ner in ("ORG", "GPE", "NORP"))):
        k += 1
    head = k - 1
    subject = _owned_subject(d, head) or head
    verb = d.t[subject].head
    if verb is not None and any(m.end > d.t[head].end and m.start < d.t[verb].start
                                for m in d.person_mentions if m.name):
        return None  # (`the owner of the marina, Ann Roe, said`: the name set off after it is whom it describes)
    if head == first or d.t[head].upos != "NOUN" or not d.t[head].text.islower() \
            or not (d.t[subject].deprel or "").startswith("nsubj") or verb is None or d.t[verb].head is not None \
            or d.kb.names_many(d.t[head].text) or d.low(head) in d.kb.collective_nouns \
            or not d.kb.is_role(d.t[head].text, "NOUN") and not _names_an_office(d, first, head) \
            or d.low(head) in d.kb.not_role_heads \
            or any((d.t[c].deprel or "").startswith(("acl", "nmod", "appos", "conj"))
                   for c in d.children.get(head, [])):
        return None
    return head


def _owned_subject(d: Draft, head: int) -> int | None:
    """`The county treasurer's speech lasted an hour`: the thing a description owns (`'s` right after it) when
    that thing is its clause's subject, so the sentence is about the owner as much as if she were the subject.
    Not a person the owner has (`the treasurer's lawyer`, `the senator's wife`): that one is whom it is about."""
    mark = head + 1
    owned = d.t[head].head
    if mark >= len(d.t) or d.t[mark].text not in POSSESSIVE or (d.t[head].deprel or "") != "nmod:poss" \
            or owned is None or owned <= mark or d.inside[owned] or d.t[owned].upos != "NOUN":
        return None
    word = d.low(owned)
    lemma = (d.t[owned].lemma or word).lower()
    if any(d.kb.names_people(w, "NOUN") or w in d.kb.kinship_nouns or w in d.kb.gender_words or _public_role(d, w)
           for w in {word, lemma}):
        return None
    return owned


def _opening_phrase(d: Draft, sentence_first: int, first: int) -> bool:
    """`In his first speech since the vote, the senator …`, `On Tuesday, the mayor …`: a phrase or clause set off
    by a comma before the subject, naming no one (a name there may be whom the description is)."""
    if first - sentence_first < 2 or d.t[first - 1].text != "," or first - sentence_first > MAX_OPENING_PHRASE:
        return False
    verb = d.t[first].head  # (`He was born abroad, the son of …`: the clause's own subject comes first)
    if any(d.t[k].head == verb and (d.t[k].deprel or "").startswith(("nsubj", "expl")) or d.t[k].upos == "PRON"
           and d.low(k) in SPEAKING_PRONOUNS for k in range(sentence_first, first)):
        return False
    return not any(d.inside[k] or d.person_mention_at(k) is not None or d.t[k].ner == "PERSON"
                   for k in range(sentence_first, first))


def _previous_main_subject(d: Draft, sentence: int) -> Mention | None:
    """The person named as the subject of the main verb of the sentence before (outside quotes)."""
    if sentence < 1:
        return None
    first, last = d.a.sentences[sentence - 1]
    root = next((k for k in range(first, last + 1) if d.t[k].head is None), None)
    subject = d.subject_of(root) if root is not None else None
    if subject is not None and d.low(subject) in RELATIVE_PRONOUNS and subject >= 2:
        subject -= 2 if d.t[subject - 1].text == "," else 1  # (`Roe, who has long …, said`: a misparse's root)
    if subject is None or d.inside[subject]:
        return _name_before_an_aside(d, first)
    if any((d.t[c].deprel or "") == "conj" for c in d.children.get(subject, [])):
        return None  # (`Roe and Kessler met …`: two people, of whom a description is neither for sure)
    named = d.person_mention_at(subject)
    return named if named is not None and named.name is not None else None


def _name_before_an_aside(d: Draft, first: int) -> Mention | None:
    """`Roe, who once ran the ferries, urged …`: a name opening a sentence before a `who` aside, its subject
    whatever the parse made of it."""
    named = d.person_mention_at(first)
    if named is None or named.name is None or named.start != d.t[first].start:
        return None
    comma = d.token_at(named.end - 1) + 1
    return named if comma + 1 < len(d.t) and d.t[comma].text == "," and d.low(comma + 1) == "who" else None


def _introduced_before(d: Draft, first: int, head: int) -> bool:
    """`… a supporter who punched a protester. The supporter was charged`: the same role, brought in a
    sentence or two before by an indefinite article, is that newcomer, not the person named."""
    start = d.a.sentences[max(0, d.t[first].sentence - CONTINUED_LOOKBACK)][0]
    return any(d.low(k) == d.low(head) and any(d.low(j) in INTRODUCERS for j in range(max(start, k - 4), k))
               for k in range(start, first))


def _pronoun_acted_on(d: Draft, head: int, gender: str | None) -> bool:
    """`The president told her …` after a sentence about Ann Roe: a him/her the description's clause acts on,
    of the person's gender, is that person, so the description is someone else."""
    verb = _verb_of_subject(d, head)
    if verb is None:
        return False
    return any(d.low(k) in PERSON_OBJECT_PRONOUNS and (gender is None or PERSON_OBJECT_PRONOUNS[d.low(k)] == gender)
               and (d.t[k].deprel or "").split(":")[0] in PRONOUN_OBJECTS and _below(d, k, verb)
               for k in range(head + 1, len(d.t)) if d.t[k].sentence == d.t[head].sentence)


def _participle_modifier(d: Draft, k: int) -> bool:
    """`presumed` in `The Harbor Party's presumed nominee`: a participle the parse hangs on a noun after it as
    its modifier, part of the description, not a verb of its own."""
    head = d.t[k].head
    return d.t[k].upos == "VERB" and d.t[k].xpos in ("VBN", "VBG") and (d.t[k].deprel or "") == "amod" \
        and head is not None and head > k


def _denied(d: Draft, head: int) -> bool:
    """`Roe is not the front-runner`, `won't be the nominee`, `no longer the chairman`: a predicate its clause
    denies, or says has ended, names no post its subject holds."""
    node = d.t[head].head if (d.t[head].deprel or "") == "conj" and d.t[head].head is not None else head
    return any(d.low(c) in NEGATIONS for c in d.children.get(node, []))


def _supposed(d: Draft, head: int) -> bool:
    """`should she be the nominee`, `if Roe is the nominee`, `whether he became the nominee`: a predicate its
    clause only supposes (a mark or modal of supposing) names no post its subject holds. `if Roe remains the
    harbor chair` says she is one now."""
    node = d.t[head].head if (d.t[head].deprel or "") == "conj" and d.t[head].head is not None else head
    clause = [head, node]  # (a parse may hang the supposed clause on another as its conjunct)
    verb = d.t[node].head
    if verb is not None and (d.t[node].deprel or "") in ("obj", "xcomp") \
            and (d.t[verb].lemma or "").lower() in BECOMING_VERBS:
        if (d.t[verb].lemma or "").lower() in LASTING_VERBS:
            return False
        clause.append(verb)  # (`if he becomes the nominee`: the mark hangs on the verb)
    return any((d.t[c].deprel or "").startswith(("mark", "aux")) and d.low(c) in SUPPOSING_WORDS
               for k in clause for c in d.children.get(k, []))


def _mirrors_the_office(d: Draft, person: Speaker, first: int, head: int) -> bool:
    """Is the person described by a post that mirrors an office from the opposition (`shadow roads minister`,
    `mirror_post_words`) while the description names the office itself? Its holder is someone else."""
    if any(d.low(k) in d.kb.mirror_post_words for k in range(first, head + 1)):
        return False
    return any(w.text.lower() in d.kb.mirror_post_words for m in person.mentions for w in (*m.before, *m.after))


def _link_denied_party(d: Draft, person: Speaker, first: int, head: int) -> None:
    """A party word in a denied post (`won't be the Democratic nominee`, `not the only Republican to …`) still
    says the person's party."""
    for k in range(first + 1, head + 1):
        if d.t[k].text[:1].isupper() and d.kb.party(d.t[k].text):
            person.mentions.append(Mention(text=d.t[k].text, start=d.t[k].start, end=d.t[k].end, kind="unnamed",
                                           after=d.words(k, k)))
            return


def _description_head(d: Draft, first: int) -> int | None:
    """The title or person noun ending `the …` (no name, no verb inside, none after it)."""
    head = None
    last_noun = None
    acclaimed = False
    for k in range(first + 1, _words_end(d, first + 1)):
        tok = d.t[k]
        if d.inside[k] or tok.upos in ("VERB", "AUX", "PRON", "ADP", "PUNCT", "DET", "CCONJ") and tok.text != "-" \
                and not _in_compound_modifier(d, k - 2) or tok.text in POSSESSIVE and not _owning_body(d, first, k):
            break  # (`the senator's office`: the senator, whose office it is)
        if tok.upos is None and tok.text != "-" and (not tok.text[:1].isalnum() or (
                _closed_class(d.low(k)) and not d.kb.is_title(d.low(k)))):  # (`the first lady` runs on)
            break  # (a sentence the tagger skipped: `the attorney general, the first …`, `the firm had …`)
        if _in_compound_modifier(d, k):
            # `the Gull-winning singer`, `the Eastland-born judge`: no name, and no one abroad; one so described
            # is a public figure, whom the draft is about, even in a role no title names (`singer`)
            acclaimed = True
            continue
        if tok.text in d.kb.demonyms:
            return None  # `the Russian president`: most often someone else, abroad
        if d.is_cap(k) and not (d.is_descriptor_word(k) or d.kb.party(tok.text) or tok.ner in ("ORG", "GPE", "LOC")
                                or _chamber_before_title(d, k)):
            return None  # `the Clinton campaign`, `the Rev. Ann Roe`: a name is in it
        low = d.low(k)
        if k >= first + 3 and d.t[k - 1].text == "-" and d.glued_hyphen(k - 1):
            low = f"{d.low(k - 2)}-{low}"  # `front-runner`, however the tokenizer split it
        if low in d.kb.person_nouns or d.kb.is_title(low) or _public_role(d, low) and acclaimed \
                or _party_before_its_contest(d, k):
            head = k
        elif tok.upos == "NOUN":
            last_noun = k
    if head is not None and last_noun is not None and last_noun > head and not d.kb.party(d.t[head].text):
        return None  # `the general election`: a title word modifying a thing is no one
    if head is None or d.low(head).endswith("s") and d.low(head) not in d.kb.titles and not acclaimed \
            or d.kb.names_many(d.t[head].text):
        return None  # `the officials`, `the two men`: many people
    if d.low(head) in d.kb.collective_nouns:
        return None  # `the raucous Republican campaign`: a body, not a person
    after = head + 1
    if after < len(d.t) and (d.is_name_token(after) or d.low(after) in BODY_LINKS and _title_runs_on(d, head) is None
                             and _body_after(d, first, head) is None and not _phrase_of_another(d, head, after)):
        return None  # a title before a name (read with the name), or an office of no body one can read
    return head


def _owning_body(d: Draft, first: int, mark: int) -> bool:
    """`the Harbor Party's presumptive nominee`, `the Harbor Commission's chairman`: a party or body named in
    capitals right after `the`, whose possessive owns the role after it: the role is the description's, and
    the body names no one."""
    owner = range(first + 1, mark)
    return mark - first >= 2 and all(d.is_cap(k) and not d.inside[k] and d.person_mention_at(k) is None
                                     for k in owner) \
        and (d.low(mark - 1) in d.kb.org_words or d.kb.party(d.span_text(first + 1, mark - 1)) is not None)


def _owned(d: Draft, first: int, head: int) -> bool:
    """Does a body own the description's role (`the Harbor Party's nominee`, see `_owning_body`)?"""
    return any(d.t[k].text in POSSESSIVE for k in range(first + 1, head))


def _owned_post_placed(d: Draft, head: int) -> bool:
    """A role a body owns is someone's only as the subject of a clause (`That evening the Harbor Party's nominee
    dined with …`) or as what a person named is (`Roe ran as the Harbor Party's nominee`): elsewhere it is most
    often a post still open (`dreaming of becoming the party's nominee`, `a vow to back the party's eventual
    nominee`), or a predicate of a he/she the draft may not tell."""
    if (d.t[head].deprel or "").startswith("nsubj"):
        return True
    subject = _predicate_subject(d, head)
    verb = d.t[head].head
    if subject is None and verb is not None and any(d.low(c) == "as" for c in d.children.get(head, [])):
        subject = d.subject_of(verb)  # (`won as the Harbor Party's nominee`)
    if subject is None or d.t[verb or head].xpos == "VBG":
        return False
    named = d.person_mention_at(subject)
    return named is not None and named.name is not None


def _topic_after(d: Draft, head: int) -> int | None:
    """`the opposition spokeswoman on defence`, `the adviser on housing policy`: the field a role covers, `on` and
    up to three lower-case words right after the head in its sentence, is part of the post; its last word, when a
    comma closes it."""
    if head + 1 >= len(d.t) or d.low(head + 1) not in TOPIC_LINKS:
        return None
    for k in range(head + 2, min(head + 2 + MAX_TOPIC_WORDS, len(d.t))):
        if d.inside[k] or d.t[k].sentence != d.t[head].sentence or not d.t[k].text.islower() \
                or d.t[k].upos not in ("NOUN", "ADJ"):
            return None
        if k + 1 < len(d.t) and d.t[k + 1].text == ",":
            return k
    return None


def _title_runs_on(d: Draft, head: int) -> int | None:
    """`the onetime secretary of labor`, `the White House chief of staff`: the last word of a title the lists
    hold whole, whose words run on from the head through `of` (lower-case, in the head's sentence), so the
    phrase after it is part of the post, not a body one must read; whatever the clause does with it. Not
    after `of` (`the ledgers of the chief of staff`): the post itself, whoever holds it."""
    if _post_of_a_thing(d, head):
        return None
    words = [d.low(head)]
    for k in range(head + 1, min(head + 1 + MAX_BODY_WORDS, len(d.t))):
        if d.inside[k] or d.t[k].sentence != d.t[head].sentence or not d.t[k].text.islower():
            return None
        words.append(d.low(k))
        if len(words) >= 3 and " ".join(words) in d.kb.titles:
            return k if k + 1 >= len(d.t) or not d.is_name_token(k + 1) else None  # (a name after: its own title)
    return None


def _post_of_a_thing(d: Draft, head: int) -> bool:
    """`the ledgers of the chief of staff and the deputy chief of staff`: a post named after `of`
    (itself or as a conjunct of one that is) says what a thing belongs to, the post whoever holds it."""
    node = head
    while d.a.has_deps and (d.t[node].deprel or "").split(":")[0] in ("conj", "appos", "nmod") \
            and d.t[node].head is not None \
            and not any((d.t[c].deprel or "") == "case" for c in d.children.get(node, [])):
        node = d.t[node].head  # (a conjunct, or a post the parse hangs on the one before it)
    if d.a.has_deps and (d.t[node].deprel or "").startswith("nmod") and any(
            d.low(c) == "of" for c in d.children.get(node, [])):
        return True
    first = node  # (the parse may hang the phrase on the verb: `sat among the files of the secretary of state`)
    while first > 0 and d.low(first) != "the" and d.t[first - 1].sentence == d.t[node].sentence:
        first -= 1
    return first > 0 and d.low(first) == "the" and d.low(first - 1) == "of"


def _chamber_before_title(d: Draft, k: int) -> bool:
    """`House` in `the former House Speaker`: a body's word (a chamber, a court) right before a title word,
    which the tagger may take for part of a person's name."""
    return d.low(k) in d.kb.org_words and k + 1 < len(d.t) and d.is_descriptor_word(k + 1)


def _phrase_of_another(d: Draft, head: int, link: int) -> bool:
    """`cheered the Eastland senator for a week`: the parse hangs the phrase that `for`/`at` opens on
    another word than the title (the verb), so it is no body of the title's, which ends the description
    whole. Not `of`, which belongs to the noun before it however the parse hangs it (`the leader of X`)."""
    if not d.a.has_deps or d.low(link) == "of":
        return False
    noun = d.t[link].head
    return (d.t[link].deprel or "") == "case" and noun is not None and noun > link \
        and d.t[noun].head is not None and d.t[noun].head != head


def _words_end(d: Draft, start: int) -> int:
    """The token after MAX_WORDS words from `start`, a hyphenated word (`three-time`, `singer-comedian`)
    counting as one, however the tokenizer split it."""
    k, words = start, 0
    while k < len(d.t) and (words < MAX_WORDS or _after_glued_hyphen(d, k) or d.glued_hyphen(k)):
        if not (d.glued_hyphen(k) or _after_glued_hyphen(d, k)):
            words += 1
        k += 1
    return k


def _after_glued_hyphen(d: Draft, k: int) -> bool:
    """Token k goes on a word a hyphen glued it to (`winning` in `Gull-winning`, `comedian` in `singer-comedian`)."""
    return k > 0 and (d.glued_hyphen(k - 1) or d.t[k - 1].text.endswith("-") and d.t[k - 1].end == d.t[k].start
                      and len(d.t[k - 1].text) > 1)


def _in_compound_modifier(d: Draft, k: int) -> bool:
    """`Gull-winning`, `Harbor Medal-winning`, `Eastland-born`: a capitalised word in a run glued by a hyphen to
    a lower-case participle, which says what someone won, or where they were born or are based."""
    if k < 0:
        return False
    j = k
    while j < len(d.t) and d.is_cap(j) and not d.inside[j]:
        j += 1
    return j > k and j + 1 < len(d.t) and d.glued_hyphen(j) and d.t[j + 1].text.islower() \
        and d.t[j + 1].text.endswith(PARTICIPLE_ENDINGS)


def _party_before_its_contest(d: Draft, k: int) -> bool:
    """`the Democratic nomination`, `the GOP presidential primary`: a party word the lists hold as no person
    noun, before the contest only its own people run in (adjectives between), stands for her as `the
    Republican` does in `the Republican nomination`."""
    if not d.is_cap(k) or d.kb.party(d.t[k].text) is None:
        return False
    j = k + 1
    while j < len(d.t) and d.t[j].upos == "ADJ" and not d.inside[j]:
        j += 1
    return j < len(d.t) and d.t[j].upos == "NOUN" and not d.inside[j] and d.low(j) in d.kb.party_contests


def _run_by_someone_unnamed(d: Draft, k: int) -> bool:
    """`a newcomer won the Harbor Party nomination`, `the dockers backing a rival for the Harbor Party
    nomination`: the clause that holds a party's contest has a common noun, someone the draft does not
    name, for its subject (or the noun its clause modifies), so whoever was named before is not in it."""
    if not d.a.has_deps:
        return False
    node = d.t[k].head
    for _ in range(MAX_ACTED_ON_CLIMB):
        if node is None:
            return False
        if d.t[node].upos == "VERB":
            break
        node = d.t[node].head
    else:
        return False
    rel = d.t[node].deprel or ""
    subject = d.t[node].head if rel == "acl" else d.subject_of(node)
    if subject is None or subject == d.t[k].head or d.t[subject].upos != "NOUN" or not d.t[subject].text.islower():
        return False  # (`the Harbor Party race moves on`: the contest itself says nothing of who runs)
    if rel == "acl" and d.subject_of(subject) is not None:
        return False  # (`Roe is the favorite to win the Harbor Party nomination`: the noun is she)
    tok = d.t[subject]
    if tok.text not in d.kb.person_nouns and (tok.lemma or "").lower() not in d.kb.person_nouns \
            and not d.kb.is_role(tok.text, "NOUN"):
        return False  # (`the reluctance … marked the Harbor Party race`: no one runs in it)
    plural = tok.lemma is not None and tok.text.lower() != tok.lemma.lower()
    dets = {d.low(c) for c in d.children.get(subject, []) if (d.t[c].deprel or "") in ("det", "nmod:poss")}
    return plural or bool(dets) and dets <= INDEFINITE_ARTICLES  # (`the newcomer`: someone named before)


def _party_thing(d: Draft, first: int, head: int) -> bool:
    """`the Republican convention`, `the Democratic establishment`: a party word modifying a thing
    other than the party's contest (`the Republican nomination`, `the GOP primary race`), which only
    the party's own candidates run in."""
    if not d.kb.party(d.t[head].text):
        return False
    words = range(head + 1, min(first + 1 + MAX_WORDS, len(d.t)))
    things = [k for k in words if d.t[k].upos == "NOUN" and not d.inside[k]]
    return bool(things) and not any(d.low(k) in d.kb.party_contests for k in words if k <= things[-1])


def _holds_a_party_post(d: Draft, resolver: Resolver, person: Speaker) -> bool:
    """The person's name is given a post only a party's people hold (`Sen.`, `nominee`, `governor`)."""
    posts = d.kb.candidate_roles | d.kb.party_posts
    return any(resolver.described_as(m) & posts for m in person.mentions if m.name)


def _post_named_after(d: Draft, head: int) -> int | None:
    """`the nominee to lead the Harbor Agency`: the last word of the body a nominee is named to head (`to` and a
    verb of heading it: `nomination_verbs`), in capitals, when the description holds it whole; else None."""
    verb = head + 2
    if verb + 1 >= len(d.t) or d.low(head + 1) != "to" or d.low(verb) not in NOMINATION_VERBS \
            or d.kb.singular(d.low(head)) not in d.kb.candidate_roles:
        return None
    k = verb + 2 if d.low(verb + 1) == "the" else verb + 1
    last = None
    while k < len(d.t) and not d.inside[k] and d.t[k].sentence == d.t[head].sentence and d.t[k].ner != "PERSON" \
            and (d.is_cap(k) or last is not None and d.low(k) in BODY_NAME_LINKS and k + 1 < len(d.t)
                 and d.is_cap(k + 1)):
        last = k
        k += 1
    return last


def _body_after(d: Draft, first: int, head: int) -> int | None:
    """`the former chief of Harbor Rail`, `the chairman of the Harbor Commission`: the last word of the
    body or domain after a title's `of`/`for`/`at`, when the phrase ends there (not on a name set off
    after it, `the head of the board, Ann Roe`, whom the name's own words describe). Only for a title
    held as a post, by someone who acts in the clause: `the next president of X`, `the best advocate for
    X` rank someone and name no post; `the desk of the harbor chief`, `seen as the leader of X`,
    `had been the captain of X` say what an office or a thing is, not who the person is."""
    link = head + 1
    if link >= len(d.t) or d.low(link) not in BODY_LINKS or d.t[head].sentence != d.t[link].sentence \
            or not d.kb.is_title(d.low(head)) or any(_ranks(d, k) for k in range(first + 1, head)) \
            or d.a.has_deps and not (d.t[head].deprel or "").startswith("nsubj"):
        return None
    last = None
    for k in range(link + 1, min(link + 1 + MAX_BODY_WORDS, len(d.t))):
        tok = d.t[k]
        if tok.text in POSSESSIVE and _owns_a_role(d, k):
            return None  # `the candidate for the nation's next president`: the role is the one owned
        if tok.ner == "PERSON":
            return None  # `the envoy for maritime affairs Ann Roe`: the description is the title of the name after it
        if d.inside[k] or tok.sentence != d.t[head].sentence or tok.text in POSSESSIVE:
            break  # (`the former chief of Harbor Rail's yacht`: the body ends before what she owns)
        if tok.text == "-" and d.glued_hyphen(k) or tok.upos in ("DET", "ADJ", "PROPN", "NOUN", "NUM") \
                or d.low(k) in BODY_NAME_LINKS and last is not None:
            last = k if tok.upos in ("PROPN", "NOUN", "NUM") or d.is_cap(k) else last
            continue
        break
    else:
        return None  # (a run too long for a body's name is a clause)
    if last is None or d.low(last) in BODY_NAME_LINKS:
        return None
    nxt = last + 1
    while nxt < len(d.t) and d.t[nxt].text == ",":
        nxt += 1
    if nxt < len(d.t) and d.t[nxt].sentence == d.t[head].sentence and d.is_name_token(nxt):
        return None  # `the leader of the Harbor League, Ann Roe`: the name's own title
    return last


def _place_after(d: Draft, head: int) -> int | None:
    """`the first-term senator from Eastland`: the last word of the place a title's `from` names (every
    capitalised word tagged a place, none a body's), which says whose senator she is and is part of her title."""
    link = head + 1
    if link >= len(d.t) or d.low(link) != PLACE_LINK or not d.kb.is_title(d.low(head)) \
            or d.t[head].sentence != d.t[link].sentence:
        return None
    last = None
    for k in range(link + 1, min(link + 1 + MAX_BODY_WORDS, len(d.t))):
        tok = d.t[k]
        if d.inside[k] or tok.sentence != d.t[head].sentence or not d.is_cap(k):
            break
        if tok.ner not in ("GPE", "LOC") or d.low(k) in d.kb.org_words:
            return None  # (`the senator from Harbor Rail`: a body, or a name the tagger did not place)
        last = k
    if last is None or last + 1 < len(d.t) and d.t[last + 1].text in POSSESSIVE:
        return None  # (`from Eastland's harbor board`: the place owns what follows)
    return last


def _described_person(d: Draft, resolver: Resolver, first: int, head: int, quoted: dict[int, Speaker]):
    """The person named before and described by the same role, else the last person named in this
    sentence or the one before, if the description can be them."""
    subject = _predicate_subject(d, head)
    if subject is not None and not _stands_for_someone(d, subject):
        return _named_subject(d, resolver, subject)  # `Since Roe became the nominee`: Roe, or no one
    sentence = d.t[first].sentence
    wanted = d.kb.gender_words.get(d.low(head)) or _own_possessive_gender(d, head)
    roles = {word for word in _words_whole(d, first + 1, head) if d.kb.is_role(word)}
    ahead = _named_after_a_concession(d, resolver, first, head)
    if ahead is not None:
        return ahead
    reporter = _reporter(d, resolver, head)
    others = _other_party(d, resolver, first, head)
    names = _names_in_own_clause(d, head)
    in_clause = {_key(resolver, m) for m in _named_in_own_clause(d, head)} | {
        _key(resolver, m) for m in d.person_mentions if m.name and _may_be(m.name, names)} | {
        _key(resolver, m) for m in _main_subject_after(d, head)}
    for m in d.person_mentions_before(d.t[first].start):
        # `Republican nominee X … Sen. Y … the nominee`: X, not Y
        if roles & resolver.described_as(m) and _key(resolver, m) not in others | {reporter}:
            return resolver.speakers.get(_key(resolver, m))
    if reporter == PRONOUN_REPORTER:
        return None  # (the person named last is most often the he or she reporting it)
    if _served_in_anothers_description(d, first, head):
        return None  # (`said Varga, an adviser to the governor`: whom he serves, named before by the role if at all)
    actor = _acting_people(d, resolver, head)
    if _acted_on_by_a_person(d, head) and (actor is None or not actor[0] or _predicate(d, head)):
        return None  # (`her sister was crowned the queen`: what the one acted on became, no one else)
    before = d.t[first].start
    if actor is not None:
        # `Roe pressed the Republican nominee`: whoever acts on the description is not it; it may still
        # be someone named before her (a newsroom's second reference), never anyone named in her phrase or
        # after it (`Beck, who since X's hiring has been denouncing the nominee`: X is named in passing)
        in_clause |= actor[0]
        before = actor[1]
    if not _names_an_office(d, first, head) and not _predicate(d, head):
        return None  # `a protest by a group. The protester yelled`: someone in passing, not the person named last
    if actor is None and _continues_a_nameless_subject(d, resolver, first, head):
        return None  # (`The harbor chief … faces a rival, Ann Roe. The chief …`: the chief, whom no one named)
    continued = _continued_subject(d, resolver, first, quoted) if actor is None else None
    if continued is not None and continued[0].id not in in_clause | others | {reporter}:
        return continued[0]  # (`Roe, in short, may be Kessler's kind of ally. The radio host …`: Roe, not Kessler)
    named: list[tuple[int, str]] = []
    for m in d.person_mentions_before(before):
        if d.t[d.token_at(m.end - 1)].sentence < sentence - 1:  # (a name is in its surname's sentence)
            break
        if not d.kb.names_a_country_or_state(m.name or ""):  # (`Delaware's primary`: a place the tagger misread)
            named.append((m.start, resolver.person_key(m.name or "", m.start)))
    lone = [found for found in _lone_surnames(d, first, sentence) if found[0] < before]
    for offset, key in sorted(named + lone, reverse=True):
        if wanted and d.gender.get(key) not in (None, wanted) or "person:" + key in in_clause | {reporter}:
            continue
        if "person:" + key in others and (offset, key) in lone:
            continue  # (a surname the tagger missed says too little to stop the search)
        if "person:" + key in others:
            return None  # (the one named last is of another party: the draft does not say who)
        same = _described_before(d, resolver, first, head)
        if same is not None and same != "person:" + key and same not in in_clause | others | {reporter} \
                and not _main_subject(d, offset):
            return resolver.speakers.get(same)  # (`… the nominee with his rival Ann Roe. The nominee said`)
        return resolver.speakers.get("person:" + key)
    if actor is not None:
        return None  # (no one named just before whoever acts on it: the draft does not say who)
    return _last_in_role(d, resolver, first, head, roles, reporter, others | in_clause)


def _named_after_a_concession(d: Draft, resolver: Resolver, first: int, head: int) -> Speaker | None:
    """`Though the harbor chief lost her own ward by forty votes, Roe expects the levy to pass`: a description
    that is the subject of a concessive clause opening its sentence is the person named as the subject of the main
    clause after it (the clause concedes something of her), when no one is named in the sentence before the
    description (one named in the clause after it, `trails Ruth Abbot`, is whom it acts on)."""
    subject = _concession_parsed(d, first, head)
    if subject is None:
        subject = _concession_written(d, first, head)
    named = d.person_mention_at(subject) if subject is not None and not d.inside[subject] else None
    if named is None or named.name is None or any(
            m.name and m.start < d.t[first].start for m in d.person_mentions
            if d.t[d.token_at(m.start)].sentence == d.t[first].sentence):
        return None
    person = _speaker_of(resolver, named)
    wanted = d.kb.gender_words.get(d.low(head))
    if person is None or person.kind != "person" or wanted and d.gender.get(person.id[7:]) not in (None, wanted) \
            or person.id in _other_party(d, resolver, first, head):
        return None
    return person


def _concession_parsed(d: Draft, first: int, head: int) -> int | None:
    """The main clause's subject after a concessive clause whose subject is the description, as the parse has it."""
    if not d.a.has_deps or not (d.t[head].deprel or "").startswith("nsubj"):
        return None
    verb = d.t[head].head
    main = d.t[verb].head if verb is not None else None
    if main is None or (d.t[verb].deprel or "") != "advcl" or d.t[main].head is not None or main < verb:
        return None
    marks = [c for c in d.children.get(verb, []) if (d.t[c].deprel or "") == "mark"]
    sentence_first = d.a.sentences[d.t[first].sentence][0]
    if not marks or d.low(marks[0]) not in CONCESSIVE or marks[0] >= first \
            or any(d.t[k].upos not in OPENER_WORDS for k in range(sentence_first, marks[0])):
        return None
    return d.subject_of(main)


def _concession_written(d: Draft, first: int, head: int) -> int | None:
    """The same read from the words when the parse lost it (`Though the senator trails Abbot …, Kline has
    been …`): the sentence opens with the concessive word right before the description, and the first comma after
    it is followed by a name and its verb."""
    sentence_first, sentence_last = d.a.sentences[d.t[first].sentence]
    mark = first - 1
    if mark < sentence_first or d.low(mark) not in CONCESSIVE \
            or any(d.t[k].upos not in OPENER_WORDS for k in range(sentence_first, mark)):
        return None
    comma = next((k for k in range(head + 1, sentence_last) if d.t[k].text == "," and not d.inside[k]), None)
    named = d.person_mention_at(comma + 1) if comma is not None else None
    if named is None or named.start != d.t[comma + 1].start:
        return None
    verb = d.token_at(named.end - 1) + 1
    return comma + 1 if verb <= sentence_last and d.t[verb].upos in ("VERB", "AUX") else None


def _continues_a_nameless_subject(d: Draft, resolver: Resolver, first: int, head: int) -> bool:
    """`The harbor chief, who chairs the pier board, faces a rival, Ann Roe. The chief …`: the main subject of the
    sentence before (or of this one, before the description) is a description with the same role that no one's
    name was linked to; the story goes on about that unnamed person, not the person named last."""
    sentence = d.t[first].sentence
    for before in range(max(0, sentence - 1), sentence + 1):
        start, end = d.a.sentences[before]
        root = next((k for k in range(start, end + 1) if d.t[k].head is None), None)
        subject = d.subject_of(root) if root is not None else None
        if subject is None or subject >= first or d.low(subject) != d.low(head) or d.inside[subject] \
                or d.t[subject].upos != "NOUN" or d.person_mention_at(subject) is not None:
            continue
        opener = next((k for k in range(subject - 1, max(start, subject - MAX_WORDS) - 1, -1)
                       if d.low(k) in OPENING_ARTICLES), None)
        if opener is None or d.low(opener) != "the":
            continue
        linked = any(m.kind == "unnamed" and m.start <= d.t[subject].start < m.end
                     for speaker in resolver.speakers.values() for m in speaker.mentions)
        if not linked:
            return True
    return False


def _own_possessive_gender(d: Draft, head: int) -> str | None:
    """`The nominee pinned his hopes on …`, `the harbor chief then opened her talk`: the gender of
    the first `his`/`her` in the clause a description is the subject of, after it and before anyone else is
    named, which stands for the subject; None when the parse shows no such clause."""
    verb = _verb_of_subject(d, head)
    if verb is None:
        return None
    for k in range(max(head, verb) + 1, len(d.t)):
        if d.t[k].sentence != d.t[head].sentence or d.person_mention_at(k) is not None or d.is_cap(k):
            return None
        if d.low(k) in POSSESSIVE_GENDERS and (d.t[k].deprel or "") == "nmod:poss" and _below(d, k, verb):
            return POSSESSIVE_GENDERS[d.low(k)]
    return None


def _described_before(d: Draft, resolver: Resolver, first: int, head: int) -> str | None:
    """The person the same description, word for word and more than its role, was last linked to: through a
    draft `the Republican nominee` is one person, not whoever is named last before each. Not a party's
    contest (`the Republican primary`), which is no one."""
    if _party_before_its_contest(d, head) or head - first < 2:
        return None
    words = [d.low(k) for k in range(first + 1, head + 1)]
    found = []
    for key, speaker in resolver.speakers.items():
        if speaker.kind != "person":
            continue
        for m in speaker.mentions:
            theirs = [w.strip(".,;:").replace("\u2019", "'").removesuffix("'s").lower() for w in m.text.split()]
            if m.kind == "unnamed" and m.end <= d.t[first].start and theirs[:1] == ["the"] \
                    and theirs[1:len(words) + 1] == words:
                found.append((m.start, key))
    return max(found)[1] if found else None


def _main_subject(d: Draft, offset: int, beside_the_root: bool = False) -> bool:
    """Is the name at `offset` the subject of its sentence's main verb (`Roe said …`), the one the sentences
    after are most likely about, rather than named in passing (`a rival, Roe`, `the campaign Roe ran`)? With
    `beside_the_root`, a verb the parse sets beside the root counts as a main one too (`Citing a memo that …, Roe
    said`, the memo's verb taken for the root)."""
    k = d.token_at(offset)
    while k < len(d.t) and d.t[k].start < offset + 40 and (d.t[k].deprel or "") in ("flat", "compound") \
            and d.t[k].upos == "PROPN":
        k += 1
    rel = d.t[k].deprel or ""
    verb = d.t[k].head
    return rel.startswith("nsubj") and verb is not None \
        and (d.t[verb].head is None or beside_the_root and (d.t[verb].deprel or "") == "parataxis")


def _main_subject_after(d: Draft, head: int) -> list[Mention]:
    """`Citing a memo on the nominee's property deals, Roe said …`: the person named after a description
    in its sentence as the main verb's subject, when the description is no subject (nor what someone is: `As
    the nominee, Roe …`), is someone who acts on it, not who it is."""
    if not d.a.has_deps or (d.t[head].deprel or "").startswith("nsubj") or _predicate(d, head):
        return []
    sentence = d.t[head].sentence
    return [m for m in d.person_mentions if m.start > d.t[head].end
            and d.t[d.token_at(m.start)].sentence == sentence and _main_subject(d, m.start, beside_the_root=True)]


def _names_an_office(d: Draft, first: int, head: int) -> bool:
    """A title, a public role or a party (`the senator`, `the billionaire`, `the Republican`), which the person
    named before may hold; not a part anyone may play in passing (`the protester`, `the employee`)."""
    role = _words_whole(d, first + 1, head)[-1]
    return d.kb.is_title(role) or _public_role(d, role) or f"{d.low(head - 1)} {role}" in d.kb.public_roles \
        or d.kb.party(d.t[head].text) is not None or _party_before_its_contest(d, head)


def _public_role(d: Draft, word: str) -> bool:
    """A public role (`singer`), or a compound of them (`singer-comedian`)."""
    return word in d.kb.public_roles or "-" in word and all(part in d.kb.public_roles for part in word.split("-"))


def _predicate(d: Draft, head: int) -> bool:
    """`Roe is the first woman to …`, `she became the first woman`, `known as the harbor's best pilot`: a
    description that says what its clause's subject is (with no parse, any may)."""
    if not d.a.has_deps:
        return True
    node = d.t[head].head if (d.t[head].deprel or "") == "conj" and d.t[head].head is not None else head
    verb = d.t[node].head
    return (d.t[node].deprel or "") == "xcomp" or any(
        (d.t[c].deprel or "") == "cop" or d.low(c) == "as" for c in d.children.get(node, [])) \
        or verb is not None and d.low(verb) in TITLE_COPULAS and (d.t[node].deprel or "") == "obj"


def _lone_surnames(d: Draft, first: int, sentence: int) -> list[tuple[int, str]]:
    """`then she attacked Kessler's record, saying the nominee's plan would sink the harbor`: a surname
    standing alone (a possessive's too) before the description in its sentence, of one person the draft
    names in full, that the tagger took for no one's name; with its offset and that person's key. Never
    one of a family, nor a word of a longer capitalised run (`Kessler Marine`, `Mr. Kessler`)."""
    found = []
    for k in range(first - 1, -1, -1):
        tok = d.t[k]
        if tok.sentence < sentence:
            break
        if d.inside[k] or not d.is_cap(k) or k and d.is_cap(k - 1) and tok.sentence == d.t[k - 1].sentence \
                or k + 1 < len(d.t) and d.is_cap(k + 1) or any(m.start <= tok.start < m.end for m in d.person_mentions):
            continue
        names = set(d.full_names(d.low(k))[1])
        if len(names) == 1:
            found.append((tok.start, " ".join(names.pop())))
    return found


def _other_party(d: Draft, resolver: Resolver, first: int, head: int) -> set[str]:
    """People a description cannot be: those the draft gives another party than the description names
    (`the Republican nominee` is no one stated to be a Democrat)."""
    apart: set[str] = set()
    named = {party.name for k in range(first + 1, head + 1) if d.is_cap(k) and (party := d.kb.party(d.t[k].text))}
    if named:
        for m in d.person_mentions:
            stated = _parties_stated(d, m)
            if stated and not stated & named:
                apart.add(_key(resolver, m))
    return apart


def _named_in_own_clause(d: Draft, head: int) -> list[Mention]:
    """The people named after a description in the clause whose subject it is (a few steps below its
    verb): someone else (`the Democratic nominee explained that Roe had …`, `the nominee has not come
    forward to defend Roe`), unless the role names them too (`the pope said … where Pope X stayed`)."""
    verb = _verb_of_subject(d, head)
    if verb is None:
        return []
    return [m for m in d.person_mentions if m.start > d.t[head].end
            and d.t[d.token_at(m.start)].sentence == d.t[head].sentence and _below(d, d.token_at(m.end - 1), verb)]


def _names_in_own_clause(d: Draft, head: int) -> list[tuple[str, ...]]:
    """The runs of capitalised words (lower-cased) in the clause of a description that is a subject,
    after it: a name there, though the draft never took it for a mention (`the harbor commissioner is
    billing Roe`), is someone the description acts on, not who it is."""
    verb = _verb_of_subject(d, head)
    if verb is None:
        return []
    runs: list[list[str]] = []
    last = None
    for k in range(head + 1, len(d.t)):
        if d.t[k].sentence != d.t[head].sentence:
            break
        if d.is_cap(k) and _below(d, k, verb):
            if last == k - 1:
                runs[-1].append(d.low(k))
            else:
                runs.append([d.low(k)])
            last = k
    return [tuple(run) for run in runs]


def _verb_of_subject(d: Draft, head: int) -> int | None:
    """The verb a description is the subject of, when the parse says so."""
    verb = d.t[head].head
    if not d.a.has_deps or verb is None or not (d.t[head].deprel or "").startswith("nsubj"):
        return None
    return verb


def _below(d: Draft, k: int, verb: int) -> bool:
    """Is token k in the verb's clause: at most MAX_CLAUSE_DEPTH dependency steps below it?"""
    node: int | None = k
    for _ in range(MAX_CLAUSE_DEPTH):
        node = d.t[node].head
        if node is None:
            return False
        if node == verb:
            return True
    return False


def _may_be(name: str, runs: list[tuple[str, ...]]) -> bool:
    """A run of words that is this name, or its surname alone (`Roe` may be Ann Roe; `Tom Roe` is not)."""
    words = name.lower().split()
    return any(run[-1] == words[-1] and (len(run) == 1 or run[0] == words[0]) for run in runs)


def _parties_stated(d: Draft, mention: Mention) -> set[str]:
    """The parties a name's own words state (`Democrat Ann Roe`, `Ann Roe (D-Ore.)`)."""
    found = {party.name for w in mention.before if w.text[:1].isupper() and (party := d.kb.party(w.text))}
    tag = d.kb.party_tags.get((mention.party_tag or "")[:1])
    return found | ({tag.name} if tag is not None else set())


def _set_off_after(d: Draft, resolver: Resolver, first: int) -> Speaker | None:
    """`Ann Roe, the harbor's chief engineer`: an appositive describes the name it follows, never
    anyone else (not even someone named before with the same role, nor one whose words it is in)."""
    if first < 2 or d.t[first - 1].text != ",":
        return None
    named = next(d.person_mentions_before(d.t[first].start), None)
    if named is None or not named.start <= d.t[first - 2].start < named.end:
        return None
    return resolver.speakers.get(_key(resolver, named))


def _name_set_off_after(d: Draft, head: int) -> Mention | None:
    """`The harbor's chief engineer, Ann Roe, said`, `talks with the former chairman, Gov. Ann Roe.`: a
    description set off by commas right before a name (its own titles between) is that person's, never
    anyone named earlier. Not `Despite her attacks on the chairman, Roe said`, where the name, its verb
    after it, opens the clause the phrase before it leads into."""
    comma = head + 1
    if comma + 1 >= len(d.t) or d.t[comma].text != "," or d.t[comma + 1].sentence != d.t[head].sentence \
            or not d.is_cap(comma + 1):
        return None
    k = comma + 1
    while k < len(d.t) and k <= comma + 2 and d.person_mention_at(k) is None and d.is_cap(k) \
            and d.is_descriptor_word(k):
        k += 1  # (`Gov.`, `Representative`: a title the name's mention may leave out)
    named = d.person_mention_at(k) if k < len(d.t) and not d.inside[k] else None
    if named is None or named.name is None:
        return None  # (a mention from the description on: the name read with it, whose person it is too)
    after = d.token_at(named.end - 1) + 1
    if after < len(d.t) and d.t[after].sentence == d.t[head].sentence \
            and d.t[after].text not in CLOSING_MARKS and d.low(after) != "of":
        return None  # (the name runs on into its clause: no appositive closed after it)
    return named


def _speaker_of(resolver: Resolver, named: Mention) -> Speaker | None:
    """The person a name mention was resolved to (by its key, else by the mention itself)."""
    found = resolver.speakers.get(_key(resolver, named))
    if found is not None:
        return found
    return next((s for s in resolver.speakers.values() if s.kind == "person" and named in s.mentions), None)


def _predicate_subject(d: Draft, head: int) -> int | None:
    """The subject of the clause a description is the predicate of (`Roe is the nominee`, `since Roe became
    the nominee`, `as long as Roe remains the favorite`): who the description says something of. None when the
    description is no predicate, or its clause states no subject (`vying to be the nominee`)."""
    if not d.a.has_deps:
        return None
    node = head
    if (d.t[head].deprel or "") == "conj" and d.t[head].head is not None:
        if not any((d.t[c].deprel or "") == "cc" for c in d.children.get(head, [])):
            return None  # (`populists like Ann Roe, the party's leader`: an appositive the parse joined as a conjunct)
        node = d.t[head].head
    if any((d.t[c].deprel or "") == "cop" for c in d.children.get(node, [])):
        return d.subject_of(node)
    verb = d.t[node].head
    if verb is not None and (d.t[node].deprel or "") in ("obj", "xcomp") \
            and (d.t[verb].lemma or "").lower() in BECOMING_VERBS:
        return d.subject_of(verb)
    return None


def _stands_for_someone(d: Draft, subject: int) -> bool:
    """A subject that names no one by itself (`she`, `who`, `the businessman`), whom the search for the person
    named before may still find."""
    low = d.low(subject)
    return d.t[subject].upos == "PRON" or low in RELATIVE_PRONOUNS or d.t[subject].upos == "NOUN" \
        and d.person_mention_at(subject) is None and _named_beside(d, subject) is None and (
            low in d.kb.person_nouns or d.kb.is_title(low) or _public_role(d, low) or low in d.kb.gender_words)


def _named_beside(d: Draft, subject: int) -> Mention | None:
    """`Roe's chief rival, Sen. Ann Roe of Eastland, was …`: a name the parse hangs on a subject noun as its
    appositive (or, misparsed, its conjunct)."""
    for c in d.children.get(subject, []):
        if (d.t[c].deprel or "") in ("appos", "conj") and c > subject:
            named = d.person_mention_at(c)
            if named is not None and named.name is not None:
                return named
    return None


def _named_subject(d: Draft, resolver: Resolver, subject: int) -> Speaker | None:
    """The person a predicate's subject names (a surname the tagger missed counts), or None: a subject that is
    a thing (`the meeting was the first`) or someone the draft never names is no one to link."""
    named = d.person_mention_at(subject) or _named_beside(d, subject)
    if named is not None and named.name is not None:
        return _speaker_of(resolver, named)
    if not d.is_cap(subject):
        return None
    names = set(d.full_names(d.low(subject))[1])
    return resolver.speakers.get("person:" + " ".join(names.pop())) if len(names) == 1 else None


def _words_whole(d: Draft, first: int, last: int) -> list[str]:
    """The lower-cased words from `first` to `last`, hyphenated words whole (`secretary-general` is
    not a secretary)."""
    words: list[str] = []
    for k in range(first, last + 1):
        if len(words) >= 2 and d.t[k - 1].text == "-" and d.glued_hyphen(k - 1):
            words[-2:] = [f"{words[-2]}-{d.low(k)}"]
        else:
            words.append(d.low(k))
    return words


def _key(resolver: Resolver, mention: Mention) -> str:
    return "person:" + resolver.person_key(mention.name or "", mention.start)


def _acting_people(d: Draft, resolver: Resolver, head: int) -> tuple[set[str], int] | None:
    """The people named in the subject phrase of the verb that acts on a description (`Ann Roe and Dov Kessler
    urged the mogul`; see `_acted_on_by_a_person`) and where that phrase starts, or None when no person acts
    on it."""
    if not _acted_on_by_a_person(d, head):
        return None
    node = head
    for _ in range(MAX_ACTED_ON_CLIMB):
        parent = d.t[node].head
        if parent is None or (d.t[node].deprel or "").split(":")[0] not in PLAINLY_ACTED_ON:
            break  # (a clause between them: `Beck, who has been denouncing the nominee since …`, too far to tell)
        if (d.t[node].deprel or "").startswith("obj") and any(
                (d.t[c].deprel or "") == "nsubj:pass" for c in d.children.get(parent, [])):
            break  # (`her sister was crowned the queen`: what the one acted on became)
        subject = d.subject_of(parent)
        if subject is not None:
            if d.low(subject) in RELATIVE_PRONOUNS and subject >= 2:
                subject -= 2 if d.t[subject - 1].text == "," else 1  # (`said Roe, who wrote of …`: Roe)
            tokens = _subtree(d, subject)
            return {_key(resolver, m) for m in d.person_mentions_before(d.t[head].start)
                    if d.token_at(m.start) in tokens or d.token_at(m.end - 1) in tokens}, d.t[min(tokens)].start
        node = parent
    return None


def _subtree(d: Draft, top: int) -> set[int]:
    """The tokens of the sentence whose heads lead up to `top` (the phrase it heads), `top` among them."""
    sentence = d.t[top].sentence
    found = {top}
    k = top
    while k > 0 and d.t[k - 1].sentence == sentence:
        k -= 1
    members = []
    while k < len(d.t) and d.t[k].sentence == sentence:
        members.append(k)
        k += 1
    for k in members:
        node: int | None = k
        for _ in range(MAX_CLIMB):
            if node is None or node in found:
                break
            node = d.t[node].head
        if node in found:
            found.add(k)
    return found


def _served_in_anothers_description(d: Draft, first: int, head: int) -> bool:
    """`Ann Roe, an adviser to the governor,`, `two aides to the majority leader`: a description after a role's link
    is whom that role serves; the draft says who only by naming someone with that role before (not merely by naming
    someone last). A party’s contest after the link (`the favourite for the Harbor Party nomination`) serves no one."""
    k = first - 1
    return k >= 1 and d.low(k) in SERVED_LINKS and d.t[k - 1].upos in ("NOUN", "PROPN") \
        and d.kb.is_role(d.kb.singular(d.low(k - 1))) \
        and d.kb.party(d.t[head].text) is None and d.low(head + 1) not in d.kb.party_contests


def _acted_on_by_a_person(d: Draft, head: int) -> bool:
    """`Ann Roe dined with the bishop`, `Roe kept up her attacks on the nominee`, `Roe gave a speech
    mocking the nominee`, `Roe, who met the bishop`: the object of a verb (or of a noun or clause it governs)
    whose subject is a person named (or a relative pronoun right after one) is someone that person acts on or
    with, never that person, nor anyone the draft can tell."""
    subject = _acting_subject(d, head)
    return subject is not None and any(m.start <= d.t[subject].start < m.end
                                       for m in d.person_mentions_before(d.t[head].start))


def _acting_subject(d: Draft, head: int) -> int | None:
    """The subject of the verb (or of the clause over the noun) whose object a description is (see
    `_acted_on_by_a_person`), a relative pronoun read as the name before it; None when there is none."""
    if not d.a.has_deps:
        return None
    if any(d.low(c) == "as" for c in d.children.get(head, [])):
        return None  # `Roe embraced her name as the boldest candidate`: what the subject is, not whom she acts on
    node = head
    for _ in range(MAX_ACTED_ON_CLIMB):
        relation = (d.t[node].deprel or "").split(":")[0]
        parent = d.t[node].head
        if relation not in ACTED_ON_RELATIONS or parent is None:
            return None
        subject = d.subject_of(parent)
        if subject is not None and d.low(subject) in RELATIVE_PRONOUNS and subject >= 2:
            subject -= 2 if d.t[subject - 1].text == "," else 1  # `said Roe, who wrote of the lawyer's visit`: Roe
        if subject is not None:
            return subject
        node = parent
    return None


def _stand_in_acting(d: Draft, resolver: Resolver, head: int) -> str | None:
    """`Roe walked the pier. That evening the nominee dined with the governor`: the person a definite description
    already linked stands for as the subject of the clause a description is the object of; the object is
    someone that person meets, never that person. None when the subject is no such description (a name is
    `_acting_people`'s; a he/she's antecedent is too unsure to rule anyone out)."""
    subject = _acting_subject(d, head)
    if subject is None or d.inside[subject] or _predicate(d, head) or d.t[subject].upos != "NOUN" \
            or d.person_mention_at(subject) is not None:
        return None
    start, end = d.t[subject].start, d.t[subject].end
    return next((sid for sid, speaker in resolver.speakers.items() if speaker.kind == "person"
                 and any(m.kind == "unnamed" and m.start < end and start < m.end for m in speaker.mentions)), None)


def _reporter(d: Draft, resolver: Resolver, head: int) -> str | None:
    """`Ann Roe said the senator had sacrificed nothing`: the person whose reported words hold the
    description, who is someone they speak of, never themselves (`Roe said she is the only
    candidate`, where the description is what the subject is, says nothing of the kind)."""
    if not d.a.has_deps or any((d.t[c].deprel or "") == "cop" for c in d.children.get(head, [])):
        return None
    node = head
    for _ in range(MAX_CLIMB):
        parent = d.t[node].head
        if parent is None:
            return None
        if (d.t[node].deprel or "").split(":")[0] in ("ccomp", "parataxis") and d.speech(parent):
            subject = d.subject_of(parent)
            if subject is not None and d.low(subject) in SPEAKING_PRONOUNS \
                    and d.speech(parent) not in d.kb.thought_verbs:
                return PRONOUN_REPORTER  # (`He said the senator …`: whoever he is, the senator is another;
                # what he feels or thinks may be of himself, or a misparse of a clause about him)
            named = next((m for m in d.person_mentions_before(d.t[head].start)
                          if subject is not None and m.start <= d.t[subject].start < m.end), None)
            return "person:" + resolver.person_key(named.name or "", named.start) if named is not None else None
        node = parent
    return None


def _last_in_role(d: Draft, resolver: Resolver, first: int, head: int, roles: set[str],
                  reporter: str | None, others: set[str]) -> Speaker | None:
    """`… the Republican nominee has since changed it`, with no one named just before: a public role
    stands for the person last quoted or named in the last three paragraphs who holds no other office."""
    role = d.low(head)
    if role not in d.kb.public_roles and f"{d.low(head - 1)} {role}" not in d.kb.public_roles:
        return None
    start = d.t[first].start
    limit = d.doc.paragraph_index(start) - 3
    wanted = d.kb.gender_words.get(role) or _own_possessive_gender(d, head)
    named = [(m.start, "person:" + resolver.person_key(m.name or "", m.start)) for m in d.person_mentions_before(start)]
    for offset, sid in sorted([h for h in resolver.history if h[0] < start] + named, reverse=True):
        if d.doc.paragraph_index(offset) < limit:
            break
        if sid.startswith("person:") and sid != reporter and sid not in others \
                and (wanted is None or d.gender.get(sid[7:]) in (None, wanted)) \
                and not resolver.holds_another_role(sid, roles, start):
            return resolver.speakers.get(sid)
    return None


def _owns_a_role(d: Draft, mark: int) -> bool:
    """The noun a possessive mark opens names a role (`the nation's next leader`)."""
    noun = next((k for k in range(mark + 1, min(mark + 5, len(d.t))) if d.t[k].upos in ("NOUN", "PROPN")), None)
    return noun is not None and d.kb.is_role(d.t[noun].text, d.t[noun].upos)


def _ranks(d: Draft, k: int) -> bool:
    """`next`, `first`, `only`, `best`, `most`: a word that ranks someone among others, no post's modifier."""
    low = d.low(k)
    return low in d.kb.ranking_words or d.t[k].upos == "ADJ" and low.endswith("est") and len(low) >= 4 \
        or low == "most"


def _closed_class(word: str) -> bool:
    """A word no description runs through, when no tag says what it is."""
    return word in FUNCTION_WORDS or word in AUX_OR_ADVERB or word in PREPOSITIONS or word in SUBORDINATORS
