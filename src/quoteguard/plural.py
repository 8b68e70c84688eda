"""Counted nouns for messages and reports ("1 quote", "3 quotes"): a leaf every stage may import."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """`number` and `noun`, with an s unless the number is exactly one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
