"""Find quotations by their marks: pair them, nest them, link quotes that run over paragraphs.

Marks are paired with a stack per paragraph, by family (double: “ ” „ " « », single: ‘ ’ ' ‹ ›).
Apostrophes (Russia’s, drivers' union) are told apart from single quotes by their neighbours.
Odd cases never raise: a curly opener closed by a straight mark is a *mismatched* pair; a mark
with no partner becomes a `MarkProblem`; a paragraph that opens a quote and does not close it,
followed by a paragraph that starts with an opening mark, is a multi-paragraph quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..marks import ALL_MARKS, CLOSERS, DOUBLE, EXPECTED_CLOSE, OPENERS, SINGLE, STRAIGHT, TERMINAL, TYPEWRITER_DOUBLE
from ..model import MarkProblem, Quote, QuoteScan, TextView

OPEN_CONTEXT = set(" \t\n\r([{—–-/") | set(OPENERS)
# Markup pasted into a plain-text draft (`<tweet tweet-date="…">`): its attribute values are no quotes.
MARKUP_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))?)*\s*/?>")


@dataclass
class _Open:
    mark: str
    family: str
    offset: int
    tentative: bool  # a straight apostrophe-like mark: silently dropped when never closed
    continued_from: str | None = None
    lost: bool = False  # dropped unclosed (an apostrophe after all, or a stray mark): it encloses no quote


@dataclass
class _Pair:
    """A pair of marks closed in the paragraph being read, with the openers that were still open around it."""

    opened: _Open
    end: int
    close: str
    enclosing: list[_Open]


def _mark_at(text: str, i: int) -> str:
    """The mark starting at text[i]: one character, or a typewriter double (two apostrophes, not three)."""
    if text.startswith(TYPEWRITER_DOUBLE, i) and text[i + 2:i + 3] != "'" and text[i - 1:i] != "'":
        return TYPEWRITER_DOUBLE
    return text[i]


def _letter_elision(text: str, i: int) -> bool:
    """Either apostrophe of a lone elided letter between words: rock 'n' roll, rock ’n’ roll."""
    for start in (i, i - 2):
        if start < 0 or start + 3 > len(text):
            continue
        first, letter, last = text[start:start + 3]
        outside = text[start - 1:start] + text[start + 3:start + 4]
        if first in "'‘’" and last in "'’" and letter.isalpha() and not any(c.isalnum() for c in outside):
            return True
    return False


def _role(text: str, i: int, stack: list[_Open]) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the mark at text[i]."""
    ch = _mark_at(text, i)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
    if ch == TYPEWRITER_DOUBLE:
        ch = '"'  # directions as for a straight double mark
        i += 1  # (its last character is the one that touches what follows)
    open_families = {o.family for o in stack}
    if _letter_elision(text, i):
        return None  # rock 'n' roll
    if ch in ("’", "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # Russia’s, don't
        if nxt.isdigit() and not prev.isalnum() and (ch == "’" or text[i + 1:i + 3].isdigit()):
            return None  # ’90s, '80s, class of '98: a dropped century, not a quote
        if prev.isalnum() or prev in TERMINAL + ",;:!?)" or prev in CLOSERS:
            return "close" if SINGLE in open_families else None
        if ch == "'" and (prev in OPEN_CONTEXT or prev in "\"“") and (nxt.isalnum() or nxt in OPENERS):
            return "open"
        if ch == "’" and SINGLE in open_families and not nxt.isalpha():
            return "close"  # (a ’ after a space and before a letter is an elision: loved ’em)
        return None
    if ch == "«" and any(o.mark == "»" for o in stack):
        return "close"  # reversed guillemets: »Zitat«
    if ch in OPENERS:
        if ch == "“" and any(o.mark == "„" for o in stack):
            return "close"
        if ch == "“" and DOUBLE in open_families and prev in TERMINAL + ",!?" and nxt.isspace():
            return "close"  # `“It's unusual,“ said Ann Roe`: a closer typed the wrong way round
        if ch == "‘" and nxt.isdigit():
            return None
        return "open"
    if ch in CLOSERS:
        if ch == "»" and not any(o.mark == "«" for o in stack) and prev in OPEN_CONTEXT and not nxt.isspace():
            return "open"  # reversed guillemets: »Zitat«
        return "close"
    if ch == '"':
        # A straight mark's direction comes from its neighbours: space before = opening,
        # space or punctuation after = closing; only when both or neither hold does the stack decide.
        opens = i == 0 or prev.isspace() or prev in OPEN_CONTEXT
        closes = i + 1 == len(text) or nxt.isspace() or nxt in ",.;:!?)]}" or nxt in CLOSERS
        if opens and not closes:
            return "open"
        if closes and not opens:
            return "close" if DOUBLE in open_families else None
        if stack and stack[-1].family == DOUBLE:
            return "close"
        return "open" if not nxt.isspace() else None
    return None


def find_quotes(doc: TextView) -> QuoteScan:
    """Pair quotation marks paragraph by paragraph; never raises on odd input."""
    text = doc.text
    quotes: list[Quote] = []
    problems: list[MarkProblem] = []
    carry: list[_Open] = []  # quotes left open at the end of the previous paragraph
    for p_index, para in enumerate(doc.paragraphs):
        stack, closed = _pair_paragraph(text, para, carry, problems)
        carry = []
        next_lead = _reopening_mark(text, doc.paragraphs, p_index)
        continuing = _continuing(text, stack, next_lead)
        for opened in stack:
            opened.lost = opened.lost or (opened.tentative and opened is not continuing)
        # Depths wait for the paragraph's end: only then is it known which openers were apostrophes.
        for pair in closed:
            quotes.append(_quote(len(quotes) + 1, pair.opened, pair.end, pair.close, p_index, _depth(pair.enclosing)))
        for k, opened in enumerate(stack):  # quotes still open at the end of the paragraph
            if opened.lost:
                continue
            continues = opened is continuing
            quote = _quote(len(quotes) + 1, opened, para.end, None, p_index, _depth(stack[:k]), continues=continues)
            quotes.append(quote)
            if continues:
                carry.append(_Open(next_lead, opened.family, opened.offset, False, continued_from=quote.id))
            else:
                problems.append(MarkProblem(opened.offset, opened.mark, "unclosed"))
    quotes = _with_parents(sorted(quotes, key=lambda q: (q.start, -q.end)))
    return QuoteScan(quotes=_renumber(quotes), problems=sorted(problems, key=lambda p: p.offset))


def _pair_paragraph(text: str, para: Any, pending: list[_Open],
                    problems: list[MarkProblem]) -> tuple[list[_Open], list[_Pair]]:
    """One paragraph's marks paired with a stack: the pairs it closes and the openers left open.

    `pending` holds the quotes the previous paragraph left open; an opening mark that starts this
    paragraph carries the first of them on.
    """
    stack: list[_Open] = []
    closed: list[_Pair] = []
    skip_to = para.start
    # Markup pasted into a plain-text draft (`<tweet tweet-date="…">`): its attribute values are no quotes.
    markup = {m.start(): m.end() for m in MARKUP_TAG.finditer(text, para.start, para.end)}
    for i in range(para.start, para.end):
        if i in markup:
            skip_to = max(skip_to, markup[i])
        if text[i] not in ALL_MARKS or i < skip_to:
            continue
        ch = _mark_at(text, i)
        role = _role(text, i, stack)
        if role is None:
            continue
        skip_to = i + len(ch)
        family = DOUBLE if ch == "“" and role == "close" else _family(ch)
        if role == "open":
            continued = None
            if i == para.start and pending and pending[0].family == family:
                continued = pending.pop(0).continued_from
            stack.append(_Open(ch, family, i, tentative=ch == "'" and continued is None, continued_from=continued))
            continue
        match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == family), None)
        if match is None:
            if ch not in ("’", "'"):
                problems.append(MarkProblem(i, ch, "unopened"))
            continue
        for dropped in stack[match + 1:]:
            dropped.lost = True
            if not dropped.tentative:
                problems.append(MarkProblem(dropped.offset, dropped.mark, "unclosed"))
        closed.append(_Pair(stack[match], i + len(ch), ch, stack[:match]))
        del stack[match:]
    for pending_open in pending:
        problems.append(MarkProblem(pending_open.offset, pending_open.mark, "unclosed"))
    return stack, closed


def _family(mark: str) -> str:
    """Double or single: which marks may pair with this one (a typewriter double is a double)."""
    return OPENERS.get(mark) or CLOSERS.get(mark) or STRAIGHT.get(mark, DOUBLE)


def _depth(enclosing: list[_Open]) -> int:
    """How many reported quotes enclose a pair: openers that proved to be apostrophes enclose nothing."""
    return sum(not opened.lost for opened in enclosing)


def _continuing(text: str, stack: list[_Open], next_lead: str) -> _Open | None:
    """The outermost quote left open that the next paragraph reopens with a mark of its family, if any.

    A straight single mark before a lower-case word (`loved 'em`, `'til dawn`) is an elision, not a quote
    that could run on; one before a capital (`'Nobody came.`) may be British style's open paragraph.
    """
    if not next_lead:
        return None
    for opened in stack:
        if opened.tentative and not text[opened.offset + len(opened.mark):][:1].isupper():
            continue
        return opened if opened.family == _family(next_lead) else None
    return None


def _quote(number: int, opened: _Open, end: int, close: str | None, para: int, depth: int,
           continues: bool = False) -> Quote:
    """The quote an opening mark starts, closed by `close` (None: left open at the paragraph's end)."""
    return Quote(
        id=f"q{number}", start=opened.offset, end=end, open_mark=opened.mark, close_mark=close,
        paragraph=para, depth=depth, parent=None, continued_from=opened.continued_from, continues=continues,
        mismatched=bool(close) and close not in EXPECTED_CLOSE.get(opened.mark, ""),
    )


def _reopening_mark(text: str, paragraphs: Sequence[Any], p_index: int) -> str:
    """The opening mark that starts the next paragraph, carrying an unclosed quote on; '' if none."""
    if p_index + 1 >= len(paragraphs):
        return ""
    start = paragraphs[p_index + 1].start
    lead = _mark_at(text, start)
    if (lead in OPENERS or lead in STRAIGHT or lead == TYPEWRITER_DOUBLE) and _role(text, start, []) == "open":
        return lead
    return ""


def _with_parents(quotes: list[Quote]) -> list[Quote]:
    """Each quote's parent: the latest earlier quote that encloses it at a lower depth.

    `quotes` is sorted by start. A quote that ends at or before the current start can enclose
    neither it nor any later quote, so only the still-open ones are searched, latest first; the
    answer is the one a scan of every earlier quote would give, without its quadratic cost.
    """
    result: list[Quote] = []
    open_quotes: list[Quote] = []
    for q in quotes:
        while open_quotes and open_quotes[-1].end <= q.start:
            open_quotes.pop()
        parent = next((p for p in reversed(open_quotes) if p.start < q.start and q.end <= p.end and p.depth < q.depth),
                      None)
        placed = replace(q, parent=parent.id if parent else None)
        result.append(placed)
        open_quotes.append(placed)
    return result


def _renumber(quotes: list[Quote]) -> list[Quote]:
    """Ids follow document order, so the same draft always gives the same ids."""
    mapping = {q.id: f"q{n}" for n, q in enumerate(quotes, 1)}
    return [
        replace(q, id=mapping[q.id], parent=mapping.get(q.parent) if q.parent else None,
                continued_from=mapping.get(q.continued_from) if q.continued_from else None)
        for q in quotes
    ]
