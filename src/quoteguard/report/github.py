"""The GitHub writer: workflow commands that annotate the diff, and a Markdown step summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..plural import counted
from .model import severity_counts
from .sarif import repo_root

GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
ANNOTATION_LIMIT = 10  # GitHub shows at most 10 errors, 10 warnings and 10 notices per step


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str, root: Path) -> str:
    """A path relative to the repository root (what GitHub expects in `file=`), else as given."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return path


def render(report: dict[str, Any], *, color: bool = False, root: str | None = None) -> str:
    """`::error file=…,line=…,col=…,title=…::message` lines, then a count of findings not annotated."""
    base = repo_root(root)
    lines, shown, hidden = [], {level: 0 for level in GITHUB_LEVEL.values()}, 0
    for doc in report["documents"]:
        path = workspace_path(doc["path"], base)
        for f in doc["findings"]:
            level = GITHUB_LEVEL[f["severity"]]
            location = f"{path}:{f['line']}:{f['column']}"
            if shown[level] >= ANNOTATION_LIMIT:
                hidden += 1
                lines.append(f"{location}: {f['severity']} {f['rule']} {f['message']}")
                continue
            shown[level] += 1
            props = [f"file={_escape_property(path)}", f"line={f['line']}", f"col={f['column']}"]
            if "end_line" in f:
                props += [f"endLine={f['end_line']}", f"endColumn={f['end_column']}"]
            props.append(f"title={_escape_property('quoteguard ' + f['rule'])}")
            lines.append(f"::{level} {','.join(props)}::{_escape_data(f['message'])}")
    for e in report["errors"]:
        lines.append(f"::error file={_escape_property(e['path'])},title=quoteguard input error::"
                     f"{_escape_data(e['message'])}")
    if hidden:
        lines.append(f"quoteguard: {counted(hidden, 'more finding')} not annotated (GitHub shows "
                     f"{ANNOTATION_LIMIT} of each severity per step); listed above and in the step summary")
    s = report["summary"]
    lines.append(f"quoteguard: {counted(s['documents'], 'document')}, {counted(s['quotes'], 'quote')}: "
                 f"{severity_counts(s)}")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def github_summary(report: dict[str, Any]) -> str:
    """A Markdown table of every finding, for `$GITHUB_STEP_SUMMARY`."""
    s = report["summary"]
    lines = ["## quoteguard", "",
             f"{counted(s['documents'], 'document')}, {counted(s['quotes'], 'quote')} ({s['attributed']} of "
             f"{s['speech_quotes']} speech quotes attributed): **{counted(s['errors'], 'error')}**, "
             f"{counted(s['warnings'], 'warning')}, {counted(s['infos'], 'info')}", ""]
    rows = [(doc["path"], f) for doc in report["documents"] for f in doc["findings"]]
    if rows:
        lines += ["| file | line:col | severity | rule | message |", "|---|---|---|---|---|"]
        lines += [f"| {_cell(path)} | {f['line']}:{f['column']} | {f['severity']} | `{f['rule']}` | "
                  f"{_cell(f['message'])} |" for path, f in rows]
    for e in report["errors"]:
        lines.append(f"- input error: {_cell(e['message'])}")
    return "\n".join(lines) + "\n"
