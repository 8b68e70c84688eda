"""Configuration: `[tool.quoteguard]` in pyproject.toml or a `.quoteguard.toml`, found upward.

Recognised keys (dashes or underscores):
  fail-on = "error" | "warning" | "never"
  models-dir = "path"
  select, ignore = [rule ids]   only these rules / never these rules
  include, exclude = [globs]    which files a directory expands to / files never checked
  baseline = "path"             default for --baseline
  max-bytes = 20971520          largest draft accepted (a DOCX may not unpack to more); --max-bytes beats it
  timeout = 300                 seconds one draft may take before it is given up (exit 2); --timeout beats it
  [rules]      rule-id = "error" | "warning" | "info" | "off"
  [[overrides]] files = [globs], rules = {rule-id = level}, select/ignore: for matching files
  [knowledge]  speech-verbs, speech-nouns, titles, person-nouns, role-words, crowd-nouns, collective-nouns, org-words,
               anonymity-phrases, public-roles, loaded-verbs, publications, survey-nouns, title-modifiers,
               chant-nouns, alias-cues, signoff-verbs, body-heads, body-anaphors, classifier-nouns,
               party-frame-prepositions, party-frame-nouns,
               boilerplate (regular expressions) (lists),
               demonyms, title-abbreviations, role-synonyms, role-verbs, body-kinds (tables), institutions,
               organisations, parties (arrays of tables, as in the data files)
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .io import InputError
from .model import SEVERITIES

LEVELS = (*SEVERITIES, "off")  # what a rule may be set to
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.docx", "*.txt")


@dataclass
class RuleSettings:
    """Severity changes and rule selection, from one place (config, an override, the command line)."""

    levels: dict[str, str] = field(default_factory=dict)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def apply(self, severities: dict[str, str], all_rules: list[str]) -> dict[str, str]:
        merged = {**severities, **self.levels}
        if self.select:
            for rule_id in all_rules:
                if rule_id not in self.select:
                    merged[rule_id] = "off"
                elif merged.get(rule_id) == "off":
                    del merged[rule_id]
        for rule_id in self.ignore:
            merged[rule_id] = "off"
        return merged


@dataclass
class Override:
    files: tuple[str, ...]
    settings: RuleSettings


@dataclass
class Config:
    path: str | None = None
    fail_on: str | None = None
    models_dir: str | None = None
    rules: dict[str, str] = field(default_factory=dict)
    knowledge: dict[str, Any] = field(default_factory=dict)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    overrides: list[Override] = field(default_factory=list)
    baseline: str | None = None
    jobs: int | None = None
    cache: bool = True
    cache_dir: str | None = None
    max_bytes: int | None = None
    timeout: int | None = None

    @property
    def base_dir(self) -> str:
        """Globs and relative paths in the config are relative to the config file's directory."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def relative(self, path: str) -> str:
        rel = os.path.relpath(os.path.abspath(path), self.base_dir)
        return rel.replace(os.sep, "/")

    def excluded(self, path: str) -> bool:
        """True when the file, or a folder it is in, matches an exclude glob."""
        parts = self.relative(path).split("/")
        return any(matches("/".join(parts[:n]), self.exclude) for n in range(1, len(parts) + 1))

    def severities_for(self, path: str, cli: RuleSettings | None = None) -> dict[str, str]:
        """Rule levels for one file: defaults < [rules], select, ignore < matching overrides < command line."""
        from .rules import RULES

        all_rules = list(RULES)
        severities = RuleSettings(self.rules, self.select, self.ignore).apply({}, all_rules)
        rel = self.relative(path) if path not in ("-", "<stdin>") else path
        for override in self.overrides:
            if matches(rel, override.files):
                severities = override.settings.apply(severities, all_rules)
        if cli is not None:
            severities = cli.apply(severities, all_rules)
        return severities


def matches(path: str, globs: tuple[str, ...]) -> bool:
    """fnmatch globs on a /-separated relative path; `**/x` also matches `x` at the top."""
    for pattern in globs:
        candidates = [pattern]
        while candidates[-1].startswith("**/"):
            candidates.append(candidates[-1][3:])
        name = path.rsplit("/", 1)[-1]
        if any(fnmatch.fnmatchcase(path, c) for c in candidates):
            return True
        if "/" not in pattern and fnmatch.fnmatchcase(name, pattern):
            return True
    return False


def _normalise(table: dict[str, Any]) -> dict[str, Any]:
    return {str(k).replace("-", "_"): v for k, v in table.items()}


def find_config(start: Path) -> Path | None:
    """The nearest .quoteguard.toml, or pyproject.toml with a [tool.quoteguard] table."""
    try:
        here = start.resolve()
        if here.is_file():
            here = here.parent
    except (OSError, RuntimeError):  # a symlink loop or an unreadable path: the draft's error says so later
        here = Path(os.path.abspath(start)).parent
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
    rules = _levels(path, table.get("rules", {}))
    overrides = []
    for i, entry in enumerate(table.get("overrides", [])):
        entry = _normalise(entry)
        files = _strings(path, f"overrides[{i}].files", entry.get("files", []))
        if not files:
            raise InputError(f"{path}: overrides[{i}] needs a non-empty files = [globs]")
        overrides.append(Override(files, RuleSettings(_levels(path, entry.get("rules", {})),
                                                      _strings(path, "select", entry.get("select", [])),
                                                      _strings(path, "ignore", entry.get("ignore", [])))))
    return Config(
        path=str(path),
        fail_on=table.get("fail_on"),
        models_dir=table.get("models_dir"),
        rules=rules,
        knowledge=_knowledge(path, table.get("knowledge", {})),
        select=_strings(path, "select", table.get("select", [])),
        ignore=_strings(path, "ignore", table.get("ignore", [])),
        include=_strings(path, "include", table.get("include", list(DEFAULT_INCLUDE))),
        exclude=_strings(path, "exclude", table.get("exclude", [])),
        overrides=overrides,
        baseline=table.get("baseline"),
        jobs=_positive(path, "jobs", table.get("jobs")),
        cache=bool(table.get("cache", True)),
        cache_dir=table.get("cache_dir"),
        max_bytes=_positive(path, "max-bytes", table.get("max_bytes")),
        timeout=_positive(path, "timeout", table.get("timeout")),
    )


def _positive(path: Path, key: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"{path}: {key} must be a whole number above 0, not {value!r}")
    return value


def _levels(path: Path, table: Any) -> dict[str, str]:
    if not isinstance(table, dict):
        raise InputError(f"{path}: rules must be a table of rule-id = level")
    rules = {str(k): str(v) for k, v in table.items()}
    for rule_id, level in rules.items():
        if level not in LEVELS:
            raise InputError(f"{path}: rule {rule_id} has severity {level!r}; use error, warning, info or off")
    return rules


def _knowledge(path: Path, table: dict[str, Any]) -> dict[str, Any]:
    """The [knowledge] table; its boilerplate patterns must compile, so a typo fails here and says where."""
    table = _normalise(table)
    for pattern in _strings(path, "knowledge.boilerplate", table.get("boilerplate", [])):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise InputError(
                f"{path}: knowledge.boilerplate: {pattern!r} is not a valid regular expression ({exc})") from None
    return table


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def expand_paths(paths: tuple[str, ...], config: Config) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to check: named files (unless excluded), and the included files under named directories.

    A directory holding no draft to check is an input error, so a mistyped folder never passes silently.
    """
    found: list[str] = []
    errors: list[tuple[str, str]] = []

    def unlisted(exc: OSError) -> None:
        """A folder that cannot be listed is an input error: its drafts are never skipped silently."""
        errors.append((exc.filename, f"{exc.filename}: cannot list the directory ({exc.strerror or exc})"))

    for path in paths:
        if path == "-":
            found.append(path)
        elif os.path.isdir(path):
            before, failed = len(found), len(errors)
            for folder, dirs, files in os.walk(path, onerror=unlisted):
                dirs[:] = sorted(d for d in dirs
                                 if not d.startswith(".") and not config.excluded(os.path.join(folder, d)))
                for name in sorted(files):
                    full = os.path.join(folder, name)
                    if matches(config.relative(full), config.include) and not config.excluded(full):
                        found.append(full)
            if len(found) == before and len(errors) == failed:
                errors.append((path, f"{path}: is a directory with no drafts to check "
                                     f"(include: {', '.join(config.include)})"))
        elif not config.excluded(path):
            found.append(path)
    return found, errors
