"""Reading drafts: decode bytes safely, keep the original text, map offsets to line and column.

Every later stage works on `Document.text`. For plain text that *is* the original; formats that
strip markup (Markdown, HTML, DOCX) keep an offset map back to `Document.source`, so every
line:column in a report points into the file the user opened.
"""

from __future__ import annotations

import bisect
import codecs
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from .formats.builder import Directive, FormatError
from .formats.docx import read_docx
from .formats.html import read_html
from .formats.markdown import read_markdown
from .plural import counted

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A draft that cannot be read; the message is one line meant for the user."""


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


@dataclass
class Document:
    """A decoded draft. `text` is analysed; offsets map back to `source` through `offsets`."""

    path: str
    source: str
    text: str
    offsets: list[int] | None = None  # offsets[i] = index in `source` of text[i]; None = identity
    paragraphs: list[Paragraph] = field(default_factory=list)
    format: str = "text"  # text | markdown | html | docx
    block_quotes: list[int] = field(default_factory=list)  # text offsets of synthetic “ of block quotes
    directives: list[Directive] = field(default_factory=list)  # inline suppression comments
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _paragraph_starts: tuple[int, list[int]] = field(default=(-1, []), repr=False)  # (id of the list, starts)

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.source)
        if not self.paragraphs:
            self.paragraphs = split_paragraphs(self.text)

    def to_source(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        if offset >= len(self.offsets):
            return len(self.source)
        return self.offsets[offset]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a `text` offset, in the original source."""
        src = self.to_source(offset)
        line = bisect.bisect_right(self._line_starts, src) - 1
        return line + 1, src - self._line_starts[line] + 1

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph holding `offset`. Called per token: the starts are built once."""
        if self._paragraph_starts[0] != id(self.paragraphs) or len(self._paragraph_starts[1]) != len(self.paragraphs):
            self._paragraph_starts = (id(self.paragraphs), [p.start for p in self.paragraphs])
        return max(0, bisect.bisect_right(self._paragraph_starts[1], offset) - 1)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where lines begin; CRLF, lone CR and LF all end a line."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are lines, unless the text is hard-wrapped, then blocks between blank lines.

    News drafts and CMS exports put one paragraph on a line; a hard-wrapped draft (several
    consecutive long lines of similar width) keeps paragraphs apart with blank lines.
    """
    separator = _BLANK_LINE if _looks_hard_wrapped(text) else _LINE_BREAK
    paragraphs, pos = [], 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            start = pos + len(chunk) - len(chunk.lstrip())
            paragraphs.append(Paragraph(start, pos + len(chunk.rstrip())))
        pos = match.end() if match else len(text)
    return paragraphs


_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")


def _looks_hard_wrapped(text: str) -> bool:
    lines = [ln for ln in _LINE_BREAK.split(text)]
    runs = 0
    for prev, line in zip(lines, lines[1:], strict=False):
        ends_sentence = prev.rstrip().endswith((".", "!", "?", ":", "”", '"'))
        if 40 <= len(prev.rstrip()) <= 100 and line.strip() and not ends_sentence:
            runs += 1
    long_lines = sum(1 for ln in lines if len(ln) > 200)
    return runs >= 3 and long_lines == 0


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM); binary or undecodable input is an InputError.

    Nothing is guessed: a draft in another encoding is refused with the line, column and byte
    offset of the first bad byte and the likely encoding, so the editor can fix the file itself.
    """
    if not data:
        raise InputError(f"{path}: the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{path}: saved as UTF-16 (\"Unicode\"); save the draft as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file (NUL bytes), not a text draft")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: {_not_utf8(data, bom, bom + exc.start)}") from None
    if "\x00" in text:
        raise InputError(f"{path}: contains NUL characters, not a text draft")
    if not text.strip():
        raise InputError(f"{path}: the file holds only whitespace")
    return text


def _not_utf8(data: bytes, bom: int, offset: int) -> str:
    """Where the first non-UTF-8 byte is (line, column, byte offset) and what the file probably is."""
    before = data[bom:offset].decode("utf-8")  # valid: the first error is at `offset`
    starts = line_starts(before)
    line, column = len(starts), len(before) - starts[-1] + 1
    byte = data[offset]
    where = f"not valid UTF-8 at line {line}, column {column} (byte offset {offset}: 0x{byte:02X})"
    mixed = data[bom:].decode("utf-8", errors="surrogateescape")
    bad = bytes(ord(ch) - 0xDC00 for ch in _ESCAPED.findall(mixed))  # every byte that is not UTF-8
    try:
        char = bytes([byte]).decode("cp1252")
        bad.decode("cp1252")
    except UnicodeDecodeError:
        return f"{where}; save the draft as UTF-8"
    if len(_NON_ASCII.findall(mixed)) > len(bad):  # some characters are proper UTF-8: a mixed file
        return (f"{where}; the draft is UTF-8 with {counted(len(bad), 'Windows-1252 byte')} pasted in "
                f"(0x{byte:02X} is {char} there): retype {'that character' if len(bad) == 1 else 'those characters'}")
    return f"{where}; it looks like Windows-1252 (0x{byte:02X} is {char} there): save the draft as UTF-8"


_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a draft, at most `max_bytes`; every failure is an InputError naming the path."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory; name the draft files to check")
        try:
            with open(path, "rb") as handle:
                # A regular file says its size: refuse a huge one without reading it.
                info = os.fstat(handle.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                    raise InputError(_too_large(path, max_bytes))
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            if os.path.islink(path):
                target = os.readlink(path)
                raise InputError(f"{path}: broken symbolic link (its target {target} does not exist)") from None
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except NotADirectoryError:
            raise InputError(f"{path}: no such file (a part of the path is a file, not a directory)") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(f"{path}: symbolic link loop (following the links never reaches a file)") from None
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(_too_large(path, max_bytes))
    return data


def _too_large(path: str, max_bytes: int) -> str:
    return f"{path}: larger than the {_size(max_bytes)} limit; raise it with --max-bytes or max-bytes in the config"


def _size(count: int) -> str:
    if count >= 1024 * 1024 and count % (1024 * 1024) == 0:
        return f"{count // (1024 * 1024)} MB"
    return f"{count:,} bytes"


FORMATS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".txt": "text", ".text": "text"}


def detect_format(name: str) -> str:
    """The input format from a file name's extension; anything unknown is plain text."""
    return FORMATS.get(os.path.splitext(name)[1].lower(), "text")


def read_document(path: str, display_name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  fmt: str | None = None) -> Document:
    """Read a draft from a path, or from standard input when path is '-'.

    The format comes from `fmt`, else from the extension of the display name (for stdin, the
    `--stdin-filename`), else of the path; unknown extensions are read as plain text.
    """
    name = display_name or ("<stdin>" if path == "-" else path)
    fmt = fmt or detect_format(display_name or path)
    return parse_document(read_bytes(path, max_bytes), name, fmt, max_bytes)


def parse_document(data: bytes, name: str, fmt: str = "text", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Turn the bytes of a draft into a Document; broken input raises InputError with one line.

    A DOCX may not unpack to more than `max_bytes` either: the limit is on what gets into memory.
    """
    try:
        if fmt == "docx":
            if not data.strip():
                raise InputError(f"{name}: the file is empty")
            source, built = read_docx(data, max_bytes)
        else:
            source = decode(data, name)
            if fmt == "text":
                return Document(path=name, source=source, text=source)
            built = read_html(source) if fmt == "html" else read_markdown(source)
    except FormatError as exc:
        raise InputError(f"{name}: {exc}") from None
    except RecursionError:
        raise InputError(f"{name}: markup nested too deeply to read") from None
    if not built.text.strip():
        raise InputError(f"{name}: no text to check (only markup, code or front matter)")
    return Document(path=name, source=source, text=built.text, offsets=built.offsets,
                    paragraphs=[Paragraph(a, b) for a, b in built.paragraphs], format=fmt,
                    block_quotes=built.block_quotes, directives=built.directives)


def document_from_text(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """A Document from a string; the format comes from `fmt` or the path's extension."""
    fmt = fmt or detect_format(path)
    if fmt == "text":
        return Document(path=path, source=text, text=text)
    return parse_document(text.encode("utf-8"), path, fmt)


@contextmanager
def atomic_file(path: str, binary: bool = False, durable: bool = True) -> Iterator[IO[Any]]:
    """A file that appears at `path` whole or not at all, so readers see the old content or the new.

    Written as `.NAME.<random>.tmp` beside the target (same file system, so the rename is atomic,
    and recognisable if a SIGKILL ever leaves one behind), then renamed over it; on any error or
    interrupt the temporary file is removed. `durable` syncs it to disk before the rename.
    """
    directory, name = os.path.split(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private; a report or cache entry gets the usual permissions instead.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        text = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, "wb" if binary else "w", **text) as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
