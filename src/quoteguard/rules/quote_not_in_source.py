"""quote-not-in-source: a speech quote that is not verbatim in the sources given with --source.

Quotation marks promise the speaker's exact words. The matching (what may differ: spacing, mark
style, marked cuts, [insertions]) is `quoteguard.sources.match_quote`; this rule reports a near
match as a misquote with the closest passage and a word diff, and no match as missing. Without
--source the rule has nothing to compare against and stays silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..sources import SourceMatch, match_quote
from .base import RuleInput, define
from .helpers import excerpt


def check(data: RuleInput) -> Iterator[Finding]:
    if not data.sources:
        return
    names = ", ".join(s.name for s in data.sources)
    for q in data.speech_quotes():
        inner = data.doc.text[q.inner_start:q.inner_end]
        match = match_quote(inner, data.sources, data.kb)
        if match.status != "verbatim":
            yield RULE.finding(_message(excerpt(data.doc.text[q.start:q.end]), match, names), q.id, q.start, q.end)


RULE = define("quote-not-in-source", "error",
              "A speech quote does not appear verbatim in the sources given with --source.", check)


def _message(quoted: str, match: SourceMatch, names: str) -> str:
    if match.status == "misquote":
        diff = excerpt(match.diff or "", 240) if match.changes else "punctuation differs"
        return (f"quote {quoted} is not verbatim in the sources; closest passage "
                f"{match.source}:{match.line} ({match.similarity:.0f}% similar): "
                f"“{excerpt(match.passage or '', 120)}”; word diff: {diff}; "
                "quote the source exactly, mark cuts with … and insertions with [ ], or paraphrase")
    return f"quote {quoted} is not in any source ({names}); check the source, or drop the quotation marks"
