"""The SARIF writer: the report as SARIF 2.1.0, for code scanning.

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

from .. import __version__
from ..rules import RULES, help_markdown

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


def render(report: dict[str, Any], *, color: bool = False, root: str | None = None) -> str:
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
