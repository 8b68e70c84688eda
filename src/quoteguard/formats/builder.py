"""What every reader shares: the `TextBuilder` that maps analysed text back to the file, its
`Built` result, inline suppression `Directive`s and the `FormatError` a reader raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..marks import QUOTE_MARKS

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


class FormatError(ValueError):
    """Markup or a package that cannot be read; io turns it into a one-line InputError."""
