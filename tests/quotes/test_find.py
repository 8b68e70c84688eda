"""Pairing quotation marks: every mark style, nesting, apostrophes, quotes over paragraphs, odd marks,
and the offsets, lines and columns a quote is reported at (through the real Stanza pipeline)."""

from __future__ import annotations

import pytest
from quote_offsets import assert_original_slices, line_col

from conftest import quote_with, rules_of, speaker_name

# One draft with one mark style per line, so a single pipeline call covers them all.
MARKS = (
    "“The harbour will reopen in May,” said Lena Marsh, the port director.\n"
    "\"We have enough cranes for the season,\" said Omar Tidwell, a union spokesman.\n"
    "'The tide tables are wrong again,' said Pia Kettering, a harbour official.\n"
    "“The manager told us, ‘Stay home until Friday,’ and then left,” said Rufus Benn, a union official.\n"
    "«The ferries will run on time», said Ana Colvin, a spokeswoman for the Nordic Ferry Company.\n"
    "''The pier needs new pilings,'' said Ivo Brandt, the harbour engineer.\n"
    "Russia’s ports were not mentioned, and the drivers' union stayed silent all week.\n"
)


MULTI_PARAGRAPH = (
    "“We waited for hours at the gate,” said Dora Finch, a nurse at the Mercy Clinic. "
    "“Nobody came to explain what had happened.\n"
    "\n"
    "“Then the lights went out and the doctors had to work by torchlight.”\n"
    "A city spokesman declined to comment.\n"
)


@pytest.fixture(scope="module")
def marks_doc(check):
    return check(MARKS)


@pytest.mark.parametrize(
    ("snippet", "open_mark", "close_mark", "surname"),
    [
        ("harbour will reopen", "“", "”", "Marsh"),
        ("enough cranes", '"', '"', "Tidwell"),
        ("tide tables", "'", "'", "Kettering"),
        ("ferries will run", "«", "»", "Colvin"),
        ("pier needs new pilings", "''", "''", "Brandt"),  # a typewriter double, as in archive text
    ],
)
def test_each_mark_style_gives_a_full_attributed_quote(marks_doc, snippet, open_mark, close_mark, surname):
    quote = quote_with(marks_doc, snippet)
    assert (quote["open_mark"], quote["close_mark"]) == (open_mark, close_mark)
    assert quote["text"].startswith(open_mark) and quote["text"].endswith(close_mark)
    assert quote["kind"] == "full"
    assert not quote["mismatched"]
    assert surname in (speaker_name(marks_doc, snippet) or "")


def test_single_quotes_inside_double_are_nested_with_parent(marks_doc):
    outer = quote_with(marks_doc, "The manager told us")
    inner = quote_with(marks_doc, "Stay home until Friday")
    assert inner["text"] == "‘Stay home until Friday,’"
    assert inner["kind"] == "nested"
    assert inner["parent"] == outer["id"]
    assert outer["kind"] == "full" and outer["parent"] is None
    assert "Benn" in (outer["speaker"] or {}).get("name", "")
    # The nested quote is part of Benn's quote, not a quote of its own that needs a speaker.
    assert not [f for f in marks_doc["findings"] if f["quote_id"] == inner["id"]]


def test_apostrophes_are_not_quotation_marks(marks_doc):
    assert not [q for q in marks_doc["quotes"] if "Russia" in q["text"] or "drivers" in q["text"]]
    assert "unbalanced-quote" not in rules_of(marks_doc)
    assert len(marks_doc["quotes"]) == 7  # five styles + the nested pair (outer and inner)


def test_quote_text_is_the_original_slice(marks_doc):
    assert_original_slices(MARKS, marks_doc)


def test_multi_paragraph_quote_is_linked_and_keeps_its_speaker(check):
    doc = check(MULTI_PARAGRAPH)
    opening = quote_with(doc, "Nobody came to explain")
    closing = quote_with(doc, "lights went out")
    assert opening["continues"] is True
    assert opening["close_mark"] is None
    assert closing["continued_from"] == opening["id"]
    assert closing["paragraph"] == opening["paragraph"] + 1
    assert "Finch" in (opening["speaker"] or {}).get("name", "")
    assert opening["speaker"]["name"] == closing["speaker"]["name"]
    # An open quote that the next paragraph reopens is the house style, not an error.
    assert "unbalanced-quote" not in rules_of(doc)
    assert "unattributed-quote" not in rules_of(doc)


def test_quote_left_open_without_a_reopening_paragraph_is_unbalanced(check):
    draft = (
        "“The pumps failed twice last week,” said Vera Holm, the chief engineer. “We asked for new ones.\n"
        "The council has not answered her request.\n"
    )
    doc = check(draft)
    unbalanced = [f for f in doc["findings"] if f["rule"] == "unbalanced-quote"]
    assert len(unbalanced) == 1
    opener = draft.index("“We asked")
    assert (unbalanced[0]["line"], unbalanced[0]["column"]) == line_col(draft, opener)
    assert not quote_with(doc, "We asked for new ones")["continues"]


def test_curly_opened_straight_closed_is_mismatched(check):
    draft = "“The budget is final for this year,\" said Tomas Reyes, the finance minister.\n"
    doc = check(draft)
    quote = quote_with(doc, "The budget is final")
    assert quote["mismatched"] is True
    assert (quote["open_mark"], quote["close_mark"]) == ("“", '"')
    assert "Reyes" in (quote["speaker"] or {}).get("name", "")
    mismatched = [f for f in doc["findings"] if f["rule"] == "mismatched-quote-marks"]
    assert [f["quote_id"] for f in mismatched] == [quote["id"]]
    assert "unbalanced-quote" not in rules_of(doc)


def test_an_opening_curly_mark_typed_as_the_closer_ends_the_quote(check):
    # `,“ said`: the writer typed the opening mark; the quote ends there, and the next one is its own.
    draft = "“The ferry is late again,“ said Tomas Reyes, the harbour clerk. “Nobody knows why.”\n"
    doc = check(draft)
    quote = quote_with(doc, "The ferry is late")
    assert (quote["open_mark"], quote["close_mark"]) == ("“", "“")
    assert "said Tomas" not in quote["text"]
    assert "Reyes" in (speaker_name(doc, "The ferry is late") or "")
    assert "Reyes" in (speaker_name(doc, "Nobody knows why") or "")


@pytest.mark.parametrize(
    "draft",
    [
        "The mayor said the plan was “settled and left the room.\n",
        "The mayor said the plan was settled” and left the room.\n",
        "“ ” ‘ ’ « » \" ' „ ‹ ›\n",
        "He said \"yes and she said “no' and then «maybe.\n",
    ],
)
def test_unbalanced_marks_are_reported_never_a_crash(check, draft):
    doc = check(draft)
    assert "unbalanced-quote" in rules_of(doc)
    for finding in doc["findings"]:
        assert finding["line"] >= 1 and finding["column"] >= 1
    for quote in doc["quotes"]:
        assert quote["text"] == draft[quote["start"]:quote["end"]]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_and_column_with_every_line_ending(check, newline):
    draft = newline.join([
        "Intro line without quotes.",
        "“Rates will fall soon,” said Hana Obuya, an economist at Veltra Bank.",
        "",
        "Another line with “nobody speaking in this odd sentence at all.”",
        "",
    ])
    doc = check(draft)
    first = quote_with(doc, "Rates will fall")
    second = quote_with(doc, "nobody speaking")
    assert (first["line"], first["column"]) == (2, 1)
    assert (second["line"], second["column"]) == (4, draft.split(newline)[3].index("“") + 1)
    for quote in doc["quotes"]:
        assert quote["text"] == draft[quote["start"]:quote["end"]]
        assert (quote["line"], quote["column"]) == line_col(draft, quote["start"])
    for finding in doc["findings"]:
        assert (finding["line"], finding["column"]) == line_col(draft, finding["start"])


def test_columns_count_characters_not_bytes(check):
    draft = "Zoë Ångström, the mayor, met reporters. “We will rebuild the café district,” she said.\n"
    doc = check(draft)
    quote = quote_with(doc, "rebuild the café")
    assert quote["column"] == draft.index("“") + 1


HARD_WRAPPED = (
    "The council voted on Tuesday night to close the old harbour bridge for\n"
    "repairs, ending a dispute that had run for more than three years in the\n"
    "town. “We had no choice but to act before the winter storms arrived,”\n"
    "said Mayor Lydia Brennan, who has led the council since the last vote.\n"
    "\n"
    "Residents were divided. “It is the only road to the hospital and the\n"
    "school,” said Omar Tidwell, a spokesman for the Harbour Residents Group.\n"
)


def test_hard_wrapped_draft_quote_across_a_line_break(check):
    doc = check(HARD_WRAPPED)
    wrapped = quote_with(doc, "only road to the hospital")
    assert wrapped["text"] == HARD_WRAPPED[wrapped["start"]:wrapped["end"]]
    assert "\n" in wrapped["text"] and wrapped["text"].endswith("”")
    assert (wrapped["line"], wrapped["column"]) == line_col(HARD_WRAPPED, HARD_WRAPPED.index("“It is"))
    assert "Tidwell" in (wrapped["speaker"] or {}).get("name", "")
    assert "Brennan" in speaker_name(doc, "no choice but to act")
    assert "unbalanced-quote" not in rules_of(doc)
    assert "unattributed-quote" not in rules_of(doc)


def test_multi_paragraph_quote_attributed_at_its_end(check):
    doc = check(
        "“We waited for hours at the gate and nobody came to help.\n"
        "\n"
        "“Then the lights went out,” said Dora Finch, a nurse at the Mercy Clinic.\n"
    )
    opening = quote_with(doc, "waited for hours")
    closing = quote_with(doc, "lights went out")
    assert opening["continues"] and closing["continued_from"] == opening["id"]
    assert "Finch" in (opening["speaker"] or {}).get("name", "")
    assert opening["speaker"]["id"] == closing["speaker"]["id"]
    assert rules_of(doc) == []


def test_reversed_guillemets_pair_up(check):
    # »…« (German/Danish style)
    doc = check("»Nobody warned the crews«, said Jonas Weil, a harbour official.\n")
    quote = quote_with(doc, "Nobody warned the crews")
    assert quote["text"] == "»Nobody warned the crews«"
    assert (quote["open_mark"], quote["close_mark"]) == ("»", "«")
    assert "Weil" in (quote["speaker"] or {}).get("name", "")
    assert "unbalanced-quote" not in rules_of(doc)


def test_a_dropped_century_is_no_opening_mark(check):
    """`'80s` is an apostrophe: the quotes after it are top-level speech, not nested in a quote never closed."""
    doc = check("In the early '80s, Mora worked at a law firm. She said the partner was \"confused,\" she recalls.\n")
    quote = quote_with(doc, "confused")
    assert quote["kind"] == "partial" and quote["speaker"]["name"] == "Mora"
    assert [q["text"] for q in doc["quotes"]] == ['"confused,"']


def test_a_single_quote_inside_typewriter_doubles_is_nested(check):
    doc = check("Many visitors were older, Ana Ruiz said, and ''I had to stop and ask myself, 'This is their "
                "lives.' ''\n")
    outer, inner = quote_with(doc, "stop and ask"), quote_with(doc, "This is their lives")
    assert outer["open_mark"] == "''" and outer["speaker"]["name"] == "Ana Ruiz"
    assert inner["kind"] == "nested" and inner["parent"] == outer["id"]


def test_markup_pasted_into_a_draft_holds_no_quotes(check):
    """`<tweet tweet-date="…">` in a plain-text draft: attribute values are markup; the text between tags is read."""
    doc = check('<tweet tweet-author="So we rate it True" tweet-date="The claim is accurate.">Lopez said that for '
                'young people, “the real rate is 51 percent.” Her terms were off<tweet/>.\n')
    assert [q["text"] for q in doc["quotes"]] == ["“the real rate is 51 percent.”"]
    assert quote_with(doc, "real rate")["speaker"]["name"] == "Lopez"
    assert "unbalanced-quote" not in rules_of(doc)


def test_typewriter_doubles_take_a_pronoun_tag_and_run_over_paragraphs(check):
    doc = check(
        "The mayor, Ivo Dalton, was blunt. ''Nobody will lose a job,'' he said. ''We checked every contract.\n"
        "\n"
        "''The port stays open all winter.''\n"
    )
    tagged = quote_with(doc, "Nobody will lose")
    opening, closing = quote_with(doc, "checked every contract"), quote_with(doc, "stays open all winter")
    assert (tagged["open_mark"], tagged["close_mark"]) == ("''", "''")
    assert tagged["speaker"]["name"] == "Ivo Dalton"
    assert opening["continues"] and closing["continued_from"] == opening["id"]
    assert closing["speaker"]["name"] == "Ivo Dalton"
    assert "unbalanced-quote" not in rules_of(doc)


ELISIONS = (
    "They played rock 'n' roll all summer. 'We loved every minute,' said Ruth Bell, the drummer.\n"
    "The fans of the '90s loved 'em. 'Those were the days,' said Omar Tidwell, the bassist.\n"
    "‘We played rock ’n’ roll until dawn,’ said Pia Kettering, the singer.\n"
    "‘The crowd loved ’em all,’ said Ana Colvin, the manager.\n"
)


@pytest.fixture(scope="module")
def elisions_doc(check):
    return check(ELISIONS)


@pytest.mark.parametrize(
    ("whole", "surname"),
    [
        ("'We loved every minute,'", "Bell"),
        ("'Those were the days,'", "Tidwell"),
        ("‘We played rock ’n’ roll until dawn,’", "Kettering"),
        ("‘The crowd loved ’em all,’", "Colvin"),
    ],
)
def test_an_elided_word_opens_no_quote(elisions_doc, whole, surname):
    """`rock 'n' roll`, `'em`, `the '90s` are apostrophes: the real quote on the line pairs whole, keeps its speaker."""
    quote = quote_with(elisions_doc, whole)
    assert quote["text"] == whole
    assert quote["kind"] == "full" and quote["parent"] is None
    assert surname in (quote["speaker"] or {}).get("name", "")


def test_elisions_are_neither_quotes_nor_problems(elisions_doc):
    assert len(elisions_doc["quotes"]) == 4
    assert rules_of(elisions_doc) == []


@pytest.mark.parametrize(("opening_mark", "closing_mark"), [("‘", "’"), ("'", "'")])
def test_british_single_quote_runs_over_two_paragraphs(check, opening_mark, closing_mark):
    """British style: the first paragraph is left open and the next reopens with a single mark."""
    o, c = opening_mark, closing_mark
    doc = check(
        f"{o}We waited for hours at the gate,{c} said Dora Finch, a nurse at the Mercy Clinic. "
        f"{o}Nobody came to explain what had happened.\n"
        "\n"
        f"{o}Then the lights went out and the doctors had to work by torchlight.{c}\n"
        "A city spokesman declined to comment.\n"
    )
    opening, closing = quote_with(doc, "Nobody came to explain"), quote_with(doc, "lights went out")
    assert opening["continues"] and opening["close_mark"] is None
    assert closing["continued_from"] == opening["id"]
    assert "Finch" in (closing["speaker"] or {}).get("name", "")
    assert "unbalanced-quote" not in rules_of(doc)
    assert "unattributed-quote" not in rules_of(doc)
