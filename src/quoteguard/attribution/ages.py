"""An age stands for the person it was stated with.

News names someone once with their age (`Maria Lopez, 46, runs a bakery`, `46-year-old Maria
Lopez`, `Lopez, a 46-year-old baker,`) and later calls them by it alone (`"…," the 46-year-old
said`). The description then means that person, not an unnamed source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Mention

AGE_WORD = re.compile(r"(\d{1,3})-years?-old")
# `Name, 46,` / `Name, a 46-year-old …` right after the name; `46-year-old Name` right before it.
AGE_AFTER_NAME = re.compile(r"\s*,\s+(?:an?\s+)?(\d{1,3})(?:,|\s*-\s*years?-old\b|-years?-old\b)")
AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-years?-old\s+(?:[\w.’'-]+\s+){0,4}$")


def age_in_description(words: Iterable[str]) -> str | None:
    """The age a description gives (`the 46-year-old`, `the 71-year-old diplomat`), if any."""
    for word in words:
        found = AGE_WORD.fullmatch(word.strip(",").lower())
        if found:
            return found.group(1)
    return None


def stated_age(text: str, mention: Mention) -> str | None:
    """The age the draft states beside a person mention, if any."""
    after = AGE_AFTER_NAME.match(text, mention.end)
    if after:
        return after.group(1)
    words = [w.text for w in mention.after[:3]]
    if len(words) == 3 and words[0] == "," and words[1].isdigit() and words[2] == ",":
        return words[1]  # `Ann Roe, 46, a baker`: the mention runs on past the age to the appositive
    before = AGE_BEFORE_NAME.search(text[max(0, mention.start - 60):mention.start])
    if before:
        return before.group(1)
    return age_in_description(w.text for w in mention.before + mention.after)


def person_of_age(text: str, age: str, earlier: Iterable[Mention]) -> Mention | None:
    """The nearest person mention (of `earlier`, nearest first) stated to be `age` years old."""
    return next((m for m in earlier if stated_age(text, m) == age), None)
