"""The commands besides `check`: models, schema, rules, explain, eval, audit and diff."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from typing import Any

import click

from ..config import Config
from ..io import atomic_file, document_from_text, read_document
from ..models import ModelError, candidate_dirs, load_pipeline, locate_models
from ..report.json import to_json
from ..report.model import schema
from ..report.writers import emit
from ..rules import RULES, explain_text
from . import options as opt


@click.group()
def models() -> None:
    """Find, inspect and download the Stanza models."""


@models.command("info")
@opt.models_dir_option
@opt.config_option
def models_info(models_dir: str | None, config_path: str | None) -> None:
    """Show where models are looked for, which directory is used, and its processors."""
    models_dir = opt.resolve_models_dir(models_dir, opt.config_for(config_path, "."))
    for directory, how in candidate_dirs(models_dir):
        click.echo(f"looked in ({how}): {directory}")
    try:
        source = locate_models(models_dir)
    except ModelError as exc:
        opt.fail(str(exc))
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
    from ..models import download

    target = directory or os.environ.get("STANZA_RESOURCES_DIR")
    try:
        where = download(target, lang)
    except Exception as exc:  # network and hub errors come in many types
        opt.fail(f"model download failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    click.echo(f"models installed in {where}")


@click.command("schema")
def print_schema() -> None:
    """Print the JSON Schema of the report."""
    click.echo(to_json(schema()), nl=False)


@click.command("rules")
def list_rules() -> None:
    """List every rule with its default severity."""
    for rule in RULES.values():
        click.echo(f"{rule.id:24} {rule.severity:8} {rule.summary}")


@click.command("explain")
@click.argument("rule_id", metavar="RULE")
def explain(rule_id: str) -> None:
    """Why a rule exists, with a draft it flags and a better one."""
    rule = RULES.get(rule_id)
    if rule is None:
        opt.fail(f"unknown rule {rule_id!r}; choose from {', '.join(RULES)}")
    click.echo(explain_text(rule), nl=False)


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", "predictions_out", type=click.Path(dir_okay=False), default=None,
              help="Also write the predictions (gold record shape, JSONL) to this file.")
@click.option("--from-predictions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score this predictions file instead of running the checker.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, grouped by cause.")
@opt.models_dir_option
@opt.config_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use only the first N gold records.")
@click.option("--entities", "entities_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="The gold's entity layer (JSONL): also score who spoke, as the report shows it.")
@opt.parse_all_option
@opt.cache_options
def evaluate_command(gold: str, predictions_out: str | None, from_predictions: str | None, fmt: str,
                     show_errors: bool, models_dir: str | None, config_path: str | None, limit: int | None,
                     entities_path: str | None, parse_all: bool, cache_dir: str | None, no_cache: bool) -> None:
    """Score quotes and speakers against a gold JSONL file (one article per line).

    Analyses are cached like `check`'s, so a second run after a change to attribution or rules
    costs only those stages.
    """
    from .. import evaluate

    started = time.monotonic()
    try:
        records = evaluate.read_jsonl(gold)[:limit]
        predicted = evaluate.read_jsonl(from_predictions) if from_predictions else None
        layer = evaluate.read_entities(entities_path) if entities_path else None
    except (OSError, ValueError) as exc:
        opt.fail(str(exc))
    if predicted is None:
        config = opt.config_for(config_path, gold)
        predicted = _predict(records, config, models_dir, parse_all,
                             opt.resolve_cache_dir(cache_dir, no_cache, config))
    if predictions_out:
        _write(evaluate.to_jsonl(predicted), predictions_out, "predictions")
    figures = evaluate.score(records, predicted)
    figures["units"] = evaluate.unit_table(records, predicted)
    figures["resolution_steps"] = evaluate.resolution_table(records, predicted)
    if layer is not None:
        figures["entities"] = evaluate.score_entities(records, layer, predicted)
    misses = evaluate.diagnose(records, predicted) if show_errors else []
    if fmt == "json":
        if show_errors:
            figures["errors"] = [m.as_dict() for m in misses]
            figures["sieves"] = evaluate.sieve_table(records, predicted)
        click.echo(json.dumps(figures, indent=1, ensure_ascii=False))
        return
    out = f"{len(records)} documents, {time.monotonic() - started:.1f} s\n" + evaluate.render_metrics(figures) \
        + evaluate.render_units(figures["units"], figures["resolution_steps"])
    if layer is not None:
        out += evaluate.render_entities(figures["entities"])
    if show_errors:
        out += evaluate.render_errors(misses, evaluate.sieve_table(records, predicted))
    click.echo(out, nl=False)


def _predict(records: list[dict[str, Any]], config: Config, models_dir: str | None, parse_all: bool,
             cache_dir: str | None) -> list:
    """Run the checker over every gold article, with the models, knowledge and cache `check` would use."""
    from .. import evaluate
    from ..cache import AnalysisCache
    from ..engine import Analyser, check_document

    kb = opt.knowledge_for(config)
    try:
        source = locate_models(opt.resolve_models_dir(models_dir, config))
    except ModelError as exc:
        opt.fail(str(exc))
    analyser = Analyser(source, cache=AnalysisCache(cache_dir, source) if cache_dir else None)

    def check_text(text: str, doc_id: str) -> Any:
        return check_document(document_from_text(text, doc_id), analyser, kb, parse_all=parse_all)

    runs = evaluate.predict(records, check_text)
    try:
        if sys.stderr.isatty() and not os.environ.get("CI"):
            with click.progressbar(runs, length=len(records), label="checking", file=sys.stderr) as bar:
                return list(bar)
        return list(runs)
    except ModelError as exc:  # the pipeline loads on the first uncached article
        opt.fail(str(exc))


@click.command("audit")
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
@opt.models_dir_option
@opt.config_option
@opt.cache_options
@opt.max_bytes_option
def audit_command(corpus: tuple[str, ...], output: str | None, summary_path: str | None, text_field: str,
                  id_field: str, jobs: int | None, scheduler: str | None, batch_size: int,
                  models_dir: str | None, config_path: str | None, cache_dir: str | None, no_cache: bool,
                  max_bytes: int | None) -> None:
    """Audit an archive (JSONL, Parquet or directories): a line per document and the archive's figures."""
    from ..audit import Aggregate, AuditSettings, read_corpus, render_summary, run_audit
    from ..io import InputError

    config = opt.config_for(config_path, corpus[0])
    models_dir = opt.resolve_models_dir(models_dir, config)
    if scheduler is None:
        try:
            locate_models(models_dir)  # fail early, before reading the archive
        except ModelError as exc:
            opt.fail(str(exc))
    settings = AuditSettings(models_dir, opt.resolve_cache_dir(cache_dir, no_cache, config), False,
                             config.knowledge, opt.resolve_max_bytes(max_bytes, config), opt.resolve_jobs(jobs, config))
    total = Aggregate()
    try:
        # To a file, the lines are streamed beside it and renamed over it only when the audit completes.
        with atomic_file(output) if output and output != "-" else contextlib.nullcontext(sys.stdout) as sink:
            for line in run_audit(read_corpus(corpus, config, text_field, id_field), settings, scheduler,
                                  batch_size):
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                total.add(line)
    except (InputError, ModelError) as exc:
        opt.fail(str(exc))
    except OSError as exc:
        opt.fail(f"{output}: cannot write the results ({exc.strerror or exc})")
    summary = total.summary()
    if summary_path:
        _write(to_json(summary), summary_path, "the summary")
    click.echo(render_summary(summary), err=True, nl=False)


def _write(content: str, output: str | None, what: str) -> None:
    """`emit`, ending the command with one line when the file cannot be written."""
    try:
        emit(content, output)
    except OSError as exc:
        opt.fail(f"{output}: cannot write {what} ({exc.strerror or exc})")


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-o", "--output", help="Write the comparison to this file (atomically) instead of stdout.")
@opt.models_dir_option
@opt.config_option
def diff_drafts(old: str, new: str, fmt: str, output: str | None, models_dir: str | None,
                config_path: str | None) -> None:
    """Compare two versions of a draft: quotes added, removed, reworded, re-attributed; findings."""
    from ..diff import WRITERS, diff_results
    from ..engine import check_document
    from ..io import InputError

    config = opt.config_for(config_path, new)
    kb = opt.knowledge_for(config)
    try:
        docs = [read_document(path, max_bytes=opt.resolve_max_bytes(None, config)) for path in (old, new)]
    except InputError as exc:
        opt.fail(str(exc))
    try:
        pipeline = load_pipeline(locate_models(opt.resolve_models_dir(models_dir, config)))
    except ModelError as exc:
        opt.fail(str(exc))
    results = [check_document(doc, pipeline, kb, config.severities_for(doc.path)) for doc in docs]
    _write(WRITERS[fmt](diff_results(*results)), output, "the comparison")


COMMANDS: list[click.Command] = [models, print_schema, list_rules, evaluate_command, audit_command,
                                      diff_drafts, explain]
