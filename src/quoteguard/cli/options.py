"""Options several commands share, declared once, and one resolver per setting: option, then config, then default.

A usage or input problem ends the command with one line on stderr and exit code 2 (`fail`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import click

from ..cache import ENV_DIR, default_cache_dir
from ..config import LEVELS, Config, load_config
from ..io import DEFAULT_MAX_BYTES, InputError
from ..knowledge import Knowledge, build_knowledge
from ..model import SEVERITIES
from ..rules import RULES

FAIL_LEVELS = {"error": SEVERITIES[:1], "warning": SEVERITIES[:2], "never": ()}

F = TypeVar("F", bound=Callable[..., object])


def fail(message: str) -> NoReturn:
    click.echo(f"quoteguard: error: {message}", err=True)
    sys.exit(2)


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several click options as one decorator, applied in the order listed (so --help lists them so)."""

    def apply(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


models_dir_option = click.option(
    "--models-dir", type=click.Path(file_okay=False), default=None,
    help="Stanza resources directory (else the config's models-dir, else $STANZA_RESOURCES_DIR, "
         "else stanza's default).")
config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), default=None,
    help="Config file (default: .quoteguard.toml or pyproject.toml found upward).")
max_bytes_option = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=None,
    help=f"Largest draft accepted; a DOCX may not unpack to more  [default: config max-bytes, "
         f"else {DEFAULT_MAX_BYTES}]")
cache_options = _options(
    click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                 help=f"Where analyses are cached (else the config's cache-dir, else ${ENV_DIR}, "
                      "else the user cache directory)."),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the analysis cache."),
)
parse_all_option = click.option(
    "--parse-all", is_flag=True,
    help="Parse every sentence, not only those attribution reads (slower; the same findings expected).")


def config_for(config_path: str | None, start: str) -> Config:
    """The --config file, else the one found upward from `start` (a draft, a corpus, a gold file)."""
    try:
        return load_config(config_path, Path(start if start != "-" else "."))
    except InputError as exc:
        fail(str(exc))


def knowledge_for(config: Config) -> Knowledge:
    """The packaged word lists with the config's [knowledge] added."""
    try:
        return build_knowledge(config.knowledge)
    except InputError as exc:
        fail(str(exc))


def resolve_models_dir(option: str | None, config: Config) -> str | None:
    return option or config.models_dir


def resolve_max_bytes(option: int | None, config: Config) -> int:
    return option or config.max_bytes or DEFAULT_MAX_BYTES


def resolve_jobs(option: int | None, config: Config) -> int:
    return option or config.jobs or 1


def resolve_timeout(option: int | None, config: Config) -> int | None:
    return option or config.timeout


def resolve_cache_dir(option: str | None, disabled: bool, config: Config) -> str | None:
    """The analysis cache directory, or None when caching is switched off."""
    if disabled or config.cache is False:
        return None
    return option or (os.path.join(config.base_dir, config.cache_dir) if config.cache_dir else default_cache_dir())


def resolve_baseline(option: str | None, config: Config) -> str | None:
    """The --baseline file, else the config's (relative to the config file)."""
    return option or (os.path.join(config.base_dir, config.baseline) if config.baseline else None)


def resolve_fail_on(option: str | None, config: Config) -> str:
    threshold = option or config.fail_on or "error"
    if threshold not in FAIL_LEVELS:
        fail(f"fail-on must be one of {', '.join(FAIL_LEVELS)}, not {threshold!r}")
    return threshold


def rule_list(value: str | None) -> tuple[str, ...]:
    """Rule ids from a comma-separated --select or --ignore; an unknown one is a usage error."""
    items = tuple(v.strip() for v in (value or "").split(",") if v.strip())
    if unknown := [v for v in items if v not in RULES]:
        fail(f"unknown rule(s) {', '.join(unknown)}; see `quoteguard rules`")
    return items


def rule_levels(values: tuple[str, ...]) -> dict[str, str]:
    """Rule id -> level from repeated --rule RULE=LEVEL."""
    levels = {}
    for value in values:
        rule_id, _, level = value.partition("=")
        if rule_id not in RULES or level not in LEVELS:
            fail(f"--rule {value!r}: use RULE=error|warning|info|off with a rule from `quoteguard rules`")
        levels[rule_id] = level
    return levels


def progress_wanted(flag: bool | None, count: int) -> bool:
    """--progress/--no-progress, else a bar on a terminal for 3 or more drafts, never in CI."""
    if flag is not None:
        return flag
    return count >= 3 and sys.stderr.isatty() and not os.environ.get("CI")
