"""Small text helpers that more than one rule uses."""

from __future__ import annotations


def excerpt(text: str, limit: int = 50) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def surname(name: str) -> str:
    """The last word of a name, lower-cased, without a possessive ’s."""
    return name.split()[-1].lower().removesuffix("’s").removesuffix("'s")
