"""The Stanza layer: find models, build one pipeline per process, turn its output into plain data.

Nothing else in quoteguard imports stanza. The rest of the engine sees `Analysis`: tokens with
character offsets into the analysed text, and whatever the loaded processors could add (POS,
lemma, dependencies, entities). Missing processors leave those fields `None`; later stages must
cope. Both NER label sets are normalised here (CoNLL PER/ORG/LOC/MISC and OntoNotes
PERSON/ORG/GPE/NORP/...).
"""

from __future__ import annotations

import bisect
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROCESSOR_ORDER = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
# What each processor needs before it (stanza's REQUIRES_DEFAULT).
PROCESSOR_NEEDS = {
    "tokenize": set(),
    "mwt": {"tokenize"},
    "pos": {"tokenize"},
    "lemma": {"tokenize"},
    "depparse": {"tokenize", "pos", "lemma"},
    "ner": {"tokenize"},
}
MANIFEST = "pipeline.json"
NER_LABELS = {
    "PER": "PERSON", "PERSON": "PERSON",
    "ORG": "ORG", "NORP": "NORP", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC",
    "MISC": "MISC",
}


class ModelError(Exception):
    """No usable Stanza models; the message says how to get them."""


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


@dataclass(frozen=True)
class ModelSource:
    """Where models were found and the keyword arguments that build the pipeline."""

    directory: str
    found_by: str  # option | environment | default
    kwargs: dict[str, Any]
    processors: tuple[str, ...]


def candidate_dirs(explicit: str | None) -> list[tuple[str, str]]:
    """Model directories in the order they are tried: option, environment, stanza's default."""
    dirs = []
    if explicit:
        dirs.append((explicit, "option"))
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        dirs.append((env, "environment"))
    dirs.append((default_model_dir(), "default"))
    return dirs


def default_model_dir() -> str:
    """Stanza's own default, `stanza.resources.common.DEFAULT_MODEL_DIR` less the environment.

    Worked out from stanza's version file rather than imported: importing stanza pulls in torch
    (~2 s), and a run served from the analysis cache needs neither. A test keeps the two in step.
    """
    import importlib.util
    import re

    try:
        from platformdirs import user_cache_dir

        spec = importlib.util.find_spec("stanza")
        folder = next(iter(spec.submodule_search_locations or [])) if spec else None
        found = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)['\"]",
                          Path(folder, "_version.py").read_text(encoding="utf-8")) if folder else None
        if found:
            return str(Path(user_cache_dir("stanza", "StanfordNLP", found.group(1)), "resources"))
    except (ImportError, OSError, StopIteration):
        pass
    from stanza.resources.common import DEFAULT_MODEL_DIR  # the slow way, if stanza's layout changed

    return str(DEFAULT_MODEL_DIR)


def locate_models(explicit: str | None = None, lang: str = "en", only: tuple[str, ...] | None = None) -> ModelSource:
    """Find the first directory holding a usable pipeline; an explicit option never falls through."""
    tried = []
    for directory, how in candidate_dirs(explicit):
        source = _models_in(directory, how, lang, only)
        if source is not None:
            return source
        tried.append(directory)
        if how == "option":
            break
    raise ModelError(
        "no Stanza models found in " + ", ".join(tried) + "; run `quoteguard models download` "
        "or point --models-dir / STANZA_RESOURCES_DIR at a Stanza resources directory"
    )


def _models_in(directory: str, how: str, lang: str, only: tuple[str, ...] | None) -> ModelSource | None:
    root = Path(directory)
    manifest = root / MANIFEST
    if manifest.is_file():
        try:
            raw = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{manifest}: unreadable pipeline manifest ({exc})") from None
        kwargs = {k: v for k, v in raw.items() if not k.startswith("_")}
        for key, value in list(kwargs.items()):
            if key.endswith("_path") and isinstance(value, str) and not os.path.isabs(value):
                kwargs[key] = str(root / value)
        wanted = [p.strip() for p in str(kwargs.pop("processors", ",".join(PROCESSOR_ORDER))).split(",")]
        present = [p for p in wanted if _manifest_has(kwargs, p)]
        lang = kwargs.pop("lang", lang)
    else:
        if not (root / lang / "tokenize").is_dir():
            return None
        kwargs = {}
        present = [p for p in PROCESSOR_ORDER if any((root / lang / p).glob("*.pt"))]
    processors = _usable(present, only)
    if "tokenize" not in processors:
        return None
    kwargs = {k: v for k, v in kwargs.items() if k.split("_")[0] in processors or "_" not in k}
    kwargs["lang"] = lang
    return ModelSource(str(root), how, kwargs, processors)


def model_fingerprint(source: ModelSource) -> list[tuple[str, int, int]]:
    """Path, size and mtime of every model file the pipeline reads: changes when models change."""
    root = Path(source.directory)
    files = {root / MANIFEST, root / "resources.json"}
    files |= {Path(v) for v in source.kwargs.values() if isinstance(v, str) and os.path.isfile(v)}
    lang = str(source.kwargs.get("lang", "en"))
    for processor in source.processors:
        files |= set((root / lang / processor).glob("*.pt"))
    found = []
    for path in sorted(files):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found


def _manifest_has(kwargs: dict[str, Any], processor: str) -> bool:
    path = kwargs.get(f"{processor}_model_path")
    return path is None or Path(path).is_file()


def _usable(present: list[str], only: tuple[str, ...] | None) -> tuple[str, ...]:
    """Processors in dependency order, dropping any whose prerequisites are missing."""
    chosen: list[str] = []
    for name in PROCESSOR_ORDER:
        wanted = only is None or name in only or name in ("tokenize", "mwt")  # mwt is part of tokenizing
        if name in present and wanted and PROCESSOR_NEEDS[name] <= set(chosen):
            chosen.append(name)
    return tuple(chosen)


_PIPELINES: dict[tuple, Any] = {}


def configure_threads(jobs: int = 1) -> None:
    """Torch on a small machine: share the cores among worker processes, never oversubscribe.

    An explicit OMP_NUM_THREADS wins (a busy CI runner is often faster with 1: torch's threads
    spin while they wait for a core another process holds).
    """
    import torch

    explicit = os.environ.get("OMP_NUM_THREADS", "").strip()
    if explicit.isdigit() and int(explicit) > 0:
        threads = int(explicit)
    else:
        threads = max(1, (os.cpu_count() or 1) // max(1, jobs))
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def pipelines_loaded() -> int:
    """How many pipelines this process has built (one per model set: loads are never repeated)."""
    return len(_PIPELINES)


def load_pipeline(source: ModelSource, jobs: int = 1) -> Any:
    """Build the stanza.Pipeline once per process; later calls return the same object.

    `jobs` is the number of processes sharing the machine, each with its own pipeline.
    """
    key = (source.directory, source.processors, json.dumps(source.kwargs, sort_keys=True))
    if key in _PIPELINES:
        return _PIPELINES[key]
    try:
        import stanza
    except ImportError as exc:  # pragma: no cover
        raise ModelError(f"stanza is not installed ({exc}); pip install quoteguard") from None
    configure_threads(jobs)
    logging.getLogger("stanza").setLevel(logging.WARNING)
    kwargs = dict(source.kwargs)
    lang = kwargs.pop("lang", "en")
    try:
        pipeline = stanza.Pipeline(
            lang=lang,
            dir=source.directory,
            processors=",".join(source.processors),
            download_method=None,
            use_gpu=False,
            logging_level="WARN",
            **kwargs,
        )
    except Exception as exc:  # stanza raises many kinds; all mean the same to the user
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(
            f"could not load Stanza models from {source.directory}: {first}; "
            "run `quoteguard models download` or check --models-dir"
        ) from None
    _PIPELINES[key] = pipeline
    return pipeline


CHUNK_CHARS = 5000  # Stanza's memory grows with the text given at once; bigger drafts go in pieces
# The parser's memory grows with the square of a sentence's words (a 1,700-word run-on sentence
# needs ~6 GB). Real news sentences stay far below this; longer ones keep tokens and entities only.
MAX_PARSE_WORDS = 250


def analyse(text: str, pipeline: Any, focus: Focus | None = None) -> Analysis:
    """Run the pipeline and copy what it found into plain dataclasses.

    The text goes to Stanza in paragraph-aligned chunks, which bounds memory whatever the draft's
    length. Tokenizing and NER cover the whole text (names are needed everywhere); POS, lemmas and
    dependencies then run on sentences in batches: with a `focus` only the focused ones (the parser
    is most of the cost), and never on a sentence over MAX_PARSE_WORDS words.
    """
    processors = frozenset(pipeline.processors.keys())
    heavy = [p for p in HEAVY if p in processors]
    light = [p for p in PROCESSOR_ORDER if p in processors and p not in heavy]
    sentences: list[tuple[Any, int]] = []  # a stanza sentence and the offset of its chunk
    entities: list[tuple[Any, int]] = []
    for start, end in chunks(text):
        doc = pipeline.process(text[start:end], processors=light)
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
    return sorted(chosen)


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


def download(directory: str | None, lang: str = "en") -> str:
    """Fetch the official models for `lang` into `directory` (stanza's default when None)."""
    import stanza

    target = directory or default_model_dir()
    stanza.download(lang, model_dir=target, processors=",".join(PROCESSOR_ORDER))
    return target
