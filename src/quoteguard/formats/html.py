"""The HTML reader: the article text (the largest <article>, else <main>) as a browser shows it,
<blockquote> and <q> as quotations, navigation and scripts skipped."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .builder import Built, FormatError, TextBuilder, has_quote_marks, parse_directive

SKIP_TAGS = {"nav", "header", "footer", "aside", "script", "style", "noscript", "template", "svg", "math",
             "form", "button", "iframe", "select", "textarea", "head", "title", "pre", "object", "canvas",
             "dialog", "menu"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "td", "th",
              "tr", "table", "section", "article", "main", "figure", "figcaption", "dd", "dt", "dl", "hr",
              "address", "br", "body", "html", "details", "summary", "caption"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
             "track", "wbr"}


@dataclass
class _Event:
    kind: str  # start | end | text | comment
    tag: str
    source: int
    text: str = ""
    offsets: list[int] = field(default_factory=list)


class _Collector(HTMLParser):
    """The standard library's HTML tokenizer, recording each event with its offset in the source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.events: list[_Event] = []
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]

    def _here(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("start", tag, self._here()))
        if tag in VOID_TAGS:
            self.events.append(_Event("end", tag, self._here()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("start", tag, self._here()))
        self.events.append(_Event("end", tag, self._here()))

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS:
            self.events.append(_Event("end", tag, self._here()))

    def handle_data(self, data: str) -> None:
        start = self._here()
        # CDATA content of <script>/<style> and plain text both arrive here; positions are exact.
        self.events.append(_Event("text", "", start, data, list(range(start, start + len(data)))))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        start = self._here()
        text = html.unescape(ref)
        self.events.append(_Event("text", "", start, text, [start] * len(text)))

    def handle_comment(self, data: str) -> None:
        self.events.append(_Event("comment", "", self._here(), data))


def html_events(source: str) -> list[_Event]:
    parser = _Collector(source)
    parser.feed(source)
    leftover = parser.rawdata[parser.rawdata.find("<"):] if "<" in parser.rawdata else ""
    if leftover.strip():
        offset = len(source) - len(parser.rawdata) + parser.rawdata.find("<")
        line = source.count("\n", 0, offset) + 1
        what = "comment" if leftover.startswith("<!--") else "tag"
        raise FormatError(f"broken HTML: unterminated {what} at line {line}")
    parser.close()
    return parser.events


def _scope(events: list[_Event]) -> tuple[int, int]:
    """The event range of the article text: the largest <article>, else <main>, else everything."""
    for tag in ("article", "main"):
        best, best_len = None, -1
        stack: list[int] = []
        for i, ev in enumerate(events):
            if ev.tag == tag and ev.kind == "start":
                stack.append(i)
            elif ev.tag == tag and ev.kind == "end" and stack:
                start = stack.pop()
                if not stack:
                    size = sum(len(e.text.strip()) for e in events[start:i] if e.kind == "text")
                    if size > best_len:
                        best, best_len = (start, i + 1), size
        if best is not None and best_len > 0:
            return best
    return 0, len(events)


def read_html(source: str) -> Built:
    events = html_events(source)
    lo, hi = _scope(events)
    out = TextBuilder()
    stack: list[str] = []
    open_tags: Counter[str] = Counter()  # tags on `stack`: a stray end tag is found without scanning it
    skip_depth = 0
    quote_stack: list[tuple[int, int]] = []  # (<blockquote> source offset, paragraphs before it)
    q_opened: list[int] = []

    def close_paragraph() -> None:
        if quote_stack and out.in_paragraph() and not has_quote_marks(out.paragraph_text()):
            out.wrap_block_quote(quote_stack[-1][0])
        out.end_paragraph()

    for ev in events[lo:hi]:
        if ev.kind == "start":
            stack.append(ev.tag)
            open_tags[ev.tag] += 1
            if ev.tag in SKIP_TAGS:
                skip_depth += 1
            if skip_depth:
                continue
            if ev.tag in BLOCK_TAGS:
                close_paragraph()
            if ev.tag == "blockquote":
                quote_stack.append((ev.source, len(out.paragraphs)))
            elif ev.tag == "q":
                out.add("“", ev.source)
                q_opened.append(ev.source)
        elif ev.kind == "end":
            if not open_tags[ev.tag]:
                continue  # a stray end tag: browsers ignore it too
            while stack:
                tag = stack.pop()
                open_tags[tag] -= 1
                if tag in SKIP_TAGS:
                    skip_depth -= 1
                if tag == ev.tag:
                    break
            if skip_depth:
                continue
            if ev.tag == "q" and q_opened:
                q_opened.pop()
                out.add("”", max(ev.source - 1, 0))
            if ev.tag in BLOCK_TAGS:
                close_paragraph()
            if ev.tag == "blockquote" and quote_stack:
                quote_stack.pop()
        elif ev.kind == "comment":
            parsed = parse_directive(ev.text)
            if parsed and not skip_depth:
                out.directive(parsed[0], parsed[1], ev.source)
        elif ev.kind == "text" and not skip_depth:
            _add_collapsed(out, ev.text, ev.offsets)
    built = out.build()
    if not built.text.strip():
        raise FormatError("no article text found in the HTML (only markup, navigation or scripts)")
    return built


def _add_collapsed(out: TextBuilder, text: str, offsets: list[int]) -> None:
    """Add HTML text with whitespace runs collapsed to one space, as a browser shows it."""
    run_start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace() and ch != "\u00a0":
            if run_start is not None:
                out.add(text[run_start:i], offsets[run_start:i])
                run_start = None
            if i < len(text):
                out.add_space(offsets[i])
        elif run_start is None:
            run_start = i
