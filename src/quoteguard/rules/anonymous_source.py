"""anonymous-source: a quotation attributed to an unnamed source, graded by how it is described.

Unnamed sources are allowed when the reader is told why they cannot be named. A bare `a source` is
an error, plural `sources said` is info, any other unnamed source is a warning unless its
paragraph explains the anonymity (phrases in data/sources.json).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Attribution, Finding, Mention, Quote, Speaker
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    for q, found, speaker in data.attributed():
        if not speaker.anonymous:
            continue
        mention = _describing_mention(found, speaker)
        words = _mention_words(mention.text if mention else speaker.name)
        described = [w for w in words if w not in data.kb.bare_determiners]
        head = _head_word(data, mention) if mention else (described[-1] if described else "")
        if described and all(w in data.kb.bare_source_heads for w in described) and head not in \
                data.kb.plural_source_heads:
            yield RULE.finding(f"quote attributed to a bare {speaker.name!r}; say who the source is (position, "
                               "organisation, how they know) and why they cannot be named", q.id, q.start, q.end,
                               severity="error")
        elif head in data.kb.plural_source_heads:
            yield RULE.finding(f"quote attributed to unnamed sources ({speaker.name!r}); say how many, who they "
                               "are and why they cannot be named", q.id, q.start, q.end, severity="info")
        elif not _anonymity_explained(data, q, mention):
            yield RULE.finding(f"quote attributed to an unnamed source ({speaker.name!r}); name the source, "
                               "or say why they cannot be named", q.id, q.start, q.end)


RULE = define("anonymous-source", "warning",
              "A quotation is attributed to an unnamed source (a bare 'a source' is an error, 'sources said' info).",
              check)


def _describing_mention(found: Attribution, speaker: Speaker) -> Mention | None:
    """The phrase that says who the source is (for `they said`, the speaker's first mention)."""
    if found.mention is not None and found.mention.kind != "pronoun":
        return found.mention
    return speaker.mentions[0] if speaker.mentions else None


def _mention_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", text.lower())]


def _head_word(data: RuleInput, mention: Mention) -> str:
    """The head noun of a nominal phrase: the last noun before a preposition, clause or comma."""
    tokens = data.tokens_in(mention.start, mention.end)
    head = None
    for tok in tokens:
        if head is not None and tok.upos in ("ADP", "PRON", "VERB", "AUX", "SCONJ", "PUNCT"):
            break
        if tok.upos in ("NOUN", "PROPN") or tok.upos is None:
            head = tok.text.lower()
    if head is None:
        words = _mention_words(mention.text)
        head = words[-1] if words else ""
    return head


def _anonymity_explained(data: RuleInput, q: Quote, mention: Mention | None) -> bool:
    """True when the paragraph of the source phrase (or of the quote) says why the source is unnamed."""
    paragraphs = {q.paragraph} | ({data.doc.paragraph_index(mention.start)} if mention else set())
    for index in paragraphs:
        para = data.doc.paragraphs[index]
        text = data.blank_quotes(para.start, para.end).lower()
        starts = [text.find(p.lower()) for p in data.kb.anonymity_phrases if p.lower() in text]
        if not starts:
            continue
        after = text[min(starts):]
        if any(j.lower() in after for j in data.kb.justification_phrases):
            return True
    return False
