"""Reading the parse for whom a sentence is about: its subject's name (through an appositive, a
relative pronoun, a possessor), the subject of its speech verb, the person a question asks, the name
a copula's predicate gives, and whether a name is only an object.

Part of stage two of attribution (resolution): `SentenceTopics` builds its chain walk on these.
"""

from __future__ import annotations

from ..grammar import QUESTION_VERBS, RELATIVE_PRONOUNS
from ..model import Mention
from .draft import Draft


class SentenceSubjects:
    """Who one sentence names as its subject or speaker, read from its parse (`self.e`: the draft)."""

    e: Draft

    def _subject_owner(self, subj: int | None) -> Mention | None:
        """`Lund's blog mocked the mayor. He …`: a subject that is a thing the person owns
        (a column, an answer, a website) keeps the story on its owner; an owned person (`Lund's
        lawyer`) is someone else."""
        t = self.e.t
        if subj is None or t[subj].upos != "NOUN" or self.e.kb.is_role(self.e.low(subj)) \
                or self.e.kb.names_people(self.e.low(subj)):
            return None
        for k in self.e.children.get(subj, []):
            if t[k].deprel == "nmod:poss" and k < subj:
                return next((m for m in self.e.person_mentions_before(t[k].end) if m.start <= t[k].start < m.end),
                            None)
        return None

    def _oblique(self, mention: Mention) -> bool:
        """A name the parse makes an object or an oblique (`never named Bell`, `with Harlow`): it may
        stand in a he/she's sentence before the he/she without being who the he/she is."""
        t, head = self.e.t, self._name_head(mention)
        while t[head].deprel in ("conj", "flat") and t[head].head is not None:
            head = t[head].head  # (`never named Bell or Kerr`: Kerr is an object too)
        deprel = t[head].deprel or ""
        return deprel.startswith(("obj", "iobj", "obl")) or deprel.startswith("nmod") and deprel != "nmod:poss"

    def _name_head(self, mention: Mention) -> int:
        """The token of a name whose head is outside it."""
        t, first = self.e.t, self.e.token_at(mention.start)
        last = self.e.token_at(mention.end - 1)
        return next((k for k in range(first, last + 1) if t[k].head is None or not first <= t[k].head <= last), first)

    def _predicate_person(self, outside: list[int]) -> Mention | None:
        """`But there by the door was Okafor, the shop worker`: a copular sentence whose predicate, its
        root, is a person's name is about that person."""
        t = self.e.t
        root = next((k for k in outside if t[k].deprel == "root"), None)
        if root is None or not any(t[k].head == root and t[k].deprel == "cop" for k in outside):
            return None
        return next((m for m in self.e.person_mentions_before(t[root].end) if m.start <= t[root].start < m.end), None)

    def _asked_person(self, outside: list[int]) -> Mention | None:
        """The person a main-clause question verb asks (`Tarrant asked Lind how …`, `Lind was pressed`
        is no object), who is the one to answer next."""
        t = self.e.t
        for verb in outside:
            if t[verb].deprel not in ("root", "parataxis", "conj") \
                    or (t[verb].lemma or "").lower() not in QUESTION_VERBS:
                continue
            for k in outside:
                if t[k].head == verb and t[k].deprel in ("obj", "iobj"):
                    return next((m for m in self.e.person_mentions_before(t[k].end) if m.start <= t[k].start < m.end),
                                None)
        return None

    def _speaking_subject_token(self, outside: list[int]) -> int | None:
        """The subject of a main-clause speech verb outside quotes: in `The plan failed, Osei said` the
        sentence is Osei's, whatever the parse makes its root (in `When Ward asked, Amel smiled` the
        one asking is not who the sentence is about). A name or he/she right next to the verb comes
        first: the parse often takes `Reyes, Dunmore said, remains …` for Reyes's words and
        `"…" in Brook's district, said Kessler` for words said to Kessler."""
        t, words = self.e.t, set(outside)
        for verb in outside:
            if t[verb].deprel not in ("root", "parataxis", "conj") or not self.e.speech(verb):
                continue
            before = verb - 1 if verb - 1 in words else None
            if before is not None and self._person_word(before):
                return before
            after = next((m for m in self.e.person_mentions_in_sentence_before(t[verb + 1].end)
                          if m.start == t[verb + 1].start), None) if verb + 1 in words else None
            if after is not None:
                end = self.e.token_at(after.end - 1) + 1
                if end >= len(t) or t[end].text in (",", ".") or t[end].sentence != t[verb].sentence:
                    return verb + 1  # (`said Kessler.` ends the clause; `praised Lee's record` does not)
            subj = self.e.subject_of(verb)
            if subj is not None and not self.e.inside[subj] and self.e.low(subj) not in RELATIVE_PRONOUNS:
                return subj
        return None

    def _person_word(self, k: int) -> bool:
        """He/she, or a word of a person's name."""
        return self.e.kb.pronouns.get(self.e.low(k)) in ("male", "female") or any(
            m.start <= self.e.t[k].start < m.end for m in self.e.person_mentions_in_sentence_before(self.e.t[k].end))

    def _main_subject(self, outside: list[int]) -> int | None:
        """The subject of a sentence's main verb, from its words outside quotes (`"…," he said`
        has its root inside the quote, so the first subject outside quotes of a verb outside them)."""
        t = self.e.t
        root = next((k for k in outside if t[k].deprel == "root"), None)
        if root is not None:
            subj = self.e.subject_of(root)
            return subj if subj is not None and not self.e.inside[subj] else None
        return next((k for k in outside if (t[k].deprel or "").startswith("nsubj") and t[k].head is not None
                     and not self.e.inside[t[k].head]), None)

    def _subject_person(self, subj: int | None, outside: list[int]) -> Mention | None:
        """The person a sentence's subject names. `Mendel talks about growing up …` and `At the hearing,
        Kowal all but conceded …` are misparsed with no subject for the main verb: then the name before the
        main verb is the subject (English puts the topic first)."""
        t = self.e.t
        if subj is None:
            root = next((k for k in outside if t[k].deprel == "root"), None)
            if root is None:
                return None
            before = [m for m in self.e.person_mentions_before(t[root].start)
                      if t[self.e.token_at(m.start)].sentence == t[root].sentence
                      and not self.e.inside[self.e.token_at(m.start)]]
            return before[-1] if before else None
        if self.e.low(subj) in RELATIVE_PRONOUNS:
            # `Halvorsen, who doubts the figures, called the budget a mess`, parsed with `who doubts` as the main
            # clause: the relative pronoun stands for the name just before it.
            named = next(self.e.person_mentions_in_sentence_before(t[subj].start), None)
            between = range(self.e.token_at(named.end - 1) + 1, subj) if named is not None else range(0)
            return named if named is not None and all(t[k].upos == "PUNCT" for k in between) else None
        # (`Kellar, a retired judge, spoke next`: the subject noun is the name's appositive, in its mention)
        own = next((m for m in self.e.person_mentions_before(t[subj].end) if m.start <= t[subj].start < m.end), None)
        return own if own is not None else self._named_apposition(subj)

    def _named_apposition(self, subj: int) -> Mention | None:
        """`Her father, Brad, worried …`, `Republican Jane Roe, the former governor, told …`: a subject word
        outside any name whose appositive (parsed as apposition, a flat name or a conjunct with no `and`)
        is a person's name."""
        t = self.e.t
        for k in self.e.children.get(subj, []):
            joined = t[k].deprel in ("appos", "flat") or t[k].deprel == "conj" and not any(
                t[c].deprel == "cc" for c in self.e.children.get(k, []))
            if joined and not self.e.inside[k]:
                named = next((m for m in self.e.person_mentions_before(t[k].end) if m.start <= t[k].start < m.end),
                             None)
                if named is not None:
                    return named
        return None
