"""CI views of the report: SARIF 2.1.0 for code scanning, and GitHub Actions workflow commands.

SARIF locations are URIs relative to the repository root (the nearest directory with `.git`
above the working directory, `%SRCROOT%`; its absolute path is left out so reports do not depend
on the machine), with regions in the original file, and carry partial fingerprints so code
scanning follows an alert when lines move.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import __version__
from .rules import RULES, help_markdown

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "quoteguardQuote/v1"
INFO_URI = "https://github.com/quoteguard/quoteguard"


def repo_root(start: str | None = None) -> Path:
    """The nearest directory holding `.git`, from `start` (default: the working directory) upward."""
    here = Path(start or os.getcwd()).resolve()
    for folder in [here, *here.parents]:
        if (folder / ".git").exists():
            return folder
    return here


def artifact_uri(path: str, root: Path) -> str:
    """A repository-relative, percent-encoded URI; paths outside the root stay as given."""
    if path in ("-", "<stdin>"):
        return "stdin"
    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(root).as_posix()
    except ValueError:
        return absolute.as_uri()
    return quote(relative)


def _rules() -> list[dict[str, Any]]:
    rules = []
    for rule_id, spec in RULES.items():
        rules.append({
            "id": rule_id,
            "name": "".join(part.capitalize() for part in rule_id.split("-")),
            "shortDescription": {"text": spec.summary},
            "fullDescription": {"text": spec.rationale},
            "help": {"text": f"{spec.rationale}\nFlagged: {spec.bad}\nBetter: {spec.good}",
                     "markdown": help_markdown(spec)},
            "defaultConfiguration": {"level": SARIF_LEVEL[spec.severity]},
            "properties": {"tags": ["editorial", "sourcing"], "precision": "medium"},
        })
    return rules


def render_sarif(report: dict[str, Any], root: str | None = None) -> str:
    """The report as one SARIF run; input errors become tool execution notifications."""
    base = repo_root(root)
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for doc in report["documents"]:
        uri = artifact_uri(doc["path"], base)
        for f in doc["findings"]:
            region = {"startLine": f["line"], "startColumn": f["column"]}
            if "end_line" in f:
                region.update(endLine=f["end_line"], endColumn=f["end_column"])
            result = {
                "ruleId": f["rule"],
                "level": SARIF_LEVEL[f["severity"]],
                "message": {"text": f["message"]},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, **({"uriBaseId": "%SRCROOT%"} if "://" not in uri else {})},
                    "region": region,
                }}],
            }
            if f["rule"] in index:
                result["ruleIndex"] = index[f["rule"]]
            if f.get("fingerprint"):
                result["partialFingerprints"] = {FINGERPRINT_KEY: f["fingerprint"]}
            results.append(result)
    invocation: dict[str, Any] = {"executionSuccessful": not report["errors"]}
    if report["errors"]:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e["message"]},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e["path"], base)}}}]}
            for e in report["errors"]
        ]
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "quoteguard", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFO_URI, "rules": rules}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


# -- GitHub workflow commands ----------------------------------------------------------------------

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


def render_github(report: dict[str, Any], root: str | None = None) -> str:
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
        lines.append(f"quoteguard: {hidden} more finding{'s' if hidden != 1 else ''} not annotated (GitHub shows "
                     f"{ANNOTATION_LIMIT} of each severity per step); listed above and in the step summary")
    s = report["summary"]
    lines.append(f"quoteguard: {_count(s['documents'], 'document')}, {_count(s['quotes'], 'quote')}: "
                 f"{_count(s['errors'], 'error')}, {_count(s['warnings'], 'warning')}, {_count(s['infos'], 'info')}")
    return "\n".join(lines) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def github_summary(report: dict[str, Any]) -> str:
    """A Markdown table of every finding, for `$GITHUB_STEP_SUMMARY`."""
    s = report["summary"]
    lines = ["## quoteguard", "",
             f"{_count(s['documents'], 'document')}, {_count(s['quotes'], 'quote')} ({s['attributed']} of "
             f"{s['speech_quotes']} speech quotes attributed): **{_count(s['errors'], 'error')}**, "
             f"{_count(s['warnings'], 'warning')}, {_count(s['infos'], 'info')}", ""]
    rows = [(doc["path"], f) for doc in report["documents"] for f in doc["findings"]]
    if rows:
        lines += ["| file | line:col | severity | rule | message |", "|---|---|---|---|---|"]
        lines += [f"| {_cell(path)} | {f['line']}:{f['column']} | {f['severity']} | `{f['rule']}` | "
                  f"{_cell(f['message'])} |" for path, f in rows]
    for e in report["errors"]:
        lines.append(f"- input error: {_cell(e['message'])}")
    return "\n".join(lines) + "\n"
