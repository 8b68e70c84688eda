"""`quoteguard check`: settings from options and config, then the check, then the report and exit code.

Exit codes: 0 nothing at or above the fail threshold, 1 findings at or above it, 2 usage or input errors.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

import click

from ..baseline import apply_baseline, load_baseline, write_baseline
from ..config import Config, RuleSettings, expand_paths
from ..engine import CheckResult
from ..io import Document, InputError, read_document
from ..knowledge import Knowledge
from ..models import PROCESSOR_ORDER, ModelError, locate_models
from ..report.github import github_summary
from ..report.model import Report, build_report
from ..report.writers import WRITERS, emit, render
from ..runner import Failure, RunOptions, Task, check_all
from ..sources import SourceText
from . import options as opt
from .signals import exit_at_once_on_interrupt

OUTPUT_FORMATS = list(WRITERS)


@dataclass
class CheckSettings:
    """Everything `check` needs, resolved once: command line, then config, then defaults."""

    paths: tuple[str, ...]
    config: Config
    knowledge: Knowledge
    fmt: str
    output: str | None
    threshold: str
    exit_zero: bool
    rules: RuleSettings
    baseline: str | None
    update_baseline: bool
    models_dir: str | None
    processors: tuple[str, ...] | None
    stdin_filename: str | None
    max_bytes: int
    color: bool | None
    progress: bool | None
    sources: list[SourceText] | None
    cache_dir: str | None
    jobs: int
    parse_all: bool
    timeout: int | None


def check_settings(options: dict[str, Any]) -> CheckSettings:
    """The settings from `check`'s options and the config; a bad value ends the command (exit 2)."""
    config = opt.config_for(options["config_path"], options["paths"][0])
    knowledge = opt.knowledge_for(config)
    max_bytes = opt.resolve_max_bytes(options["max_bytes"], config)
    cli_rules = RuleSettings(opt.rule_levels(options["rule_levels"]), opt.rule_list(options["select"]),
                             opt.rule_list(options["ignore"]))
    only = tuple(p.strip() for p in options["processors"].split(",")) if options["processors"] else None
    if only and (unknown := set(only) - set(PROCESSOR_ORDER)):
        opt.fail(f"unknown processor(s) {', '.join(sorted(unknown))}; choose from {', '.join(PROCESSOR_ORDER)}")
    threshold = opt.resolve_fail_on(options["fail_on"], config)
    sources = None
    if options["source_paths"]:
        try:
            sources = [SourceText(s.path, s.text)
                       for s in (read_document(p, None, max_bytes) for p in options["source_paths"])]
        except InputError as exc:
            opt.fail(f"source {exc}")
    baseline = opt.resolve_baseline(options["baseline_path"], config)
    if options["update_baseline"] and not baseline:
        opt.fail("--update-baseline needs --baseline FILE (or baseline in the config)")
    return CheckSettings(
        paths=options["paths"], config=config, knowledge=knowledge, fmt=options["fmt"], output=options["output"],
        threshold=threshold, exit_zero=options["exit_zero"], rules=cli_rules, baseline=baseline,
        update_baseline=options["update_baseline"], models_dir=opt.resolve_models_dir(options["models_dir"], config),
        processors=only, stdin_filename=options["stdin_filename"], max_bytes=max_bytes, color=options["color"],
        progress=options["progress"], sources=sources,
        cache_dir=opt.resolve_cache_dir(options["cache_dir"], options["no_cache"], config),
        jobs=opt.resolve_jobs(options["jobs"], config), parse_all=options["parse_all"],
        timeout=opt.resolve_timeout(options["timeout"], config))


def run_check(settings: CheckSettings) -> None:
    """Check the drafts, write the report, and exit with the code the findings and errors call for."""
    known = None
    if settings.baseline and not settings.update_baseline:
        try:
            known = load_baseline(settings.baseline)
        except InputError as exc:
            opt.fail(str(exc))
    documents, errors = _read_drafts(settings)
    results: list[CheckResult] = []
    processors: tuple[str, ...] = ()
    if documents:
        results, processors = _check_drafts(settings, documents, errors)
    if settings.update_baseline and settings.baseline:
        known = _record_baseline(settings.baseline, results)
    if known is not None:
        results, outcome = apply_baseline(results, known)
        if outcome.stale:
            click.echo(f"quoteguard: baseline {settings.baseline}: {outcome.stale} entries no longer match; "
                       "prune them with --update-baseline", err=True)
    report = build_report(results, errors, processors)
    _write_report(settings, report)
    if errors:
        sys.exit(2)
    failing = opt.FAIL_LEVELS[settings.threshold]
    if not settings.exit_zero and any(f["severity"] in failing for d in report["documents"] for f in d["findings"]):
        sys.exit(1)


def _error(path: str, message: str, errors: list[tuple[str, str]]) -> None:
    errors.append((path, message))
    click.echo(f"quoteguard: error: {message}", err=True)


def _read_drafts(settings: CheckSettings) -> tuple[list[Document], list[tuple[str, str]]]:
    """The drafts the paths name (directories expanded), and an error for each that cannot be read."""
    files, errors = expand_paths(settings.paths, settings.config)
    for _, message in errors:
        click.echo(f"quoteguard: error: {message}", err=True)
    documents = []
    for path in files:
        try:
            documents.append(read_document(path, settings.stdin_filename if path == "-" else None,
                                           settings.max_bytes))
        except InputError as exc:
            _error(path, str(exc), errors)
    return documents, errors


def _check_drafts(settings: CheckSettings, documents: list[Document], errors: list[tuple[str, str]]
                  ) -> tuple[list[CheckResult], tuple[str, ...]]:
    """Each draft's result (a draft that fails adds to `errors`), and the Stanza processors used."""
    try:
        with exit_at_once_on_interrupt():  # a missing version file makes this import stanza
            source = locate_models(settings.models_dir, only=settings.processors)
    except ModelError as exc:
        opt.fail(str(exc))
    run = RunOptions(source, settings.cache_dir, min(settings.jobs, len(documents)), settings.parse_all,
                     settings.timeout)
    tasks = [Task(doc, settings.config.severities_for(doc.path, settings.rules)) for doc in documents]
    outcomes: list = []
    try:
        # Nothing is written before the report, so Ctrl-C here may end the process at once.
        with exit_at_once_on_interrupt():
            checked = check_all(tasks, settings.knowledge, run, settings.sources)
            if opt.progress_wanted(settings.progress, len(documents)):
                with click.progressbar(checked, length=len(tasks), label="checking", file=sys.stderr) as bar:
                    outcomes = list(bar)
            else:
                outcomes = list(checked)
    except ModelError as exc:
        opt.fail(str(exc))
    results = []
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            _error(outcome.path, outcome.message, errors)
        else:
            results.append(outcome)
    return results, source.processors


def _record_baseline(path: str, results: list[CheckResult]) -> Counter[tuple[str, str]]:
    """Write the current findings as the baseline; they then show as accepted, like the next run will."""
    try:
        recorded = write_baseline(path, results)
    except OSError as exc:
        opt.fail(f"{path}: cannot write baseline ({exc.strerror or exc})")
    click.echo(f"quoteguard: baseline {path}: {recorded} findings recorded", err=True)
    return load_baseline(path)


def _write_report(settings: CheckSettings, report: Report) -> None:
    """The report in the chosen format to -o or stdout; for github, the step summary too when asked."""
    fmt, output = settings.fmt, settings.output
    color = settings.color if settings.color is not None else (
        fmt == "text" and not output and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    content = render(fmt, report, color)
    try:
        emit(content, output)
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
                summary.write(github_summary(report))
    except OSError as exc:
        opt.fail(f"{output or 'report'}: cannot write report ({exc.strerror or exc})")



@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="text", show_default=True,
              help="text, json (schema), sarif (code scanning), github (workflow annotations) or html (one page).")
@click.option("-o", "--output", help="Write the report to this file (atomically) instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(opt.FAIL_LEVELS)), default=None,
              help="Lowest severity that makes the exit code 1  [default: error]")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when findings reach --fail-on (input errors still exit 2).")
@click.option("--select", default=None, help="Run only these rules (comma-separated).")
@click.option("--ignore", default=None, help="Never run these rules (comma-separated).")
@click.option("--rule", "rule_levels", multiple=True, metavar="RULE=LEVEL",
              help="Set a rule's severity (error, warning, info or off); repeatable. Beats the config.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Accept the findings recorded in this file; report only new ones.")
@click.option("--update-baseline", is_flag=True, help="Write the current findings to the --baseline file.")
@opt.models_dir_option
@click.option("--processors", default=None,
              help="Use only these Stanza processors (comma-separated), e.g. tokenize,mwt,pos.")
@opt.config_option
@click.option("--stdin-filename", default=None,
              help="Name (and, by its extension, format) of a draft read from '-'.")
@opt.max_bytes_option
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when stdout is a TTY).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for 3 or more files, not in CI).")
@click.option("--source", "source_paths", multiple=True, metavar="FILE",
              help="Transcript, press release or earlier article the quotes must appear in verbatim (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Check drafts in this many processes, each with its own pipeline  [default: 1]")
@opt.cache_options
@opt.parse_all_option
@click.option("--timeout", type=click.IntRange(min=1), default=None, metavar="SECONDS",
              help="Give up a draft that takes longer (one error line, exit 2; the others are still "
                   "checked)  [default: config timeout, else no limit]")
def check(**options: Any) -> None:
    """Check drafts (files, directories, or '-' for stdin) for quotes, speakers and sourcing problems."""
    run_check(check_settings(options))
