"""`quoteguard eval --entities`: who spoke as the report shows it (entity, unnamed source, title,
organisation), on sentences and names written for these tests, and agreement with the shared entity
scorer (read from ../shared at test time, never copied into the repo)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MODELS_DIR, SHARED, assert_usage_error
from quoteguard.cli import main
from quoteguard.engine import check_document
from quoteguard.evaluate import score_entities
from quoteguard.evaluate.entities import content_words, initials, organisation_match, title_match
from quoteguard.evaluate.records import prediction_record
from quoteguard.io import document_from_text
from test_eval import assert_same_figures, at, gold_slice, write_jsonl

GOLD_DIR = SHARED / "gold"
DEV = GOLD_DIR / "polnear" / "dev.jsonl"
DEV_ENTITIES = GOLD_DIR / "polnear" / "dev-entities.jsonl"
ENTITY_SCORER = GOLD_DIR / "score_entities.py"
needs_gold = pytest.mark.skipif(not (DEV.is_file() and DEV_ENTITIES.is_file() and ENTITY_SCORER.is_file()),
                                reason="../shared/gold (PolNeAR dev, its entity layer, score_entities.py) "
                                       "is not available")

TEXT = ("“The harbour will reopen in June,” said Harbour Commission chair Maria Delgado.\n"
        "“Nobody has told us anything,” a senior port official said.\n"
        "“It is a disgrace,” said Tom Reyes, a fisherman.\n"
        "The plan was called “ambitious.”")
ENTITY_FIELDS = ("entity", "entity_type", "title", "organisation", "organisation_short")


def reference(gold: Path, entities: Path, pred: Path) -> dict:
    run = subprocess.run([sys.executable, str(ENTITY_SCORER), str(gold), str(entities), str(pred), "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(run.stdout)


def assert_agrees(ours: dict, theirs: dict) -> None:
    assert ours.keys() == theirs.keys()
    assert ours["entity_by_span_type"].keys() == theirs["entity_by_span_type"].keys()
    assert_same_figures(ours, theirs)


# -- lenient matches -------------------------------------------------------------------------------

def test_content_words_drop_possessives_stopwords_and_case():
    assert content_words("The Harbour Commission's chair of the U.S. board") == ["harbour", "commission", "chair",
                                                                                   "board"]
    assert content_words(None) == []


def test_initials_are_the_capitals_that_start_words():
    assert initials("Ministry of Foreign Affairs") == "mfa"
    assert initials("Harbour-Commission of Riverton") == "hr"


@pytest.mark.parametrize(("predicted", "short", "gold", "right"), [
    ("Harbour Commission", None, "the Harbour Commission", True),  # equal once normalised
    ("Commission", None, "Riverton Harbour Commission", True),  # one inside the other
    ("Riverton Port Authority", None, "Port Authority of Glenmoor", True),  # half the smaller's words shared
    ("Riverton Council", None, "Glenmoor Port Authority", False),
    (None, "RPA", "Riverton Port Authority", True),  # the short form is the initials
    ("Glenmoor Council", "R.P.A.", "Riverton Port Authority", True),  # either candidate may match
    ("Riverton Port Authority Holdings", None, None, False),  # nothing stated: never right
    (None, None, "Riverton Port Authority", False),
    ("Longform Initialism Club", None, "Lic", False),
])
def test_organisation_match_is_lenient_but_not_loose(predicted, short, gold, right):
    assert organisation_match(predicted, short, gold) is right


@pytest.mark.parametrize(("predicted", "gold", "right"), [
    ("chair", "Harbour Commission chair", False),  # 1 of 3 content words
    ("commission chair", "Harbour Commission chair", True),  # 2 of 3
    ("Deputy Harbour Master", "harbour master", True),
    ("spokeswoman", "senior spokesman", False),
    (None, "chair", False),
    ("chair", None, False),
    ("the chair", "the", False),  # a gold title of stopwords only is not scored as right
])
def test_title_match_needs_half_of_the_gold_title(predicted, gold, right):
    assert title_match(predicted, gold) is right


# -- the figures on invented records ---------------------------------------------------------------

def gold_and_layer() -> tuple[list[dict], dict]:
    spans = {name: at(TEXT, snippet) for name, snippet in (
        ("harbour", "The harbour will reopen in June,"), ("nobody", "Nobody has told us anything,"),
        ("disgrace", "It is a disgrace,"))}
    quotes = [{"start": s, "end": e, "speaker": sp, "speaker_type": kind} for (s, e), sp, kind in (
        (spans["harbour"], "Harbour Commission chair Maria Delgado", "name"),
        (spans["nobody"], "a senior port official", "nominal"),
        (spans["disgrace"], "Tom Reyes, a fisherman", "name"))]
    layer = {"d1": {
        spans["harbour"]: {"entity": "Maria Delgado", "entity_type": "person", "title": "Harbour Commission chair",
                           "organisation": "Harbour Commission"},
        spans["nobody"]: {"entity": None, "entity_type": "unnamed", "title": "senior port official",
                          "organisation": None},
        spans["disgrace"]: {"entity": "Tom Reyes", "entity_type": "person", "title": "fisherman",
                            "organisation": None}}}
    return [{"id": "d1", "text": TEXT, "quotes": quotes}], layer


def test_entity_figures_on_invented_records():
    gold, layer = gold_and_layer()
    (harbour, nobody, disgrace) = [(q["start"], q["end"]) for q in gold[0]["quotes"]]
    predicted = [{"id": "d1", "quotes": [
        {"start": harbour[0], "end": harbour[1], "entity": "Maria Delgado", "entity_type": "person",
         "title": "chair", "organisation": None, "organisation_short": "HC"},
        {"start": nobody[0], "end": nobody[1], "entity": "Port", "entity_type": "organisation"},
        {"start": disgrace[0], "end": disgrace[1], "entity": "Reyes", "entity_type": "person",
         "title": "fisherman", "organisation": "Fishermen's Union"},
        {"start": TEXT.index("ambitious"), "end": TEXT.index("ambitious") + 9, "entity": None, "entity_type": None},
    ]}]
    m = score_entities(gold, layer, predicted)
    assert (m["matched"], m["gold_with_entity"], m["pred"]) == (3, 3, 4)
    assert m["entity_acc"] == pytest.approx(2 / 3)
    assert m["entity_by_span_type"] == {"name": {"n": 2, "acc": 1.0}, "nominal": {"n": 1, "acc": 0.0}}
    assert m["unnamed"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "gold": 1}
    assert (m["organisation_acc"], m["organisation_scored"]) == (1.0, 1)  # HC: the initials
    assert m["organisation_extra_rate"] == 1.0  # the union, where the article states none
    assert (m["title_acc"], m["title_scored"]) == (0.5, 2)  # `chair` is 1 of 3 words
    assert m["who_e2e"]["p"] == pytest.approx(2 / 4) and m["who_e2e"]["r"] == pytest.approx(2 / 3)


def test_bad_entity_file_is_one_clear_error(tmp_path):
    gold, _ = gold_and_layer()
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", [{"id": "d1", "quotes": []}])
    bad = tmp_path / "entities.jsonl"
    for content, words in (("{not json\n", ("entities.jsonl:1", "not valid JSON")),
                           ('{"id": "d1"}\n', ("entities.jsonl", "record 1", "quotes")),
                           ('{"id": "d1", "quotes": [{"start": "0"}]}\n', ("entities.jsonl", "start"))):
        bad.write_text(content, encoding="utf-8")
        run = CliRunner().invoke(main, ["eval", str(gold_path), "--from-predictions", str(pred_path),
                                        "--entities", str(bad)])
        assert_usage_error(run, *words)


# -- the prediction record -------------------------------------------------------------------------

def test_prediction_record_carries_the_report_entity(pipeline, kb):
    result = check_document(document_from_text(TEXT, "d1"), pipeline, kb)
    quotes = {q["text"].strip("“”,."): q for q in prediction_record("d1", result)["quotes"]}
    assert all(set(ENTITY_FIELDS) <= q.keys() for q in quotes.values())
    delgado, official = quotes["The harbour will reopen in June"], quotes["Nobody has told us anything"]
    assert (delgado["entity"], delgado["entity_type"]) == ("Maria Delgado", "person")
    profile = result.profiles[result.attribution.attributions[quote_id(result, delgado)].speaker_id]
    # the report's profile, not re-derived
    assert (delgado["title"], delgado["organisation"]) == (profile.title, profile.affiliation.name)
    assert delgado["organisation_short"] == profile.affiliation.short
    assert (official["entity"], official["entity_type"]) == (None, "unnamed")


def test_unresolved_pronoun_and_no_speaker_are_no_entity(pipeline, kb):
    text = "“We are not leaving,” she said.\n\n“And that is final.”"
    result = check_document(document_from_text(text, "d1"), pipeline, kb)
    quotes = prediction_record("d1", result)["quotes"]
    assert quotes and all(set(ENTITY_FIELDS) <= q.keys() for q in quotes)
    pronoun = quotes[0]
    assert pronoun["speaker"] == "she"
    assert (pronoun["entity"], pronoun["entity_type"]) == (None, None)
    for q in quotes:
        if q["speaker"] is None:
            assert all(q[f] is None for f in ENTITY_FIELDS)


def test_a_committee_a_member_speaks_for_is_the_organisation_beside_the_party(pipeline, kb):
    text = ("“We want the files,” said Rep. Ann Holt (D-Ore.), the top Democrat on the Fisheries Committee.\n\n"
            "“We want jobs,” said Rep. Tom Vale (R-Idaho).")
    quotes = {q["text"].strip("“”,."): q for q in prediction_record("d1", check_document(
        document_from_text(text, "d1"), pipeline, kb))["quotes"]}
    assert quotes["We want the files"]["organisation"] == "Fisheries Committee"
    assert quotes["We want jobs"]["organisation"] == "Republican Party"  # a chamber alone: the party


def quote_id(result, predicted: dict) -> str:
    return next(q.id for q in result.quotes if q.start == predicted["start"])


# -- agreement with the shared entity scorer ---------------------------------------------------------

@needs_gold
def test_eval_entities_agree_with_shared_scorer_on_gold_slice(tmp_path, pipeline):
    gold_path = gold_slice(tmp_path, 3)
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(main, ["eval", str(DEV), "--limit", "3", "--predictions", str(out),
                                    "--entities", str(DEV_ENTITIES), "--format", "json", "--models-dir", MODELS_DIR])
    assert run.exit_code == 0, run.output
    ours = json.loads(run.output)["entities"]
    assert ours["gold_with_entity"] > 0 and ours["matched"] > 0
    assert_agrees(ours, reference(gold_path, DEV_ENTITIES, out))


@needs_gold
def test_entity_scoring_agrees_with_shared_scorer_on_perturbed_layer(tmp_path):
    """Every branch of the entity figures on all dev quotes, without the pipeline: predictions are the
    gold quotes with their entity records changed, dropped, or shortened to a short form."""
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    entities = [json.loads(line) for line in DEV_ENTITIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    layer = {r["id"]: {(q["start"], q["end"]): q for q in r["quotes"]} for r in entities}
    preds = [{"id": r["id"], "quotes": [perturbed(n, q, layer.get(r["id"], {}).get((q["start"], q["end"])))
                                        for n, q in enumerate(r["quotes"]) if n % 11 != 10]} for r in gold]
    pred_path = write_jsonl(tmp_path / "pred.jsonl", preds)
    assert_agrees(score_entities(gold, layer, preds), reference(DEV, DEV_ENTITIES, pred_path))


def perturbed(n: int, quote: dict, entity: dict | None) -> dict:
    """A prediction for one gold quote: its entity record, changed in a way chosen by `n`."""
    e = dict(entity or {})
    p = {"start": quote["start"], "end": quote["end"], "entity": e.get("entity"), "entity_type": e.get("entity_type"),
         "title": e.get("title"), "organisation": e.get("organisation"), "organisation_short": None}
    if n % 3 == 1:
        p["entity"], p["entity_type"] = "Someone Else", "person"
    if n % 4 == 2:
        p["entity_type"] = "unnamed"
    if n % 5 == 3 and p["organisation"]:
        p["organisation_short"], p["organisation"] = initials(p["organisation"]), None
    if n % 6 == 4:
        p["organisation"] = "Invented Holdings"
    if n % 7 == 5 and p["title"]:
        p["title"] = p["title"].split()[-1]
    if n % 8 == 6:
        p["start"] += (quote["end"] - quote["start"]) * 2 // 3  # too short to match
    return p
