"""loaded-attribution-verb: an attribution verb that colours the quote (claimed, admitted, slammed).

`Said` is neutral; a loaded verb tells the reader what to think of the quote. The verbs are data
(data/style.json, extended by the config's knowledge table). A verb counts only outside quotes and
when it reports something: a quote in its sentence, a reported clause, or a following `that`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from .base import RuleInput, define


def check(data: RuleInput) -> Iterator[Finding]:
    if data.analysis is None:
        return
    tokens = data.analysis.tokens
    quotes = data.speech_quotes()
    for tok in tokens:
        if data.inside_quote(tok.start):
            continue
        low = tok.text.lower()
        nxt = tokens[tok.index + 1].text.lower() if tok.index + 1 < len(tokens) else ""
        lemma = data.kb.loaded_verbs.get(f"{low} {nxt}") or data.kb.loaded_verbs.get(low)
        # The tagger reads "claims that" as a noun now and then; a noun at the sentence root is the verb.
        if lemma is None or (tok.upos is not None and tok.upos != "VERB"
                             and not (tok.upos == "NOUN" and tok.head is None and data.analysis.has_deps)):
            continue
        first, last = data.analysis.sentences[tok.sentence]
        s_start, s_end = tokens[first].start, tokens[last].end
        in_sentence = [q for q in quotes if q.start < s_end and q.end > s_start]
        reports = any(t.head == tok.index and (t.deprel or "") in ("ccomp", "parataxis")
                      for t in tokens[first:last + 1])
        if not in_sentence and not reports and nxt != "that":
            continue
        word = tok.text if " " not in lemma else f"{tok.text} {tokens[tok.index + 1].text}"
        yield RULE.finding(f"“{word}” colours the attribution; house style is the neutral “said” unless the "
                           f"{lemma.split()[0]} itself is the news", in_sentence[0].id if in_sentence else None,
                           tok.start, tokens[tok.index + (1 if " " in lemma else 0)].end)


RULE = define("loaded-attribution-verb", "info",
              "An attribution verb that colours the quote (claimed, admitted, slammed).", check)
