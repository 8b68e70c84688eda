"""The text writer: `path:line:col: severity rule message`, one finding per line, then a summary."""

from __future__ import annotations

from typing import Any

import click

from ..plural import counted
from .model import severity_counts

STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(report: dict[str, Any], *, color: bool = False) -> str:
    """The findings, then one summary line; `color` styles each severity for a terminal."""
    lines = []
    for doc in report["documents"]:
        for f in doc["findings"]:
            severity = click.style(f["severity"], fg=STYLE[f["severity"]], bold=True) if color else f["severity"]
            lines.append(f"{doc['path']}:{f['line']}:{f['column']}: {severity} {f['rule']} {f['message']}")
    s = report["summary"]
    silenced = f" ({s['suppressed']} suppressed)" if s.get("suppressed") else ""
    lines.append(
        f"{counted(s['documents'], 'document')}, {counted(s['quotes'], 'quote')} "
        f"({s['speech_quotes']} speech, {s['attributed']} attributed): {severity_counts(s)}{silenced}"
    )
    return "\n".join(lines) + "\n"
