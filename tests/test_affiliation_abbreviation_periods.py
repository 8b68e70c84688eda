"""A title abbreviation whose period the tokenizer gave to the name after it (`Sen` then `. Ann Roe`
opening a paragraph, a headline's `Harbor Rep Velde`) is still that abbreviation: spelled out where a
report spells it out (`senator`), kept with its period where it stays as written (`Rep.`). Words
tagged by hand: the tagger's split depends on the sentence."""

from __future__ import annotations

from quoteguard.affiliation import description
from quoteguard.model import Mention, Word


def _title(kb, *before: tuple[str, str | None]) -> str | None:
    words = tuple(Word(text, upos, None) for text, upos in before)
    mention = Mention(text="Ann Roe", start=0, end=7, kind="person", name="Ann Roe", before=words)
    return description(mention, kb).title


def test_an_abbreviation_that_lost_its_period_is_spelled_out(kb):
    assert _title(kb, ("Sen", "PROPN")) == "senator"
    assert _title(kb, ("Eastland", "PROPN"), ("Gov", "PROPN")) == "Eastland governor"


def test_an_abbreviation_kept_as_written_gets_its_period_back(kb):
    assert _title(kb, ("Harbor", "PROPN"), ("Rep", "PROPN")) == "Harbor Rep."
