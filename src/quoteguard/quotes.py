"""Find quotations by their marks and classify them: full, partial, scare/term, title, nested.

Marks are paired with a stack per paragraph, by family (double: “ ” „ " « », single: ‘ ’ ' ‹ ›).
Apostrophes (Russia’s, drivers' union) are told apart from single quotes by their neighbours.
Odd cases never raise: a curly opener closed by a straight mark is a *mismatched* pair; a mark
with no partner becomes a `MarkProblem`; a paragraph that opens a quote and does not close it,
followed by a paragraph that starts with an opening mark, is a multi-paragraph quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .io import Document
from .knowledge import Knowledge
from .model import MarkProblem, Quote, QuoteScan
from .nlp import Analysis

DOUBLE, SINGLE = "double", "single"
OPENERS = {"“": DOUBLE, "„": DOUBLE, "‟": DOUBLE, "«": DOUBLE, "‘": SINGLE, "‚": SINGLE, "‹": SINGLE}
CLOSERS = {"”": DOUBLE, "»": DOUBLE, "’": SINGLE, "›": SINGLE}
STRAIGHT = {'"': DOUBLE, "'": SINGLE}
EXPECTED_CLOSE = {"“": "”", "„": "“”", "‟": "”", "«": "»", "»": "«", '"': '"', "‘": "’", "‚": "‘’", "‹": "›", "'": "'"}
TYPEWRITER_DOUBLE = "''"  # two apostrophes for a double mark, as in older wire and NYT archive text
EXPECTED_CLOSE[TYPEWRITER_DOUBLE] = TYPEWRITER_DOUBLE
ALL_MARKS = set(OPENERS) | set(CLOSERS) | set(STRAIGHT) | {"“", TYPEWRITER_DOUBLE}
OPEN_CONTEXT = set(" \t\n\r([{—–-/") | set(OPENERS)
TERMINAL = ".!?…"

@dataclass
class _Open:
    mark: str
    family: str
    offset: int
    tentative: bool  # a straight apostrophe-like mark: silently dropped when never closed
    continued_from: str | None = None


def _mark_at(text: str, i: int) -> str:
    """The mark starting at text[i]: one character, or a typewriter double (two apostrophes, not three)."""
    if text.startswith(TYPEWRITER_DOUBLE, i) and text[i + 2:i + 3] != "'" and text[i - 1:i] != "'":
        return TYPEWRITER_DOUBLE
    return text[i]


def _role(text: str, i: int, stack: list[_Open]) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the mark at text[i]."""
    ch = _mark_at(text, i)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
    if ch == TYPEWRITER_DOUBLE:
        ch = '"'  # directions as for a straight double mark
        i += 1  # (its last character is the one that touches what follows)
    open_families = {o.family for o in stack}
    if ch in ("’", "'"):
        if prev.isalnum() and nxt.isalnum():
            return None  # Russia’s, don't
        if nxt.isdigit() and not prev.isalnum() and (ch == "’" or text[i + 1:i + 3].isdigit()):
            return None  # ’90s, '80s, class of '98: a dropped century, not a quote
        if prev.isalnum() or prev in TERMINAL + ",;:!?)" or prev in CLOSERS:
            return "close" if SINGLE in open_families else None
        if ch == "'" and (prev in OPEN_CONTEXT or prev in "\"“") and (nxt.isalnum() or nxt in OPENERS):
            return "open"
        if ch == "’" and SINGLE in open_families:
            return "close"
        return None
    if ch == "«" and any(o.mark == "»" for o in stack):
        return "close"  # reversed guillemets: »Zitat«
    if ch in OPENERS:
        if ch == "“" and any(o.mark == "„" for o in stack):
            return "close"
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


def find_quotes(doc: Document) -> QuoteScan:
    """Pair quotation marks paragraph by paragraph; never raises on odd input."""
    text = doc.text
    quotes: list[Quote] = []
    problems: list[MarkProblem] = []
    carry: list[_Open] = []  # quotes left open at the end of the previous paragraph
    counter = 0

    def emit(opened: _Open, end: int, close: str | None, para: int, depth: int, parent: str | None, **extra) -> Quote:
        nonlocal counter
        counter += 1
        expected = EXPECTED_CLOSE.get(opened.mark, "")
        quote = Quote(
            id=f"q{counter}", start=opened.offset, end=end, open_mark=opened.mark, close_mark=close,
            paragraph=para, depth=depth, parent=parent, continued_from=opened.continued_from,
            mismatched=bool(close) and close not in expected, **extra,
        )
        quotes.append(quote)
        return quote

    for p_index, para in enumerate(doc.paragraphs):
        stack: list[_Open] = []
        pending = carry
        carry = []
        skip_to = para.start
        # Markup pasted into a plain-text draft (`<tweet tweet-date="…">`): its attribute values are no quotes.
        markup = {m.start(): m.end() for m in MARKUP_TAG.finditer(text, para.start, para.end)}
        for i in range(para.start, para.end):
            ch = text[i]
            if i in markup:
                skip_to = max(skip_to, markup[i])
            if ch not in ALL_MARKS or i < skip_to:
                continue
            ch = _mark_at(text, i)
            role = _role(text, i, stack)
            if role is None:
                continue
            skip_to = i + len(ch)
            family = OPENERS.get(ch) or CLOSERS.get(ch) or STRAIGHT.get(ch, DOUBLE)
            if ch == "“" and role == "close":
                family = DOUBLE
            if role == "open":
                continued = None
                if i == para.start and pending and pending[0].family == family:
                    continued = pending.pop(0).continued_from
                stack.append(_Open(ch, family, i, tentative=ch == "'", continued_from=continued))
                continue
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == family), None)
            if match is None:
                if ch not in ("’", "'"):
                    problems.append(MarkProblem(i, ch, "unopened"))
                continue
            for dropped in stack[match + 1:]:
                if not dropped.tentative:
                    problems.append(MarkProblem(dropped.offset, dropped.mark, "unclosed"))
            opened = stack[match]
            del stack[match:]
            emit(opened, i + len(ch), ch, p_index, depth=match, parent=None)
        for pending_open in pending:
            problems.append(MarkProblem(pending_open.offset, pending_open.mark, "unclosed"))
        # Quotes still open at the end of the paragraph.
        next_para = doc.paragraphs[p_index + 1] if p_index + 1 < len(doc.paragraphs) else None
        next_lead = _mark_at(text, next_para.start) if next_para else ""
        reopens = bool(next_para) and (OPENERS.get(next_lead) == DOUBLE or next_lead in ('"', TYPEWRITER_DOUBLE)) \
            and _role(text, next_para.start, []) == "open"
        for depth, opened in enumerate(stack):
            if opened.tentative:
                continue
            continues = depth == 0 and opened.family == DOUBLE and reopens
            quote = emit(opened, para.end, None, p_index, depth=depth, parent=None, continues=continues)
            if continues:
                carry.append(_Open(next_lead, DOUBLE, opened.offset, False, continued_from=quote.id))
            else:
                problems.append(MarkProblem(opened.offset, opened.mark, "unclosed"))
    quotes = _with_parents(sorted(quotes, key=lambda q: (q.start, -q.end)))
    return QuoteScan(quotes=_renumber(quotes), problems=sorted(problems, key=lambda p: p.offset))


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


# -- classification ---------------------------------------------------------------------------

_WORD = re.compile(r"[\w][\w’'\-]*")
MARKUP_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))?)*\s*/?>")
STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w.]*$")  # a given name or initial, not a sentence's first word
NAME_AFTER = re.compile(r"\s[A-Z]\w")
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from", "as", "vs"}


def classify(doc: Document, scan: QuoteScan, analysis: Analysis | None, kb: Knowledge) -> list[Quote]:
    """Give each quote its kind from local evidence: length, position, case, the words before it."""
    classified = []
    for q in scan.quotes:
        unspoken = _unspoken(doc.text, q, kb)
        kind = "scare" if unspoken else _kind(doc.text, q, analysis, kb)
        classified.append(replace(q, kind=kind, unspoken=unspoken))
    return classified


def _unspoken(text: str, q: Quote, kb: Knowledge) -> bool:
    """Nobody's words: a transcript's `"(CROSSTALK.)`, a scrape's `"Follow Ann Lee on Twitter."`, a term being
    defined (`a "growth zone," which is defined as …`)."""
    if q.depth > 0 or q.parent:
        return False
    inner = text[q.inner_start:q.inner_end].strip()
    if STAGE_DIRECTION.fullmatch(inner) or any(pattern.search(inner) for pattern in kb.boilerplate):
        return True
    after = " ".join(_WORD.findall(text[q.end:q.end + 40].lower()))
    return any(after.startswith(cue) for cue in kb.definition_cues)


def _kind(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> str:
    if q.depth > 0 or q.parent:
        return "nested"
    inner = text[q.inner_start:q.inner_end].strip()
    if q.continued_from:
        return "full"
    words = _WORD.findall(inner)
    if not words:
        return "scare"
    para = text[: q.start]
    line_start = max(para.rfind("\n"), -1) + 1
    before = text[line_start:q.start].rstrip()
    starts_sentence = not before or before[-1] in TERMINAL + ":;—–(" or before[-1] in CLOSERS or before[-1] in '"'
    ends_sentence = inner.rstrip(" ,”’\"'")[-1:] in TERMINAL if inner else False
    preceding = [w.lower() for w in _WORD.findall(before)][-3:]
    if any(" ".join(preceding[k:]) in kb.term_cues for k in range(len(preceding))):
        return "title" if _title_case(words) else "scare"
    if preceding and preceding[-1] in kb.work_nouns:
        return "title"  # `his book "Living History"`, `Davis' commentary, "Melania, tell your story,"`
    if len(words) <= 2 and _title_case(words) and NAME_BEFORE.search(before) and NAME_AFTER.match(text, q.end):
        return "title"  # a nickname inside a name: Robert C. "Bobby" Scott
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in content) / len(content) if content else 0
    if not before and 2 <= len(words) <= 8 and _title_case(words) and _ends_paragraph(text, q.end):
        return "title"  # a subhead set in quotes: 'Legend in the Coal Fields.'
    # `"Here comes Big Daddy," she said`: a sentence of its own handed to a cue is speech, capitals or not.
    handed_over = starts_sentence and inner.rstrip(" ”’\"'")[-1:] in ",!?" and capitalised < 1
    if len(words) >= 2 and capitalised >= 0.75 and not ends_sentence and not handed_over:
        return "title"
    if len(words) >= 2 and _title_case(words) and re.search(r"\w['’]s?$", before):
        return "title"  # `on CNN's "State of the Union."`: a show's name, the full stop set inside by house style
    if analysis is not None and analysis.has_pos and inner[:1].isupper() and len(words) <= 8 and not ends_sentence:
        prev = _token_before(analysis, q.start)
        if prev is not None and prev.upos in ("NOUN", "PROPN") and not starts_sentence:
            return "title"  # the bas-relief "Suvorov soldiers in battle"
    follows = _WORD.findall(text[q.end:q.end + 30].lower())[:2]
    set_off = "," in text[q.end - 2:q.end + 1]  # (the comma inside the closing mark or right after it)
    if set_off and len(follows) == 2 and follows[0] in kb.language_nouns and follows[1] in ("that", "which"):
        return "partial"  # `only if it is "recognized under state law," language that …`: quoted wording
    if len(words) <= 4 and not starts_sentence and not _sentence_has_cue(text, q, analysis, kb):
        return "scare"
    if starts_sentence or (ends_sentence and len(words) >= 5 and inner[:1].isupper()):
        return "full"
    return "partial"


def _sentence_has_cue(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> bool:
    """Is there a speech verb in the quote's sentence, outside the quote (`she told reporters`)?"""
    if analysis is None:
        return False
    sentence = analysis.tokens[analysis.token_index_before(q.start) + 1].sentence \
        if analysis.token_index_before(q.start) + 1 < len(analysis.tokens) else -1
    if sentence < 0:
        return False
    first, last = analysis.sentences[sentence]
    # A sentence split inside a quote: look one sentence either side as well.
    first = analysis.sentences[max(0, sentence - 1)][0] if analysis.tokens[first].start > q.start - 2 else first
    for token in analysis.tokens[first:last + 1]:
        if q.start <= token.start < q.end:
            continue
        if abs(token.start - q.start) > 300:
            continue
        if kb.speech_lemma(token.text, token.lemma, token.upos) and token.text.lower() not in kb.participles:
            return True
    return False


def _ends_paragraph(text: str, end: int) -> bool:
    """Nothing but punctuation and quote marks between `end` and the end of its line."""
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not any(ch.isalnum() for ch in rest)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def _token_before(analysis: Analysis, offset: int):
    """The last word before `offset` that is not a quotation mark."""
    index = analysis.token_index_before(offset)
    while index >= 0 and analysis.tokens[index].text in ALL_MARKS:
        index -= 1
    return analysis.tokens[index] if index >= 0 else None
