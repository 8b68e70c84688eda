"""Closed-class English words that stages read sentences by (pronouns, function words, possessive marks).

They are data (`data/grammar.json`), not the newsroom's knowledge: `knowledge.py` holds that.
"""

from __future__ import annotations

import json
import re
from importlib import resources

_GRAMMAR = json.loads(resources.files("quoteguard").joinpath("data", "grammar.json").read_text(encoding="utf-8"))


def _words(name: str) -> frozenset[str]:
    return frozenset(_GRAMMAR[name])


SUBJECT_PRONOUNS = _words("subject_pronouns")
OBJECT_ONLY_PRONOUNS = _words("object_only_pronouns")
FIRST_PERSON_PRONOUNS = _words("first_person_pronouns")  # outside quotes, the writer
QUESTION_VERBS = _words("question_verbs")  # lemmas: `X asked Y`, and Y answers
STANCE_NOUNS = _words("stance_nouns")  # `an early supporter of X`, `rival Ann Roe`: whom she sides with or against
ASKING_ROLES = _words("asking_roles")  # `the moderator`: who puts the questions, never the one answering
RELATIVE_PRONOUNS = _words("relative_pronouns")
DEFINITE_OPENERS = _words("definite_openers")  # `the senator`: one person the reader knows
# `holding a sign`, `waving her flag`: the words that open a noun phrase after a verb
ARTICLES = _words("articles")
NOUN_PHRASE_OPENERS = _words("appositive_articles") | _words("possessive_determiners")
BECOMING_VERBS = _words("becoming_verbs")  # `Roe became the nominee`: the object is what Roe is
SUPPOSING_WORDS = _words("supposing_words")  # `if Roe is the nominee`: a supposition, no post held
LASTING_VERBS = _words("lasting_verbs")  # `if Roe remains the harbor chair`: she is one now
TITLE_COPULAS = _words("title_copulas")  # `who was`, `who has served as`: a role follows
PERSON_LINKS = _words("person_links")  # `an aide to X`, `a lawyer for X`
FUNCTION_WORDS = _words("function_words")
SUBORDINATORS = _words("subordinators")
PREPOSITIONS = _words("prepositions")
AUX_OR_ADVERB = _words("aux_or_adverb")
POSSESSIVE_S = _words("possessive_s")  # Russia’s, Russia's
OWNER_PRONOUNS = _words("owner_pronouns")  # `his comment that "…"`: whose words a speech noun gives
OWNER_SUBJECTS: dict[str, str] = dict(_GRAMMAR["owner_subjects"])  # `his campaign`: the campaign of a `he`
PERSON_OBJECT_PRONOUNS: dict[str, str] = dict(_GRAMMAR["person_object_pronouns"])  # him/her and their genders
POSSESSIVE = POSSESSIVE_S | _words("bare_apostrophes")  # … and Davis’
AFFILIATION_EDGE_NOISE = _words("affiliation_edge_noise")
FAME_WORDS = _words("fame_words")  # `best known for`: what she is known by, after her title
FAME_ADVERBS = _words("fame_adverbs")
SHARE_WORDS = _words("share_words")  # `62 percent of dockers`: a share of people counted
TIME_NOUNS = _words("time_nouns")  # `last week`, `Tuesday`: a time phrase, never a cue's subject
TIME_ADVERBS = _words("time_adverbs")  # `a hospital nurse today`: when, no part of a role
OBJECT_CONTROL_VERBS = _words("object_control_verbs")  # `prompted Ann Roe to write`: the object speaks
FRACTION_WORDS = _words("fraction_words")  # `well over half of the dockers`, `a majority`: people counted
# `R-Ky.`, `D-N.Y.`: a US party tag after a name; its letter says the party (knowledge `parties`).
# Tags of a clause's opening word that is no part of a name after it (`After`, `But`, `The`, `As`).
OPENING_FUNCTION_TAGS = frozenset({"ADP", "SCONJ", "ADV", "CCONJ", "DET", "PRON"})

PARTY_TAG = re.compile(r"([RDI])-[A-Z][A-Za-z.]*(?:-[A-Z][A-Za-z.]*)?")  # (`D-W-Va.` too)
