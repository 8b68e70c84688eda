"""A legislator's chamber: `Sen. Ann Roe`, `Eastland senator Ann Roe`, `House Speaker Ann Roe`.

With no country beside the title the knowledge base cannot name the nation's senate, so a bare
member would speak for no body at all while `Rep. Ann Roe` gets the House. The chamber is read last,
only when nothing else says whom she speaks for, and a party the draft states still comes first in a
report: it fills the body, never displaces one. `state Sen. Ann Roe` sits in a state's chamber, and a
former senator speaks for none.
"""

from __future__ import annotations

from ..grammar import PREPOSITIONS
from ..knowledge import Knowledge
from ..roles import is_former


def chamber_of(title: str | None, kb: Knowledge) -> str | None:
    """The chamber whose member the title's head says she is (`senator from Eastland`, `House speaker`),
    or None (`aide to a senator` is an aide; `state senator`, `former senator` sit in no national chamber)."""
    if not title or is_former(title, kb):
        return None
    words = title.lower().replace(",", " ").split()
    head = _head(words)
    for phrase, chamber in kb.chambers.items():
        own = phrase.split()
        for k in range(len(words) - len(own) + 1):
            if words[k:k + len(own)] == own and _head(own) == head and k + own.index(_head(own)) == words.index(head) \
                    and not (k and words[k - 1] == "state"):
                return chamber
    return None


def _head(words: list[str]) -> str:
    """A title's head: its last word before any preposition (`senator` of `senator from Eastland`)."""
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""
