"""The Markdown reader (CommonMark with tables, via markdown-it): front matter skipped, `>` blocks as
quotations, HTML comments as directives."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .builder import Built, FormatError, TextBuilder, has_quote_marks, parse_directive
from .html import html_events

if TYPE_CHECKING:
    from markdown_it.token import Token


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
        events = html_events(content)
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
