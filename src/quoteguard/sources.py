"""Check quotations against their sources: transcripts, press releases, earlier articles.

Quotation marks promise the speaker's exact words, so a quote passes only when it appears
verbatim in one of the source texts, up to what typography and marked edits may change:
whitespace, the style of quotation marks (and apostrophes) and dashes, the case of the first
letter, final punctuation inside the marks (`,` for `.` before `said X`), marked cuts (`…`,
`...`) and `[bracketed]` insertions, `(sic)`. Anything else is a misquote: the closest passage
(rapidfuzz) and a word diff say what changed. Data in, data out; no NLP needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from .knowledge import Knowledge, default_knowledge
from .marks import DASH_CHARS, LOOSE_QUOTE_CHARS

MAX_CUT = 5000  # characters an ellipsis may stand for
MAX_INSERT_WORDS = 6  # source words a [bracketed] insertion may replace
MIN_SIMILARITY = 70.0  # below this the closest passage is not shown as the quote's origin
_QUOTE_CLASS = "[" + re.escape(LOOSE_QUOTE_CHARS) + "]"
_DASH = "(?:[" + DASH_CHARS + "]|--?)"
_EDGE_PUNCT = ".,;:!?()" + LOOSE_QUOTE_CHARS


@dataclass(frozen=True)
class SourceText:
    """A source the draft quotes from: its name (a path) and plain text."""

    name: str
    text: str

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1


@dataclass(frozen=True)
class SourceMatch:
    """Where a quote was found (verbatim) or what it most resembles (misquote / missing)."""

    status: str  # verbatim | misquote | missing
    source: str | None = None
    start: int | None = None  # offsets of the passage in the source text
    end: int | None = None
    line: int | None = None
    passage: str | None = None
    similarity: float = 0.0  # 100 for verbatim
    diff: str | None = None  # word diff source → draft: kept words, [-removed-], {+added+}
    changes: tuple[str, ...] = ()  # just the changed pieces, for a short message


# -- verbatim ---------------------------------------------------------------------------------

def _mark_regex(kb: Knowledge) -> re.Pattern[str]:
    sic = sorted(kb.alteration_marks.get("sic", []), key=len, reverse=True)
    ellipsis = sorted(kb.alteration_marks.get("ellipsis", []), key=len, reverse=True)
    parts = [f"(?P<sic>{'|'.join(map(re.escape, sic))})"] if sic else []
    parts.append(r"(?P<bracket>\[[^\]\n]*\])")
    if ellipsis:
        parts.append(f"(?P<ellipsis>(?:{'|'.join(map(re.escape, ellipsis))})\\.?)")
    parts += [r"(?P<space>\s+)", f"(?P<dash>[{DASH_CHARS}]|--)", r"(?P<char>.)"]
    return re.compile("|".join(parts), re.DOTALL)


def _strip_final_punctuation(inner: str) -> str:
    text = inner.strip()
    if len(text) > 1 and text[-1] in ",.;:" and text[-2] != ".":
        text = text[:-1].rstrip()
    return text


def quote_pattern(inner: str, kb: Knowledge | None = None) -> re.Pattern[str] | None:
    """A regex that matches the quote's words in a source, allowing only the tolerated changes."""
    kb = kb or default_knowledge()
    text = _strip_final_punctuation(inner)
    units: list[tuple[str, str]] = []  # (kind, regex)
    fold_case = True  # the first letter, and the first letter after a cut
    for m in _mark_regex(kb).finditer(text):
        kind = m.lastgroup or "char"
        value = m.group()
        if value == "-" and text[m.start() - 1:m.start()].isspace() and text[m.end():m.end() + 1].isspace():
            kind = "dash"  # a spaced hyphen stands for a dash
        if kind == "char":
            if value in LOOSE_QUOTE_CHARS:
                units.append(("loose", _QUOTE_CLASS))
            elif fold_case and value.isalpha():
                units.append(("char", f"[{re.escape(value.upper())}{re.escape(value.lower())}]"))
                fold_case = False
            else:
                units.append(("char", re.escape(value)))
                fold_case = fold_case and not value.isalnum()
        elif kind == "space":
            units.append(("space", ""))
        elif kind == "dash":
            units.append(("loose", r"\s*" + _DASH + r"\s*"))
        elif kind == "sic":
            units.append(("loose", ""))
        elif kind == "bracket":
            attached = (m.start() > 0 and text[m.start() - 1].isalnum()) or (
                m.end() < len(text) and text[m.end()].isalnum())
            units.append(("loose", r"\w{0,4}" if attached else rf"(?:\s*\S+?){{0,{MAX_INSERT_WORDS}}}?"))
        else:  # ellipsis
            units.append(("cut", rf"[\s\S]{{0,{MAX_CUT}}}?"))
            fold_case = True
    # Cuts, insertions and spaces at either end constrain nothing.
    while units and units[0][0] in ("cut", "space", "loose"):
        units.pop(0)
    while units and units[-1][0] in ("cut", "space", "loose"):
        units.pop()
    if not any(kind == "char" for kind, _ in units):
        return None
    out: list[str] = []
    for k, (kind, regex) in enumerate(units):
        if kind == "space":
            near_loose = units[k - 1][0] != "char" or units[k + 1][0] != "char"
            out.append(r"\s*" if near_loose else r"\s+")
        elif kind in ("loose", "cut"):
            out.append(r"\s*" + regex + r"\s*" if kind == "cut" else regex)
        else:
            out.append(regex)
    return re.compile("".join(out))


def find_verbatim(inner: str, sources: list[SourceText], kb: Knowledge | None = None) -> SourceMatch | None:
    pattern = quote_pattern(inner, kb)
    if pattern is None:
        return None
    for source in sources:
        m = pattern.search(source.text)
        if m:
            return SourceMatch("verbatim", source.name, m.start(), m.end(), source.line_of(m.start()),
                               m.group(), 100.0)
    return None


# -- closest passage and word diff ---------------------------------------------------------

def _fold_char(c: str) -> str:
    if c in LOOSE_QUOTE_CHARS:
        return '"'
    if c in DASH_CHARS:
        return "-"
    low = c.lower()
    return low if len(low) == 1 else c


def _normalise(text: str) -> tuple[str, list[int]]:
    """Lower case, one space for any whitespace, folded marks; with a map back to `text` offsets."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                where.append(i)
            continue
        chars.append(_fold_char(c))
        where.append(i)
    return "".join(chars), where


def _plain_quote(inner: str, kb: Knowledge) -> str:
    """The quote's words with the edit marks taken out (cuts become a space, brackets lose their marks)."""
    text = inner
    for mark in sorted(kb.alteration_marks.get("sic", []), key=len, reverse=True):
        text = text.replace(mark, " ")
    for mark in sorted(kb.alteration_marks.get("ellipsis", []), key=len, reverse=True):
        text = text.replace(mark, " ")
    return re.sub(r"[\[\]]", "", text)


def _word_key(word: str) -> str:
    return "".join(_fold_char(c) for c in word).strip(_EDGE_PUNCT + '"-')


def _words(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in re.finditer(r"\S+", text)]


def word_diff(old: str, new: str) -> tuple[str, tuple[str, ...]]:
    """Words of `old` turned into `new`: kept words, [-removed-] and {+added+}; and the changes alone."""
    a, b = [w for w, _, _ in _words(old)], [w for w, _, _ in _words(new)]
    ka, kb_ = [_word_key(w) for w in a], [_word_key(w) for w in b]
    out: list[str] = []
    changes: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb_, autojunk=False).get_opcodes():
        if op == "equal":
            out += b[j1:j2]
            continue
        piece = []
        if i2 > i1:
            piece.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            piece.append("{+" + " ".join(b[j1:j2]) + "+}")
        out += piece
        changes.append(" ".join(piece))
    return " ".join(out), tuple(changes)


def closest_passage(inner: str, sources: list[SourceText], kb: Knowledge | None = None) -> SourceMatch:
    """The passage of any source most like the quote, with a word diff; `missing` when nothing is close."""
    kb = kb or default_knowledge()
    plain = _plain_quote(inner, kb)
    needle, _ = _normalise(plain)
    needle = needle.strip()
    best: tuple[float, SourceText, int, int] | None = None
    for source in sources:
        hay, where = _normalise(source.text)
        if not hay or not needle:
            continue
        found = fuzz.partial_ratio_alignment(needle, hay)
        if found is None:
            continue
        start, end = (found.dest_start, found.dest_end) if len(needle) <= len(hay) else (found.src_start,
                                                                                             found.src_end)
        if len(needle) > len(hay):
            start, end = 0, len(hay)
        if best is None or found.score > best[0]:
            best = (found.score, source, where[start], where[max(start, end - 1)] + 1)
    if best is None:
        return SourceMatch("missing")
    score, source, start, end = best
    # Widen the aligned window, then keep the stretch of source words that the quote's words match.
    pad = max(20, len(plain) // 3)
    lo, hi = max(0, start - pad), min(len(source.text), end + pad)
    window = _words(source.text[lo:hi], lo)
    quote_words = [_word_key(w) for w, _, _ in _words(plain)]
    matcher = SequenceMatcher(None, [_word_key(w) for w, _, _ in window], quote_words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if blocks:
        start, end = window[blocks[0].a][1], window[blocks[-1].a + blocks[-1].size - 1][2]
    passage = source.text[start:end]
    # A quote with cuts is compared window by window (the alignment score), a whole quote as a whole.
    similarity = round(max(score, fuzz.ratio(_normalise(passage)[0], needle)), 1)
    diff, changes = word_diff(passage, _strip_final_punctuation(plain))
    status = "misquote" if similarity >= MIN_SIMILARITY else "missing"
    return SourceMatch(status, source.name, start, end, source.line_of(start), " ".join(passage.split()),
                       similarity, diff, changes)


def match_quote(inner: str, sources: list[SourceText], kb: Knowledge | None = None) -> SourceMatch:
    """Verbatim match in a source if there is one, else the closest passage and what changed."""
    return find_verbatim(inner, sources, kb) or closest_passage(inner, sources, kb)

