"""The DOCX reader (python-docx): paragraphs and table cells in document order, "Quote" styles as
quotations, and a zip-bomb check before anything is inflated."""

from __future__ import annotations

import io as _io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from .builder import Built, FormatError, TextBuilder, has_quote_marks

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
