"""A body a title names by its last word only: `Commission Chair Ann Roe`, `Board member Ivo Marek`.

An editor reading `the Harbor Commission met on Monday … said Commission Chair Ann Roe` knows which
commission: the one the draft names in full. When the draft names exactly one body that ends in
that word, it is the organisation shown; with two (`the Harbor Commission`, `the Rail Commission`)
the draft does not say which, and the word stays as it was read.
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge

LEADING_ARTICLES = ("The ", "A ", "An ")


def named_in_full(name: str, text: str, kb: Knowledge) -> str | None:
    """The one fuller name the draft gives a body read as a bare head word (`Commission`)."""
    if " " in name or name.lower() not in kb.body_heads:
        return None
    pattern = re.compile(rf"((?:[A-Z][\w'’.&-]*\s)+){re.escape(name)}\b")
    fuller = set()
    for found in pattern.finditer(text):
        words = found.group(1)
        for article in LEADING_ARTICLES:
            words = words.removeprefix(article)
        if words.strip() and "\n" not in words:
            fuller.add(f"{words}{name}")
    return fuller.pop() if len(fuller) == 1 else None
