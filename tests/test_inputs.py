"""Input formats: Markdown, HTML, DOCX and stdin; every line:column must point into the original file.

Broken and hostile files of every format: test_hostile.py.
"""

from __future__ import annotations

import io
import json

import docx
from click.testing import CliRunner

from conftest import MODELS_DIR, position, quote_with
from quoteguard.cli import main
from quoteguard.io import document_from_text, parse_document

MARKDOWN = """---
title: "Budget row"
quote: "front matter is not checked"
---
# Council delays the budget

The crowd had gathered early. “Nobody here has read the **final** draft of this plan.”

Mayor Anna Berg told reporters on *Monday* that the vote would wait. “We need more time,” said
Berg, the mayor of Springfield.

<!-- “an HTML comment is not checked” -->

```
"code is not checked," said nobody
```

Councillor Tom Reed, a member of the finance committee, said:

> The city cannot afford another year of delay.
"""


def test_markdown_ignores_front_matter_code_and_comments(check_as):
    doc = check_as(MARKDOWN, "budget.md")
    texts = [q["text"] for q in doc["quotes"]]
    assert doc["format"] == "markdown"
    assert not any("front matter" in t or "code is not" in t or "HTML comment" in t for t in texts), texts


def test_markdown_finding_points_at_opening_mark_in_original(check_as):
    doc = check_as(MARKDOWN, "budget.md")
    unattributed = [f for f in doc["findings"] if f["rule"] == "unattributed-quote"]
    assert unattributed, doc["findings"]
    assert (unattributed[0]["line"], unattributed[0]["column"]) == position(MARKDOWN, "“Nobody")
    q = quote_with(doc, "We need more time")
    assert (q["line"], q["column"]) == position(MARKDOWN, "“We need")
    assert MARKDOWN[q["start"]:q["end"]] == q["text"] == "“We need more time,”"
    assert "Berg" in q["speaker"]["name"]


def test_markdown_block_quote_is_a_quote(check_as):
    doc = check_as(MARKDOWN, "budget.md")
    q = quote_with(doc, "cannot afford")
    assert q["block"] is True
    assert (q["line"], q["column"]) == position(MARKDOWN, "> The city")
    assert q["speaker"] and q["speaker"]["name"].endswith("Tom Reed")


HTML = """<!doctype html>
<html><head><title>“Title” | Paper</title><style>q { color: red }</style>
<script>var s = "“not a quote”";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/x">“Menu quote”</a></nav></header>
<main>
<article>
  <h1>Port strike ends</h1>
  <p>Traders were nervous. &#8220;Finally some calm in the market.&#8221;</p>
  <p>&ldquo;The strike is over,&rdquo; said Maria Lopez,
     a spokeswoman for the Dockworkers Union.</p>
  <aside><p>Related: “Another story entirely,” said someone.</p></aside>
</article>
</main>
<footer><p>“Copyright” 2026</p></footer>
</body></html>
"""


def test_html_reads_article_text_only(check_as):
    doc = check_as(HTML, "story.html")
    texts = " ".join(q["text"] for q in doc["quotes"])
    for hidden in ("Menu quote", "not a quote", "Another story", "Copyright", "Title"):
        assert hidden not in texts
    q = quote_with(doc, "strike is over")
    assert q["speaker"]["name"] == "Maria Lopez"
    assert (q["line"], q["column"]) == position(HTML, "&ldquo;The")
    unattributed = [f for f in doc["findings"] if f["rule"] == "unattributed-quote"]
    assert [(f["line"], f["column"]) for f in unattributed] == [position(HTML, "&#8220;Finally")]


def test_html_blockquote_and_q_elements():
    source = "<p>Ana Ruiz, the mayor, said:</p>\n<blockquote>\n  <p>We will rebuild.</p>\n</blockquote>\n" \
             "<p>She called it <q>a new start</q>.</p>"
    doc = document_from_text(source, "x.html")
    assert "“We will rebuild.”" in doc.text and "“a new start”" in doc.text
    start = doc.text.index("“We")
    assert doc.line_col(start) == position(source, "<blockquote>")
    assert doc.block_quotes == [start]


def _docx_bytes(paragraphs: list[tuple[str, str | None]]) -> bytes:
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_in_order_and_positions(check_as, pipeline, kb, model_source):
    from quoteguard.engine import check_document
    from quoteguard.report.model import build_report

    data = _docx_bytes([
        ("Ports reopen", "Heading 1"),
        ("The harbour opened at dawn. “We are back to work,” said Maria Lopez, a union spokeswoman.", None),
        ("", None),
        ("Shipping lines were cautious. “It is too early to celebrate.”", None),
        ("The worst is behind us.", "Quote"),
    ])
    doc = parse_document(data, "ports.docx", "docx")
    assert doc.format == "docx" and len(doc.paragraphs) == 4
    report = build_report([check_document(doc, pipeline, kb)], [], model_source.processors)["documents"][0]
    assert quote_with(report, "back to work")["speaker"]["name"] == "Maria Lopez"
    early = quote_with(report, "too early")
    assert (early["line"], early["column"]) == (4, 31)
    assert quote_with(report, "worst is behind")["block"] is True


def test_stdin_format_comes_from_stdin_filename():
    text = "Intro.\n\n> “We will rebuild,” said Ana Ruiz, the mayor of Lisbon.\n"
    result = CliRunner().invoke(main, ["check", "--models-dir", MODELS_DIR, "--format", "json",
                                       "--stdin-filename", "notes/draft.md", "-"], input=text)
    assert result.exit_code in (0, 1), result.output
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["path"] == "notes/draft.md" and doc["format"] == "markdown"
    q = quote_with(doc, "rebuild")
    assert (q["line"], q["column"]) == position(text, "“We")


def test_plain_text_is_unchanged(check_as):
    text = "“We are ready,” said Ana Ruiz, the mayor of Lisbon.\n"
    doc = check_as(text, "draft.txt")
    assert doc["format"] == "text" and doc["quotes"][0]["column"] == 1


def test_top_level_schema_is_the_packaged_schema():
    from conftest import ROOT

    assert (ROOT / "schemas" / "report.schema.json").read_bytes() == \
        (ROOT / "src" / "quoteguard" / "schemas" / "report.schema.json").read_bytes()
