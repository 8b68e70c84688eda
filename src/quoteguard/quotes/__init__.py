"""The quotes stage: find quotations by their marks (`find`), then give each its kind (`classify`).

It reads a `TextView` (the draft's text and paragraphs), never the file a draft came from.
"""

from .classify import classify
from .find import find_quotes

__all__ = ["classify", "find_quotes"]
