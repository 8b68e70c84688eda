"""Link each quote to its source, in two stages.

1. quote → source mention (`sieves`): which words introduce the quote (`Kremlin aide Yuri Ushakov`,
   `he`, `a senior official`); then the discourse passes (`discourse`) for quotes with no cue.
2. source mention → entity (`resolution`): who that is, a surname or pronoun to the full name it
   refers back to, a nominal (`a senior official`) to an unnamed source, never an invented name.

Every attribution records the pattern that chose its mention (`sieve`) and the step that chose its
entity (`resolution`). The stage survives tagging errors: every decision that uses POS,
dependencies or entities has a surface fallback, so it also runs on a tokenize-only pipeline.
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge import Knowledge
from ..model import Attribution, AttributionResult, Mention, Quote, TextView
from ..nlp import Analysis
from .copulas import link_copulas
from .described_then_named import name_described_sources
from .descriptions import link_descriptions
from .discourse import continuation, continued_quote, cue_text, sign_offs, split_quote_backfill
from .draft import Draft
from .group_titles import link_group_titles
from .headline_titles import link_headline_subject
from .relay import outer_source
from .resolution import Resolver
from .sieves import find_source
from .standing_descriptions import link_standing_descriptions
from .types import Phrase
from .unvoiced import unvoiced_quotes


def attribute(doc: TextView, analysis: Analysis, quotes: list[Quote], kb: Knowledge) -> AttributionResult:
    """Run the sieves over every top-level quote and resolve speakers to entities."""
    d = Draft(doc, analysis, quotes, kb)
    if not d.t:  # marks the tokenizer dropped (whitespace, control characters): nothing to link
        return AttributionResult({}, {}, [], [])
    d.collect_people()
    # Nobody's words (a show's name, `on CBS's "Face the Nation,"`, page furniture) get no speaker,
    # and the speaker before them carries over them to the next quote.
    # So are cries the draft names no one for (`to chants of "…"`) and aliases (`known online as "…"`).
    unvoiced = unvoiced_quotes(d)
    nobodys = {q.id for q in d.quotes if q.unspoken} | unvoiced
    found = {q.id: find_source(d, q) for q in d.quotes if q.id not in nobodys}
    resolver = Resolver(d)
    d.infer_genders(lambda m: resolver.person_key(m.name or "", m.start))
    attributions: dict[str, Attribution] = {}
    previous: Quote | None = None
    for q in d.quotes:
        if q.id in nobodys:
            continue
        attribution = _resolved(d, resolver, q, found[q.id]) or continued_quote(q, attributions) \
            or continuation(d, resolver, q, previous, attributions)
        if attribution is not None:
            attributions[q.id] = attribution
        previous = q
    sign_offs(d, attributions)
    split_quote_backfill(d, attributions)
    name_described_sources(d, resolver, attributions)
    for mention in d.person_mentions:
        resolver.register(mention)
    link_descriptions(d, resolver, attributions)
    link_copulas(d, resolver)
    link_group_titles(d, resolver)
    link_headline_subject(d, resolver, attributions)
    link_standing_descriptions(d, resolver)
    proper = [(tok.text, tok.start) for tok in d.t
              if not d.inside[tok.index] and len(tok.text) >= 4 and d.is_cap(tok.index)
              and (tok.upos in (None, "PROPN") or tok.ner == "PERSON")]
    return AttributionResult(attributions, resolver.speakers, d.person_mentions + resolver.extra_people, proper,
                             frozenset(unvoiced), d.introduced_by_kind())


def _resolved(d: Draft, resolver: Resolver, q: Quote, found: tuple[Phrase, Mention, str] | None) -> Attribution | None:
    """The attribution a sieve's mention gives, once resolved to an entity."""
    if found is None:
        return None
    phrase, mention, sieve = found
    speaker, step = resolver.resolve(mention, q.start)
    if speaker is None and mention.kind == "pronoun":
        # `"…," she said` with no one named before who fits: hers, whoever she is (a rule says so).
        speaker, step = resolver.unresolved_pronoun(mention), "pronoun-unresolved"
    elif speaker is not None and mention.kind == "pronoun":
        named = resolver.named_in_sentence(mention, speaker, q.start)
        if named is not None and d.name_speaks_over(named.start, named.end, d.token_at(mention.start)):
            mention = named
    if speaker is None:
        return None
    via = outer_source(d, phrase.cue) if phrase.cue is not None and phrase.sieve != "according-to" else None
    return Attribution(q.id, speaker.id, mention, cue_text(d, phrase.cue),
                       d.t[phrase.cue].start if phrase.cue is not None else None,
                       phrase.sieve, phrase.confidence, step, sieve, via)


def credited_as_speech(quotes: list[Quote], result: AttributionResult) -> list[Quote]:
    """A scare-looking quote that a sieve credited to a speaker is a partial quote of their words.

    (`Fenwick dismissed it as a "vanity project"`.) It then counts as speech for the sourcing rules,
    the verbatim check included. Titles stay titles.
    """
    return [replace(q, kind="partial") if q.kind == "scare" and q.id in result.attributions else q
            for q in quotes]


__all__ = ["attribute", "credited_as_speech"]
