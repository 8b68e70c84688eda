"""Configuration: `[tool.quoteguard]` in pyproject.toml or a `.quoteguard.toml`, found upward.

Recognised keys (dashes or underscores):
  fail-on = "error" | "warning" | "never"
  models-dir = "path"
  [rules]      rule-id = "error" | "warning" | "info" | "off"
  [knowledge]  speech-verbs, speech-nouns, titles, person-nouns, org-words, anonymity-phrases,
               loaded-verbs, publications (lists),
               demonyms (table), institutions, organisations (arrays of tables, as in the data files)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .io import InputError


@dataclass
class Config:
    path: str | None = None
    fail_on: str | None = None
    models_dir: str | None = None
    rules: dict[str, str] = field(default_factory=dict)
    knowledge: dict[str, Any] = field(default_factory=dict)


def _normalise(table: dict[str, Any]) -> dict[str, Any]:
    return {str(k).replace("-", "_"): v for k, v in table.items()}


def find_config(start: Path) -> Path | None:
    """The nearest .quoteguard.toml, or pyproject.toml with a [tool.quoteguard] table."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in [here, *here.parents]:
        dotfile = folder / ".quoteguard.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "quoteguard" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: invalid config ({exc})") from None


def load_config(explicit: str | None, start: Path) -> Config:
    path = Path(explicit) if explicit else find_config(start)
    if path is None:
        return Config()
    if not path.is_file():
        raise InputError(f"{path}: config file not found")
    data = _read(path)
    # pyproject.toml keeps settings under [tool.quoteguard]; a .quoteguard.toml may use that table too.
    table = data.get("tool", {}).get("quoteguard", data if path.name != "pyproject.toml" else {})
    table = _normalise(table)
    rules = {str(k): str(v) for k, v in table.get("rules", {}).items()}
    for rule_id, level in rules.items():
        if level not in ("error", "warning", "info", "off"):
            raise InputError(f"{path}: rule {rule_id} has severity {level!r}; use error, warning, info or off")
    return Config(
        path=str(path),
        fail_on=table.get("fail_on"),
        models_dir=table.get("models_dir"),
        rules=rules,
        knowledge=_normalise(table.get("knowledge", {})),
    )
