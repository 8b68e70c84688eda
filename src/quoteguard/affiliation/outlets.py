"""The publication a writer is named writing for: `Ann Roe, writing in the Harbor Daily`, `From Ann Roe
writing at Lantern:`, `Ann Roe wrote in The Eastland Review`, `wrote Ann Roe in The Harbor Daily`, `Writing in The
Harbor Daily, the critic Ann Roe called …`.

A newsroom names a columnist's or reporter's outlet so, right beside her name, instead of an appositive: the
outlet is then the body she writes for. The verb is a form of `write` (the knowledge base's verb forms), read
right after the name (or before it, `wrote Ann Roe in …`); a person the draft names is no outlet. After `in`,
only a title (opening on `The`, or ending in an organisation word, `Harbor Review`) is a publication: `wrote in
April`, `writing in Eastland` name none.
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..model import Speaker

WRITING_LEMMAS = frozenset({"write"})  # `writing in`, `wrote for`: the verb a writer's outlet follows
NAME_RUN = r"((?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)"  # (on one line: a paragraph break ends it)
AFTER_NAME = re.compile(rf"^,?\s+(?:who\s+)?([a-z]+)\s+(at|for|in)\s+(?:the\s+)?{NAME_RUN}")
BEFORE_NAME = re.compile(r"\b([a-z]+)\s+$")
IN_AFTER_NAME = re.compile(rf"^\s+(in|for)\s+(?:the\s+)?{NAME_RUN}")
# `Writing in The Harbor Ledger, the theatre critic Ann Roe …`: a participle opening her sentence, then lower-case
# words of her description at most before the name
OPENING_PARTICIPLE = re.compile(rf"[.!?”\"\n]\s*([A-Z][a-z]+)\s+(at|for|in)\s+(?:the\s+)?{NAME_RUN},\s+"
                                r"((?:[a-z][\w’'-]*\s+){0,5})$")
ABBREVIATED_ENDS = frozenset({"inc.", "corp.", "ltd."})  # a body's name that ends in a period of its own
SPAN = 120  # characters after a name read for the outlet


def outlet_written_for(speaker: Speaker, text: str, kb: Knowledge, people: set[str]) -> tuple[str, int] | None:
    """The publication a named mention of the speaker says she writes for, and where that mention starts
    (`people`: the surnames the draft names, no outlet)."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is None or mention.after:
            continue  # (a mention with its own description says who she is already)
        after = text[mention.end:mention.end + SPAN]
        found = AFTER_NAME.match(after)
        if found is not None and _writes(found.group(1), kb) and _a_publication(found.group(3), found.group(2), kb,
                                                                                people):
            return _without_possessive(found.group(3)), mention.start
        opening = OPENING_PARTICIPLE.search(("\n" + text)[max(0, mention.start + 1 - SPAN):mention.start + 1])
        if opening is not None and _writes(opening.group(1).lower(), kb) \
                and _a_publication(opening.group(3), opening.group(2), kb, people):
            return _without_possessive(opening.group(3)), mention.start
        verb = BEFORE_NAME.search(text[max(0, mention.start - 20):mention.start])
        inverted = IN_AFTER_NAME.match(after)
        if verb is not None and _writes(verb.group(1), kb) and inverted is not None \
                and _a_publication(inverted.group(2), inverted.group(1), kb, people):
            return _without_possessive(inverted.group(2)), mention.start
    return None


def _writes(verb: str, kb: Knowledge) -> bool:
    return kb.verb_forms.get(verb) in WRITING_LEMMAS


def _a_publication(name: str, link: str, kb: Knowledge, people: set[str]) -> bool:
    """A capitalised run after the link that can be a publication: after `in`, a title (`The …`) or a name
    ending in an organisation word; no country, state, party or person the draft names."""
    words = name.split()
    if kb.names_a_country_or_state(name) or kb.party(words[-1]) or words[-1] in people:
        return False
    if link == "in":
        return words[0] == "The" and len(words) > 1 or words[-1].lower() in kb.org_words
    return True


def _without_possessive(name: str) -> str:
    """`The Harbor Daily’s` → `Harbor Daily` (a name the next words own), without a sentence's full stop (`Harbor
    Daily.`; `Harbor Co.` and `U.S.` keep theirs)."""
    name = re.sub(r"(?:'s|’s|'|’)$", "", name).removeprefix("The ")
    last = name.split()[-1]
    if last.endswith(".") and last.count(".") == 1 and last.lower() not in ABBREVIATED_ENDS and len(last) > 4:
        name = name[:-1]
    return name
