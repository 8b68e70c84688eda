"""The network a broadcaster's role is named on: `"Sunday Ledger" host Ann Roe … in an interview on the Harbor
Broadcasting Network`, `moderator Ann Roe said on Harbor Radio`.

A newsroom names a host's, anchor's or moderator's network in the sentence that introduces her, after her name and
`on` (a show or an interview aired there), rather than in an appositive: with no body said of her, that network is
the body she speaks for. Only a name that ends in a broadcaster's word (`broadcaster_words`: `Network`, `Radio`)
counts, or one the knowledge base knows as a body; `on Monday`, `on the Senate floor` name none.
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..model import Speaker

ON_NAME = re.compile(r"\bon (?:the )?((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|of|and))*)")
SENTENCE_END = re.compile(r"[.?!][\"'”’)]*(?:\s|$)|\n")
POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


def broadcaster_role(title: str | None, kb: Knowledge) -> bool:
    """Whether the title's head is a broadcaster's role (`host`, `talk show host`, `co-anchor`)."""
    words = (title or "").lower().split()
    return bool(words) and words[-1] in kb.broadcast_roles


def network_named_on(speaker: Speaker, text: str, kb: Knowledge) -> tuple[str, int] | None:
    """The network named after `on` in the sentence of the speaker's first named mention, after the name, and where
    that mention starts, or None."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is None:
            continue
        end = SENTENCE_END.search(text, mention.end)
        sentence = text[mention.end:end.start() if end else len(text)]
        for found in ON_NAME.finditer(sentence):
            name = POSSESSIVE_END.sub("", found.group(1).rstrip(".,"))
            if _a_network(name, kb):
                return name, mention.start
        return None  # (only the sentence that introduces her: a later one may name another's show)
    return None


def _a_network(name: str, kb: Knowledge) -> bool:
    """A name ending in a broadcaster's word, or a body the knowledge base knows, that names no place or party."""
    words = name.split()
    if not words or kb.names_a_country_or_state(name) or kb.party(words[-1]):
        return False
    return words[-1].lower() in kb.broadcaster_words or kb.organisation(name) is not None
