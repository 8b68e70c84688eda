"""Sentence breaks the tokenizer puts where no sentence ends, found and mended before tagging and parsing.

Stanza's tokenizer sometimes ends a sentence inside a name or a clause with no full stop there: after a
given name or a role word (`… said Board Chair Jane` | `Roe, who …`, `the ferry line's chief` | `Ann Roe
said`), or between a verb and its object (`Roe tells` | `The Harbor Gazette …`). Tagged and parsed apart,
the name loses its title and the clause its subject or object. The nlp stage asks `is_false_break` of each
pair of neighbouring sentences and merges the pairs it answers yes for (`joined`) before the tagger, the
parser and the entity recogniser see them.

Plain data only: no stanza here (see `nlp`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .grammar import AUX_OR_ADVERB, FUNCTION_WORDS, OBJECT_ONLY_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS

# Small words a heading capitalises (`Did`, `In`, `To`) or opens its next line with; no part of a name
CLOSED_WORDS = (FUNCTION_WORDS | PREPOSITIONS | SUBORDINATORS | AUX_OR_ADVERB | SUBJECT_PRONOUNS
                | OBJECT_ONLY_PRONOUNS)
REVISION = "breaks-2"  # bump when the test changes (the cache's key holds it and the words: see `key_part`)
_CLOCK = re.compile(r"\d:\d\d")
LABEL_WORDS = 8  # a first sentence this short holding a colon is a label (`Roe: Ferry tolls`), not a clause


def key_part() -> list[object]:
    """What the analysis cache's key must hold of this module: the test's revision and the words it reads."""
    return [REVISION, sorted(CLOSED_WORDS)]


@dataclass(frozen=True)
class Break:
    """What stands either side of one tokenizer sentence break: the last words of the first sentence (at most
    LABEL_WORDS, its last word last), the next sentence's first word, the text between the two, and how many
    words the first sentence has."""

    before: tuple[str, ...]
    after: str
    gap: str
    length: int = 0


def is_false_break(b: Break) -> bool:
    """Whether the sentence goes on across this break: a word with no full stop after it, one space, then a
    capitalised word (`Jane` | `Roe`, `chief` | `Ann Roe`, `tells` | `The Harbor Gazette`).

    A line break or a wider gap is a real break (a heading above its text), and so is the end of a heading
    run into its text or cut in two (`HARBOR BOARD RESIGNS` | `After months …`, see `_heading_end`), of a
    short label with a colon (`Roe: Ferry tolls` | `Some ideas …`) and of a time stamp (`9:30 PM` | `The …`)."""
    if not b.before or len(b.gap) != 1 or not b.gap.isspace() or b.gap in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029":
        return False
    if not (b.after[:1].isalpha() and b.after[:1].isupper()):
        return False
    if not b.before[-1][-1:].isalpha():
        return False  # a full stop, a question, a closing quote or bracket, a number
    if 0 < b.length <= LABEL_WORDS and ":" in b.before:
        return False  # a short label run into its text (`Ferry Board: Tolls` | `The board voted …`)
    return not _heading_end(b.before, b.after) and not any(_CLOCK.search(word) for word in b.before[-2:])


def _heading_end(before: tuple[str, ...], after: str) -> bool:
    """Whether the break closes a heading run into the text or cut in two.

    In capitals: the last word and the word with letters before it (`MARKET RALLIES`, `FOR $2 BILLION`), unlike
    a network's initials in a sentence (`on CBS`, `Journal/NBC`). In title case: the last two words capitalised,
    and a small word capitalised among the last three or opening the next part (`Mayor Did Well` | `In …`,
    `Ferry Tolls` | `Is …`), unlike a title and a name (`Board Chair Jane` | `Roe`)."""
    words = [w for w in before if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return False
    if all(w.isupper() and len(w) > 1 for w in words[-2:]):
        return True
    return all(w[:1].isupper() for w in words[-2:]) and any(
        w.lower() in CLOSED_WORDS for w in [*(w for w in words[-3:] if w[:1].isupper()), after])


def joined(sentences: list[list[dict[str, Any]]], joins: set[int]) -> list[list[dict[str, Any]]]:
    """The sentences' CoNLL-U rows (stanza's `to_dict`) with sentence i+1 appended to sentence i for each i in
    `joins`, its word ids moved on past the words before it (a multi-word token's id is a pair)."""
    out: list[list[dict[str, Any]]] = []
    for index, rows in enumerate(sentences):
        if index - 1 in joins and out:
            shift = sum(1 for row in out[-1] if isinstance(row["id"], int))
            out[-1] = out[-1] + [{**row, "id": _shifted(row["id"], shift)} for row in rows]
        else:
            out.append(list(rows))
    return out


def _shifted(word_id: int | tuple[int, ...] | list[int], shift: int) -> int | tuple[int, ...]:
    if isinstance(word_id, int):
        return word_id + shift
    return tuple(i + shift for i in word_id)
