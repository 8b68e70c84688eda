"""Unnamed sources the sieves used to miss or give to someone else.

- `…, an engineer at the water board, who had not been cleared to talk to the press, told the Westport
  Herald.`: the `who` clause holds verbs of its own; the tag's verb comes after the comma that closes
  it, and `told` names the one spoken to, never the speaker (no inverted tag on a listener verb); with
  no comma (`a trustee who requested anonymity told the Herald`) the clause ends where the phrase
  keeping the source unnamed ends; an inverted question tag (`asked Mara Velde, a retired plumber`)
  still names the asker;
- an unnamed source cited with `according to` after a quote inside a clause is its source, not the
  subject of a speech verb in a clause of its own (`Ever since Ines Okafor … asked about overtime …`) nor a
  relative pronoun; a tag right after the quote (`"…," she told owner Piet Aalders, according to two
  people in the room`) still names the speaker; a draft whose last sentence ends `according to the
  Westport Herald.` is read;
- the source phrase stops before the document its words came in (`the union's lawyers in a
  statement`);
- a quoted phrase inside the clause of a definite or possessed description of one person (`The
  superintendent mailed every family a card …`, `Aalders's spokeswoman called …`) is that person's words, while a
  group's or an indefinite person's clause with no speech verb (`Volunteers combed the minutes for
  terms such as "levy"`) quotes no one;
- a word of time closing the subject (`A Velde campaign staffer later clarified …`) is not part of who
  speaks; a participle's clause set off after the subject (`Some, frustrated by …, shouted`) says what
  they did, not who they are;
- a colon closing a clause after an earlier quote in the sentence introduces more of that sentence's
  speaker; a later item of a list of chants is introduced as the first is;
- an `as` tag goes on into a clause of its own (`, as Marsh's strategist suggested after she took the
  lead`).

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import quote_with, speaker_name

UNNAMED = [
    pytest.param(
        "Water rates climb.\n\n"
        "\u201cNobody upstairs reads our reports,\u201d an engineer at the water board, who had not been cleared "
        "to talk to the press, told the Westport Herald.",
        "Nobody upstairs", "an engineer", id="comma-clause-told-outlet"),
    pytest.param(
        "Water rates climb.\n\n"
        "\u201cThe pumps are older than the town hall,\u201d a trustee who requested anonymity told the Herald "
        "late Thursday.",
        "older than the town hall", "a trustee", id="anonymity-clause-no-comma"),
    pytest.param(
        "Water rates climb.\n\n"
        "\u201cHalf the meters were never read,\u201d three inspectors, who insisted they not be identified, "
        "said in interviews.",
        "meters were never read", "three inspectors", id="plural-comma-clause-said"),
]


@pytest.mark.parametrize(("text", "snippet", "opening"), UNNAMED)
def test_a_source_with_a_clause_of_its_own_is_unnamed(check, text, snippet, opening):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed"
    assert speaker["name"].lower().startswith(opening)


def test_an_inverted_question_tag_still_names_the_asker(check):
    doc = check("Water rates climb.\n\n\u201cWho pays for the new mains?\u201d asked Mara Velde, a retired plumber.")
    speaker = quote_with(doc, "new mains")["speaker"]
    assert speaker is not None and speaker["name"] == "Mara Velde"


ACCORDING = [
    pytest.param(
        "School budget slips.\n\n"
        "Ever since Ines Okafor of the Westport Herald asked about overtime at a public hearing, the trustees "
        "have been \u201ctight-lipped,\u201d according to a secretary at the district office.",
        "tight-lipped", "a secretary at the district office", id="speech-verb-in-a-clause-of-its-own"),
    pytest.param(
        "School budget slips.\n\n"
        "Two years of cuts that have kept the school \u201crunning on fumes\u201d are the principal's doing, "
        "according to two governors.",
        "running on fumes", "two governors", id="relative-pronoun"),
]


@pytest.mark.parametrize(("text", "snippet", "opening"), ACCORDING)
def test_an_unnamed_source_cited_with_according_to_is_the_source(check, text, snippet, opening):
    speaker = quote_with(check(text), snippet)["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed"
    assert speaker["name"].lower().startswith(opening)


def test_a_tag_right_after_the_quote_still_names_the_speaker(check):
    doc = check("Club sale stalls.\n\nNadia Brenn, who leads the supporters' trust, did not mince words. \u201cThe "
                "fans deserve a straight answer,\u201d she told owner Piet Aalders, according to two people in "
                "the room.")
    speaker = quote_with(doc, "straight answer")["speaker"]
    assert speaker is not None and speaker["name"] == "Nadia Brenn"


def test_according_to_ending_the_draft_is_read(check):
    doc = check("Pool repairs drag on.\n\n\u201cThe pool will reopen in March,\u201d Hale told parents on Tuesday, "
                "according to the Westport Herald.")
    assert quote_with(doc, "reopen in March")["speaker"]["name"] == "Hale"


def test_the_source_phrase_stops_before_the_document_it_spoke_in(check):
    doc = check("Ferry strike looms.\n\nThe operator's \u201creckless cost-cutting\u201d put passengers at risk, "
                "according to the union's lawyers in a statement on Wednesday.")
    assert quote_with(doc, "reckless cost-cutting")["speaker"]["name"] == "the union's lawyers"


def test_a_definite_description_speaks_in_its_clause(check):
    doc = check("Council seat contested.\n\nLotte Velde, the school superintendent, has joined the council race. "
                "The superintendent mailed every family a card last week, urging them to "
                "\"bring a neighbor along!\"")
    speaker = quote_with(doc, "neighbor along")["speaker"]
    assert speaker is not None and speaker["name"] == "Lotte Velde"


@pytest.mark.parametrize("text", [
    "Council seat contested.\n\nVolunteers combed the minutes for terms such as \"levy,\" \"surcharge\" and "
    "\"arrears.\" Pages that mentioned them went into a separate box.",
    "Council seat contested.\n\nAs long as a referee cannot send off a striker without being asked to \"calm down\" "
    "the league will struggle to recruit.",
], ids=["group-without-speech-verb", "indefinite-person-without-speech-verb"])
def test_a_nameless_subject_without_a_speech_verb_quotes_no_one(check, text):
    assert all(q["speaker"] is None for q in check(text)["quotes"])


def test_a_possessed_description_speaks_in_its_clause(check):
    doc = check("Library hours cut.\n\nCouncillor Dirk Aalders addressed the meeting on Tuesday. \u201cThe library "
                "stays open,\u201d Aalders said.\n\nAalders's spokeswoman called the talk of a \"snub\" unfounded "
                "and said he \"thinks the world of the librarians.\"")
    speaker = quote_with(doc, "world of the librarians")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Aalders's spokeswoman"


def test_an_as_tag_runs_into_a_clause_of_its_own(check):
    doc = check("Council seat contested.\n\nVelde\u2019s strong turnout on Sunday shows she is no \u201cprotest\u201d "
                "candidate, as Marsh\u2019s strategist suggested after she took the lead.")
    speaker = quote_with(doc, "protest")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Marsh\u2019s strategist"


def test_a_closing_adverb_leaves_the_aide_unnamed(check):
    doc = check("Council seat contested.\n\nVelde told a radio host the water board was hiding test results. A "
                "Velde campaign staffer later clarified that she \"had the spring figures in mind, not the "
                "autumn ones.\"")
    speaker = quote_with(doc, "spring figures")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "A Velde campaign staffer"


def test_a_name_in_a_participle_clause_after_the_subject_does_not_speak(check):
    doc = check("School roof leaks.\n\nParents packed the gym on Thursday. Some, frustrated by how long the Velde "
                "inspection report sat unread, shouted, \"Fix the roof now!\"")
    speaker = quote_with(doc, "Fix the roof")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Some"


def test_a_colon_after_an_earlier_quote_keeps_the_sentence_speaker(check):
    doc = check("Coach honored.\n\n\"Best coach we ever had,\" wrote one supporter. Another wrote that the club had "
                "been \"adrift\" for years before Aalders arrived: \"He gave the kids a reason to turn up.\"")
    speaker = quote_with(doc, "reason to turn up")["speaker"]
    assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "Another"


def test_a_later_list_item_is_introduced_as_the_first(check):
    doc = check("School closure protested.\n\nThe rally filled the town square by noon, with many parents and "
                "teachers chanting \"Save our school\" and \"No more cuts.\"")
    for snippet in ("Save our school", "No more cuts"):
        speaker = quote_with(doc, snippet)["speaker"]
        assert speaker is not None and speaker["type"] == "unnamed" and speaker["name"] == "many parents and teachers"


def test_a_colon_after_a_clause_with_a_name_keeps_the_sentence_speaker(check):
    doc = check("Stadium sold.\n\nBram Kessel, a season-ticket holder, said the board had been \"asleep\" while "
                "Piet Aalders sold the ground: \"Now we play on borrowed grass.\"")
    speaker = quote_with(doc, "borrowed grass")["speaker"]
    assert speaker is not None and speaker["name"] == "Bram Kessel"


def test_a_colon_after_a_clause_naming_someone_else_keeps_the_sentence_speaker(check):
    doc = check("Club news.\n\nClub captain Nora Brenn said she was \"certain\" the new coach Piet Marsh deserves "
                "time: \"Give him a season and judge him then.\"")
    assert speaker_name(doc, "Give him a season") == "Nora Brenn"
