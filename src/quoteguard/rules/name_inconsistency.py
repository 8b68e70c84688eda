"""name-inconsistency: one person's name spelled more than one way.

Misspelled names are among the most common corrections. Surnames are compared by similarity
(`Zelenskyy` / `Zeleneskyy`), also against capitalised words the tagger did not see as names;
given names are compared within one surname (`Lydia` / `Lidia Brennan`). Possessives and plurals
(`Brennan’s`, `the Brennans`) are one name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from rapidfuzz import fuzz

from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    spellings: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        if not mention.name:
            continue
        surname = mention.name.split()[-1]
        offset = data.doc.text.find(surname, mention.start, mention.end)
        spellings.setdefault(surname, []).append(offset if offset >= 0 else mention.start)
    # Words the tagger did not see as names (Zeleneskyy) still count when they resemble a surname.
    surnames = list(spellings)
    for word, offset in data.attribution.proper_words:
        if word in spellings:
            if offset not in spellings[word]:
                spellings[word].append(offset)
        elif any(_same_name(word, s) for s in surnames):
            spellings[word] = [offset]
    yield from _spelling_findings(spellings, _same_name)
    # Given names: `Lydia Brennan` and `Lidia Brennan`.
    full: dict[str, list[int]] = {}
    for mention in data.attribution.persons:
        words = (mention.name or "").split()
        if len(words) >= 2:
            full.setdefault(" ".join(words), []).append(mention.start)
    yield from _spelling_findings(full, _same_given_name)


RULE = define("name-inconsistency", "warning", "One person's name is spelled more than one way.", check)


def _same_given_name(a: str, b: str) -> bool:
    (given_a, *_, surname_a), (given_b, *_, surname_b) = a.split(), b.split()
    return surname_a == surname_b and _same_name(given_a, given_b, threshold=75)


def _spelling_findings(spellings: dict[str, list[int]], same: Callable[[str, str], bool]) -> Iterator[Finding]:
    """One finding per group of spellings that `same` links together."""
    names = sorted(spellings, key=lambda n: min(spellings[n]))
    groups: list[list[str]] = []
    for name in names:
        if len(name) < 4 or not name[:1].isupper():
            continue
        home = next((g for g in groups if any(same(name, other) for other in g)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    for group in groups:
        if len(group) < 2:
            continue
        counts = Counter({n: len(spellings[n]) for n in group})
        usual = max(group, key=lambda n: (counts[n], -min(spellings[n])))
        others = [n for n in group if n != usual]
        listed = ", ".join(f"{n} ({counts[n]}×)" for n in [usual, *others])
        first_odd = min(min(spellings[n]) for n in others)
        yield RULE.finding(f"one name spelled {len(group)} ways: {listed}; check which spelling is right",
                           None, first_odd, first_odd + len(others[0]))


def _same_name(a: str, b: str, threshold: int = 85) -> bool:
    if a == b or a[0].lower() != b[0].lower() or min(len(a), len(b)) < 4:
        return False
    low_a, low_b = a.lower(), b.lower()
    if low_a.rstrip("s") == low_b.rstrip("s") or low_a.removesuffix("’s") == low_b.removesuffix("’s"):
        return False  # the Clintons, Clinton’s: one name, inflected
    return fuzz.ratio(a.lower(), b.lower()) >= threshold
