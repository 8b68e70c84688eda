"""Invisible format characters, hidden from Stanza while offsets stay in the draft's own text.

Drafts pasted from a CMS or the web carry characters that print as nothing: the soft hyphen
(`Jane \u00adRoe`, `harbour\u00admaster`), zero-width spaces and joiners, the word joiner and a stray
byte-order mark. The tagger reads them as part of a word, so a surname opening with a soft hyphen
no longer starts with a capital and the name is lost. The NLP stage analyses the text without
them (`strip_invisible`) and maps every offset back (`Stripped.original_start/original_end`), so
tokens, entities, lines and columns still point into the draft as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Soft hyphen, zero-width space, zero-width non-joiner, zero-width joiner, word joiner, BOM.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
REVISION = "invisible-1"  # part of the cache key of a text holding any of them (see cache.key)


@dataclass(frozen=True)
class Stripped:
    """A text without its invisible characters, and where each kept character was in the original."""

    text: str
    original_length: int
    kept: tuple[int, ...] = ()  # original offset of each character of `text`; empty when none removed

    @property
    def changed(self) -> bool:
        return len(self.text) != self.original_length

    def original_start(self, offset: int) -> int:
        """Original offset of a span starting at `offset` in the stripped text (its first kept character)."""
        if not self.changed:
            return offset
        return self.kept[offset] if offset < len(self.kept) else self.original_length

    def original_end(self, offset: int) -> int:
        """Original offset of a span ending at `offset` in the stripped text (just after its last character)."""
        if not self.changed:
            return offset
        return self.kept[offset - 1] + 1 if offset > 0 else 0

    def stripped_offset(self, offset: int) -> int:
        """Offset in the stripped text of an original offset (the count of kept characters before it)."""
        if not self.changed:
            return offset
        return bisect.bisect_left(self.kept, offset)


def has_invisible(text: str) -> bool:
    """Whether the text holds any invisible format character."""
    return _INVISIBLE.search(text) is not None


def strip_invisible(text: str) -> Stripped:
    """The text without invisible format characters, with the map back to the original offsets."""
    if not has_invisible(text):
        return Stripped(text, len(text))
    kept = tuple(i for i, char in enumerate(text) if char not in INVISIBLE)
    return Stripped("".join(text[i] for i in kept), len(text), kept)


def without_invisible(text: str) -> str:
    """The text with its invisible format characters dropped (for names and other words shown or compared)."""
    return _INVISIBLE.sub("", text) if has_invisible(text) else text
