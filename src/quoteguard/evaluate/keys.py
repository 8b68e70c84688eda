"""Speaker keys: the word a speaker phrase is compared by, as the reference scorer defines it."""

from __future__ import annotations

import re
from typing import Any

# The gold's unit: it was derived from double-quoted segments only (see the gold README), so a
# quote opened by any other mark (a headline's 'quote', a '' typewriter pair) was never annotated,
# whether or not it is one. Such predictions are kept out of the scored set and counted apart.
GOLD_OPENING_MARKS = frozenset('"\u201c\u201d\u201e')
TRIM_CHARS = frozenset(" \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb,.;:!?\u2014\u2013-\u2026")
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "prof", "president",
                        "senator", "the", "a", "an", "sir", "dame", "lord", "st"})
STOPWORDS = HONORIFICS | {"of", "and", "for", "in", "at", "on", "to", "who", "said", "says"}
SPEAKER_TYPES = (("name", "named"), ("pronoun", "pronoun"), ("nominal", "nominal"), ("None", "no speaker"))

_POSSESSIVE = re.compile(r"['\u2019]s$")
_KEY_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*(?:['\u2019]s)?")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")
_PARENTHETICAL = re.compile(r"\([^)]*\)")


# -- speaker keys ------------------------------------------------------------------------------

def speaker_key(phrase: str | None) -> str | None:
    """The word a speaker phrase is compared by: the surname of its main name, lower-cased.

    "Kremlin spokesman Dmitry Peskov" -> peskov; a run of capitalised words that ends in a
    possessive ("Ann Cole's adviser Ivo Brandt") is used only if no other run exists;
    a phrase without capitals ("the official") is keyed by its last word.
    """
    if not phrase:
        return None
    runs: list[tuple[list[str], bool]] = []  # (capitalised words, run ended by a possessive)
    current: list[str] = []
    for raw in _KEY_TOKEN.findall(_PARENTHETICAL.sub(" ", phrase)):
        possessive = bool(_POSSESSIVE.search(raw))
        word = _POSSESSIVE.sub("", raw).strip(".-")
        if word and word[0].isupper() and word.lower().rstrip(".") not in HONORIFICS:
            current.append(word)
            if possessive:
                runs.append((current, True))
                current = []
            continue
        if current:
            runs.append((current, False))
        current = []
    if current:
        runs.append((current, False))
    usable = [words for words, possessive in runs if not possessive] or [words for words, _ in runs]
    if usable:
        longest = max(usable, key=len)  # the first of the longest
        return longest[-1].lower()
    plain = _words(phrase)
    return plain[-1].lower() if plain else None


def _words(phrase: str) -> list[str]:
    return _WORD.findall(re.sub(r"['\u2019]s\b", "", phrase))


def speaker_correct(gold_quote: dict[str, Any], predicted: str | None, lenient: bool = False) -> bool:
    """Is `predicted` the gold quote's speaker? Gold null is right only when nothing is predicted."""
    gold = gold_quote.get("speaker")
    if gold is None or predicted is None:
        return gold is None and predicted is None
    key = speaker_key(predicted)
    antecedent = gold_quote.get("speaker_antecedent_guess")
    strict = key is not None and (key == speaker_key(gold) or bool(antecedent) and key == speaker_key(antecedent))
    if strict or not lenient:
        return strict
    gold_words = _words(gold)
    if any(w[0].isupper() for w in gold_words):
        return key in {w.lower() for w in gold_words}
    content = [w.lower() for w in gold_words if w.lower() not in STOPWORDS]
    predicted_words = {w.lower() for w in _words(predicted)}
    return bool(content) and sum(w in predicted_words for w in content) / len(content) >= 0.5


# -- span alignment ---------------------------------------------------------------------------

