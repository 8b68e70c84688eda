"""A self-contained HTML report: the draft with quotes in their speaker's colour, findings beside it.

Everything that comes from a draft (text, names, messages, paths) is escaped. The page carries a
Content-Security-Policy that allows no script at all and only its own style sheet (by hash), so a
draft containing markup or script can never run anything in the reader's browser.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from html import escape
from typing import Any

from .. import __version__
from ..plural import counted
from .model import DraftLayout, Report, severity_counts

PALETTE = ["#f4c542", "#7ec8e3", "#f28e8e", "#9ad18b", "#c9a0dc", "#f7b267", "#80cbc4", "#e6a1c3",
           "#b0bec5", "#d4e157", "#a1887f", "#90caf9"]

STYLE = """
body { font: 16px/1.55 Georgia, serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: #222; }
h1, h2, h3, table, .margin, .meta { font-family: system-ui, sans-serif; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.meta { color: #555; font-size: .9rem; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(12rem, 1.2fr); gap: 1.5rem; }
.row p { margin: .4rem 0 .9rem; white-space: pre-wrap; }
.margin { font-size: .8rem; }
.finding { border-left: 4px solid #999; padding: .15rem .5rem; margin: .4rem 0; background: #f7f7f7; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #f9a825; }
.finding.info { border-color: #0277bd; }
.quote { border-radius: 3px; padding: 0 .1rem; }
.quote.anonymous { outline: 2px dashed #555; }
.quote.unattributed { outline: 2px solid #c62828; background: #fff; }
.quote .quote { border-bottom: 2px dotted #333; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; vertical-align: middle; }
""" + "".join(f".c{i} {{ background: {colour}; }}\n" for i, colour in enumerate(PALETTE))


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; script-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; " \
           "form-action 'none'"


def _speaker_colours(doc: dict[str, Any]) -> dict[str, str]:
    """Speaker id -> colour class (inline style attributes would be blocked by the page's own CSP)."""
    return {s["id"]: f"c{i % len(PALETTE)}" for i, s in enumerate(doc["speakers"])}


def _hover(q: dict[str, Any]) -> str:
    if q["speaker"] is None:
        return "no speaker" if q["speech"] else f"{q['kind']} quote"
    parts = [q["speaker"]["name"]]
    if q["speaker"].get("title"):
        parts.append(q["speaker"]["title"])
    if q["affiliation"] and q["affiliation"]["name"] != q["speaker"]["name"]:
        parts.append(q["affiliation"]["name"])  # (a body speaking for itself is named once)
    if q["speaker"].get("party"):
        parts.append(q["speaker"]["party"])
    if q["speaker"]["anonymous"]:
        parts.append("unnamed source")
    if q.get("via"):
        parts.append(f"via {q['via']}")
    return " — ".join(parts)


def _paragraph_html(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    """Text of one paragraph with quote spans (properly nested) opened and closed around it."""
    events: dict[int, list[str]] = defaultdict(list)
    closes: dict[int, int] = defaultdict(int)
    for s, e, tag in sorted(spans, key=lambda x: (x[0], -x[1])):
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        events[s].append(tag)
        closes[e] += 1
    out = []
    for i in range(start, end + 1):
        out.extend("</span>" for _ in range(closes.get(i, 0)))
        out.extend(events.get(i, []))
        if i < end:
            out.append(escape(text[i]))
    return "".join(out)


def _document_html(doc: dict[str, Any], layout: DraftLayout) -> str:
    colours = _speaker_colours(doc)
    by_id = {q["id"]: q for q in doc["quotes"]}
    spans = []
    for quote_id, start, end in layout.quotes:
        info = by_id[quote_id]
        speaker = info["speaker"]
        classes = ["quote"]
        if speaker is not None:
            classes.append(colours.get(speaker.get("id", ""), f"c{len(PALETTE) - 1}"))
            if speaker["anonymous"]:
                classes.append("anonymous")
        elif info["speech"]:
            classes.append("unattributed")
        speaker_attr = f' data-speaker="{escape(speaker["name"])}"' if speaker else ""
        spans.append((start, end, f'<span id="{escape(quote_id)}" class="{" ".join(classes)}"'
                                      f'{speaker_attr} title="{escape(_hover(info))}">'))
    notes: dict[int, list[dict]] = defaultdict(list)
    stray = []
    for f, index in zip(doc["findings"], layout.finding_paragraphs, strict=True):
        (notes[index] if index is not None else stray).append(f)

    def note(f: dict) -> str:
        target = f' <a href="#{escape(f["quote_id"])}">quote</a>' if f["quote_id"] else ""
        return (f'<div class="finding {escape(f["severity"])}"><b>{escape(f["severity"])}</b> '
                f'<code>{escape(f["rule"])}</code> {f["line"]}:{f["column"]}{target}<br>{escape(f["message"])}</div>')

    parts = [f'<section class="document"><h2>{escape(doc["path"])}</h2>']
    s = doc["summary"]
    parts.append(f'<p class="meta">{counted(s["quotes"], "quote")} ({s["speech_quotes"]} speech, {s["attributed"]} '
                 f'attributed): {severity_counts(s)}</p>')
    if stray:
        parts.append('<div class="margin">' + "".join(note(f) for f in stray) + "</div>")
    parts.append(_sources_table(doc, colours))
    for i, (start, end) in enumerate(layout.paragraphs):
        body = _paragraph_html(layout.text, start, end, spans)
        margin = "".join(note(f) for f in notes.get(i, []))
        parts.append(f'<div class="row"><p>{body}</p><div class="margin">{margin}</div></div>')
    parts.append("</section>")
    return "\n".join(parts)


def _sources_table(doc: dict[str, Any], colours: dict[str, str]) -> str:
    named = sum(s["quotes"] for s in doc["speakers"] if not s["anonymous"])
    unnamed = sum(s["quotes"] for s in doc["speakers"] if s["anonymous"])
    unattributed = sum(1 for q in doc["quotes"] if q["speech"] and q["speaker"] is None)
    rows = []
    for s in doc["speakers"]:
        affiliation = " · ".join(a for a in (s["affiliation"], s.get("party")) if a)
        rows.append(
            f'<tr class="source"><td><span class="swatch {colours[s["id"]]}"></span> '
            f'<span class="speaker-name">{escape(s["name"])}</span></td><td>{escape(s["title"] or "")}</td>'
            f'<td>{escape(affiliation)}</td><td>{"unnamed" if s["anonymous"] else "named"}</td>'
            f'<td class="count">{s["quotes"]}</td></tr>')
    return ('<h3>Sources</h3><table class="sources"><thead><tr><th>speaker</th><th>title</th><th>affiliation</th>'
            '<th>named?</th><th>quotes</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
            f'<p class="meta">Quotes from named sources: {named}; unnamed: {unnamed}; '
            f"without a speaker: {unattributed}.</p>")


def render(report: Report, *, color: bool = False) -> str:
    """One self-contained page for every document in the report (drawn from its layouts)."""
    body = [_document_html(doc, layout) for doc, layout in zip(report["documents"], report.layouts, strict=True)]
    s = report["summary"]
    errors = "".join(f'<li>{escape(e["path"])}: {escape(e["message"])}</li>' for e in report["errors"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_csp()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quoteguard {escape(__version__)}">
<title>quoteguard report</title>
<style>{STYLE}</style>
</head>
<body>
<h1>quoteguard report</h1>
<p class="meta">{counted(s["documents"], "document")}, {counted(s["quotes"], "quote")} ({s["attributed"]} of
{s["speech_quotes"]} speech quotes attributed): {severity_counts(s)}.
Hover over a quote to see its speaker and affiliation.</p>
{f'<ul class="errors">{errors}</ul>' if errors else ""}
{"".join(body)}
</body>
</html>
"""
