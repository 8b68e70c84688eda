"""Sourcing checks: quotes against their sources, unnamed sources, first references, loaded verbs,
edited quotes, ambiguous pronouns, quotes run together, and the per-document sources summary."""

from __future__ import annotations

import pytest

from conftest import quote_with, rules_of
from quoteguard.engine import check_document
from quoteguard.io import document_from_text
from quoteguard.knowledge import build_knowledge, rule_explanations
from quoteguard.report.model import build_report
from quoteguard.rules import RULES
from quoteguard.sources import SourceText, match_quote, word_diff

TRANSCRIPT = """PRESS CONFERENCE, 12 JUNE
ARAGHCHI: We will not accept this deal. It is a trap, and we know it — everyone knows it.
Our partners in Moscow have been "very clear" with us. Putin said he would come.
"""
SOURCES = [SourceText("transcript.txt", TRANSCRIPT), SourceText("release.txt", "The ministry welcomes the talks.")]


@pytest.fixture(scope="session")
def check_sources(pipeline, kb, model_source):
    """check_sources(text, sources) -> the report's document, checked against source texts."""

    def run(text: str, sources: list[SourceText] | None = SOURCES) -> dict:
        result = check_document(document_from_text(text, "draft.txt"), pipeline, kb, None, sources)
        return build_report([result], [], model_source.processors)["documents"][0]

    return run


def findings(doc: dict, rule: str) -> list[dict]:
    return [f for f in doc["findings"] if f["rule"] == rule]


# -- sources.py: data in, data out ---------------------------------------------------------------

@pytest.mark.parametrize("quote", [
    "We will not accept this deal,",  # final comma before `said` for the source's full stop
    "we will not accept this deal",  # case at the start
    "We will not  accept\nthis deal.",  # whitespace
    "It is a trap … everyone knows it.",  # marked cut
    "It is a trap ... everyone knows it",
    "It is a trap, and we know it - everyone knows it",  # dash style
    "[Putin] said he would come",  # bracketed insertion
    "[t]his deal",
    "Our partners in Moscow have been ‘very clear’ with us.",  # quote-mark style
    "It is a trap (sic), and we know it",
])
def test_verbatim_quotes_pass(quote):
    assert match_quote(quote, SOURCES).status == "verbatim"


def test_misquote_shows_closest_passage_and_word_diff():
    match = match_quote("We will never accept this deal,", SOURCES)
    assert match.status == "misquote"
    assert match.source == "transcript.txt" and match.line == 2
    assert match.passage == "We will not accept this deal."
    assert match.changes == ("[-not-] {+never+}",)
    assert "We will [-not-] {+never+} accept this deal" in (match.diff or "")


def test_loose_match_is_never_a_pass():
    assert match_quote("We will accept this deal", SOURCES).status == "misquote"
    assert match_quote("It is a trap … nobody knows it", SOURCES).status == "misquote"


def test_unrelated_quote_is_missing():
    assert match_quote("The weather in Paris was lovely all week", SOURCES).status == "missing"


def test_word_diff():
    diff, changes = word_diff("the quick brown fox", "the slow brown fox jumps")
    assert diff == "the [-quick-] {+slow+} brown fox {+jumps+}"
    assert changes == ("[-quick-] {+slow+}", "{+jumps+}")


# -- quote-not-in-source --------------------------------------------------------------------------

def test_quote_not_in_source_only_with_sources(check_sources):
    text = "“We will never accept this deal,” said Foreign Minister Abbas Araghchi.\n"
    assert "quote-not-in-source" not in rules_of(check_sources(text, None))
    [finding] = findings(check_sources(text), "quote-not-in-source")
    assert finding["severity"] == "error"
    assert "transcript.txt:2" in finding["message"] and "[-not-] {+never+}" in finding["message"]


def test_verbatim_quote_with_cut_and_brackets_passes(check_sources):
    doc = check_sources("“We will not accept this deal,” said Foreign Minister Abbas Araghchi.\n\n"
                        "“It is a trap … everyone knows it,” Araghchi said. “[Putin] said he would come.”\n")
    assert "quote-not-in-source" not in rules_of(doc)


# -- anonymous-source, graded ----------------------------------------------------------------------

def test_bare_source_is_an_error(check):
    [finding] = findings(check("“The deal is dead,” a source said.\n"), "anonymous-source")
    assert finding["severity"] == "error"


def test_plural_sources_are_info(check):
    [finding] = findings(check("“The deal is dead,” sources said.\n"), "anonymous-source")
    assert finding["severity"] == "info"


def test_unnamed_source_without_reason_is_a_warning(check):
    [finding] = findings(check("“The deal is dead,” said a senior diplomat.\n"), "anonymous-source")
    assert finding["severity"] == "warning"


def test_unnamed_source_with_reason_is_not_flagged(check):
    doc = check("“The deal is dead,” said a senior diplomat, who spoke on condition of anonymity because the "
                "talks are confidential.\n")
    assert quote_with(doc, "The deal is dead")["speaker"]["anonymous"]
    assert "anonymous-source" not in rules_of(doc)


def test_configured_severity_overrides_the_grading(check):
    [finding] = findings(check("“The deal is dead,” a source said.\n", {"anonymous-source": "info"}),
                         "anonymous-source")
    assert finding["severity"] == "info"


# -- first-reference-incomplete -----------------------------------------------------------------

def test_first_reference_without_full_name_and_title(check):
    doc = check("“Russia gave nothing,” Smagin said. Nikita Smagin, an expert at the Carnegie Endowment, "
                "added that the war would last.\n")
    [finding] = findings(doc, "first-reference-incomplete")
    assert "full name" in finding["message"] and "title" in finding["message"]


def test_complete_first_reference_passes(check):
    doc = check("“Russia gave nothing,” said Nikita Smagin, an expert at the Carnegie Endowment. "
                "Smagin added that the war would last.\n")
    assert "first-reference-incomplete" not in rules_of(doc)


# -- loaded-attribution-verb ------------------------------------------------------------------------

def test_loaded_verb_is_info(check):
    [finding] = findings(check("“We did nothing wrong,” the minister claimed.\n"), "loaded-attribution-verb")
    assert finding["severity"] == "info" and "claimed" in finding["message"]


def test_said_and_adjective_uses_are_not_loaded(check):
    doc = check("“We did nothing wrong,” the minister said. The alleged crime happened at night.\n")
    assert "loaded-attribution-verb" not in rules_of(doc)


def test_loaded_verbs_come_from_config_knowledge(pipeline, model_source):
    kb = build_knowledge({"loaded-verbs": ["pontificate"]})
    result = check_document(document_from_text("“Prices will fall,” the banker pontificated.\n"), pipeline, kb)
    assert any(f.rule == "loaded-attribution-verb" for f in result.findings)


# -- altered-quote ------------------------------------------------------------------------------------

def test_altered_quote_lists_cut_insertion_and_sic(check):
    doc = check("“We will … support [Iran] fully (sic),” said Deputy Foreign Minister Sergei Ryabkov.\n")
    [finding] = findings(doc, "altered-quote")
    assert finding["severity"] == "info"
    assert "cut" in finding["message"] and "[Iran]" in finding["message"] and "(sic)" in finding["message"]


def test_unaltered_quote_passes(check):
    doc = check("“We will support Iran fully,” said Deputy Foreign Minister Sergei Ryabkov.\n")
    assert "altered-quote" not in rules_of(doc)


# -- ambiguous-pronoun-attribution -------------------------------------------------------------------

def test_he_said_with_two_men_named_before(check):
    doc = check("President Vladimir Putin met President Donald Trump in Helsinki. “It was a good meeting,” he said.\n")
    [finding] = findings(doc, "ambiguous-pronoun-attribution")
    assert "Putin" in finding["message"] and "Trump" in finding["message"]


def test_he_said_with_one_antecedent_passes(check):
    doc = check("President Vladimir Putin arrived in Helsinki on Monday. “It was a good meeting,” he said.\n")
    assert "ambiguous-pronoun-attribution" not in rules_of(doc)


# -- quotes-run-together ----------------------------------------------------------------------------------

def test_floating_quote_after_another_subject(check):
    doc = check("“Talks must resume,” said John Smith, a senior adviser at the Institute for Peace. "
                "Mary Jones rejected the plan. “It is a trap.”\n")
    [finding] = findings(doc, "quotes-run-together")
    assert finding["severity"] == "error" and "Mary Jones" in finding["message"]


def test_floating_quote_by_same_speaker_passes(check):
    doc = check("“Talks must resume,” said John Smith, a senior adviser at the Institute for Peace. "
                "Smith left early. “It is a trap.”\n")
    assert "quotes-run-together" not in rules_of(doc)


# -- explain data -------------------------------------------------------------------------------------

def test_every_rule_has_an_explanation():
    explained = rule_explanations()
    for rule_id in RULES:
        entry = explained[rule_id]
        assert entry["rationale"] and entry["bad"] and entry["good"], rule_id


# -- sources summary --------------------------------------------------------------------------------

def entry(doc: dict, name: str) -> dict:
    hits = [e for e in doc["sources"]["entries"] if name.lower() in e["name"].lower()]
    assert hits, [e["name"] for e in doc["sources"]["entries"]]
    return hits[0]


def test_sources_summary_counts_quotes_and_indirect_attributions(check):
    doc = check("“We did nothing wrong,” said Finance Minister Anna Petrova. Petrova later told reporters that the "
                "budget was balanced.\n\nNorth Korea is sending workers, according to the New York Times. "
                "The BBC reports that 440 drones were sent. Officials said that the talks failed.\n")
    petrova = entry(doc, "Petrova")
    assert (petrova["type"], petrova["quotes"], petrova["indirect"]) == ("person", 1, 1)
    assert petrova["title"] == "Finance Minister"
    assert entry(doc, "New York Times")["type"] == "publication"
    assert entry(doc, "BBC")["type"] == "publication"
    officials = entry(doc, "officials")
    assert officials["type"] == "unnamed" and officials["anonymous"]
    sources = doc["sources"]
    assert (sources["named"], sources["unnamed"]) == (3, 1)
    assert sources["named_share"] == 0.8
    assert {i["cue"] for i in sources["indirect"]} == {"told", "according to", "reports", "said"}


def test_direct_quote_cue_is_not_an_indirect_attribution(check):
    doc = check("Russian-Iranian relations expert Nikita Smagin adds that “Russia must weigh the risks.”\n")
    assert entry(doc, "Smagin")["quotes"] == 1
    assert doc["sources"]["indirect"] == []


def test_he_said_right_after_a_named_attribution_passes(check):
    doc = check("President Vladimir Putin met President Donald Trump in Helsinki. “It was a good meeting,” Putin said. "
                "“We talked for hours,” he said.\n")
    assert "ambiguous-pronoun-attribution" not in rules_of(doc)


def test_missing_source_file_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from quoteguard.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text("“We will win,” said Anna Petrova.\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--source", str(tmp_path / "missing.txt"), str(draft)])
    assert run.exit_code == 2 and "no such file" in run.output
