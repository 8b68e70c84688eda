"""One writer per output format, each rendering the report model alone; and writing a report out.

Files are written atomically: a temp file in the target directory, then a rename.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..io import atomic_file
from . import github, html, json, sarif, text
from .model import Report

Writer = Callable[..., str]  # render(report, *, color=False): colour applies to the text writer only

WRITERS: dict[str, Writer] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
    "html": html.render,
}


def render(fmt: str, report: Report, color: bool = False) -> str:
    """The report in one of the `WRITERS` formats."""
    return WRITERS[fmt](report, color=color)


def write_atomic(path: str, content: str) -> None:
    """Write a report or baseline whole or not at all (see `io.atomic_file`)."""
    with atomic_file(path) as handle:
        handle.write(content)


def emit(content: str, output: str | None) -> None:
    """To the `output` file (atomically), or to stdout when there is none or it is '-'."""
    if output and output != "-":
        write_atomic(output, content)
    else:
        sys.stdout.write(content)
        sys.stdout.flush()
