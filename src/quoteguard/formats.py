"""Readers for marked-up drafts: Markdown, HTML and DOCX become analysed text plus an offset map.

Every reader builds `Document.text` with a `TextBuilder`, which records, for each character of the
analysed text, the offset of the character in the original file it came from. Paragraphs come
from the markup (a Markdown block, an HTML block element, a DOCX paragraph), not from guessing.

A block quotation (`>` in Markdown, `<blockquote>` in HTML, a "Quote" paragraph style in DOCX)
with no quotation marks of its own is wrapped in synthetic “ ” so the quote finder sees it; the
opening mark maps to the block's marker in the original file and the report marks it `block`.
Comments of the form `<!-- quoteguard: disable|enable|disable-next [rule ...] -->` become
`Directive`s (see `suppress.py`).
"""

from __future__ import annotations

import html
import io as _io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from .marks import QUOTE_MARKS

if TYPE_CHECKING:
    from markdown_it.token import Token

DIRECTIVE_KINDS = ("disable", "enable", "disable-next")


@dataclass(frozen=True)
class Directive:
    """An inline suppression comment. `offset` is in the analysed text, `source_offset` in the file."""

    kind: str  # disable | enable | disable-next
    rules: tuple[str, ...]  # empty: every rule
    offset: int
    source_offset: int


@dataclass
class Built:
    """What a reader hands back to io.read_document."""

    text: str
    offsets: list[int]
    paragraphs: list[tuple[int, int]]
    block_quotes: list[int] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)


class TextBuilder:
    """Accumulates analysed text paragraph by paragraph, with the source offset of every character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.paragraphs: list[tuple[int, int]] = []
        self.block_quotes: list[int] = []
        self.directives: list[Directive] = []
        self._para_start: int | None = None
        self._last_source = 0

    def add(self, text: str, source_offsets: list[int] | int) -> None:
        """Append text; `source_offsets` is one offset per character, or one offset for all of them."""
        if not text:
            return
        if self._para_start is None:
            self._separate()
            self._para_start = len(self.chars)
        offsets = source_offsets if isinstance(source_offsets, list) else [source_offsets] * len(text)
        self.chars.extend(text)
        self.offsets.extend(offsets)
        self._last_source = offsets[-1]

    def add_space(self, source_offset: int) -> None:
        """A single space between words (collapsing runs, never at a paragraph start)."""
        if self._para_start is not None and self.chars and self.chars[-1] != " ":
            self.chars.append(" ")
            self.offsets.append(source_offset)

    def end_paragraph(self) -> None:
        if self._para_start is None:
            return
        while len(self.chars) > self._para_start and self.chars[-1].isspace():
            self.chars.pop()
            self.offsets.pop()
        if len(self.chars) > self._para_start:
            self.paragraphs.append((self._para_start, len(self.chars)))
        self._para_start = None

    def _separate(self) -> None:
        if self.chars:
            self.chars.extend("\n\n")
            self.offsets.extend([self._last_source] * 2)

    def directive(self, kind: str, rules: tuple[str, ...], source_offset: int) -> None:
        """Record a directive at the current point (a blank line, so no word is split by it)."""
        self.end_paragraph()
        self._separate()
        self.chars.append("\n")
        self.offsets.append(source_offset)
        self._last_source = source_offset
        self.directives.append(Directive(kind, rules, len(self.chars) - 1, source_offset))

    def inline_directive(self, kind: str, rules: tuple[str, ...], source_offset: int) -> None:
        """A directive inside a paragraph: a space that maps to the comment, so the words stay apart."""
        if self._para_start is None:
            self.directive(kind, rules, source_offset)
            return
        if self.chars[-1] != " ":
            self.chars.append(" ")
            self.offsets.append(source_offset)
        self.offsets[-1] = source_offset
        self.directives.append(Directive(kind, rules, len(self.chars) - 1, source_offset))

    def in_paragraph(self) -> bool:
        return self._para_start is not None

    def paragraph_source_start(self) -> int:
        return self.offsets[self._para_start] if self._para_start is not None else 0

    def paragraph_text(self) -> str:
        return "".join(self.chars[self._para_start:]) if self._para_start is not None else ""

    def wrap_block_quote(self, open_source: int) -> None:
        """Wrap the current paragraph in “ ”: the opener maps to the block marker, the closer to the last character."""
        start = self._para_start
        if start is None:
            return
        while len(self.chars) > start and self.chars[-1].isspace():
            self.chars.pop()
            self.offsets.pop()
        self.chars.insert(start, "“")
        self.offsets.insert(start, open_source)
        self.block_quotes.append(start)
        self.chars.append("”")
        self.offsets.append(self.offsets[-1])

    def build(self) -> Built:
        self.end_paragraph()
        return Built("".join(self.chars), self.offsets, self.paragraphs, self.block_quotes, self.directives)


def parse_directive(comment: str) -> tuple[str, tuple[str, ...]] | None:
    """`quoteguard: disable rule-a, rule-b` -> ('disable', ('rule-a', 'rule-b')); other comments -> None."""
    body = comment.strip()
    if not body.lower().startswith("quoteguard:"):
        return None
    words = body[len("quoteguard:"):].replace(",", " ").split()
    if not words or words[0].lower() not in DIRECTIVE_KINDS:
        return None
    return words[0].lower(), tuple(words[1:])


def has_quote_marks(text: str) -> bool:
    return any(ch in QUOTE_MARKS for ch in text)


# -- HTML ----------------------------------------------------------------------------------------

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


class FormatError(ValueError):
    """Markup or a package that cannot be read; io turns it into a one-line InputError."""


def _html_events(source: str) -> list[_Event]:
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
    events = _html_events(source)
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


# -- Markdown ------------------------------------------------------------------------------------

def _front_matter_end(source: str) -> int:
    """Length of a leading YAML (---) or TOML (+++) front matter block, 0 when there is none."""
    lines = source.splitlines(keepends=True)
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    fence = lines[0].strip()
    pos = len(lines[0])
    for line in lines[1:]:
        pos += len(line)
        if line.strip() == fence or (fence == "---" and line.strip() == "..."):
            return pos
    return 0


_NEWLINE = re.compile(r"\r\n|\r|\n")


MARKDOWN_MAX_NESTING = 100  # markdown-it drops (silently) whatever lies deeper than this


def read_markdown(source: str) -> Built:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MARKDOWN_MAX_NESTING}).enable("table")
    md.disable("text_join")  # keep escapes and entities as their own tokens, to map them back
    skip = _front_matter_end(source)
    # Blank the front matter but keep its line breaks, so token line numbers stay those of the file.
    parsed = "".join(ch if ch in "\r\n" else " " for ch in source[:skip]) + source[skip:]
    tokens = md.parse(parsed)
    if any(tok.level >= MARKDOWN_MAX_NESTING - 1 for tok in tokens):
        raise FormatError(f"Markdown nested about {MARKDOWN_MAX_NESTING} levels deep (block quotes or lists); "
                          "text that deep cannot be read: flatten the nesting")
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(parsed)]  # lines as markdown-it counts them
    out = TextBuilder()
    quote_depth = 0
    for tok in tokens:
        if tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "html_block" and tok.map:
            _markdown_comments(out, tok.content, line_starts[tok.map[0]])
        elif tok.type == "inline" and tok.map:
            _markdown_inline(out, parsed, tok, line_starts)
            if quote_depth and out.in_paragraph() and not has_quote_marks(out.paragraph_text()):
                first = line_starts[tok.map[0]]
                marker = parsed.rfind(">", first, out.paragraph_source_start() + 1)
                out.wrap_block_quote(marker if marker >= 0 else first)
            out.end_paragraph()
    return out.build()


def _markdown_comments(out: TextBuilder, content: str, base: int) -> None:
    try:
        events = _html_events(content)
    except FormatError:
        return
    for ev in events:
        if ev.kind == "comment" and (parsed := parse_directive(ev.text)):
            out.directive(parsed[0], parsed[1], base + ev.source)


def _markdown_inline(out: TextBuilder, source: str, tok: Token, line_starts: list[int]) -> None:
    """Add one inline block, mapping its content (container prefixes removed) back to the source."""
    content = tok.content
    begin = line_starts[tok.map[0]]
    end = line_starts[tok.map[1]] if tok.map[1] < len(line_starts) else len(source)
    cmap: list[int] = []
    cursor = begin
    lines = content.split("\n")
    for k, line in enumerate(lines):
        found = source.find(line, cursor, end) if line else -1
        base = found if found >= 0 else cursor
        cmap.extend(range(base, base + len(line)))
        cursor = base + len(line)
        if k < len(lines) - 1:
            # markdown-it turns CRLF and a lone CR into \n; the source keeps them.
            brk = _NEWLINE.search(source, cursor, end)
            cmap.append(brk.start() if brk else cursor)
            cursor = brk.end() if brk else cursor
    pos = 0  # position in `content`
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            at = content.find(child.content, pos)
            if at < 0:
                at = pos
            offsets = [cmap[min(at + i, len(cmap) - 1)] for i in range(len(child.content))]
            out.add(child.content, offsets)
            pos = at + len(child.content)
        elif child.type == "text_special":
            at = content.find(child.markup, pos)
            at = at if at >= 0 else pos
            out.add(child.content, cmap[min(at, len(cmap) - 1)])
            pos = at + len(child.markup)
        elif child.type in ("softbreak", "hardbreak"):
            at = content.find("\n", pos)
            at = at if at >= 0 else pos
            out.add_space(cmap[min(at, len(cmap) - 1)])
            pos = at + 1
        elif child.type == "html_inline":
            at = content.find(child.content, pos)
            at = at if at >= 0 else pos
            pos = at + len(child.content)
            if child.content.startswith("<!--"):
                parsed = parse_directive(child.content[4:].removesuffix("-->"))
                if parsed:
                    out.inline_directive(parsed[0], parsed[1], cmap[min(at, len(cmap) - 1)])
        elif child.type == "image":
            at = content.find(")", pos)
            pos = at + 1 if at >= 0 else pos


# -- DOCX ----------------------------------------------------------------------------------------

QUOTE_STYLES = ("quote", "intense quote", "block text", "blockquote")


MAX_DOCX_PARTS = 10_000
_CHUNK = 1 << 16


def check_docx_package(data: bytes, max_unpacked: int) -> None:
    """Refuse a zip bomb before python-docx inflates every part into memory.

    python-docx reads each part of the package whole, so a small .docx whose document.xml
    inflates to gigabytes would exhaust memory. The declared sizes are checked first (cheap), then
    every part is inflated in bounded chunks and counted, so a part whose header lies about its
    size is caught too, with at most `max_unpacked` bytes ever inflated.
    """
    try:
        with zipfile.ZipFile(_io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_DOCX_PARTS:
                raise FormatError(f"broken DOCX: {len(parts):,} parts in the package (a Word file has dozens)")
            declared = sum(part.file_size for part in parts)
            if declared > max_unpacked:
                biggest = max(parts, key=lambda part: part.file_size)
                detail = f"{biggest.filename} declares {_mb(biggest.file_size)}"
                raise FormatError(_unpacks_too_large(max_unpacked, detail))
            if "[Content_Types].xml" not in {part.filename for part in parts}:
                raise FormatError("not a Word document: a zip archive without [Content_Types].xml")
            inflated = 0
            for part in parts:
                with archive.open(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        inflated += len(chunk)
                        if inflated > max_unpacked:
                            detail = f"{part.filename} holds more than it declares"
                            raise FormatError(_unpacks_too_large(max_unpacked, detail))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an encrypted part; NotImplementedError: a compression method zipfile lacks.
        raise FormatError(f"broken DOCX: {_first_line(exc)}") from None


def _unpacks_too_large(limit: int, detail: str) -> str:
    return f"DOCX unpacks to more than the {_mb(limit)} limit ({detail}); raise it with --max-bytes"


def _mb(count: int) -> str:
    return f"{count / (1024 * 1024):,.0f} MB" if count >= 1024 * 1024 else f"{count:,} bytes"


def _first_line(exc: BaseException) -> str:
    """An exception as one line: its message (KeyError's without the quotes), else its type."""
    text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def read_docx(data: bytes, max_unpacked: int | None = None) -> tuple[str, Built]:
    """Paragraphs in document order (tables included); the source is one line per paragraph.

    `max_unpacked` caps the inflated size of the package (see `check_docx_package`).
    """
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from lxml import etree  # python-docx's XML parser
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise FormatError(f"python-docx is needed to read .docx files ({exc})") from None
    if max_unpacked is not None:
        check_docx_package(data, max_unpacked)
    try:
        document = docx.Document(_io.BytesIO(data))
        paragraphs = [(p.text, (p.style.name or "").lower() if p.style is not None else "")
                      for p in _docx_paragraphs(document)]
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(f"broken DOCX: {_first_line(exc)}") from None
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"broken DOCX: malformed XML ({_first_line(exc)})") from None
    except Exception as exc:  # lxml and zip errors have many types; report them in one line
        raise FormatError(f"broken DOCX: {type(exc).__name__}") from None
    source = "\n".join(text for text, _ in paragraphs)
    out = TextBuilder()
    pos = 0
    for text, style in paragraphs:
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            out.add(stripped, list(range(pos + lead, pos + lead + len(stripped))))
            if style in QUOTE_STYLES and not has_quote_marks(stripped):
                out.wrap_block_quote(pos + lead)
            out.end_paragraph()
        pos += len(text) + 1
    return source, out.build()


def _docx_paragraphs(document: Any) -> Iterator[Any]:
    """Body paragraphs and table-cell paragraphs in the order they appear."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(block, document)
        elif tag == "tbl":
            table = Table(block, document)
            for row in table.rows:
                for cell in row.cells:
                    yield from cell.paragraphs
