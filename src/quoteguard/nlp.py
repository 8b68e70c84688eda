"""The Stanza layer: run a loaded pipeline and turn its output into plain data (models: `models`).

Nothing else in quoteguard imports stanza. The rest of the engine sees `Analysis`: tokens with
character offsets into the analysed text, and whatever the loaded processors could add (POS,
lemma, dependencies, entities). Missing processors leave those fields `None`; later stages must
cope. Both NER label sets are normalised here (CoNLL PER/ORG/LOC/MISC and OntoNotes
PERSON/ORG/GPE/NORP/...).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Any

from .invisible import Stripped, strip_invisible
from .models import PROCESSOR_ORDER
from .sentence_breaks import LABEL_WORDS, Break, is_false_break, joined

NER_LABELS = {
    "PER": "PERSON", "PERSON": "PERSON",
    "ORG": "ORG", "NORP": "NORP", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
    "MISC": "MISC",
}


@dataclass(frozen=True)
class Token:
    """One syntactic word. `head` is an index into `Analysis.tokens`, None at the root."""

    index: int
    text: str
    start: int
    end: int
    sentence: int
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    head: int | None = None
    deprel: str | None = None
    ner: str | None = None  # normalised entity label of the entity covering this word, if any


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, MISC or the model's own label
    start: int
    end: int
    first: int  # token range [first, last]
    last: int


HEAVY = ("pos", "lemma", "depparse")  # the processors worth running only where attribution looks


@dataclass(frozen=True)
class Focus:
    """What attribution will look at, so the heavy processors can skip the rest of the text.

    Sentences overlapping a span (a quotation), their neighbours, and sentences holding a cue word
    (a speech verb form, a speech noun, "according") are parsed; the others get tokens and
    entities only.
    """

    spans: tuple[tuple[int, int], ...] = ()
    cue_words: frozenset[str] = frozenset()
    neighbours: int = 1
    # `An aide met the crowd. He conceded … "…," he said`: a chosen sentence with one of these words goes on
    # about someone a sentence before it may describe, so that sentence is parsed too (up to `reach` back)
    chain_words: frozenset[str] = frozenset()
    reach: int = 7


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # token index ranges [first, last]
    entities: list[Entity]
    processors: frozenset[str]
    parsed: frozenset[int] | None = None  # sentences the heavy processors saw; None means all
    _ends: list[int] = field(default_factory=list, repr=False, compare=False)

    def token_index_before(self, offset: int) -> int:
        """Index of the last token ending at or before `offset` (-1 when none)."""
        if not self._ends:
            self._ends = [t.end for t in self.tokens]
        return bisect.bisect_right(self._ends, offset) - 1

    def token_index_at(self, offset: int) -> int | None:
        """Index of the token covering `offset`, if any."""
        index = self.token_index_before(offset) + 1
        if index < len(self.tokens) and self.tokens[index].start <= offset < self.tokens[index].end:
            return index
        return None

    def children(self) -> dict[int, list[int]]:
        """Each head token's dependents, in token order (empty without a parse)."""
        found: dict[int, list[int]] = {}
        for tok in self.tokens:
            if tok.head is not None:
                found.setdefault(tok.head, []).append(tok.index)
        return found

    def is_parsed(self, sentence: int) -> bool:
        """Whether the heavy processors (POS, lemmas, dependencies) saw this sentence."""
        return self.parsed is None or sentence in self.parsed

    @property
    def has_pos(self) -> bool:
        return "pos" in self.processors

    @property
    def has_deps(self) -> bool:
        return "depparse" in self.processors

    @property
    def has_ner(self) -> bool:
        return "ner" in self.processors


CHUNK_CHARS = 5000  # Stanza's memory grows with the text given at once; bigger drafts go in pieces
# The parser's memory grows with the square of a sentence's words (a 1,700-word run-on sentence
# needs ~6 GB). Real news sentences stay far below this; longer ones keep tokens and entities only.
MAX_PARSE_WORDS = 250


def analyse(text: str, pipeline: Any, focus: Focus | None = None) -> Analysis:
    """Run the pipeline on the text without its invisible format characters (see `invisible`).

    Stanza sees `Jane \u00adRoe` as `Jane Roe`; every token and entity offset is mapped back into
    `text`, so the analysis points into the draft as written (token texts are what Stanza read).
    """
    stripped = strip_invisible(text)
    if not stripped.changed:
        return surface_words(_analyse(text, pipeline, focus))
    if focus is not None:
        spans = tuple((stripped.stripped_offset(a), stripped.stripped_offset(b)) for a, b in focus.spans)
        focus = replace(focus, spans=spans)
    return surface_words(_restore(_analyse(stripped.text, pipeline, focus), text, stripped))


def surface_words(analysis: Analysis) -> Analysis:
    """The words of a multi-word token spelt as the draft spells them.

    Stanza's multi-word expander rewrites the word it splits a possessive from, and often misspells
    it (`Conservatives'` → `Conservatiees` + `'`, `commissioner's` → `commissinerr` + `'s`): the name a
    report shows would be one the draft never wrote. Where the later words are the token's ending as
    written, the first word is the rest of the token as written. Words that spell the token whole
    (`don't` → `do` + `n't`) are left alone, and so is an expansion that is no split (`im` → `i` + `am`).
    Idempotent, so analyses stored by the cache before this mend are mended when read back.
    """
    tokens = list(analysis.tokens)
    changed = False
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and (tokens[j + 1].start, tokens[j + 1].end) == (tokens[i].start, tokens[i].end):
            j += 1
        if j > i:
            written = analysis.text[tokens[i].start:tokens[i].end]
            ending = "".join(t.text for t in tokens[i + 1:j + 1])
            first = tokens[i]
            if first.text + ending != written and len(written) > len(ending) and written.endswith(ending):
                spelt = written[:len(written) - len(ending)]
                lemma = spelt if first.lemma == first.text else first.lemma
                tokens[i] = replace(first, text=spelt, lemma=lemma)
                changed = True
        i = j + 1
    return replace(analysis, tokens=tokens) if changed else analysis


def _restore(analysis: Analysis, text: str, stripped: Stripped) -> Analysis:
    """The analysis of the stripped text, its offsets moved back into the original `text`."""
    tokens = [replace(t, start=stripped.original_start(t.start), end=stripped.original_end(t.end))
              for t in analysis.tokens]
    entities = [replace(e, start=stripped.original_start(e.start), end=stripped.original_end(e.end))
                for e in analysis.entities]
    return Analysis(text=text, tokens=tokens, sentences=analysis.sentences, entities=entities,
                    processors=analysis.processors, parsed=analysis.parsed)


def _analyse(text: str, pipeline: Any, focus: Focus | None = None) -> Analysis:
    """Run the pipeline and copy what it found into plain dataclasses.

    The text goes to Stanza in paragraph-aligned chunks, which bounds memory whatever the draft's
    length. Tokenizing and NER cover the whole text (names are needed everywhere), and sentences the
    tokenizer ended inside a name or clause are run on (`_mend_breaks`); POS, lemmas and dependencies
    then run on sentences in batches: with a `focus` only the focused ones (the parser is most of the
    cost), and never on a sentence over MAX_PARSE_WORDS words.
    """
    processors = frozenset(pipeline.processors.keys())
    heavy = [p for p in HEAVY if p in processors]
    light = [p for p in PROCESSOR_ORDER if p in processors and p not in heavy]
    sentences: list[tuple[Any, int]] = []  # a stanza sentence and the offset of its chunk
    entities: list[tuple[Any, int]] = []
    for start, end in chunks(text):
        doc = _mend_breaks(pipeline.process(text[start:end], processors=light), text[start:end], pipeline)
        sentences += [(sentence, start) for sentence in doc.sentences]
        if "ner" in light:
            entities += [(entity, start) for entity in doc.ents]
    if not heavy:
        return _to_analysis(text, sentences, entities, processors, None)
    candidates = range(len(sentences)) if focus is None else select_sentences(sentences, focus)
    chosen = [i for i in candidates if len(sentences[i][0].words) <= MAX_PARSE_WORDS]
    from stanza.models.common.doc import Document as StanzaDocument

    for group in _groups(chosen, sentences):
        sub = StanzaDocument([sentences[i][0].to_dict() for i in group])
        sub = pipeline.process(sub, processors=heavy)
        for index, parsed in zip(group, sub.sentences, strict=True):
            sentences[index] = (parsed, sentences[index][1])
    everything = focus is None and len(chosen) == len(sentences)
    return _to_analysis(text, sentences, entities, processors, None if everything else frozenset(chosen))


def _mend_breaks(doc: Any, text: str, pipeline: Any) -> Any:
    """The tokenized `doc` with the sentences the tokenizer ended too early run on (see `sentence_breaks`).

    A document with no such break is returned as it is; otherwise its tokens are regrouped into a new one,
    and the entity tagger, when loaded, runs again on it so that a name cut by the break is found whole.
    """
    pairs = zip(doc.sentences, doc.sentences[1:], strict=False)
    joins = {i for i, (first, second) in enumerate(pairs) if is_false_break(_break(first, second, text))}
    if not joins:
        return doc
    from stanza.models.common.doc import Document as StanzaDocument

    rows = joined([sentence.to_dict() for sentence in doc.sentences], joins)
    mended = StanzaDocument(rows, text=text)
    if "ner" in pipeline.processors:
        mended = pipeline.process(mended, processors=["ner"])
    return mended


def _break(first: Any, second: Any, text: str) -> Break:
    """What stands either side of the break between two tokenized sentences of `text`."""
    last, following = first.tokens[-1], second.tokens[0]
    return Break(before=tuple(t.text for t in first.tokens[-LABEL_WORDS:]), after=following.text,
                 gap=text[last.end_char:following.start_char], length=len(first.tokens))


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Spans of at most about `size` characters, cut at blank lines, else line ends, else spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator, size // 4)
            if cut > 0:
                cut += len(separator)
                break
        if cut <= 0:
            cut = size
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def _groups(chosen: list[int], sentences: list[tuple[Any, int]], size: int = CHUNK_CHARS) -> list[list[int]]:
    """Chosen sentences in batches of about `size` characters, for the heavy processors."""
    groups: list[list[int]] = [[]]
    filled = 0
    for index in chosen:
        length = len(sentences[index][0].text)
        if groups[-1] and filled + length > size:
            groups.append([])
            filled = 0
        groups[-1].append(index)
        filled += length
    return [g for g in groups if g]


def select_sentences(sentences: list[tuple[Any, int]], focus: Focus) -> list[int]:
    """Indices of the sentences attribution may read: focused spans ± neighbours, and cue words."""
    starts = [s.tokens[0].start_char + offset for s, offset in sentences]
    chosen: set[int] = set()
    for start, end in focus.spans:
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = max(first, bisect.bisect_left(starts, end) - 1)
        chosen.update(range(max(0, first - focus.neighbours), min(len(starts), last + focus.neighbours + 1)))
    if focus.cue_words:
        for index, (sentence, _) in enumerate(sentences):
            if index not in chosen and any(t.text.lower() in focus.cue_words for t in sentence.tokens):
                chosen.add(index)
    return sorted(chosen | _chained_back(sentences, chosen, focus))


def _chained_back(sentences: list[tuple[Any, int]], chosen: set[int], focus: Focus) -> set[int]:
    """The sentences before a chosen one that holds a he/she (`focus.chain_words`), and before each of those
    that holds one too, up to `focus.reach` back: whom the he/she stands for is read from their subjects."""
    def chains(index: int) -> bool:
        return any(t.text.lower() in focus.chain_words for t in sentences[index][0].tokens)
    added: set[int] = set()
    for index in sorted(chosen):
        back = index
        while back > 0 and index - back < focus.reach and chains(back):
            back -= 1
            if back not in chosen:
                added.add(back)
    return added


def _to_analysis(text: str, sentences: list[tuple[Any, int]], found: list[tuple[Any, int]],
                 processors: frozenset[str], parsed: frozenset[int] | None) -> Analysis:
    tokens: list[Token] = []
    spans: list[tuple[int, int]] = []
    entities: list[Entity] = []
    for s_index, (sentence, offset) in enumerate(sentences):
        base = len(tokens)
        word_ids: dict[int, int] = {}
        rows = []
        for token in sentence.tokens:
            for word in token.words:
                start = word.start_char if getattr(word, "start_char", None) is not None else token.start_char
                end = word.end_char if getattr(word, "end_char", None) is not None else token.end_char
                word_ids[word.id] = base + len(rows)
                rows.append((word, start + offset, end + offset))
        deps = "depparse" in processors and (parsed is None or s_index in parsed)
        for position, (word, start, end) in enumerate(rows):
            head = word_ids.get(word.head) if deps and word.head else None
            tokens.append(
                Token(
                    index=base + position,
                    text=word.text,
                    start=start,
                    end=end,
                    sentence=s_index,
                    lemma=word.lemma if "lemma" in processors else None,
                    upos=word.upos if "pos" in processors else None,
                    xpos=word.xpos if "pos" in processors else None,
                    head=head,
                    deprel=word.deprel if deps else None,
                )
            )
        spans.append((base, len(tokens) - 1))
    if "ner" in processors:
        entities = _entities(found, tokens)
        labels = {}
        for entity in entities:
            for i in range(entity.first, entity.last + 1):
                labels[i] = entity.label
        tokens = [_with_ner(t, labels.get(t.index)) for t in tokens]
    return Analysis(text=text, tokens=tokens, sentences=spans, entities=entities, processors=processors,
                    parsed=parsed)


def _with_ner(token: Token, label: str | None) -> Token:
    if label is None:
        return token
    return Token(**{**token.__dict__, "ner": label})


def _entities(found: list[tuple[Any, int]], tokens: list[Token]) -> list[Entity]:
    starts = {t.start: t.index for t in tokens}
    ends = {t.end: t.index for t in tokens}
    entities = []
    for ent, offset in found:
        start, end = ent.start_char + offset, ent.end_char + offset
        first = starts.get(start)
        last = ends.get(end)
        if first is None or last is None:
            inside = [t.index for t in tokens if t.start >= start and t.end <= end]
            if not inside:
                continue
            first, last = inside[0], inside[-1]
        entities.append(Entity(ent.text, NER_LABELS.get(ent.type, ent.type), start, end, first, last))
    return entities
