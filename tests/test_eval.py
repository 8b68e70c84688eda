"""`quoteguard eval`: metric computations on sentences written for these tests, and agreement with
the shared reference scorer (read from ../shared at test time, never copied into the repo)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MODELS_DIR, SHARED
from quoteguard.cli import main
from quoteguard.evaluate import diagnose, score, speaker_correct, speaker_key, trim_span

GOLD_DIR = SHARED / "gold"
DEV = GOLD_DIR / "polnear" / "dev.jsonl"
REFERENCE = GOLD_DIR / "score.py"
needs_gold = pytest.mark.skipif(not (DEV.is_file() and REFERENCE.is_file()),
                                reason="../shared/gold (PolNeAR dev file and score.py) is not available")

TEXT = ("“We will open the bridge in May,” said Mayor Ann Lee of Riverton.\n"
        "He added that the delay was “regrettable but unavoidable.”\n"
        "Critics call the plan a “vanity project” and an engineer said the cost is "
        "“far too high for a town this size.”")


def at(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def gq(snippet: str, speaker: str | None, kind: str = "name", antecedent: str | None = None,
       text: str = TEXT) -> dict:
    start, end = at(text, snippet)
    quote = {"start": start, "end": end, "text": snippet, "speaker": speaker, "speaker_type": kind if speaker else None,
             "speaker_antecedent_guess": antecedent, "kind": "direct"}
    if speaker and speaker in text:
        quote["speaker_start"], quote["speaker_end"] = at(text, speaker)
    return quote


def pq(snippet: str, speaker: str | None, text: str = TEXT, **extra) -> dict:
    start, end = at(text, snippet)
    return {"start": start, "end": end, "text": snippet, "speaker": speaker, **extra}


def gold_record(*quotes: dict, text: str = TEXT, others: tuple[str, ...] = ()) -> dict:
    return {"id": "d1", "text": text, "quotes": list(quotes),
            "non_attribution_quoted_spans": [dict(zip(("start", "end"), at(text, o), strict=True), text=o)
                                             for o in others]}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def reference(gold: Path, pred: Path) -> dict:
    run = subprocess.run([sys.executable, str(REFERENCE), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(run.stdout)


def gold_slice(tmp_path: Path, count: int) -> Path:
    """The first `count` dev articles in a file of their own (never kept: the gold is not committed)."""
    lines = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:count]
    path = tmp_path / "slice.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assert_same_figures(ours: dict, theirs: dict) -> None:
    for key, value in theirs.items():
        assert key in ours, key
        if isinstance(value, dict):
            assert_same_figures(ours[key], value)
        elif isinstance(value, float):
            assert ours[key] == pytest.approx(value, abs=1e-9), key
        else:
            assert ours[key] == value, key


# -- span matching ---------------------------------------------------------------------------

def test_trimming_ignores_marks_and_edge_punctuation():
    start, end = at(TEXT, "“We will open the bridge in May,”")
    s, e = trim_span(TEXT, start, end)
    assert TEXT[s:e] == "We will open the bridge in May"


def test_exact_and_overlap_matching():
    gold = [gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee"),
                        gq("“regrettable but unavoidable.”", "He", "pronoun", antecedent="Ann Lee"),
                        gq("“far too high for a town this size.”", "an engineer", "nominal"))]
    preds = [{"id": "d1", "quotes": [
        pq("We will open the bridge in May", "Ann Lee"),  # no marks, no comma: still exact
        pq("“regrettable but", "Ann Lee"),  # 15 of 27 trimmed characters: overlap, not exact
        pq("“far too", None),  # too short a share of the gold span: no match at all
    ]}]
    m = score(gold, preds)
    assert (m["exact"]["tp"], m["overlap"]["tp"]) == (1, 2)
    assert m["exact"]["p"] == pytest.approx(1 / 3) and m["overlap"]["r"] == pytest.approx(2 / 3)
    assert m["overlap"]["f1"] == pytest.approx(2 / 3)


def test_overlap_pairs_one_to_one_best_first():
    gold = [gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee"))]
    preds = [{"id": "d1", "quotes": [pq("We will open the bridge", "Ann Lee"),
                                     pq("We will open the bridge in May", "X")]}]
    m = score(gold, preds)
    assert m["overlap"]["tp"] == 1 and m["pred_quotes"] == 2
    assert m["speaker_acc"] == 0.0  # the better-overlapping prediction (speaker X) took the pair


def test_missing_document_counts_as_no_predictions():
    m = score([gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee"))], [])
    assert (m["gold_quotes"], m["pred_quotes"], m["overlap"]["r"], m["end_to_end_f1"]) == (1, 0, 0.0, 0.0)


# -- speakers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "key"), [
    ("Mayor Ann Lee of Riverton", "lee"),  # first longest run of capitals
    ("Riverton Bridge Authority chief engineer Tom Baker", "authority"),
    ("Sen. Tom Baker (D-Riverton)", "baker"),  # honorific and parenthetical dropped
    ("Ann Lee's deputy Tom Baker", "baker"),  # a possessive run is used only as a last resort
    ("Ann Lee's", "lee"),
    ("an engineer", "engineer"),
    ("", None),
])
def test_speaker_key(phrase, key):
    assert speaker_key(phrase) == key


def test_speaker_correct_keys_and_pronoun_antecedent():
    named = gq("“We will open the bridge in May,”", "Mayor Ann Lee")
    assert speaker_correct(named, "Ann Lee") and speaker_correct(named, "Lee")
    assert not speaker_correct(named, "Tom Baker") and not speaker_correct(named, None)
    pronoun = gq("“regrettable but unavoidable.”", "He", "pronoun", antecedent="Mayor Ann Lee")
    assert speaker_correct(pronoun, "Ann Lee")  # the antecedent's key is accepted for a gold pronoun
    assert not speaker_correct(pronoun, "Tom Baker")
    unattributed = gq("“vanity project”", None)
    assert speaker_correct(unattributed, None) and not speaker_correct(unattributed, "Ann Lee")


def test_lenient_accepts_any_word_of_a_named_gold_speaker_and_most_content_words():
    named = gq("“We will open the bridge in May,”", "Mayor Ann Lee")
    assert not speaker_correct(named, "Ann") and speaker_correct(named, "Ann", lenient=True)
    nominal = gq("“far too high for a town this size.”", "an engineer at the works", "nominal")
    assert speaker_correct(nominal, "the engineer", lenient=True)
    assert not speaker_correct(nominal, "the mayor", lenient=True)


def test_speaker_accuracy_by_type_end_to_end_and_flag():
    gold = [gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee"),
                        gq("“regrettable but unavoidable.”", "He", "pronoun", antecedent="Mayor Ann Lee"),
                        gq("“vanity project”", None),
                        gq("“far too high for a town this size.”", "an engineer", "nominal"))]
    preds = [{"id": "d1", "quotes": [
        pq("“We will open the bridge in May,”", "Ann Lee", speaker_start=TEXT.index("Ann"),
           speaker_end=TEXT.index("Ann") + 7),
        pq("“regrettable but unavoidable.”", "Ann Lee"),
        pq("“vanity project”", "Ann Lee"),  # gold has no speaker: wrong, and a missed flag
        pq("“far too high for a town this size.”", None),  # flagged, but gold has a speaker
        pq("Critics call the plan", None),  # unmatched
    ]}]
    m = score(gold, preds)
    assert m["speaker_acc"] == pytest.approx(2 / 4)
    types = m["by_gold_speaker_type"]
    assert types["name"]["speaker_acc"] == 1.0 and types["pronoun"]["speaker_acc"] == 1.0
    assert types["nominal"]["speaker_acc"] == 0.0 and types["None"]["speaker_acc"] == 0.0
    assert m["speaker_span_acc"] == 1.0
    # end to end: 2 right out of 5 predicted and 4 gold
    p, r = 2 / 5, 2 / 4
    assert m["end_to_end_f1"] == pytest.approx(2 * p * r / (p + r))
    assert (m["unattributed_flag"]["p"], m["unattributed_flag"]["r"]) == (0.0, 0.0)
    assert m["unattributed_flag"]["gold_null_matched"] == 1


def test_diagnose_gives_one_cause_per_miss():
    text = TEXT + "\nThe “Bridge Fund” paid.\nTom Baker said: “Not a chance.” He said: “Maybe.”"
    gold = [gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee", text=text),
                        gq("“regrettable but unavoidable.”", "He", "pronoun", antecedent="Mayor Ann Lee", text=text),
                        gq("“vanity project”", None, text=text),
                        gq("“far too high for a town this size.”", "an engineer", "nominal", text=text),
                        gq("“Not a chance.”", "Tom Baker", text=text),
                        gq("“Maybe.”", "Tom Baker", text=text),
                        text=text, others=("“Bridge Fund”",))]
    mayor = at(text, "Mayor Ann Lee")
    preds = [{"id": "d1", "quotes": [
        pq("“We will open the bridge in May,”", "Ann Lee", text=text),
        pq("“regrettable but unavoidable.”", "Tom Baker", text=text, mention="He", mention_kind="pronoun"),
        pq("“vanity project”", "Ann Lee", text=text),
        pq("“far too high for a town this size.”", None, text=text),
        pq("“Bridge Fund”", "Ann Lee", text=text),
        pq("“Not a chance.”", "Ann Lee", text=text, mention="Mayor Ann Lee",
           speaker_start=mayor[0], speaker_end=mayor[1]),
    ], "other_quotes": [dict(zip(("start", "end"), at(text, "“Maybe.”"), strict=True), kind="scare")]}]
    causes = {(m.cause, m.type) for m in diagnose(gold, preds)}
    assert causes == {("coreference", "wrong-speaker"), ("speaker-not-expected", "wrong-speaker"),
                      ("no-speaker", "wrong-speaker"), ("scare-quote-as-speech", "false-positive"),
                      ("wrong-candidate", "wrong-speaker"), ("classified-not-speech", "missed")}


def test_diagnose_separates_scorer_and_gold_artefacts_from_engine_misses():
    text = ("“The dam is safe,” said Tom Baker, head of the Riverton Water Board.\n"
            "“It will hold,” said Tom Baker again.\n"
            "“Costs are rising,” Riverton clerk Ann Lee wrote. “Taxes too.”\n"
            "The report said rates would go “up sharply in the years to come and beyond.”\n"
            "A “new” dam is planned.")
    cue_swap = gq("“It will hold,”", "said", "nominal", text=text) | {"cue": "Tom Baker"}
    gold = [gold_record(gq("“The dam is safe,”", "Tom Baker, head of the Riverton Water Board", text=text),
                        cue_swap,
                        gq("“Costs are rising,”", "Riverton clerk Ann Lee", text=text),
                        gq("“Taxes too.”", "Riverton clerk Ann Lee", text=text),
                        gq("“up sharply in the years to come and beyond.”", "The report", text=text),
                        text=text)]
    riverton = at(text, "Riverton clerk")
    preds = [{"id": "d1", "quotes": [
        pq("“The dam is safe,”", "Tom Baker", text=text),
        pq("“It will hold,”", "Tom Baker", text=text),
        pq("“Costs are rising,”", "Riverton", text=text, mention="Riverton", mention_kind="organisation",
           speaker_start=riverton[0], speaker_end=riverton[0] + 8),
        pq("up sharply", None, text=text),
        pq("“new”", None, text=text),
    ]}]
    causes = sorted((m.cause, m.type) for m in diagnose(gold, preds))
    assert causes == sorted([("scorer-key", "wrong-speaker"), ("gold-cue-swap", "wrong-speaker"),
                             ("speaker-phrase", "wrong-speaker"), ("quote-missed", "missed"),
                             ("span-mismatch", "missed"), ("span-mismatch", "false-positive"),
                             ("spurious-quote", "false-positive")])


@pytest.mark.skipif(not REFERENCE.is_file(), reason="../shared/gold/score.py is not available")
def test_small_files_agree_with_reference_scorer(tmp_path):
    text = TEXT + "\nThe “Bridge Fund” paid."
    gold = [gold_record(gq("“We will open the bridge in May,”", "Mayor Ann Lee", text=text),
                        gq("“regrettable but unavoidable.”", "He", "pronoun", antecedent="Mayor Ann Lee", text=text),
                        gq("“vanity project”", None, text=text),
                        gq("“far too high for a town this size.”", "an engineer", "nominal", text=text),
                        text=text, others=("“Bridge Fund”",))]
    preds = [{"id": "d1", "quotes": [
        pq("We will open the bridge in May", "Lee", text=text),
        pq("“regrettable but", "Tom Baker", text=text),
        {"text": "“vanity project”", "speaker": None},  # located by its text
        pq("“far too high for a town", "the engineer", text=text),
        pq("“Bridge Fund”", "Ann Lee", text=text),
    ]}]
    gold_path, pred_path = write_jsonl(tmp_path / "gold.jsonl", gold), write_jsonl(tmp_path / "pred.jsonl", preds)
    assert_same_figures(score(gold, preds), reference(gold_path, pred_path))


# -- the command on the real pipeline ----------------------------------------------------------

def test_eval_command_writes_predictions_in_gold_shape(tmp_path, pipeline):
    text = ("“The bridge will open in May,” said Mayor Ann Lee.\n"
            "Residents were skeptical. “We have heard that before,” one shopkeeper told reporters.")
    gold = [gold_record(gq("“The bridge will open in May,”", "Mayor Ann Lee", text=text),
                        gq("“We have heard that before,”", "one shopkeeper", "nominal", text=text), text=text)]
    gold_path, out = write_jsonl(tmp_path / "gold.jsonl", gold), tmp_path / "pred.jsonl"
    run = CliRunner().invoke(main, ["eval", str(gold_path), "--predictions", str(out), "--format", "json",
                                    "--models-dir", MODELS_DIR])
    assert run.exit_code == 0, run.output
    figures = json.loads(run.output)
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "d1"
    first = record["quotes"][0]
    assert text[first["start"]:first["end"]] == first["text"] == "“The bridge will open in May,”"
    # The predicted speaker is the source phrase as written (as the gold marks it); the entity beside it.
    assert first["speaker"] == "Mayor Ann Lee" and first["speaker_resolved"] == "Ann Lee"
    assert text[first["speaker_start"]:first["speaker_end"]] == "Mayor Ann Lee"
    assert figures["overlap"]["tp"] == 2 and figures["by_gold_speaker_type"]["name"]["speaker_acc"] == 1.0
    text_run = CliRunner().invoke(main, ["eval", str(gold_path), "--from-predictions", str(out), "--errors"])
    assert text_run.exit_code == 0 and "quote span  overlap" in text_run.output and "errors:" in text_run.output


def test_eval_reuses_cached_analyses_and_scores_the_same(tmp_path, pipeline):
    """A second eval after a change to attribution reads the analyses back instead of running Stanza."""
    text = "“The bridge will open in May,” said Mayor Ann Lee.\n"
    gold_path = write_jsonl(tmp_path / "gold.jsonl",
                            [gold_record(gq("“The bridge will open in May,”", "Mayor Ann Lee", text=text), text=text)])
    cache = tmp_path / "cache"
    args = ["eval", str(gold_path), "--format", "json", "--models-dir", MODELS_DIR, "--cache-dir", str(cache)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    entries = sorted(p for p in cache.rglob("*") if p.is_file())
    assert entries, "the first run stores its analysis"
    stamps = [p.stat().st_mtime_ns for p in entries]
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert [p.stat().st_mtime_ns for p in entries] == stamps  # read back, not rewritten
    assert json.loads(second.output)["overlap"] == json.loads(first.output)["overlap"]
    uncached = CliRunner().invoke(main, ["eval", str(gold_path), "--models-dir", MODELS_DIR, "--no-cache",
                                         "--cache-dir", str(tmp_path / "unused")])
    assert uncached.exit_code == 0 and not (tmp_path / "unused").exists()


def test_quotes_in_single_marks_are_outside_the_gold_unit(tmp_path, pipeline):
    """The gold annotates double-quoted segments only: a headline's ‘quote’ is neither right nor wrong."""
    text = ("Mayor Lee says bridge plan is ‘on track’\n\n"
            "“The bridge will open in May,” said Mayor Ann Lee.\n")
    gold_path = write_jsonl(tmp_path / "gold.jsonl",
                            [gold_record(gq("“The bridge will open in May,”", "Mayor Ann Lee", text=text), text=text)])
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(main, ["eval", str(gold_path), "--predictions", str(out), "--format", "json",
                                    "--models-dir", MODELS_DIR])
    assert run.exit_code == 0, run.output
    figures = json.loads(run.output)
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [q["text"] for q in record["quotes"]] == ["“The bridge will open in May,”"]
    [headline] = [o for o in record["other_quotes"] if o.get("scope") == "unannotated"]
    assert text[headline["start"]:headline["end"]] == "‘on track’"
    assert figures["pred_unannotated_scope"] == 1 and figures["overlap"]["p"] == 1.0
    text_run = CliRunner().invoke(main, ["eval", str(gold_path), "--from-predictions", str(out)])
    assert "outside the gold's double-quoted unit (not scored): 1" in text_run.output


@needs_gold
def test_eval_agrees_with_reference_scorer_on_gold_slice(tmp_path, pipeline):
    gold_path = gold_slice(tmp_path, 3)
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(main, ["eval", str(gold_path), "--predictions", str(out), "--format", "json",
                                    "--models-dir", MODELS_DIR])
    assert run.exit_code == 0, run.output
    ours = json.loads(run.output)
    assert ours["gold_quotes"] > 0 and ours["pred_quotes"] > 0
    assert_same_figures(ours, reference(gold_path, out))


@needs_gold
def test_scoring_agrees_with_reference_on_perturbed_gold(tmp_path):
    """Every branch of the metrics on all gold quotes, without the pipeline: predictions are the
    gold quotes shifted, shortened, dropped, or given other speakers, plus scare-quote false positives."""
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = []
    n = 0
    for record in gold:
        quotes = []
        for q in record["quotes"]:
            n += 1
            p = {"start": q["start"], "end": q["end"], "speaker": q["speaker"]}
            if n % 9 == 0:
                continue  # missed
            if n % 4 == 0:
                p["start"] += (q["end"] - q["start"]) // 3  # overlap only
            if n % 7 == 0:
                p["end"] = p["start"] + 3  # too short to match
            if n % 5 == 0:
                p["speaker"] = q.get("speaker_antecedent_guess") or "Someone Else"
            if n % 6 == 0:
                p["speaker"] = None
            if n % 8 == 0 and q.get("speaker_start") is not None:
                p["speaker_start"], p["speaker_end"] = q["speaker_start"] + n % 3, q["speaker_end"] + 5
            quotes.append(p)
        quotes += [{"start": o["start"], "end": o["end"], "speaker": None}
                   for o in record.get("non_attribution_quoted_spans", [])[::2]]
        preds.append({"id": record["id"], "quotes": quotes})
    pred_path = write_jsonl(tmp_path / "pred.jsonl", preds)
    assert_same_figures(score(gold, preds), reference(DEV, pred_path))
