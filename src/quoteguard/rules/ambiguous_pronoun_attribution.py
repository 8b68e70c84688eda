"""ambiguous-pronoun-attribution: a quote given by `he said` when two or more people could be meant.

Only people named since the paragraph before count, and right after `…," Putin said.` a `he said`
is read as Putin: only people named after that attribution count. A person whose given name says
the other gender (`she` after `Mike Pence` and `Rita Costa`), or a word that does (`Mom`), is no candidate a
reader weighs.
Continuations are not pronoun tags and are left to quotes-run-together.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define
from .helpers import surname


def check(data: RuleInput) -> Iterator[Finding]:
    for q in data.quotes:
        found = data.attribution.attributions.get(q.id)
        if found is None or found.mention is None or found.mention.kind != "pronoun":
            continue
        if found.sieve in ("continuation", "multi-paragraph"):
            continue
        gender = data.kb.pronouns.get(found.mention.text.lower())
        if gender not in ("male", "female"):
            continue
        at = found.mention.start
        window_start = data.doc.paragraphs[max(0, data.doc.paragraph_index(at) - 1)].start
        names: dict[str, str] = {}
        # Right after `…," Putin said.` a `he said` is read as Putin: only people named since count.
        named = [a.mention for a in data.attribution.attributions.values()
                 if a.mention is not None and a.mention.kind == "person" and a.mention.name
                 and window_start <= a.mention.start < at]
        if named:
            last = max(named, key=lambda m: m.start)
            assert last.name is not None
            window_start = last.end
            names[surname(last.name)] = last.name
        for m in data.attribution.persons:
            if window_start <= m.start < at and m.name:
                names.setdefault(surname(m.name), m.name)
        names = {key: name for key, name in names.items()
                 if data.kb.given_names.get(name.split()[0]) in (None, gender)
                 and data.kb.gender_words.get(name.split()[0].lower(), gender) == gender}  # (`Mom` is no `he`)
        if len(names) >= 2:
            listed = ", ".join(sorted(names.values(), key=lambda n: n.lower()))
            yield RULE.finding(f"“{found.mention.text}” could be any of {listed}; name the speaker",
                               q.id, found.mention.start, found.mention.end)


RULE = define("ambiguous-pronoun-attribution", "warning",
              "A quote attributed by a pronoun (he said) when two or more people could be meant.", check)
