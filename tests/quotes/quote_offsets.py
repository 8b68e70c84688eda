"""An independent reference for where a quote is: its line and column, and the draft's own characters."""

from __future__ import annotations

import re


def line_col(text: str, offset: int) -> tuple[int, int]:
    """Independent reference: CRLF, lone CR and LF each end one line; columns are 1-based characters."""
    line_start, line = 0, 1
    for match in re.finditer(r"\r\n|\r|\n", text):
        if match.end() > offset:
            break
        line_start, line = match.end(), line + 1
    return line, offset - line_start + 1


def assert_original_slices(draft: str, doc: dict) -> None:
    """Every quote in the report is the draft's own characters at its offsets, on the line and column it starts."""
    assert doc["quotes"]
    for quote in doc["quotes"]:
        assert quote["text"] == draft[quote["start"]:quote["end"]]
        assert (quote["line"], quote["column"]) == line_col(draft, quote["start"])
