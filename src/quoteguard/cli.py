"""Command line: `quoteguard check`, `quoteguard models download|info`, `quoteguard schema`, `quoteguard diff`.

Exit codes: 0 nothing at or above the fail threshold, 1 findings at or above it, 2 usage or
input errors (a clear line on stderr, never a traceback), 130 Ctrl-C, 143 SIGTERM (one line too;
a report being replaced is left as it was).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .baseline import apply_baseline, load_baseline, write_baseline
from .cache import ENV_DIR, default_cache_dir
from .config import Config, RuleSettings, expand_paths, load_config
from .io import DEFAULT_MAX_BYTES, InputError, atomic_file, read_document
from .knowledge import build_knowledge
from .nlp import PROCESSOR_ORDER, ModelError, candidate_dirs, load_pipeline, locate_models
from .report import build_report, emit, render_json, render_text, schema
from .rules import RULES, explain_text
from .runner import Failure, RunOptions, Task, check_all
from .sources import SourceText

OUTPUT_FORMATS = ["text", "json", "sarif", "github", "html"]
FAIL_LEVELS = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def _fail(message: str) -> None:
    click.echo(f"quoteguard: error: {message}", err=True)
    sys.exit(2)


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so `finally` blocks (the report's temp file) run."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


class _Main(click.Group):
    """The command group, turning Ctrl-C and SIGTERM into one line and the usual exit code.

    Click would print "Aborted!" and exit 1 on Ctrl-C, and SIGTERM would kill the process without
    cleanup. Here both unwind normally (a report being written is left as it was, with no temp
    file) and end with `quoteguard: interrupted`, exit 130 (SIGINT) or 143 (SIGTERM).
    """

    def invoke(self, ctx: click.Context) -> object:
        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("quoteguard: interrupted", err=True)
            sys.exit(128 + signal.SIGINT)
        except Terminated:
            click.echo("quoteguard: interrupted (SIGTERM)", err=True)
            sys.exit(128 + signal.SIGTERM)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _exit_now(signum: int, frame: object) -> None:
    sys.stderr.write("quoteguard: interrupted" + (" (SIGTERM)" if signum == signal.SIGTERM else "") + "\n")
    sys.stderr.flush()
    os._exit(128 + signum)


@contextlib.contextmanager
def _exit_at_once_on_interrupt() -> Iterator[None]:
    """Ctrl-C or SIGTERM while Stanza and torch load end the process at once.

    A KeyboardInterrupt inside `import torch` leaves a half-imported extension behind, and what
    follows is a misleading error ("stanza is not installed") or a traceback. Nothing has been
    written at this point (the report comes last), so there is nothing to clean up.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _exit_now) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quoteguard")
def main() -> None:
    """Quote attribution and sourcing checker for news drafts."""


def _rule_list(value: str | None) -> tuple[str, ...]:
    items = tuple(v.strip() for v in (value or "").split(",") if v.strip())
    if unknown := [v for v in items if v not in RULES]:
        _fail(f"unknown rule(s) {', '.join(unknown)}; see `quoteguard rules`")
    return items


def _rule_levels(values: tuple[str, ...]) -> dict[str, str]:
    levels = {}
    for value in values:
        rule_id, _, level = value.partition("=")
        if rule_id not in RULES or level not in ("error", "warning", "info", "off"):
            _fail(f"--rule {value!r}: use RULE=error|warning|info|off with a rule from `quoteguard rules`")
        levels[rule_id] = level
    return levels


def _cache_dir(option: str | None, disabled: bool, config: Config) -> str | None:
    """The analysis cache directory, or None when caching is switched off."""
    if disabled or config.cache is False:
        return None
    return option or (os.path.join(config.base_dir, config.cache_dir) if config.cache_dir else default_cache_dir())


def _progress_wanted(flag: bool | None, count: int) -> bool:
    if flag is not None:
        return flag
    return count >= 3 and sys.stderr.isatty() and not os.environ.get("CI")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="text", show_default=True,
              help="text, json (schema), sarif (code scanning), github (workflow annotations) or html (one page).")
@click.option("-o", "--output", help="Write the report to this file (atomically) instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(FAIL_LEVELS)), default=None,
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
@click.option("--models-dir", type=click.Path(file_okay=False), default=None,
              help="Stanza resources directory (else $STANZA_RESOURCES_DIR, else stanza's default).")
@click.option("--processors", default=None,
              help="Use only these Stanza processors (comma-separated), e.g. tokenize,mwt,pos.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: .quoteguard.toml or pyproject.toml found upward).")
@click.option("--stdin-filename", default=None,
              help="Name (and, by its extension, format) of a draft read from '-'.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help=f"Largest draft accepted; a DOCX may not unpack to more  [default: config max-bytes, "
                   f"else {DEFAULT_MAX_BYTES}]")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when stdout is a TTY).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for 3 or more files, not in CI).")
@click.option("--source", "source_paths", multiple=True, metavar="FILE",
              help="Transcript, press release or earlier article the quotes must appear in verbatim (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Check drafts in this many processes, each with its own pipeline  [default: 1]")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=f"Where analyses are cached (else ${ENV_DIR}, else the user cache directory).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the analysis cache.")
@click.option("--parse-all", is_flag=True,
              help="Parse every sentence, not only those attribution reads (slower; for comparison).")
@click.option("--timeout", type=click.IntRange(min=1), default=None, metavar="SECONDS",
              help="Give up a draft that takes longer (one error line, exit 2; the others are still "
                   "checked)  [default: config timeout, else no limit]")
def check(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str | None, exit_zero: bool,
          select: str | None, ignore: str | None, rule_levels: tuple[str, ...], baseline_path: str | None,
          update_baseline: bool, models_dir: str | None, processors: str | None, config_path: str | None,
          stdin_filename: str | None, max_bytes: int | None, color: bool | None, progress: bool | None,
          source_paths: tuple[str, ...], jobs: int | None, cache_dir: str | None, no_cache: bool,
          parse_all: bool, timeout: int | None) -> None:
    """Check drafts (files, directories, or '-' for stdin) for quotes, speakers and sourcing problems."""
    try:
        config = load_config(config_path, Path(paths[0] if paths[0] != "-" else "."))
        kb = build_knowledge(config.knowledge)
    except InputError as exc:
        _fail(str(exc))
    max_bytes = max_bytes or config.max_bytes or DEFAULT_MAX_BYTES
    cli_rules = RuleSettings(_rule_levels(rule_levels), _rule_list(select), _rule_list(ignore))
    only = tuple(p.strip() for p in processors.split(",")) if processors else None
    if only and (unknown := set(only) - set(PROCESSOR_ORDER)):
        _fail(f"unknown processor(s) {', '.join(sorted(unknown))}; choose from {', '.join(PROCESSOR_ORDER)}")
    threshold = fail_on or config.fail_on or "error"
    if threshold not in FAIL_LEVELS:
        _fail(f"fail-on must be one of {', '.join(FAIL_LEVELS)}, not {threshold!r}")
    sources = None
    if source_paths:
        try:
            sources = [SourceText(s.path, s.text) for s in (read_document(p, None, max_bytes) for p in source_paths)]
        except InputError as exc:
            _fail(f"source {exc}")
    baseline_path = baseline_path or (os.path.join(config.base_dir, config.baseline) if config.baseline else None)
    if update_baseline and not baseline_path:
        _fail("--update-baseline needs --baseline FILE (or baseline in the config)")
    known = None
    if baseline_path and not update_baseline:
        try:
            known = load_baseline(baseline_path)
        except InputError as exc:
            _fail(str(exc))
    files, errors = expand_paths(paths, config)
    for _, message in errors:
        click.echo(f"quoteguard: error: {message}", err=True)
    documents = []
    for path in files:
        try:
            documents.append(read_document(path, stdin_filename if path == "-" else None, max_bytes))
        except InputError as exc:
            errors.append((path, str(exc)))
            click.echo(f"quoteguard: error: {exc}", err=True)
    results: list = []
    source = None
    if documents:
        try:
            with _exit_at_once_on_interrupt():  # a missing version file makes this import stanza
                source = locate_models(models_dir or config.models_dir, only=only)
        except ModelError as exc:
            _fail(str(exc))
        workers = min(jobs or config.jobs or 1, len(documents))
        options = RunOptions(source, _cache_dir(cache_dir, no_cache, config), workers, parse_all,
                             timeout or config.timeout)
        tasks = [Task(doc, config.severities_for(doc.path, cli_rules)) for doc in documents]
        outcomes: list = []
        try:
            # Nothing is written before the report, so Ctrl-C here may end the process at once.
            with _exit_at_once_on_interrupt():
                if _progress_wanted(progress, len(documents)):
                    with click.progressbar(check_all(tasks, kb, options, sources), length=len(tasks),
                                           label="checking", file=sys.stderr) as bar:
                        outcomes = list(bar)
                else:
                    outcomes = list(check_all(tasks, kb, options, sources))
        except ModelError as exc:
            _fail(str(exc))
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                errors.append((outcome.path, outcome.message))
                click.echo(f"quoteguard: error: {outcome.message}", err=True)
            else:
                results.append(outcome)
    if update_baseline and baseline_path:
        try:
            recorded = write_baseline(baseline_path, results)
        except OSError as exc:
            _fail(f"{baseline_path}: cannot write baseline ({exc.strerror or exc})")
        click.echo(f"quoteguard: baseline {baseline_path}: {recorded} findings recorded", err=True)
        known = load_baseline(baseline_path)  # the report then shows them as accepted, like the next run will
    if known is not None:
        results, outcome = apply_baseline(results, known)
        if outcome.stale:
            click.echo(f"quoteguard: baseline {baseline_path}: {outcome.stale} entries no longer match; "
                       "prune them with --update-baseline", err=True)
    report = build_report(results, errors, source.processors if source else ())
    use_color = color if color is not None else (fmt == "text" and not output and sys.stdout.isatty()
                                                 and "NO_COLOR" not in os.environ)
    content = render(fmt, report, results, use_color)
    try:
        emit(content, output)
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            from .report_ci import github_summary

            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
                summary.write(github_summary(report))
    except OSError as exc:
        _fail(f"{output or 'report'}: cannot write report ({exc.strerror or exc})")
    if errors:
        sys.exit(2)
    failing = FAIL_LEVELS[threshold]
    if not exit_zero and any(f["severity"] in failing for d in report["documents"] for f in d["findings"]):
        sys.exit(1)


def render(fmt: str, report: dict, results: list, color: bool = False) -> str:
    """The report in the chosen output format."""
    if fmt == "json":
        return render_json(report)
    if fmt == "sarif":
        from .report_ci import render_sarif

        return render_sarif(report)
    if fmt == "github":
        from .report_ci import render_github

        return render_github(report)
    if fmt == "html":
        from .report_html import render_html

        return render_html(report, results)
    return render_text(report, color=color)


@main.group()
def models() -> None:
    """Find, inspect and download the Stanza models."""


@models.command("info")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None)
def models_info(models_dir: str | None) -> None:
    """Show where models are looked for, which directory is used, and its processors."""
    for directory, how in candidate_dirs(models_dir):
        click.echo(f"looked in ({how}): {directory}")
    try:
        source = locate_models(models_dir)
    except ModelError as exc:
        _fail(str(exc))
    click.echo(f"using: {source.directory} (found by {source.found_by})")
    click.echo(f"processors: {','.join(source.processors)}")
    for key, value in sorted(source.kwargs.items()):
        if key.endswith("_path"):
            click.echo(f"  {key}: {value}")


@models.command("download")
@click.option("--dir", "directory", type=click.Path(file_okay=False), default=None,
              help="Where to put the models (default: $STANZA_RESOURCES_DIR or stanza's default).")
@click.option("--lang", default="en", show_default=True)
def models_download(directory: str | None, lang: str) -> None:
    """Download the official Stanza models (needs network access to Stanza's model hub)."""
    from .nlp import download

    target = directory or os.environ.get("STANZA_RESOURCES_DIR")
    try:
        where = download(target, lang)
    except Exception as exc:  # network and hub errors come in many types
        _fail(f"model download failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    click.echo(f"models installed in {where}")


@main.command("schema")
def print_schema() -> None:
    """Print the JSON Schema of the report."""
    click.echo(json.dumps(schema(), indent=2, ensure_ascii=False))


@main.command("rules")
def list_rules() -> None:
    """List every rule with its default severity."""
    for rule in RULES.values():
        click.echo(f"{rule.id:24} {rule.severity:8} {rule.summary}")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", "predictions_out", type=click.Path(dir_okay=False), default=None,
              help="Also write the predictions (gold record shape, JSONL) to this file.")
@click.option("--from-predictions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score this predictions file instead of running the checker.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, grouped by cause.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None,
              help="Stanza resources directory (else $STANZA_RESOURCES_DIR, else stanza's default).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use only the first N gold records.")
@click.option("--parse-all", is_flag=True,
              help="Parse every sentence, not only those attribution reads (slower; same findings expected).")
def evaluate_command(gold: str, predictions_out: str | None, from_predictions: str | None, fmt: str,
                     show_errors: bool, models_dir: str | None, limit: int | None, parse_all: bool) -> None:
    """Score quotes and speakers against a gold JSONL file (one article per line)."""
    import time

    from . import evaluate
    from .io import document_from_text

    started = time.monotonic()
    try:
        records = evaluate.read_jsonl(gold)[:limit]
        predicted = evaluate.read_jsonl(from_predictions) if from_predictions else None
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    if predicted is None:
        from .engine import check_document

        try:
            pipeline = load_pipeline(locate_models(models_dir))
        except ModelError as exc:
            _fail(str(exc))
        kb = build_knowledge()

        def check_text(text: str, doc_id: str):
            return check_document(document_from_text(text, doc_id), pipeline, kb, parse_all=parse_all)

        show_bar = sys.stderr.isatty() and not os.environ.get("CI")
        runs = evaluate.predict(records, check_text)
        if show_bar:
            with click.progressbar(runs, length=len(records), label="checking", file=sys.stderr) as bar:
                predicted = list(bar)
        else:
            predicted = list(runs)
    if predictions_out:
        try:
            emit(evaluate.to_jsonl(predicted), predictions_out)
        except OSError as exc:
            _fail(f"{predictions_out}: cannot write predictions ({exc.strerror or exc})")
    figures = evaluate.score(records, predicted)
    misses = evaluate.diagnose(records, predicted) if show_errors else []
    if fmt == "json":
        if show_errors:
            figures["errors"] = [m.as_dict() for m in misses]
            figures["sieves"] = evaluate.sieve_table(records, predicted)
        click.echo(json.dumps(figures, indent=1, ensure_ascii=False))
        return
    out = f"{len(records)} documents, {time.monotonic() - started:.1f} s\n" + evaluate.render_metrics(figures)
    if show_errors:
        out += evaluate.render_errors(misses, evaluate.sieve_table(records, predicted))
    click.echo(out, nl=False)


@main.command("audit")
@click.argument("corpus", nargs=-1, required=True)
@click.option("-o", "--output", default=None,
              help="Write one JSON line per document here (replaced only when the audit completes) [default: stdout].")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the aggregate summary to this JSON file.")
@click.option("--text-field", default="text", show_default=True, help="JSONL/Parquet field holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL/Parquet field holding the document id.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Local worker processes, each with its own pipeline  [default: 1]")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on this Dask cluster (e.g. tcp://host:8786) instead of locally.")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Documents per task.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None,
              help="Stanza resources directory (else $STANZA_RESOURCES_DIR, else stanza's default).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: .quoteguard.toml or pyproject.toml found upward).")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None, help="Analysis cache directory.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the analysis cache.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest draft file accepted.")
def audit_command(corpus: tuple[str, ...], output: str | None, summary_path: str | None, text_field: str,
                  id_field: str, jobs: int | None, scheduler: str | None, batch_size: int,
                  models_dir: str | None, config_path: str | None, cache_dir: str | None, no_cache: bool,
                  max_bytes: int) -> None:
    """Audit an archive (JSONL, Parquet or directories): a line per document and the archive's figures."""
    from .audit import Aggregate, AuditSettings, read_corpus, render_summary, run_audit

    try:
        config = load_config(config_path, Path(corpus[0]))
        if scheduler is None:
            locate_models(models_dir or config.models_dir)  # fail early, before reading the archive
    except (InputError, ModelError) as exc:
        _fail(str(exc))
    settings = AuditSettings(models_dir or config.models_dir, _cache_dir(cache_dir, no_cache, config), False,
                             config.knowledge, max_bytes, jobs or config.jobs or 1)
    total = Aggregate()
    try:
        # To a file, the lines are streamed beside it and renamed over it only when the audit completes.
        with atomic_file(output) if output and output != "-" else contextlib.nullcontext(sys.stdout) as sink:
            for line in run_audit(read_corpus(corpus, config, text_field, id_field), settings, scheduler,
                                  batch_size):
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                total.add(line)
    except (InputError, ModelError) as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write the results ({exc.strerror or exc})")
    summary = total.summary()
    if summary_path:
        try:
            emit(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", summary_path)
        except OSError as exc:
            _fail(f"{summary_path}: cannot write the summary ({exc.strerror or exc})")
    click.echo(render_summary(summary), err=True, nl=False)


@main.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", help="Write the comparison to this file (atomically) instead of stdout.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def diff_drafts(old: str, new: str, fmt: str, output: str | None, models_dir: str | None,
                config_path: str | None) -> None:
    """Compare two versions of a draft: quotes added, removed, reworded, re-attributed; findings."""
    from .diff import diff_results, to_dict
    from .diff import render_text as render_diff
    from .engine import check_document

    try:
        config = load_config(config_path, Path(new))
        kb = build_knowledge(config.knowledge)
        docs = [read_document(path, max_bytes=config.max_bytes or DEFAULT_MAX_BYTES) for path in (old, new)]
    except InputError as exc:
        _fail(str(exc))
    try:
        pipeline = load_pipeline(locate_models(models_dir or config.models_dir))
    except ModelError as exc:
        _fail(str(exc))
    results = [check_document(doc, pipeline, kb, config.severities_for(doc.path)) for doc in docs]
    found = diff_results(*results)
    content = (json.dumps(to_dict(found), ensure_ascii=False, indent=2) + "\n") if fmt == "json" \
        else render_diff(found)
    try:
        emit(content, output)
    except OSError as exc:
        _fail(f"{output}: cannot write the comparison ({exc.strerror or exc})")


@main.command("explain")
@click.argument("rule_id", metavar="RULE")
def explain(rule_id: str) -> None:
    """Why a rule exists, with a draft it flags and a better one."""
    rule = RULES.get(rule_id)
    if rule is None:
        _fail(f"unknown rule {rule_id!r}; choose from {', '.join(RULES)}")
    click.echo(explain_text(rule), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
