"""Command line: `quoteguard check`, `quoteguard models download|info`, `quoteguard schema`, `quoteguard diff`.

Exit codes: 0 nothing at or above the fail threshold, 1 findings at or above it, 2 usage or
input errors (a clear line on stderr, never a traceback).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import load_config
from .io import DEFAULT_MAX_BYTES, InputError, read_document
from .knowledge import build_knowledge
from .nlp import PROCESSOR_ORDER, ModelError, candidate_dirs, load_pipeline, locate_models
from .report import build_report, emit, render_json, render_text, schema
from .rules import RULES
from .sources import SourceText

FAIL_LEVELS = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def _fail(message: str) -> None:
    click.echo(f"quoteguard: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quoteguard")
def main() -> None:
    """Quote attribution and sourcing checker for news drafts."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", help="Write the report to this file (atomically) instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(FAIL_LEVELS)), default=None,
              help="Lowest severity that makes the exit code 1  [default: error]")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None,
              help="Stanza resources directory (else $STANZA_RESOURCES_DIR, else stanza's default).")
@click.option("--processors", default=None,
              help="Use only these Stanza processors (comma-separated), e.g. tokenize,mwt,pos.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: .quoteguard.toml or pyproject.toml found upward).")
@click.option("--stdin-filename", default=None, help="Name to show for a draft read from '-'.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True, help="Largest draft accepted.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when stdout is a TTY).")
@click.option("--source", "source_paths", multiple=True, metavar="FILE",
              help="Transcript, press release or earlier article the quotes must appear in verbatim (repeatable).")
def check(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str | None, models_dir: str | None,
          processors: str | None, config_path: str | None, stdin_filename: str | None, max_bytes: int,
          color: bool | None, source_paths: tuple[str, ...]) -> None:
    """Check drafts (files, or '-' for stdin) for quotes, speakers and sourcing problems."""
    try:
        config = load_config(config_path, Path(paths[0] if paths[0] != "-" else "."))
        kb = build_knowledge(config.knowledge)
    except InputError as exc:
        _fail(str(exc))
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
    documents, errors = [], []
    for path in paths:
        try:
            documents.append(read_document(path, stdin_filename if path == "-" else None, max_bytes))
        except InputError as exc:
            errors.append((path, str(exc)))
            click.echo(f"quoteguard: error: {exc}", err=True)
    results = []
    source = None
    if documents:
        try:
            source = locate_models(models_dir or config.models_dir, only=only)
            pipeline = load_pipeline(source)
        except ModelError as exc:
            _fail(str(exc))
        from .engine import check_document

        for doc in documents:
            results.append(check_document(doc, pipeline, kb, config.rules, sources))
    report = build_report(results, errors, source.processors if source else ())
    use_color = color if color is not None else (fmt == "text" and not output and sys.stdout.isatty()
                                                 and "NO_COLOR" not in os.environ)
    content = render_json(report) if fmt == "json" else render_text(report, color=use_color)
    try:
        emit(content, output)
    except OSError as exc:
        _fail(f"{output}: cannot write report ({exc.strerror or exc})")
    if errors:
        sys.exit(2)
    failing = FAIL_LEVELS[threshold]
    if any(f["severity"] in failing for d in report["documents"] for f in d["findings"]):
        sys.exit(1)


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
def evaluate_command(gold: str, predictions_out: str | None, from_predictions: str | None, fmt: str,
                     show_errors: bool, models_dir: str | None, limit: int | None) -> None:
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
            return check_document(document_from_text(text, doc_id), pipeline, kb)

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
        docs = [read_document(path) for path in (old, new)]
    except InputError as exc:
        _fail(str(exc))
    try:
        pipeline = load_pipeline(locate_models(models_dir or config.models_dir))
    except ModelError as exc:
        _fail(str(exc))
    results = [check_document(doc, pipeline, kb, config.rules) for doc in docs]
    found = diff_results(*results)
    content = (json.dumps(to_dict(found), ensure_ascii=False, indent=2) + "\n") if fmt == "json" \
        else render_diff(found)
    try:
        emit(content, output)
    except OSError as exc:
        _fail(f"{output}: cannot write the comparison ({exc.strerror or exc})")


if __name__ == "__main__":  # pragma: no cover
    main()
