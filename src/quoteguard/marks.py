"""The one table of quotation marks (and dashes) every stage reads: the readers, quotes, sources, diff.

A leaf module with no quoteguard imports, so the read stage (io, formats), which runs before quotes,
may use it too. Each use takes a named subset: the marks the quote finder pairs are fewer than the
marks a source comparison treats as interchangeable.
"""

from __future__ import annotations

DOUBLE, SINGLE = "double", "single"

# Marks the quote finder pairs, by family (a straight mark's direction comes from its neighbours).
OPENERS = {"“": DOUBLE, "„": DOUBLE, "‟": DOUBLE, "«": DOUBLE, "‘": SINGLE, "‚": SINGLE, "‹": SINGLE}
CLOSERS = {"”": DOUBLE, "»": DOUBLE, "’": SINGLE, "›": SINGLE}
STRAIGHT = {'"': DOUBLE, "'": SINGLE}
TYPEWRITER_DOUBLE = "''"  # two apostrophes for a double mark, as in older wire and NYT archive text
# The closing marks that match each opening mark („ closes with “ or ”, reversed guillemets »Zitat«).
EXPECTED_CLOSE = {
    "“": "”", "„": "“”", "‟": "”", "«": "»", "»": "«", '"': '"', "‘": "’", "‚": "‘’", "‹": "›", "'": "'",
    TYPEWRITER_DOUBLE: TYPEWRITER_DOUBLE,
}

# Every single character that may be a quotation mark: what a reader checks before it adds marks of its own.
QUOTE_MARKS = frozenset(OPENERS) | frozenset(CLOSERS) | frozenset(STRAIGHT)
# Every mark the quote finder pairs, the typewriter double included (a tokeniser may keep it as one token).
ALL_MARKS = QUOTE_MARKS | {TYPEWRITER_DOUBLE}
# Marks a source comparison treats as one: the paired ones and also ‛ and the backtick, which
# transcripts and wire copy use for quotes and apostrophes but the quote finder never pairs.
LOOSE_QUOTE_CHARS = "".join(sorted(QUOTE_MARKS)) + "‛`"
DASH_CHARS = "—–―"
TERMINAL = ".!?…"  # punctuation that ends a sentence
