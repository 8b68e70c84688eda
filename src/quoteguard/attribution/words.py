"""The words and punctuation the attribution stage reads sentences by.

The word lists are data (`data/grammar.json`, loaded by `grammar`); punctuation and a pattern stay here.
"""

from __future__ import annotations

import re

from ..grammar import (  # noqa: F401  (the attribution modules import them from here)
    AFFILIATION_EDGE_NOISE,
    AUX_OR_ADVERB,
    FUNCTION_WORDS,
    OBJECT_CONTROL_VERBS,
    OBJECT_ONLY_PRONOUNS,
    OWNER_PRONOUNS,
    PARTY_TAG,
    PERSON_LINKS,
    POSSESSIVE,
    POSSESSIVE_S,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    _words,
)
from ..knowledge import _load

CLOSED_CLAUSE_OPENERS = _words("closed_clause_openers")  # `When Roe spoke, the crowd …`: that clause ends at its comma
EVENT_SUBORDINATORS = _words("event_subordinators")  # `when two fishermen stood up, shouting`: that clause's subject
PRODUCER_VERBS = _words("producer_verbs")  # `the club issued a leaflet which promised "…"`: the club's words
# `Brannel Technologies`: a business's name by a word that says only that it trades (`the company` may stand for it)
BUSINESS_NAME_WORDS = frozenset(_load("affiliations.json")["business_name_words"])
NAME_OPENERS = SUBORDINATORS | _words("name_openers")  # `While Roe, …`, `Like Roe, …`: no part of the name

SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
DASHES = frozenset({"—", "–", "-", "--", "―"})
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")"}) | DASHES
TRANSCRIPT_LABEL = re.compile(r"\s*([A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s")
