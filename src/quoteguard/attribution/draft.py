"""The analysed draft that sieves and resolution read: tokens, names, people, phrases and mentions.

Each layer is a class in its own module and builds only on the layers below it:
tokens → names → descriptors → people → title_chains → phrases → mentions → source_phrases. `Draft`
is the top of that stack.
"""

from __future__ import annotations

from .source_phrases import SourcePhrases


class Draft(SourcePhrases):
    """One draft, read for attribution. Built once per draft; `collect_people` fills the registry."""
