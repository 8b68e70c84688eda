"""Reading the parse for whom a sentence is about: its subject's name (through an appositive, a
relative pronoun, a possessor), the subject of its speech verb, the person a question asks, the name
a copula's predicate gives, and whether a name is only an object.

Part of stage two of attribution (resolution): `SentenceTopics` builds its chain walk on these.
"""

from __future__ import annotations

from ..grammar import QUESTION_VERBS, RELATIVE_PRONOUNS
from ..model import Mention
from .draft import Draft

# An aside between a name and its verb (`Okafor, 41, told`, `Okafor, a nurse from Dover, said`): its words' tags.
ASIDE_TAGS = ("NUM", "NOUN", "ADJ", "DET", "PROPN", "ADP", "CCONJ", "PART")
MAX_ASIDE_WORDS = 9
MAX_CLAUSE_STEPS = 12  # heads climbed from a name to the verb it hangs from
# `a spokesman for`, `an aide to`, `a friend of`: a noun whose phrase names the person it serves
SERVICE_PREPOSITIONS = ("for", "to", "of")
# how a misparse hangs a sentence's verb off the name that opens it (`Ann Roe, who …, welcomed …`)
NAME_VERB_LINKS = ("parataxis", "conj", "appos", "acl", "acl:relcl", "dep")
MAX_OPENER_WORDS = 4  # `On Friday,`, `In a statement,` before that name


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
                return self.e.person_mention_at(k)
        return None

    def _owning_role(self, subj: int | None) -> int | None:
        """`The senator's answer was that …`, `the incumbent's support for the pier`: a subject that is a
        thing owned by a role (no name) stands, for whom the sentence is about, where that role would."""
        t = self.e.t
        if subj is None or t[subj].upos != "NOUN" or self.e.kb.is_role(self.e.low(subj)) \
                or self.e.kb.names_people(self.e.low(subj)):
            return None
        return next((k for k in self.e.children.get(subj, []) if k < subj and t[k].deprel == "nmod:poss"
                     and self._common_noun(k) and self.e.kb.is_role(self.e.low(k))), None)

    def _topic_of(self, k: int) -> Mention | None:
        """`As for Roe, she said …`: the person an `as for` phrase before token k, in its sentence, sets up as
        what follows is about (a title may come between: `As for Senator Ann Roe`)."""
        t = self.e.t
        for m in self.e.person_mentions_in_sentence_before(t[k].start):
            j = self.e.token_at(m.start) - 1
            while j > 0 and t[j].sentence == t[k].sentence and (self.e.is_cap(j) or t[j].text == ".") \
                    and self.e.low(j) != "for":
                j -= 1  # (over a title before the name)
            if j > 0 and self.e.low(j) == "for" and self.e.low(j - 1) == "as" and not self.e.inside[j]:
                return m
        return None

    def _passive_agent(self, subj: int | None) -> Mention | None:
        """`Roe's plan was backed by Senator Ann Vale, who …`: a passive's subject is acted on; the person of
        its `by` phrase acts, and the story is about them, not about the owner of what they acted on."""
        t = self.e.t
        if subj is None or t[subj].deprel != "nsubj:pass" or t[subj].head is None:
            return None
        for k in self.e.children.get(t[subj].head, []):
            if t[k].deprel not in ("obl", "obl:agent") or not any(
                    t[c].deprel == "case" and self.e.low(c) == "by" for c in self.e.children.get(k, [])):
                continue
            last = max([k] + [c for c in self.e.children.get(k, []) if t[c].deprel in ("flat", "compound")])
            return next((m for m in self.e.person_mentions_before(t[last].end)
                         if t[k].start <= m.start <= t[last].start or m.start <= t[k].start < m.end), None)
        return None

    def _oblique(self, mention: Mention) -> bool:
        """A name the parse makes an object or an oblique (`never named Bell`, `with Harlow`), or the owner
        of one (`Angered by Bell's record, he …`): it may stand in a he/she's sentence before the he/she
        without being who the he/she is."""
        t, head = self.e.t, self._name_head(mention)
        while t[head].deprel in ("conj", "flat") and t[head].head is not None:
            head = t[head].head  # (`never named Bell or Kerr`: Kerr is an object too)
        owner = t[head].head
        # (the owner of a thing stands where the thing does; in `If Roe's wary on the bill`, no owner; the words
        # between hang inside the name or on the thing: `Ann Roe's` hangs its `'s` on the surname)
        if t[head].deprel == "nmod:poss" and owner is not None and t[owner].upos == "NOUN" and head < owner and all(
                t[k].head is not None and head <= t[k].head <= owner for k in range(head + 1, owner)):
            head = owner
        deprel = t[head].deprel or ""
        return deprel.startswith(("obj", "iobj", "obl")) or deprel.startswith("nmod") and deprel != "nmod:poss"

    def _name_head(self, mention: Mention) -> int:
        """The token of a name whose head is outside it."""
        t, first = self.e.t, self.e.token_at(mention.start)
        last = self.e.token_at(mention.end - 1)
        return next((k for k in range(first, last + 1) if t[k].head is None or not first <= t[k].head <= last), first)

    def _predicate_person(self, outside: list[int]) -> Mention | None:
        """`But there by the door was Okafor, the shop worker`: a copular sentence whose predicate, its
        root, is a person's name (or a noun set off with one) is about that person."""
        t = self.e.t
        root = next((k for k in outside if t[k].deprel == "root"), None)
        if root is None or not any(t[k].head == root and t[k].deprel == "cop" for k in outside):
            return None
        named = self.e.person_mention_at(root)
        if named is None and t[root].upos == "NOUN":
            # (`One of the critics is a ferry captain, Dov Kessler`: the predicate's appositive names them)
            return self._named_apposition(root)
        return named

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
                    return self.e.person_mention_at(k)
        return None

    def _speaking_subject_token(self, outside: list[int]) -> int | None:
        """The subject of a main-clause speech verb outside quotes: in `The plan failed, Osei said` the
        sentence is Osei's, whatever the parse makes its root (in `When Ward asked, Amel smiled` the
        one asking is not who the sentence is about). A name or he/she right next to the verb comes
        first: the parse often takes `Reyes, Dunmore said, remains …` for Reyes's words and
        `"…" in Brook's district, said Kessler` for words said to Kessler. The one who answers comes
        before the one who asks (`After Ward asked Amel about it, Amel replied …`, however it is parsed)."""
        t, words = self.e.t, set(outside)
        asking = [k for k in outside if (t[k].lemma or "").lower() in QUESTION_VERBS]
        for verb in [k for k in outside if k not in asking] + asking:
            if t[verb].deprel not in ("root", "parataxis", "conj") or not self.e.speech(verb) or self._passive(verb):
                continue
            before = verb - 1 if verb - 1 in words else self._name_before_aside(verb - 1, words)
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

    def _passive(self, verb: int) -> bool:
        """`Motions are announced in order, he explained`: a speech verb in the passive speaks of its
        subject (what is announced, who was told), so its subject is no speaker."""
        return any((self.e.t[k].deprel or "") in ("nsubj:pass", "aux:pass") for k in self.e.children.get(verb, []))

    def _name_before_aside(self, comma: int, words: set[int]) -> int | None:
        """`Okafor, 41, told a paper …`, `Okafor, a nurse, said …`: the word before an aside set off
        by commas (a few words, no verb) that ends just before the verb; the parse often makes the
        verb's object its subject (`told the station`)."""
        t = self.e.t
        if comma < 1 or t[comma].text != "," or self.e.inside[comma]:
            return None
        k = comma - 1
        while k > comma - MAX_ASIDE_WORDS and k in words and t[k].upos in ASIDE_TAGS:
            k -= 1
        if k < comma - 1 and t[k].text == "," and not self.e.inside[k] and k - 1 in words:
            return k - 1
        return None

    def _reported_subject(self, mention: Mention, pronoun: int) -> bool:
        """`Brack is no friend of farmers, he said`: a name that is the subject of the words the he/she's
        own speech verb reports, before it, is whom they speak about, not who they are."""
        t = self.e.t
        verb = t[pronoun].head
        if verb is None or not (t[pronoun].deprel or "").startswith("nsubj") or not self.e.speech(verb):
            return False
        head = self._name_head(mention)
        clause = t[head].head
        if not (t[head].deprel or "").startswith("nsubj") or clause is None or not head < clause < verb \
                or any(self.e.inside[k] for k in range(head, pronoun)):
            return False  # (`Roe tossed "cold water" on it, she wrote`: words she owns, about herself)
        # (`Roe isn't rattled — in fact, she said it helps`: a verb with words of its own reports those)
        return t[clause].head == verb and t[clause].deprel in ("ccomp", "parataxis") \
            or t[verb].head == clause and t[verb].deprel == "parataxis" and not any(
                t[k].deprel in ("ccomp", "xcomp", "obj") for k in self.e.children.get(verb, []))

    def _asked_about(self, mention: Mention, pronoun: int) -> bool:
        """`Asked whether Ruiz would run, she replied: …`: a name inside the question a he/she is asked (an
        `asked` clause on their own verb) is what they speak about, not who they are."""
        t = self.e.t
        verb = t[pronoun].head
        k, steps = self._name_head(mention), 0
        while k is not None and k != verb and steps < MAX_CLAUSE_STEPS:
            if (t[k].lemma or "").lower() in QUESTION_VERBS and t[k].upos == "VERB" and k < pronoun \
                    and (t[k].head == verb or verb is not None and t[verb].head == k) \
                    and self.e.subject_of(k) is None:
                return True  # (the parse may hang `she replied` off `Asked` as well as the other way)
            k, steps = t[k].head, steps + 1
        return False

    def _common_noun(self, k: int) -> bool:
        """A noun, or a lower-case word the tagger took for a name (`The senator`, `One Ohio delegate`)."""
        return self.e.t[k].upos == "NOUN" or self.e.t[k].upos == "PROPN" and self.e.t[k].text.islower()

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
            if subj is None and t[root].upos == "VERB":
                # (`Asked about the pier, he laughed`, parsed with `Asked` as the root: the verb beside it acts)
                subj = next((self.e.subject_of(k) for k in outside if t[k].head == root
                             and t[k].deprel in ("parataxis", "conj") and self.e.subject_of(k) is not None), None)
            if subj is None and t[root].upos == "VERB" and root == outside[0]:
                subj = self._clause_after_fronted_verb(root, outside)
            if subj is None:
                subj = self._name_read_as_root(root, outside)
            if subj is None and t[root].upos == "VERB":
                subj = self._subject_read_as_an_openers_apposition(root, outside)
            return subj if subj is not None and not self.e.inside[subj] else None
        return next((k for k in outside if (t[k].deprel or "").startswith("nsubj") and t[k].head is not None
                     and not self.e.inside[t[k].head]), None)

    def _subject_read_as_an_openers_apposition(self, root: int, outside: list[int]) -> int | None:
        """`Near the exit, a young mother holding a toddler, who …, said`, parsed with `mother` an apposition of
        `exit` and `said` with no subject: a person word set off after an opening phrase and standing in apposition
        to it is the subject of the verb after it."""
        t = self.e.t
        return next((k for k in outside if k < root and t[k].deprel == "appos" and t[k].head is not None
                     and (t[t[k].head].deprel or "").startswith("obl") and t[k].head < k
                     and self.e.kb.names_people(t[k].text, t[k].upos)), None)

    def _clause_after_fronted_verb(self, root: int, outside: list[int]) -> int | None:
        """`Asked whether rates could rise, the governor paused`, parsed with `Asked` as the root and the main
        clause as its complement: the subject of a complement that stands after the comma closing the fronted
        clause (not `rates`, the subject inside it)."""
        t = self.e.t
        for k in reversed(outside):
            subj = self.e.subject_of(k) if t[k].head == root and t[k].deprel == "ccomp" else None
            comma = next((j for j in range(subj - 1, root, -1) if t[j].text == ","), None) \
                if subj is not None and subj < k else None
            if comma is not None and all(t[j].upos not in ("VERB", "AUX") for j in range(comma + 1, subj)):
                return subj
        return None

    def _name_read_as_root(self, root: int, outside: list[int]) -> int | None:
        """`Rep. Ann Roe (D-Ohio), who wrote the bill, welcomed the vote`, parsed with the name as the root and
        `welcomed` hanging off it: a sentence that opens with a person's name (after an opener at most: `On
        Friday,`, `Later,`), whose verb (a parataxis, a conjunct or an appositive of the name, with no subject
        of its own) follows it, has that person as its subject. The parse may also take the relative clause
        for that verb, with the main verb its conjunct (`…, who wrote the bill, welcomed …`): its `who` is the
        name. Returns the name's root token."""
        t = self.e.t
        named = self.e.person_mention_at(root)
        if named is None or not outside:
            return None
        first, end = self.e.token_at(named.start), self.e.token_at(named.end - 1)
        opener = [k for k in outside if k < first]
        if len(opener) > MAX_OPENER_WORDS or any(t[k].upos in ("VERB", "AUX", "PRON") or self._person_word(k)
                                                 for k in opener):
            return None

        def own_subject(k: int) -> bool:
            subj = self.e.subject_of(k)
            return subj is not None and self.e.low(subj) not in RELATIVE_PRONOUNS
        return root if any(k > end and t[k].head == root and t[k].upos == "VERB" and not self.e.inside[k]
                           and t[k].deprel in NAME_VERB_LINKS and not own_subject(k) for k in outside) else None

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
            return named if named is not None and all(t[k].upos == "PUNCT" or self._bracketed(k, between)
                                                      for k in between) else None
        # (`Kellar, a retired judge, spoke next`: the subject noun is the name's appositive, in its mention)
        own = self.e.person_mention_at(subj)
        if own is not None and self._serves(subj, own):
            return None  # (`A spokesman for Mayor Carl Osei disputed that`: the spokesman, not Osei)
        return own if own is not None else self._named_apposition(subj)

    def _bracketed(self, k: int, between: range) -> bool:
        """Is token k inside brackets that open and close within `between` (`Ann Roe (D-Ohio), who …`: a party
        tag between a name and its `who`)?"""
        t = self.e.t
        opening = next((j for j in range(k - 1, between.start - 1, -1) if t[j].text in ("(", ")")), None)
        closing = next((j for j in range(k + 1, between.stop) if t[j].text in ("(", ")")), None)
        return opening is not None and closing is not None and t[opening].text == "(" and t[closing].text == ")"

    def _serves(self, subj: int, named: Mention) -> bool:
        """Is the subject word a noun whose own phrase names the person it works for or belongs to
        (`a spokesman for Osei`, `an aide to Osei`), so someone else?"""
        t, first = self.e.t, self.e.token_at(named.start)
        if t[subj].upos != "NOUN" or any(t[k].upos == "PROPN" for k in range(first, subj)):
            return False  # (`Ann Roe, a supporter from Dover, is …`: the name comes first, and is the subject's)
        return any(t[k].head == subj and t[k].upos == "PROPN" and (t[k].deprel or "").startswith("nmod")
                   and any(t[c].deprel == "case" and self.e.low(c) in SERVICE_PREPOSITIONS
                           for c in self.e.children.get(k, []))
                   for k in range(subj + 1, self.e.token_at(named.end - 1) + 1))

    def _named_apposition(self, subj: int) -> Mention | None:
        """`Her father, Brad, worried …`, `Republican Jane Roe, the former governor, told …`: a subject word
        outside any name whose appositive (parsed as apposition, a flat name or a conjunct with no `and`)
        is a person's name."""
        t = self.e.t
        # (`One of them, Ivo Brandt, spoke`, `A third speaker, the Rev. Ivo Brandt, spoke`: the parse may call the
        # name a vocative, or a second subject of the verb set off by a comma)
        second = [k for k in self.e.children.get(t[subj].head, []) if t[subj].head is not None and k > subj
                  and (t[k].deprel or "").startswith("nsubj") and t[subj + 1].text == ","] if subj + 1 < len(t) else []
        for k in self.e.children.get(subj, []) + second:
            joined = t[k].deprel in ("appos", "flat", "vocative") or (t[k].deprel or "").startswith("nsubj") \
                or t[k].deprel == "conj" and not any(t[c].deprel == "cc" for c in self.e.children.get(k, []))
            if joined and not self.e.inside[k]:
                named = self.e.person_mention_at(k)
                if named is not None:
                    return named
        return None
