"""Regressions: engine bugs found while writing the checker's tests, each pinned by the draft that showed it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import quote_with, rules_of
from quoteguard.cli import main

# -- quotes --------------------------------------------------------------------------------------


def test_short_second_half_of_a_split_quote_is_speech(check):
    # `"A," Smith said, "B."` with a short B: B becomes a *scare* quote (not speech), and in the
    # first line it also loses its speaker. Both halves are the speaker's words.
    doc = check(
        "“Yes”, said Tina Brook, the mayor, “we will.”\n"
        "“The plan,” said Omar Tidwell, a union spokesman, “is finished.”\n"
    )
    for first, second, surname in (("Yes", "we will", "Brook"), ("The plan", "is finished", "Tidwell")):
        opening, closing = quote_with(doc, first), quote_with(doc, second)
        assert surname in opening["speaker"]["name"]
        assert closing["kind"] in ("full", "partial"), closing
        assert closing["speaker"] is not None and closing["speaker"]["id"] == opening["speaker"]["id"]


def test_short_quote_with_a_speech_cue_is_speech(check):
    # Quotes of up to four words in mid-sentence are always *scare* quotes, even when a speech
    # verb attributes them; they then drop out of the speech counts (and, unattributed, would
    # escape unattributed-quote).
    doc = check(
        "Hana Obuya, an economist at Veltra Bank, spoke after the vote. Then “the plan is dead,” she told reporters.\n"
        "Asked about the deal, Obuya said it was “dead in the water.”\n"
    )
    for snippet in ("the plan is dead", "dead in the water"):
        quote = quote_with(doc, snippet)
        assert "Obuya" in (quote["speaker"] or {}).get("name", "")
        assert quote["kind"] in ("full", "partial"), quote
        assert quote["speech"] is True


CONTINUED_WITH_SPACE = (
    "“We waited for hours at the gate,” said Dora Finch, a nurse. “Nobody came.\n"
    "\n"
    "\" Then the lights went out.\n"
)


def test_reopening_mark_followed_by_a_space_does_not_crash(tmp_path, models_dir):
    # An open quote continued by a paragraph that starts with `" ` (straight mark, then a space):
    # find_quotes reports a MarkProblem at offset -1, the finding gets line 0, and the report fails
    # schema validation -> jsonschema.ValidationError traceback from `quoteguard check`.
    draft = tmp_path / "draft.txt"
    draft.write_text(CONTINUED_WITH_SPACE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--models-dir", models_dir, str(draft)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    report = json.loads(result.stdout)
    for finding in report["documents"][0]["findings"]:
        assert finding["line"] >= 1 and 0 <= finding["start"] < len(CONTINUED_WITH_SPACE)


# -- attribution and affiliation -----------------------------------------------------------------


def test_appositive_without_article(check):
    # `X, policy director at the Y Institute, said` — no title/affiliation is found when the
    # appositive does not start with a/an/the.
    doc = check("“Prices will keep rising this year,” Priya Raman, policy director at the Harwell Institute, said.\n")
    quote = quote_with(doc, "Prices will keep rising")
    assert quote["speaker"]["name"] == "Priya Raman"
    assert "Harwell Institute" in (quote["affiliation"] or {}).get("name", "")
    assert "director" in (quote["speaker"]["title"] or "").lower()
    assert "unidentified-speaker" not in rules_of(doc)


def test_appositive_without_article_is_inherited_by_surname(check):
    doc = check(
        "Celia Montrose, policy director at the Greenfield Institute, said the plan was flawed.\n"
        "“It ignores the rural poor,” Montrose said.\n"
    )
    quote = quote_with(doc, "rural poor")
    assert quote["speaker"]["name"] == "Celia Montrose"
    assert "Greenfield Institute" in (quote["affiliation"] or {}).get("name", "")


def test_prime_minister_of_country_is_the_government(check):
    # `the Prime Minister of Ireland` gives affiliation "Ireland" (appositive), not the Government.
    doc = check("“The coalition will hold,” said Sean Dorrity, the Prime Minister of Ireland.\n")
    affiliation = quote_with(doc, "coalition will hold")["affiliation"]
    assert affiliation is not None
    assert affiliation["name"] == "Government of Ireland"
    assert affiliation["country"] == "Ireland"


def test_person_of_organisation_stays_a_person(check):
    # `said Arthur Quell of Dunmore Legal`: the speaker becomes an *organisation* named
    # "Arthur Quell" and no affiliation is reported.
    doc = check("“The pier is unsafe,” said Arthur Quell of Dunmore Legal.\n")
    quote = quote_with(doc, "pier is unsafe")
    assert quote["speaker"]["name"] == "Arthur Quell"
    assert quote["speaker"]["type"] == "person"
    assert "Dunmore Legal" in (quote["affiliation"] or {}).get("name", "")


def test_pronoun_after_a_new_person_is_introduced(check):
    # `she` goes back to the previous *speaker* (Smolinov) instead of the person introduced in
    # the sentence just before the quote.
    doc = check(
        "Kremlin aide Arkady Smolinov met the delegation on Monday.\n"
        "“The talks went well,” Smolinov adds.\n"
        "Maya Lindqvist, a spokeswoman for the Nordic Shipping Council, met reporters at the pier.\n"
        "“The strike is over,” she said.\n"
    )
    assert quote_with(doc, "strike is over")["speaker"]["name"] == "Maya Lindqvist"


def test_the_union_is_not_the_union_official(check):
    # `the union said` after `Dan Ruiz, a union official` is resolved to Dan Ruiz (definite
    # reference matched on a modifier of his title, not its head).
    doc = check(
        "“The depot will close,” said Dan Ruiz, a union official.\n"
        "“We will strike on Monday,” the union said.\n"
    )
    speaker = quote_with(doc, "strike on Monday")["speaker"]
    assert speaker is not None
    assert "Ruiz" not in speaker["name"]
    assert "union" in speaker["name"].lower()


def test_councillor_is_a_title(check):
    # British/Commonwealth newsrooms write Councillor; it ends up inside the speaker's name and
    # the speaker is reported as unidentified.
    doc = check(
        "Councillor Ruth Okafor said: “The bridge must close for repairs before winter.”\n"
        "“The depot will close,” said Dan Ruiz, a councillor in Eastfield.\n"
    )
    okafor = quote_with(doc, "bridge must close")["speaker"]
    assert okafor["name"] == "Ruth Okafor"
    assert (okafor["title"] or "").lower() == "councillor"
    assert "unidentified-speaker" not in rules_of(doc)


def test_named_spokesman_in_apposition_is_not_anonymous(check):
    # `said the ministry's spokesman, Ivan Orlov` / `said a ministry spokesman, Ivan Orlov`: the
    # name after the comma is dropped and the quote is reported as an unnamed source.
    doc = check(
        "“The talks are over,” said the ministry's spokesman, Ivan Orlov.\n"
        "“The border stays shut,” said a customs spokeswoman, Lena Kask.\n"
    )
    for snippet, name in (("talks are over", "Ivan Orlov"), ("border stays shut", "Lena Kask")):
        speaker = quote_with(doc, snippet)["speaker"]
        assert speaker["name"] == name
        assert speaker["anonymous"] is False
    assert "anonymous-source" not in rules_of(doc)


def test_health_minister_title_before_a_name(check):
    # "health minister" is in the institutions table, but `Health Minister Ilse Brandt` keeps the
    # title inside the name and gets no Ministry of Health (Finance/Defense/Foreign work).
    doc = check("“Vaccines are safe,” said Austrian Health Minister Ilse Brandt.\n")
    quote = quote_with(doc, "Vaccines are safe")
    assert quote["speaker"]["name"] == "Ilse Brandt"
    assert "Ministry of Health" in (quote["affiliation"] or {}).get("name", "")
    assert quote["affiliation"]["country"] == "Austria"


def test_secretary_of_state_title_before_a_name(check):
    # `said Secretary of State Carl Weston` gives the speaker name "State Carl Weston".
    doc = check("“The plan is sound,” said Secretary of State Carl Weston.\n")
    quote = quote_with(doc, "plan is sound")
    assert quote["speaker"]["name"] == "Carl Weston"
    assert "State" in (quote["affiliation"] or {}).get("name", "")


def test_title_in_apposition_before_the_name(check):
    # `The new mayor, Lydia Brennan, was sworn in` — the title before the name, set off by commas,
    # is not read, so Brennan is reported as an unidentified speaker.
    doc = check(
        "The new mayor, Lydia Brennan, was sworn in on Monday.\n"
        "“I will fix the roads first,” Brennan told the crowd.\n"
    )
    quote = quote_with(doc, "fix the roads")
    assert quote["speaker"]["name"] == "Lydia Brennan"
    assert "mayor" in (quote["speaker"]["title"] or "").lower()
    assert "unidentified-speaker" not in rules_of(doc)


def test_given_name_spelled_two_ways(check):
    # name-inconsistency only compares surnames: Lydia/Lidia Brennan (same title, same town) are
    # two speakers and nothing is reported.
    doc = check(
        "“The school will reopen,” said Lydia Brennan, the mayor of Eastfield.\n"
        "“The buses will run again,” said Lidia Brennan, the mayor of Eastfield.\n"
    )
    found = [f for f in doc["findings"] if f["rule"] == "name-inconsistency"]
    assert len(found) == 1
    assert "Lydia" in found[0]["message"] and "Lidia" in found[0]["message"]


# -- config and CLI --------------------------------------------------------------------------------


def test_tool_quoteguard_rules_table_in_dotfile(tmp_path, models_dir):
    # README shows `[tool.quoteguard.rules]`, "in pyproject.toml, or a .quoteguard.toml"; in a
    # .quoteguard.toml that table is silently ignored (only a top-level [rules] works).
    (tmp_path / ".quoteguard.toml").write_text('[tool.quoteguard.rules]\nunidentified-speaker = "error"\n')
    draft = tmp_path / "draft.txt"
    draft.write_text("“The pool will close in May,” said Ivo Santangelo.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--models-dir", models_dir, str(draft)])
    report = json.loads(result.stdout)
    assert [f["severity"] for f in report["documents"][0]["findings"]] == ["error"]
    assert result.exit_code == 1


def test_max_bytes_message_states_the_real_limit(tmp_path, models_dir):
    # `--max-bytes 100` says "larger than the 0 MB limit": the limit is rounded down to MB.
    draft = tmp_path / "big.txt"
    draft.write_text("“Fine,” said Jane Doe, a teacher.\n" * 10, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--models-dir", models_dir, "--max-bytes", "100", str(draft)])
    assert result.exit_code == 2
    assert "0 MB" not in result.stderr
    assert "100" in result.stderr


def test_whitespace_only_file_says_whitespace(tmp_path, models_dir):
    # decode() has a "holds only whitespace" message, but the earlier `not data.strip()` check
    # reports every whitespace-only draft as "the file is empty".
    draft = tmp_path / "blank.txt"
    draft.write_bytes(b"   \n\t\n")
    result = CliRunner().invoke(main, ["check", "--models-dir", models_dir, str(draft)])
    assert result.exit_code == 2
    assert "whitespace" in result.stderr.split(str(draft), 1)[-1]
