"""The sources of a draft: who is quoted, who is cited without quotation marks, how many are named.

Direct quotes come from the attribution stage. Indirect attributions are found here on the
analysis tokens, outside quotation marks: `according to the New York Times`, `The BBC reports
that …`, `X said that …` (a speech verb with a nominal subject and a clausal complement). Each
source phrase becomes a person, organisation, publication, unnamed source or other, merged with
the quoted speakers, so an editor sees at a glance how the story is sourced. Plain data in and out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .affiliation import Profile, describe
from .io import Document
from .knowledge import Knowledge
from .model import AttributionResult, Mention, Quote
from .nlp import Analysis, Token

CLAUSE_PUNCT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "…"}
MAX_PHRASE = 12  # tokens in a source phrase


@dataclass(frozen=True)
class IndirectAttribution:
    """A claim credited to a source without quotation marks."""

    source_id: str
    cue: str  # "according to", "reports", "said"
    start: int  # the source phrase, offsets in Document.text
    end: int
    text: str


@dataclass
class SourceEntry:
    id: str
    name: str
    type: str  # person | organisation | publication | unnamed | other
    anonymous: bool
    title: str | None = None
    affiliation: str | None = None
    quotes: int = 0
    indirect: int = 0


@dataclass
class SourcesSummary:
    entries: list[SourceEntry] = field(default_factory=list)
    indirect: list[IndirectAttribution] = field(default_factory=list)

    @property
    def named(self) -> int:
        return sum(1 for e in self.entries if not e.anonymous)

    @property
    def unnamed(self) -> int:
        return sum(1 for e in self.entries if e.anonymous)

    @property
    def named_share(self) -> float | None:
        """Share of all attributions (quotes and indirect) credited to named sources."""
        total = sum(e.quotes + e.indirect for e in self.entries)
        if not total:
            return None
        return round(sum(e.quotes + e.indirect for e in self.entries if not e.anonymous) / total, 3)


def is_publication(name: str, kb: Knowledge) -> bool:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    return " ".join(words).lower() in kb.publications or (
        words[-1].lower() in kb.publication_words and all(w[:1].isupper() for w in words))


def _inside(offsets: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For each offset (in ascending order), whether some span [start, end) holds it.

    One sweep: an offset is inside when the furthest end of the spans begun by then lies beyond it.
    (A scan of every span per token was quadratic: minutes on a draft with 10,000 quotes.)
    """
    spans = sorted(spans)
    inside, at, reach = [], 0, -1
    for offset in offsets:
        while at < len(spans) and spans[at][0] <= offset:
            reach = max(reach, spans[at][1])
            at += 1
        inside.append(reach > offset)
    return inside


class _Finder:
    def __init__(self, doc: Document, analysis: Analysis, quotes: list[Quote], attribution: AttributionResult,
                 kb: Knowledge):
        self.doc, self.a, self.kb, self.attribution = doc, analysis, kb, attribution
        self.t: list[Token] = analysis.tokens
        self.inside = _inside([tok.start for tok in self.t], [(q.start, q.end) for q in quotes if q.depth == 0])
        self.cues = {a.cue_start for a in attribution.attributions.values() if a.cue_start is not None}
        self.children = analysis.children()

    def sentence_start(self, offset: int) -> int:
        index = self.a.token_index_at(offset)
        return self.t[self.a.sentences[self.t[index].sentence][0]].start if index is not None else -1

    def find(self) -> list[tuple[str, int, int]]:
        """(cue, first token, last token) of every source phrase outside quotes."""
        found = []
        for tok in self.t:
            if self.inside[tok.index] or tok.start in self.cues:
                continue
            span = self.according(tok.index)
            if span:
                found.append(span)
                continue
            span = self.reporting_verb(tok.index)
            if span:
                found.append(span)
        return found

    def according(self, i: int) -> tuple[str, int, int] | None:
        for phrase in self.kb.according:
            parts = phrase.split()
            end = i + len(parts)
            if end >= len(self.t) or any(self.t[i + k].text.lower() != parts[k] for k in range(len(parts))):
                continue
            if any(self.t[i + k].sentence != self.t[i].sentence for k in range(len(parts) + 1)):
                continue
            last = end
            while last + 1 < len(self.t) and last + 1 - end < MAX_PHRASE and not self.inside[last + 1] \
                    and self.t[last + 1].sentence == self.t[end].sentence \
                    and self.t[last + 1].text not in CLAUSE_PUNCT \
                    and self.t[last + 1].upos not in ("VERB", "AUX", "SCONJ", "PRON"):
                last += 1
            if self.nominal(end, last):
                return phrase, end, last
        return None

    def nominal(self, first: int, last: int) -> bool:
        """A phrase that can name a source: a capitalised word, or a person noun."""
        words = [self.t[k] for k in range(first, last + 1)]
        return any(w.text[:1].isupper() and w.upos not in ("DET", "PRON") for w in words) or any(
            w.text.lower() in self.kb.person_nouns for w in words)

    def reporting_verb(self, i: int) -> tuple[str, int, int] | None:
        tok = self.t[i]
        nxt = self.t[i + 1] if i + 1 < len(self.t) else None
        that = nxt is not None and nxt.text.lower() == "that" and not self.inside[nxt.index]
        if nxt is not None and nxt.index + 1 < len(self.t) and self.inside[nxt.index + 1]:
            return None  # `adds that “…”`: a direct quote
        # The tagger reads `The BBC reports that …` as a noun now and then: a verb form between a
        # noun phrase and `that` is taken as the verb, with the words before it as its subject.
        as_noun = tok.upos == "NOUN" and that and i > 0 and self.t[i - 1].upos in ("PROPN", "NOUN", "ADJ") \
            and tok.text.lower().endswith(("s", "ed"))
        lemma = self.kb.verb_forms.get(tok.text.lower()) if as_noun else self.kb.speech_lemma(tok.text, tok.lemma,
                                                                                             tok.upos)
        if lemma is None or lemma in self.kb.weak_verbs or (tok.upos not in ("VERB", None) and not as_noun):
            return None
        kids = [] if as_noun else self.children.get(i, [])
        complement = [k for k in kids if (self.t[k].deprel or "") == "ccomp"]
        if complement and all(self.inside[k] for k in complement):
            return None
        if not complement and not that:
            return None
        subject = next((k for k in kids if (self.t[k].deprel or "") == "nsubj"), None)
        if subject is not None:
            if self.t[subject].upos == "PRON" or self.inside[subject]:
                return None
            span = self.subtree(subject, i)
        else:
            span = self.surface_subject(i)
        if span is None or not self.nominal(*span):
            return None
        return tok.text, span[0], span[1]

    def subtree(self, head: int, verb: int) -> tuple[int, int]:
        """The subject phrase: the head with its modifiers, without clauses or appositives."""
        keep, todo = {head}, [head]
        while todo:
            for child in self.children.get(todo.pop(), []):
                rel = self.t[child].deprel or ""
                if rel.startswith(("acl", "appos", "punct", "parataxis", "conj", "cc")) or child >= verb:
                    continue
                keep.add(child)
                todo.append(child)
        first, last = min(keep), max(keep)
        while first < last and self.t[first].upos == "DET":
            first += 1
        return first, last

    def surface_subject(self, verb: int) -> tuple[int, int] | None:
        """No parse: the run of capitalised words and nouns right before the verb."""
        last = verb - 1
        first = last + 1
        while first - 1 >= 0 and verb - first < MAX_PHRASE and not self.inside[first - 1] \
                and self.t[first - 1].text not in CLAUSE_PUNCT \
                and (self.t[first - 1].text[:1].isupper() or self.t[first - 1].upos in ("NOUN", "PROPN", "ADJ")):
            first -= 1
        return (first, last) if first <= last else None


def summarise(doc: Document, analysis: Analysis, quotes: list[Quote], attribution: AttributionResult,
              profiles: dict[str, Profile], kb: Knowledge) -> SourcesSummary:
    """Every source of the draft with its quotes and indirect attributions."""
    summary = SourcesSummary()
    entries: dict[str, SourceEntry] = {}
    for q in quotes:
        found = attribution.attributions.get(q.id)
        if found is None or found.speaker_id is None:
            continue
        speaker = attribution.speakers[found.speaker_id]
        if speaker.kind == "pronoun":  # a `she` that stands for no one named is no source a reader can weigh
            continue
        entry = entries.get(speaker.id)
        if entry is None:
            profile = profiles.get(speaker.id)
            kind = speaker.kind if speaker.kind in ("person", "organisation", "unnamed") else "other"
            if kind == "organisation" and is_publication(speaker.name, kb):
                kind = "publication"
            entry = entries[speaker.id] = SourceEntry(
                speaker.id, speaker.name, kind, speaker.anonymous,
                profile.title if profile else None,
                profile.affiliation.name if profile and profile.affiliation else None)
        entry.quotes += 1
    finder = _Finder(doc, analysis, quotes, attribution, kb)
    for cue, first, last in finder.find():
        start, end = analysis.tokens[first].start, analysis.tokens[last].end
        entry = _entry_for(doc.text[start:end], start, end, finder, attribution, entries, kb)
        entry.indirect += 1
        summary.indirect.append(IndirectAttribution(entry.id, cue, start, end, doc.text[start:end]))
    summary.entries = sorted(entries.values(), key=lambda e: (-(e.quotes + e.indirect), e.name.lower()))
    return summary


def _entry_for(text: str, start: int, end: int, finder: _Finder, attribution: AttributionResult,
               entries: dict[str, SourceEntry], kb: Knowledge) -> SourceEntry:
    """The source entry a phrase names, reusing a quoted speaker when it is the same one."""
    person = next((m for m in attribution.persons if m.name and m.start < end and start < m.end), None)
    if person is not None and person.name:
        return _person_entry(person, entries, kb)
    words = text.split()
    name = " ".join(words[1:]) if words and words[0].lower() == "the" and len(words) > 1 else text
    tokens = [tok for tok in finder.t if start <= tok.start and tok.end <= end]
    if is_publication(name, kb):
        kind, sid = "publication", "publication:" + name.lower()
    elif kb.organisation(name) is not None or any(t.ner == "ORG" for t in tokens) or any(
            w.lower() in kb.org_words and w[:1].isupper() for w in words):
        org = kb.organisation(name)
        name = org.name if org else name
        kind, sid = "organisation", "org:" + name.lower()
    elif any(w.lower().strip(",") in kb.person_nouns for w in words) and not any(
            t.upos == "PROPN" and t.text.lower() not in kb.person_nouns for t in tokens):
        kind, sid = "unnamed", "unnamed:" + text.lower()
        name = text[:1].lower() + text[1:] if start == finder.sentence_start(start) else text
    else:
        kind, sid = "other", "other:" + name.lower()
    entry = entries.get(sid)
    if entry is None:
        entry = entries[sid] = SourceEntry(sid, name, kind, kind == "unnamed")
    return entry


def _person_entry(mention: Mention, entries: dict[str, SourceEntry], kb: Knowledge) -> SourceEntry:
    assert mention.name is not None
    surname = mention.name.split()[-1].lower()
    for entry in entries.values():
        if entry.type == "person" and entry.name.split()[-1].lower() == surname:
            return entry
    title, affiliation = describe(mention, kb)
    sid = "person:" + mention.name.lower()
    entry = entries[sid] = SourceEntry(sid, mention.name, "person", False, title,
                                       affiliation.name if affiliation else None)
    return entry
