"""Sourcing checks: one small rule per check, each with an id, a default severity and a message.

A rule reads the plain results of the earlier stages (`RuleInput`) and yields `Finding`s.
Severities can be changed, and rules switched off, from the config (`[tool.quoteguard.rules]`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .affiliation import Profile, describe
from .io import Document
from .knowledge import Knowledge, default_knowledge
from .model import Attribution, AttributionResult, Finding, Mention, Quote, QuoteScan, Speaker, is_speech
from .nlp import Analysis, Token
from .sources import SourceText, match_quote


@dataclass
class RuleInput:
    doc: Document
    quotes: list[Quote]
    scan: QuoteScan
    attribution: AttributionResult
    profiles: dict[str, Profile]
    analysis: Analysis | None = None  # tokens, POS and dependencies, for rules that read the sentence
    kb: Knowledge = field(default_factory=default_knowledge)
    sources: list[SourceText] | None = None  # texts given with --source; None switches the source check off
    # Built on first use: sorted, merged spans of the top-level quotes and the token starts, so that
    # "is this offset inside a quote" and "which tokens lie in this span" cost a bisect, not a scan
    # (a scan per token or per character was quadratic: minutes on a draft with 10,000 quotes).
    _quote_spans: tuple[list[int], list[int]] | None = field(default=None, init=False, repr=False)
    _token_starts: list[int] | None = field(default=None, init=False, repr=False)

    def speech_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.depth == 0 and is_speech(q.kind)]

    def attributed(self) -> Iterator[tuple[Quote, Attribution, Speaker]]:
        """Each quote that has a speaker, with its attribution and the speaker, in draft order."""
        for q in self.quotes:
            found = self.attribution.attributions.get(q.id)
            if found is not None and found.speaker_id is not None:
                yield q, found, self.attribution.speakers[found.speaker_id]

    def inside_quote(self, offset: int) -> bool:
        """True when `offset` lies in a top-level quote (marks included)."""
        starts, ends = self._spans()
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < ends[at]

    def blank_quotes(self, start: int, end: int) -> str:
        """doc.text[start:end] with every character inside a top-level quote turned into a space."""
        starts, ends = self._spans()
        chars = list(self.doc.text[start:end])
        at = max(0, bisect.bisect_right(starts, start) - 1)
        while at < len(starts) and starts[at] < end:
            for i in range(max(starts[at], start), min(ends[at], end)):
                chars[i - start] = " "
            at += 1
        return "".join(chars)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly within [start, end)."""
        if self.analysis is None:
            return []
        tokens = self.analysis.tokens
        if self._token_starts is None:
            self._token_starts = [tok.start for tok in tokens]
        found = []
        for index in range(bisect.bisect_left(self._token_starts, start), len(tokens)):
            tok = tokens[index]
            if tok.start > end:
                break
            if tok.end <= end:
                found.append(tok)
        return found

    def _spans(self) -> tuple[list[int], list[int]]:
        if self._quote_spans is None:
            starts: list[int] = []
            ends: list[int] = []
            for q_start, q_end in sorted((q.start, q.end) for q in self.quotes if q.depth == 0):
                if ends and q_start <= ends[-1]:
                    ends[-1] = max(ends[-1], q_end)
                else:
                    starts.append(q_start)
                    ends.append(q_end)
            self._quote_spans = (starts, ends)
        return self._quote_spans


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    check: Callable[[RuleInput], Iterator[Finding]]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, summary: str):
    def register(func: Callable[[RuleInput], Iterator[Finding]]):
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func
    return register


def _excerpt(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@rule("unattributed-quote", "error",
      "A quotation in the draft has no speaker, or only a he/she that stands for no one named before it.")
def unattributed_quote(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.depth != 0 or not is_speech(q.kind):
            continue
        text = data.doc.text[q.start:q.end]
        found = data.attribution.attributions.get(q.id)
        if found is None:
            yield Finding("unattributed-quote", "error",
                          f"quote {_excerpt(text)} has no speaker; say who said it (\"…,\" said NAME)",
                          q.id, q.start, q.end)
            continue
        speaker = data.attribution.speakers.get(found.speaker_id or "")
        # `"…," I said`: the writer, whom the byline names.
        writer = speaker is not None and data.kb.pronouns.get(speaker.name.lower()) == "speaker"
        if speaker is not None and speaker.kind == "pronoun" and not writer:
            yield Finding("unattributed-quote", "error",
                          f"quote {_excerpt(text)} is given to “{speaker.name}”, but no one named before it "
                          "fits; name the speaker", q.id, q.start, q.end)


@rule("anonymous-source", "warning",
      "A quotation is attributed to an unnamed source (a bare 'a source' is an error, 'sources said' info).")
def anonymous_source(data: RuleInput) -> Iterator[Finding]:
    for q, found, speaker in data.attributed():
        if not speaker.anonymous:
            continue
        mention = _describing_mention(found, speaker)
        words = _mention_words(mention.text if mention else speaker.name)
        described = [w for w in words if w not in data.kb.bare_determiners]
        head = _head_word(data, mention) if mention else (described[-1] if described else "")
        if described and all(w in data.kb.bare_source_heads for w in described) and head not in \
                data.kb.plural_source_heads:
            yield Finding("anonymous-source", "error",
                          f"quote attributed to a bare {speaker.name!r}; say who the source is (position, "
                          "organisation, how they know) and why they cannot be named", q.id, q.start, q.end)
        elif head in data.kb.plural_source_heads:
            yield Finding("anonymous-source", "info",
                          f"quote attributed to unnamed sources ({speaker.name!r}); say how many, who they are "
                          "and why they cannot be named", q.id, q.start, q.end)
        elif not _anonymity_explained(data, q, mention):
            yield Finding("anonymous-source", "warning",
                          f"quote attributed to an unnamed source ({speaker.name!r}); name the source, "
                          "or say why they cannot be named", q.id, q.start, q.end)


def _describing_mention(found: Attribution, speaker: Speaker) -> Mention | None:
    """The phrase that says who the source is (for `they said`, the speaker's first mention)."""
    if found.mention is not None and found.mention.kind != "pronoun":
        return found.mention
    return speaker.mentions[0] if speaker.mentions else None


def _mention_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", text.lower())]


def _head_word(data: RuleInput, mention: Mention) -> str:
    """The head noun of a nominal phrase: the last noun before a preposition, clause or comma."""
    tokens = data.tokens_in(mention.start, mention.end)
    head = None
    for tok in tokens:
        if head is not None and tok.upos in ("ADP", "PRON", "VERB", "AUX", "SCONJ", "PUNCT"):
            break
        if tok.upos in ("NOUN", "PROPN") or tok.upos is None:
            head = tok.text.lower()
    if head is None:
        words = _mention_words(mention.text)
        head = words[-1] if words else ""
    return head


def _anonymity_explained(data: RuleInput, q: Quote, mention: Mention | None) -> bool:
    """True when the paragraph of the source phrase (or of the quote) says why the source is unnamed."""
    paragraphs = {q.paragraph} | ({data.doc.paragraph_index(mention.start)} if mention else set())
    for index in paragraphs:
        para = data.doc.paragraphs[index]
        text = data.blank_quotes(para.start, para.end).lower()
        starts = [text.find(p.lower()) for p in data.kb.anonymity_phrases if p.lower() in text]
        if not starts:
            continue
        after = text[min(starts):]
        if any(j.lower() in after for j in data.kb.justification_phrases):
            return True
    return False


@rule("unbalanced-quote", "error", "A quotation mark has no partner.")
def unbalanced_quote(data: RuleInput) -> Iterator[Finding]:
    first_at: dict[int, str] = {}
    for q in data.quotes:
        first_at.setdefault(q.start, q.id)
    for problem in data.scan.problems:
        if problem.problem == "unclosed":
            message = f"opening {problem.mark} is never closed in its paragraph"
        else:
            message = f"closing {problem.mark} has no opening mark"
        quote_id = first_at.get(problem.offset)
        end = problem.offset + len(problem.mark)
        yield Finding("unbalanced-quote", "error", message, quote_id, problem.offset, end)


@rule("mismatched-quote-marks", "warning", "A quotation opens with one kind of mark and closes with another.")
def mismatched_quote_marks(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        if q.mismatched:
            yield Finding("mismatched-quote-marks", "warning",
                          f"quote opens with {q.open_mark} but closes with {q.close_mark}; use a matching pair",
                          q.id, q.end - 1, q.end)


@rule("name-inconsistency", "warning", "One person's name is spelled more than one way.")
def name_inconsistency(data: RuleInput) -> Iterator[Finding]:
    spellings: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        if not mention.name:
            continue
        surname = mention.name.split()[-1]
        offset = data.doc.text.find(surname, mention.start, mention.end)
        spellings.setdefault(surname, []).append(offset if offset >= 0 else mention.start)
    # Words the tagger did not see as names (Zeleneskyy) still count when they resemble a surname.
    surnames = list(spellings)
    for word, offset in data.attribution.proper_words:
        if word in spellings:
            if offset not in spellings[word]:
                spellings[word].append(offset)
        elif any(_same_name(word, s) for s in surnames):
            spellings[word] = [offset]
    yield from _spelling_findings(spellings, _same_name)
    # Given names: `Lydia Brennan` and `Lidia Brennan`.
    full: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        words = (mention.name or "").split()
        if len(words) >= 2:
            full.setdefault(" ".join(words), []).append(mention.start)
    yield from _spelling_findings(full, _same_given_name)


def _same_given_name(a: str, b: str) -> bool:
    (given_a, *_, surname_a), (given_b, *_, surname_b) = a.split(), b.split()
    return surname_a == surname_b and _same_name(given_a, given_b, threshold=75)


def _spelling_findings(spellings: dict[str, list[int]], same: Callable[[str, str], bool]) -> Iterator[Finding]:
    """One finding per group of spellings that `same` links together."""
    names = sorted(spellings, key=lambda n: min(spellings[n]))
    groups: list[list[str]] = []
    for name in names:
        if len(name) < 4 or not name[:1].isupper():
            continue
        home = next((g for g in groups if any(same(name, other) for other in g)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    for group in groups:
        if len(group) < 2:
            continue
        counts = Counter({n: len(spellings[n]) for n in group})
        usual = max(group, key=lambda n: (counts[n], -min(spellings[n])))
        others = [n for n in group if n != usual]
        listed = ", ".join(f"{n} ({counts[n]}×)" for n in [usual, *others])
        first_odd = min(min(spellings[n]) for n in others)
        yield Finding("name-inconsistency", "warning",
                      f"one name spelled {len(group)} ways: {listed}; check which spelling is right",
                      None, first_odd, first_odd + len(others[0]))


def _same_name(a: str, b: str, threshold: int = 85) -> bool:
    if a == b or a[0].lower() != b[0].lower() or min(len(a), len(b)) < 4:
        return False
    low_a, low_b = a.lower(), b.lower()
    if low_a.rstrip("s") == low_b.rstrip("s") or low_a.removesuffix("’s") == low_b.removesuffix("’s"):
        return False  # the Clintons, Clinton’s: one name, inflected
    return fuzz.ratio(a.lower(), b.lower()) >= threshold


@rule("unidentified-speaker", "warning", "A quoted person is never given a title or affiliation.")
def unidentified_speaker(data: RuleInput) -> Iterator[Finding]:
    reported: set[str] = set()
    for q, _, speaker in data.attributed():
        if speaker.id in reported:
            continue
        profile = data.profiles.get(speaker.id)
        if speaker.kind == "person" and (profile is None or not profile.identified):
            reported.add(speaker.id)
            yield Finding("unidentified-speaker", "warning",
                          f"{speaker.name} is quoted but never identified by title or affiliation; "
                          "say who they are on first reference", q.id, q.start, q.end)


@rule("quote-not-in-source", "error", "A speech quote does not appear verbatim in the sources given with --source.")
def quote_not_in_source(data: RuleInput) -> Iterator[Finding]:
    if not data.sources:
        return
    names = ", ".join(s.name for s in data.sources)
    for q in data.speech_quotes():
        inner = data.doc.text[q.inner_start:q.inner_end]
        match = match_quote(inner, data.sources, data.kb)
        if match.status == "verbatim":
            continue
        text = data.doc.text[q.start:q.end]
        if match.status == "misquote":
            diff = _excerpt(match.diff or "", 240) if match.changes else "punctuation differs"
            message = (f"quote {_excerpt(text)} is not verbatim in the sources; closest passage "
                       f"{match.source}:{match.line} ({match.similarity:.0f}% similar): "
                       f"“{_excerpt(match.passage or '', 120)}”; word diff: {diff}; "
                       "quote the source exactly, mark cuts with … and insertions with [ ], or paraphrase")
        else:
            message = (f"quote {_excerpt(text)} is not in any source ({names}); check the source, "
                       "or drop the quotation marks")
        yield Finding("quote-not-in-source", "error", message, q.id, q.start, q.end)


@rule("first-reference-incomplete", "warning",
      "A quoted person's first mention gives no full name, or their title comes only later.")
def first_reference_incomplete(data: RuleInput) -> Iterator[Finding]:
    seen: set[str] = set()
    for q, _, speaker in data.attributed():
        if speaker.id in seen:
            continue
        seen.add(speaker.id)
        mentions = sorted((m for m in speaker.mentions if m.kind == "person"), key=lambda m: m.start)
        if speaker.kind != "person" or not mentions:
            continue
        first = mentions[0]
        missing = []
        if not first.full:
            missing.append(f"the full name ({speaker.name})" if len(speaker.name.split()) > 1 else "a full name")
        title, affiliation = describe(first, data.kb)
        if not (title or affiliation):
            later = next((m for m in mentions[1:] if any(describe(m, data.kb))), None)
            if later is not None:  # never identified at all: unidentified-speaker says so
                line, _ = data.doc.line_col(later.start)
                missing.append(f"a title or affiliation (given only on line {line})")
        if missing:
            yield Finding("first-reference-incomplete", "warning",
                          f"first reference to {speaker.name} ({first.text!r}) lacks {' and '.join(missing)}; "
                          "give the full name and title where the person first appears",
                          q.id if q.start <= first.start < q.end else None, first.start, first.end)


@rule("loaded-attribution-verb", "info", "An attribution verb that colours the quote (claimed, admitted, slammed).")
def loaded_attribution_verb(data: RuleInput) -> Iterator[Finding]:
    if data.analysis is None:
        return
    tokens = data.analysis.tokens
    quotes = data.speech_quotes()
    for tok in tokens:
        if data.inside_quote(tok.start):
            continue
        low = tok.text.lower()
        nxt = tokens[tok.index + 1].text.lower() if tok.index + 1 < len(tokens) else ""
        lemma = data.kb.loaded_verbs.get(f"{low} {nxt}") or data.kb.loaded_verbs.get(low)
        # The tagger reads "claims that" as a noun now and then; a noun at the sentence root is the verb.
        if lemma is None or (tok.upos is not None and tok.upos != "VERB"
                             and not (tok.upos == "NOUN" and tok.head is None and data.analysis.has_deps)):
            continue
        first, last = data.analysis.sentences[tok.sentence]
        s_start, s_end = tokens[first].start, tokens[last].end
        in_sentence = [q for q in quotes if q.start < s_end and q.end > s_start]
        reports = any(t.head == tok.index and (t.deprel or "") in ("ccomp", "parataxis")
                      for t in tokens[first:last + 1])
        if not in_sentence and not reports and nxt != "that":
            continue
        word = tok.text if " " not in lemma else f"{tok.text} {tokens[tok.index + 1].text}"
        yield Finding("loaded-attribution-verb", "info",
                      f"“{word}” colours the attribution; house style is the neutral “said” unless the "
                      f"{lemma.split()[0]} itself is the news", in_sentence[0].id if in_sentence else None,
                      tok.start, tokens[tok.index + (1 if " " in lemma else 0)].end)


@rule("altered-quote", "info", "A quotation contains an ellipsis, [brackets] or (sic).")
def altered_quote(data: RuleInput) -> Iterator[Finding]:
    marks = data.kb.alteration_marks
    sic = sorted(marks.get("sic", []), key=len, reverse=True)
    ellipsis = sorted(marks.get("ellipsis", []), key=len, reverse=True)
    pattern = re.compile("|".join([*(f"(?P<sic{i}>{re.escape(m)})" for i, m in enumerate(sic)),
                                   r"(?P<bracket>\[[^\]\n]*\])",
                                   *(f"(?P<cut{i}>{re.escape(m)})" for i, m in enumerate(ellipsis))]))
    for q in data.speech_quotes():
        found: dict[str, list[str]] = {}
        first = None
        for m in pattern.finditer(data.doc.text, q.inner_start, q.inner_end):
            kind = (m.lastgroup or "").rstrip("0123456789")
            found.setdefault(kind, []).append(m.group())
            first = m.start() if first is None else first
        if not found:
            continue
        parts = []
        if "cut" in found:
            parts.append(f"{len(found['cut'])} cut{'s' if len(found['cut']) > 1 else ''} ({found['cut'][0]})")
        if "bracket" in found:
            parts.append("insertion " + ", ".join(found["bracket"][:3]))
        if "sic" in found:
            parts.append("(sic)")
        assert first is not None
        yield Finding("altered-quote", "info",
                      f"quote {_excerpt(data.doc.text[q.start:q.end])} was edited: {'; '.join(parts)}; check "
                      "that the edit keeps the speaker's meaning", q.id, first, first + 1)


@rule("ambiguous-pronoun-attribution", "warning",
      "A quote attributed by a pronoun (he said) when two or more people could be meant.")
def ambiguous_pronoun_attribution(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        found = data.attribution.attributions.get(q.id)
        if found is None or found.mention is None or found.mention.kind != "pronoun":
            continue
        if found.sieve in ("continuation", "multi-paragraph"):
            continue
        pronoun = found.mention.text.lower()
        if data.kb.pronouns.get(pronoun) not in ("male", "female"):
            continue
        at = found.mention.start
        window_start = data.doc.paragraphs[max(0, data.doc.paragraph_index(at) - 1)].start
        names: dict[str, str] = {}
        # Right after `…," Putin said.` a `he said` is read as Putin: only people named since count.
        named = [a.mention for a in data.attribution.attributions.values()
                 if a.mention is not None and a.mention.kind == "person" and a.mention.name
                 and window_start <= a.mention.start < at]
        if named:
            last = max(named, key=lambda m: m.start)
            assert last.name is not None
            window_start = last.end
            names[_surname(last.name)] = last.name
        for m in data.attribution.persons:
            if window_start <= m.start < at and m.name:
                names.setdefault(_surname(m.name), m.name)
        if len(names) >= 2:
            listed = ", ".join(sorted(names.values(), key=lambda n: n.lower()))
            yield Finding("ambiguous-pronoun-attribution", "warning",
                          f"“{found.mention.text}” could be any of {listed}; name the speaker",
                          q.id, found.mention.start, found.mention.end)


def _surname(name: str) -> str:
    return name.split()[-1].lower().removesuffix("’s").removesuffix("'s")


@rule("quotes-run-together", "error",
      "A quote with no attribution of its own follows another person becoming the subject.")
def quotes_run_together(data: RuleInput) -> Iterator[Finding]:
    top = [q for q in data.quotes if q.depth == 0]
    for k, q in enumerate(top):
        found = data.attribution.attributions.get(q.id)
        if found is None or found.sieve != "continuation" or found.speaker_id is None or k == 0:
            continue
        speaker = data.attribution.speakers[found.speaker_id]
        own = _surname(speaker.name) if speaker.kind == "person" else None
        previous = top[k - 1]
        others = []
        for m in data.attribution.persons:
            if not (previous.end <= m.start and m.end <= q.start) or not m.name or _surname(m.name) == own:
                continue
            tokens = data.tokens_in(m.start, m.end)
            if data.analysis is None or not data.analysis.has_deps or any(
                    (t.deprel or "").startswith("nsubj") for t in tokens):
                others.append(m.name)
        if others:
            yield Finding("quotes-run-together", "error",
                          f"quote {_excerpt(data.doc.text[q.start:q.end])} is read as {speaker.name}'s only because "
                          f"it follows their quote, but {others[-1]} is the subject in between; attribute it again",
                          q.id, q.start, q.end)


def run_rules(data: RuleInput, severities: dict[str, str] | None = None) -> list[Finding]:
    """Every enabled rule's findings in draft order; `severities` maps rule id -> severity or 'off'.

    A rule may grade its own findings (anonymous-source); a configured severity overrides them all.
    """
    severities = severities or {}
    findings: list[Finding] = []
    for rule_id, spec in RULES.items():
        level = severities.get(rule_id)
        if level == "off":
            continue
        for finding in spec.check(data):
            findings.append(replace(finding, severity=level) if level else finding)
    return sorted(findings, key=lambda f: (f.start, f.rule, f.quote_id or ""))
