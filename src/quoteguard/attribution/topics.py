"""Reading the parse for who a stretch of the draft is about: how the sentences before a he/she chain
to the person it means (each sentence's subject read by `subjects`), which of the people a sentence
names it is about, and whether a person fits a he/she.

Part of stage two of attribution (resolution): `Resolver` mixes these in with the draft as `self.e`.
"""

from __future__ import annotations

from dataclasses import replace

from ..grammar import PREPOSITIONS, QUESTION_VERBS
from ..model import Mention, Speaker
from .draft import Draft
from .subjects import SentenceSubjects
from .writers_kin import relative_named

WRITER_PRONOUNS = frozenset({"i", "we"})  # the writer in their own words, as subject

PERSON_RELATIVES = frozenset({"who", "whose"})  # `Roe, who …`: a clause set off on a person

# The words of a definite description before its head noun (`the former Ohio governor`).
DESCRIPTION_DEPS = ("det", "amod", "compound", "nmod:poss", "case")
# The determiners that open a description of someone the draft does not name (`a man`, `another voter`).
INDEFINITE_DETERMINERS = ("a", "an", "another", "one")
MAX_OPENING_MODIFIERS = 3  # `A tall grey-haired miner`: the words between such a determiner and its person noun
MAX_COMPOUND_CHAIN = 4  # `loading photo albums`: compounds the parse may chain between a participle and the head


class SentenceTopics(SentenceSubjects):
    """Who the sentences around a pronoun are about, from the parse, and whether a person fits a he/she."""

    e: Draft
    shown_gender: dict[str, str]
    # sentences the last walk passed as the same he/she's (`He said Trump …`): whom they name is not the he
    chain_passed: set[int]
    # the sentence that ended the last walk with a thing as its subject (`The book accuses Dessel …`), or -1
    chain_thing_sentence: int

    def person_key(self, name: str, offset: int) -> str:
        raise NotImplementedError  # (the resolver's: a lone surname is the full name last used)

    def described_person(self, description: str, offset: int, public_role: bool = True) -> Speaker | None:
        raise NotImplementedError  # (the resolver's: `the governor` is the person described so)

    def gender(self, key: str) -> str | None:
        """A person's gender: the draft's evidence (`Mr.`, a first name), else a he/she already shown
        by its sentence to stand for them, so that `Oduya` (whom nothing else marks) stays the `he`
        of later quotes once a `he` was his, rather than losing it to a known man named since."""
        return self.e.gender.get(key) or self.shown_gender.get(key)

    def _fits(self, key: str, wanted: str | None) -> bool:
        if wanted not in ("male", "female"):
            return True
        known = self.gender(key)
        return known is None or known == wanted

    def _subject_chain(self, pronoun: Mention, offset: int, wanted: str | None) -> Mention | None:
        """`Nurse Ferris spoke first. He later thanked Councillor Beltran for the clinic. "…," he said`:
        the person the sentences before are about, so the people they only mention in passing
        (Beltran, a known `he`) and the speaker quoted before them are not candidates.

        Walks back from the pronoun's sentence over sentences with a fitting he/she (or only quoted
        words) as subject, to a sentence whose subject, or whose speaker (`…, Osei said`), is a
        fitting person's name. Any other subject (someone else, a body, a noun) ends the walk with
        no answer, and the steps after this one decide.
        """
        self.chain_passed, self.chain_thing_sentence = set(), -1
        if wanted not in ("male", "female") or not self.e.a.has_deps:
            return None
        t = self.e.t
        at = self.e.token_at(min(offset, pronoun.start))
        own = t[at].sentence
        said = self.e.token_at(pronoun.start)
        topic = self._topic_of(said)
        if topic is not None and self._fits(self.person_key(topic.name or "", topic.start), wanted):
            return topic  # (`As for Roe, she said, "…"`)
        if any(self._role(m) != "other" and not self._reported_subject(m, said) and not self._asked_about(m, said)
               for m in self.e.person_mentions_in_sentence_before(pronoun.start)):
            return None  # (`When Ruiz arrived, she said`: a subject in the pronoun's own sentence decides)
        return self._walk_back(own, self.e.doc.paragraph_index(offset) - 3, wanted, unnamed=True)

    def topic_before(self, offset: int, wanted: str | None) -> Mention | None:
        """`Lena Ruiz is touring the state. The senator told reporters …`: the person the sentences before
        the one at `offset` are about (their subject, through a he/she), as the subject chain finds them."""
        if not self.e.a.has_deps:
            return None
        own = self.e.t[self.e.token_at(offset)].sentence
        return self._walk_back(own, self.e.doc.paragraph_index(offset) - 1, wanted)

    def _walk_back(self, own: int, para_limit: int, wanted: str | None, unnamed: bool = False) -> Mention | None:
        """The walk of the chain from sentence `own` back, to no paragraph before `para_limit`; `unnamed`:
        a subject the draft does not name may end it (a he/she's, never a role's holder)."""
        self.chain_passed, self.chain_thing_sentence = set(), -1
        t = self.e.t
        joined = -1  # a sentence read with the one after it (`… notably Govs. | Dov Kessler and …`)
        for s in range(own - 1, max(own - 8, -1), -1):
            if s == joined:
                continue
            first, _ = self.e.a.sentences[s]
            if self.e.doc.paragraph_index(t[first].start) < para_limit:
                return None
            outside = [k for k in self.e.outside_quotes(s) if t[k].upos != "PUNCT"]
            if self._split_at_a_title(s):
                opening = [k for k in self.e.outside_quotes(s - 1) if t[k].upos != "PUNCT"]
                outside = (opening if len(opening) > 1 else []) + outside  # (`Sen.` alone opens no clause)
                joined = s - 1
            if not outside:
                continue  # only quoted words: the chain's speaker still talking
            link = self._chain_link(outside, wanted, unnamed)
            if link is None and self._thing_subject(outside):
                self.chain_thing_sentence = s
            if link not in ("same", "role"):
                return link
            self.chain_passed.add(s)
            if joined == s - 1:
                self.chain_passed.add(joined)
        return None

    def _split_at_a_title(self, s: int) -> bool:
        """Did the splitter end a sentence at a title's abbreviation, so that sentence `s` opens on the name it
        stands before (`… her two critics, notably Govs. | Dov Kessler and Ivo Kerr, who …`)? The two are one."""
        if s < 1:
            return False
        first, _ = self.e.a.sentences[s]
        low, titles = self.e.low(first - 1), self.e.kb.title_abbreviations
        if low == "." and first > 1:
            low = self.e.low(first - 2) + "."  # (`Govs` and its period, split apart)
        return self.e.is_cap(first) and self.e.para[first - 1] == self.e.para[first] and (
            low in titles or low.endswith("s.") and low[:-2] + "." in titles)

    def _chain_link(self, outside: list[int], wanted: str | None, unnamed: bool = False) -> Mention | None | str:
        """One sentence of the walk back: the fitting person it is about (the chain's head), `same` when
        its subject is the same he/she or someone the he/she cannot be (`Clinton won Ohio` before a
        `he`: the chain passes over her), `role` when it is a definite role no one was described by (`The
        senator toured Ohio`: the person named further back), None when someone or something else ends
        the walk."""
        t = self.e.t
        asked = self._asked_person(outside)
        if asked is not None:  # (`Host Mo Tarrant asked Lind how …`: Lind answers, not Tarrant)
            return asked if self._fits(self.person_key(asked.name or "", asked.start), wanted) else None
        subj = self._speaking_subject_token(outside)
        if subj is None:
            subj = self._main_subject(outside)
        gender = self.e.kb.pronouns.get(self.e.low(subj)) if subj is not None and t[subj].upos == "PRON" else None
        if gender in ("male", "female") and wanted in (gender, None):
            topic = self._topic_of(subj)
            if topic is not None and self._fits(self.person_key(topic.name or "", topic.start), wanted):
                return topic  # (`As for Roe, she said she …`: the chain's head)
            before = [m for m in self.e.person_mentions_in_sentence_before(t[subj].start)
                      if self._fits(self.person_key(m.name or "", m.start), wanted) and not self._oblique(m)
                      and not self._reported_subject(m, subj) and not self._asked_about(m, subj)]
            # (`Ruiz, despite her doubts, she agreed`: the pronoun is the name before it, if only one may be;
            # `When Ruiz met Lund, she …` leaves it to the later steps)
            if before:
                return before[0] if len(before) == 1 else None
            return "same"
        named = self._subject_person(subj, outside) or self._predicate_person(outside) or self._passive_agent(subj) \
            or self._subject_owner(subj)
        if named is None:
            role = self._owning_role(subj)  # (`The senator's answer was …`: as `The senator answered …`)
            described = self._described_subject(subj if role is None else role, wanted)
            if described is None and self._definite_role_subject(subj if role is None else role, wanted) \
                    and not self._names_another(outside, None, wanted):
                return "role"  # (`The senator, Ivo Brandt, spoke`: named in the sentence, it is no pass)
            if described is None and unnamed and subj is not None and self._person_before_participle(subj) != subj:
                return self._unnamed_subject(subj, wanted)  # (`A woman loading boxes said she …`: the parse's
                # subject is the boxes, the one it is about the woman)
            if described is None and self._only_the_pronoun_acts(outside, subj, wanted):
                return "same"
            if described is not None or not unnamed:
                return described
            opening = self._unnamed_opening(outside, wanted) if subj is None else None
            return self._unnamed_subject(subj, wanted) or opening
        known = self.gender(self.person_key(named.name or "", named.start))
        if known is not None and wanted is not None and known != wanted:
            relative = self.e.relative_named_before(  # (`Marsh … "…," she said`: Ada, not Tom)
                named, lambda m: self.gender(self.person_key(m.name or "", m.start)) == wanted)
            if relative is not None:
                return relative
            # (`Kessler spent an hour with Councillor Mary Vance. "…," she said`: the one person it names whom the
            # draft shows to be a she is who the she is, however the parse places her)
            others = self._others_named(outside, named, wanted)
            if len(others) == 1 and self.gender(self.person_key(others[0].name or "", others[0].start)) == wanted:
                return others[0]
            return None if others else "same"
        return named

    def _only_the_pronoun_acts(self, outside: list[int], subj: int | None, wanted: str | None) -> bool:
        """`While he has said the plan is sound, he also …`, parsed with the plan for the main subject: a
        sentence whose main subject is a thing, that names no one and has a fitting he/she for a clause's
        subject, goes on about the he/she the chain follows; so does one whose subject is the writer (`But I
        think he would have liked them`: the writer's view of the he/she)."""
        t = self.e.t
        if wanted not in ("male", "female") or subj is None \
                or not (self._thing_word(subj) or self.e.low(subj) in WRITER_PRONOUNS):
            return False
        if self._others_named(outside, None, None):
            return False  # (a name outside quotes: the sentence may be about them)
        return any((t[k].deprel or "").startswith("nsubj") and self.e.kb.pronouns.get(self.e.low(k)) == wanted
                   for k in outside)

    def _thing_word(self, k: int) -> bool:
        """A noun that is no person, role or body."""
        low, kb = self.e.low(k), self.e.kb
        return self.e.t[k].upos == "NOUN" and not (
            kb.is_role(low) or kb.names_people(self.e.t[k].text, "NOUN") or low in kb.collective_nouns)

    def _thing_subject(self, outside: list[int]) -> bool:
        """Is the sentence's subject a thing (`The book`, `Footage of Dessel`): a noun that is no person,
        role or body?"""
        subj = self._main_subject(outside)
        return subj is not None and self._thing_word(subj)

    def _described_subject(self, subj: int | None, wanted: str | None) -> Mention | None:
        """`Ohio Gov. Tim Calder … The Ohio governor said he …`: a subject that is a definite description
        of a role (`the governor`, `the actress`) is the person the draft described so, if it named
        one; their latest name before it stands for them. A public role no one was described by is
        left to the later steps: who it is would only be a guess."""
        t = self.e.t
        if subj is not None and not self.e.inside[subj] and (subj > 0 and self.e.low(subj - 1) == "my" or (
                self.e.is_cap(subj) and (subj == 0 or self.e.t[subj - 1].upos != "DET"))):
            relative = relative_named(self.e, self.e.low(subj))  # (`My father never … He used to say "…"`; `Dad`)
            if relative is not None and self._fits(self.person_key(relative.name or "", relative.start), wanted):
                return relative
        if subj is None or t[subj].upos != "NOUN" or not self.e.kb.is_role(self.e.low(subj)) \
                or self.e.kb.gender_words.get(self.e.low(subj), wanted) != wanted:
            return None
        own = self.e.person_mention_at(subj)
        if own is not None and self._serves(subj, own):
            return None  # (`A spokesman for Osei`: not Osei, whom the draft may have called a spokesman)
        first = min([subj] + [k for k in self._description_words(subj) if k < subj])
        speaker = self.described_person(self.e.span_text(first, subj), t[first].start, public_role=False)
        if speaker is None or not speaker.id.startswith("person:") or not self._fits(speaker.id[7:], wanted):
            return None
        return next((m for m in reversed(speaker.mentions) if m.kind == "person" and m.start < t[first].start), None)

    def _description_words(self, head: int) -> list[int]:
        """The words of a description before its head noun; an owning role's article is its thing's
        (`the senator's answer`: the parse hangs `the` on `answer`)."""
        t = self.e.t
        words = [k for k in self.e.children.get(head, []) if t[k].deprel in DESCRIPTION_DEPS]
        owned = t[head].head
        if t[head].deprel == "nmod:poss" and owned is not None and head < owned:
            words += [k for k in self.e.children.get(owned, []) if k < head and t[k].deprel == "det"]
        return words

    def _definite_role_subject(self, subj: int | None, wanted: str | None) -> bool:
        """Is the subject a definite role (`the senator`, `The Ohio governor`, `the GOP nominee`, `the
        pastry chef`) that fits the he/she? Newsrooms use one for someone named before: a public role for
        the person the story is about, any other for the one just spoken of, whom the draft had called
        something else (`… bakery owner Nadira Okafor asked to speak. The pastry chef told …`)."""
        t = self.e.t
        if subj is None or not self._common_noun(subj) or self.e.inside[subj] \
                or self.e.kb.gender_words.get(self.e.low(subj), wanted) != wanted:
            return False
        if not any(t[k].deprel == "det" and self.e.low(k) == "the" for k in self._description_words(subj)):
            return False
        two = f"{self.e.low(subj - 1)} {self.e.low(subj)}" if subj else ""
        return self.e.low(subj) in self.e.kb.public_roles or two in self.e.kb.public_roles \
            or self.e.kb.is_role(self.e.low(subj))

    def _unnamed_subject(self, subj: int | None, wanted: str | None) -> Mention | None:
        """`A farmer who grows corn spoke to reporters. "…," he said`: a subject that is one person the
        draft does not name (`a man`, `another resident`) is who the he/she means, not someone named before."""
        t = self.e.t
        if subj is None or not self._common_noun(subj) or self.e.inside[subj]:
            return None
        parsed, subj = subj, self._person_before_participle(subj)
        low = self.e.low(subj)
        if not self.e.kb.names_people(t[subj].text, "NOUN") or self.e.kb.names_many(low) \
                or self.e.kb.gender_words.get(low, wanted) != wanted:
            return None
        # (`One delegate said …`: the parse makes `one` a number, not a determiner)
        determiners = [k for k in self.e.children.get(subj, []) if k < subj and (
            t[k].deprel == "det" or t[k].deprel == "nummod" and self.e.low(k) == "one")]
        if subj != parsed:
            determiners = [subj - 1]  # (the article the parse hung on the participle's object)
        if not determiners or self.e.low(determiners[0]) not in INDEFINITE_DETERMINERS:
            return None
        verb = t[parsed].head
        if verb is not None and (t[verb].lemma or "").lower() in QUESTION_VERBS:
            return None  # (`One questioner asked …`: the one asking is not the one who answers)
        first = min([subj, *determiners] + [k for k in self.e.children.get(subj, [])
                                            if k < subj and t[k].deprel in DESCRIPTION_DEPS
                                            and not self.e.set_off_from(k, subj)])
        last = described = self._description_end(subj)
        if subj != parsed or self._participle_after(last, parsed):
            # (the participle's phrase is part of who they are, up to a comma: `A man loading …, who …, said`)
            verb = t[parsed].head
            last = next((j - 1 for j in range(last + 1, len(t)) if t[j].text == "," or j == verb
                         or t[j].sentence != t[subj].sentence), last)
        first, last = self._with_apposed_description(subj, first, last)
        named = self._named_after_description(last)
        if named is not None:
            return named
        mention = self.e.unnamed_mention(first, last)
        if mention.kind == "unnamed" and last > described:
            # (what they were doing names them, but is no post: `a man waving a party's flag` is of no party)
            mention = replace(mention, before=self.e.words(first, described))
        role = self._set_off_description(first, last)
        if role is None or mention.kind != "unnamed":
            return mention
        # (the title is the apposition's: `a retired teacher` says what `one traveller` is)
        return replace(mention, before=self.e.words(role, last))

    def _unnamed_opening(self, outside: list[int], wanted: str | None) -> Mention | None:
        """`A retired miner beside her, who …, said he …`, which the tagger may read with `beside` for a noun or a
        verb and so leave the speech verb with no subject: a sentence that opens on an indefinite description of one
        person the draft does not name (an indefinite determiner, a few lower-case modifiers, a noun for one person by
        the word lists, whatever its tag), with no name between it and its main speech verb, is about that person. The
        description ends at its noun: what follows (`beside her`, `who …`) says where they were or why unnamed."""
        t, e = self.e.t, self.e
        if not outside or e.low(outside[0]) not in INDEFINITE_DETERMINERS or not e.sentence_initial(outside[0]):
            return None
        verb = next((k for k in outside if t[k].deprel == "root"), None)
        if verb is None or not e.speech(verb) or e.subject_of(verb) is not None:
            return None
        words: list[int] = []  # (the lower-case words after the determiner, up to a preposition, whatever their tags)
        k = outside[0] + 1
        while k < verb and len(words) <= MAX_OPENING_MODIFIERS:
            if e.glued_hyphen(k):
                k += 1  # (`grey-haired`: one modifier)
                continue
            if not t[k].text.isalpha() or not t[k].text.islower() or t[k].text in PREPOSITIONS:
                break  # (`A Harbor County official`: a body's or a place's name is no modifier of a bystander)
            words.append(k)
            k += 1
        noun = next((k for k in reversed(words) if self._one_person_word(k, wanted)), None)
        if noun is None:
            return None
        if any(e.person_mention_at(k) is not None for k in range(noun + 1, verb)):
            return None  # (`A spokesman, Ann Roe, said`: the name is who speaks)
        return e.unnamed_mention(outside[0], noun)

    def _one_person_word(self, k: int, wanted: str | None) -> bool:
        """A lower-case noun for one person by the word lists, whatever the tagger calls it (`fisherman`, read as an
        adjective), that may be the he/she."""
        low, kb = self.e.low(k), self.e.kb
        return self.e.t[k].text.islower() and kb.names_people(low, "NOUN") and not kb.names_many(low) \
            and low not in kb.collective_nouns and kb.gender_words.get(low, wanted) == wanted

    def _participle_after(self, last: int, subj: int) -> bool:
        """`A woman walking her dog, who …, said`: a lower-case `-ing` verb right after a nameless subject's words
        that the parse hangs on the subject or on its verb (the tagger's reading of a participle phrase)."""
        t, k = self.e.t, last + 1
        return k < len(t) and t[k].sentence == t[last].sentence and t[k].upos == "VERB" and t[k].text.isalpha() \
            and t[k].text.islower() and t[k].text.endswith("ing") and t[k].head in (subj, t[subj].head) \
            and t[k].deprel in ("acl", "ccomp", "advcl", "xcomp")

    def _person_before_participle(self, subj: int) -> int:
        """`A man loading cases of water into his pickup, who …, said`: the tagger may read `man loading` as a
        compound on the participle's object, which the parse then makes the subject; the noun for one person
        right after the subject's indefinite article, before an `-ing` word, is the subject (else `subj`)."""
        t = self.e.t
        for k in self.e.children.get(subj, []):
            if k < subj - 1 and t[k].deprel == "compound" and self._one_person_noun(k) and k > 0 \
                    and t[k - 1].head == subj and t[k - 1].deprel == "det" \
                    and self.e.low(k - 1) in INDEFINITE_DETERMINERS and self.e.low(k + 1).endswith("ing") \
                    and t[k + 1].text.isalpha() and t[k + 1].text.islower() and self._hung_on(k + 1, subj):
                return k
        return subj

    def _hung_on(self, k: int, head: int) -> bool:
        """Does the parse hang token `k` on `head`, directly or through the compounds between them (`loading`
        on `photo` on `albums`)?"""
        for _ in range(MAX_COMPOUND_CHAIN):
            up = self.e.t[k].head
            if up is None or up > head:
                return False
            if up == head:
                return True
            k = up
        return False

    def _set_off_description(self, first: int, last: int) -> int | None:
        """Where a description of one person set off by a comma inside a nameless source's words opens
        (`One traveller, a student from Perth`: `a`), if one does."""
        t = self.e.t
        for c in range(first + 1, last):
            if t[c].text == "," and self.e.low(c + 1) in ("a", "an") \
                    and any(self._one_person_noun(k) for k in range(c + 2, last + 1)):
                return c + 1
        return None

    def _with_apposed_description(self, subj: int, first: int, last: int) -> tuple[int, int]:
        """`One traveller, a retired teacher who …, had settled in`: a description of one person set off by a
        comma right beside the subject's is the same person, and an editor calls them by both (`one traveller,
        a retired teacher`), whichever of the two the parse hangs on the other: the words of both."""
        t = self.e.t
        for k in self.e.children.get(subj, []):
            if not self._one_person_noun(k):
                continue
            start, end = self._description_start(k), self._description_end(k)
            if k > last and self._apposition(k) and start == last + 2 and t[last + 1].text == ",":
                return first, end  # (the parse's apposition)
            if k < first and end == first - 2 and t[first - 1].text == "," and not self.e.inside[start] \
                    and (self.e.sentence_initial(start) or t[start - 1].text == ",") \
                    and self.e.low(start) in INDEFINITE_DETERMINERS:
                return start, last  # (the parse made the subject the apposition's)
        return first, last

    def _apposition(self, k: int) -> bool:
        """An apposition, or a conjunct no `and`/`or` joins (`One passenger, a retired nurse, had waited`: the
        parse's reading of the same apposition)."""
        t = self.e.t
        return t[k].deprel == "appos" or t[k].deprel == "conj" and not any(
            t[c].deprel == "cc" for c in self.e.children.get(k, []))

    def _one_person_noun(self, k: int) -> bool:
        """A common noun for one person (`traveller`, `teacher`), not a group or a thing."""
        t = self.e.t
        return t[k].upos == "NOUN" and self.e.kb.names_people(t[k].text, "NOUN") and not self.e.kb.names_many(
            self.e.low(k)) and self.e.low(k) not in self.e.kb.collective_nouns

    def _description_start(self, head: int) -> int:
        """The first word of a description: its head's determiner, number and modifiers before it."""
        t = self.e.t
        return min([head] + [k for k in self.e.children.get(head, []) if k < head and (
            t[k].deprel in DESCRIPTION_DEPS or t[k].deprel == "nummod")])

    def _named_after_description(self, last: int) -> Mention | None:
        """`A pastor named Dov Kessler led the march`, `a captain known as Red`: the person a naming phrase
        (`naming_phrases`, as `Mentions.introduced_name` reads them) right after a description names is
        who it is, however the parse hangs the clause."""
        t = self.e.t
        size = self.e.naming_phrase_at(last + 1)
        at = last + 1 + size
        if not size or at >= len(t) or t[at].sentence != t[last].sentence:
            return None
        return next((m for m in self.e.person_mentions_before(t[at].end) if m.start == t[at].start), None)

    def _description_end(self, head: int) -> int:
        """The last word of a description with its modifiers after the head (`a reporter for the Gazette`),
        short of a relative clause or an apposition."""
        last = head
        for k in self.e.children.get(head, []):
            if k > head and self.e.t[k].deprel in ("nmod", "amod", "compound", "flat", "nummod"):
                last = max(last, self._description_end(k))
        return last

    def _names_another(self, outside: list[int], named: Mention | None, wanted: str | None) -> bool:
        """Does the sentence name, outside quotes, a person besides `named` who may be the he/she?"""
        return bool(self._others_named(outside, named, wanted))

    def _others_named(self, outside: list[int], named: Mention | None, wanted: str | None) -> list[Mention]:
        """The people besides `named` the sentence names outside quotes who may be the he/she (one each)."""
        t = self.e.t
        words = set(outside)
        found = []  # (the words may span two sentences the splitter cut at a title: `Capt. | Dov Kessler`)
        for m in self.e.person_mentions_before(t[outside[-1]].end):
            k = self.e.token_at(m.start)
            if k < outside[0]:
                break
            if m is not named and k in words and self._fits(self.person_key(m.name or "", m.start), wanted):
                found.append(m)
        return list({self.person_key(m.name or "", m.start): m for m in reversed(found)}.values())

    def _salient(self, mentions: list[Mention]) -> Mention:
        """Of the fitting people named in the latest sentence that names any, the one it is about:
        the subject of a speech verb, else a subject, else the last named (`Diaz met Greer. "…," he
        said` is Diaz)."""
        sentence = self.e.t[self.e.token_at(mentions[-1].start)].sentence
        latest = [m for m in mentions if self.e.t[self.e.token_at(m.start)].sentence == sentence]
        roles = [self._role(m) for m in latest]
        for wanted in ("speaking", "subject"):
            if wanted in roles:
                # (`When Lee said that Dunn could win, Oduya laughed`: the subject of the clause nearest the
                # sentence's root before the subject of a clause inside another)
                return min((m for m, role in zip(latest, roles, strict=True) if role == wanted), key=self._clause_depth)
        if not self._has_subject(self.e.token_at(mentions[-1].start)):
            return latest[0]  # no usable parse of the sentence: English puts the topic first
        return latest[-1]

    def _clause_depth(self, mention: Mention) -> tuple[int, bool]:
        """How many clauses up from the name's verb to the sentence's root (0: the root's subject), and
        whether its clause opens with a subordinator (`that Dunn could win`), for a parse that hangs
        both clauses off the same word."""
        t, k = self.e.t, self.e.token_at(mention.start)
        while k < len(t) and t[k].start < mention.end and not (t[k].deprel or "").startswith("nsubj"):
            k += 1
        verb = t[k].head if k < len(t) and t[k].start < mention.end else None
        if verb is None:
            return len(t), True
        first = k
        while first > 0 and t[first - 1].sentence == t[k].sentence:
            first -= 1
        marked = any(t[j].head == verb and t[j].deprel == "mark" for j in range(first, k))
        depth, head = 0, verb
        while t[head].head is not None and depth < len(t):
            head, depth = t[head].head, depth + 1
        return depth, marked

    def _has_subject(self, k: int) -> bool:
        """Does the sentence of token k have a subject in the parse?"""
        t, sentence = self.e.t, self.e.t[k].sentence
        first, last = k, k
        while first > 0 and t[first - 1].sentence == sentence:
            first -= 1
        while last + 1 < len(t) and t[last + 1].sentence == sentence:
            last += 1
        return any((t[j].deprel or "").startswith("nsubj") for j in range(first, last + 1))

    def _role(self, mention: Mention) -> str:
        """speaking (subject of a speech verb), subject, or other, from the parse of the name's words."""
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].start < mention.end:
            if (self.e.t[k].deprel or "").startswith("nsubj"):
                head = self.e.t[k].head
                return "speaking" if head is not None and self.e.speech(head) else "subject"
            k += 1
        return "other"

    def _speaking_subject(self, pronoun: Mention, wanted: str | None) -> Mention | None:
        """`Roe says she admired Lund's nerve`: the subject of a speech verb earlier in
        the sentence is who the pronoun means, whoever else is named in between."""
        if (wanted not in ("male", "female") and not self.first_person(pronoun)) or not self.e.a.has_deps:
            return None
        at = self.e.token_at(pronoun.start)
        for m in self.e.person_mentions_in_sentence_before(pronoun.start):
            k = self.e.token_at(m.start)
            while k < at and self.e.t[k].end <= m.end:
                head = self.e.t[k].head
                if (self.e.t[k].deprel or "").startswith("nsubj") and head is not None and k < head < at \
                        and self.e.speech(head):
                    return m if self._fits(self.person_key(m.name or "", m.start), wanted) else None
                k += 1
        return None

    def _subject_past_its_clause(self, pronoun: Mention, wanted: str | None) -> Mention | None:
        """`Roe, who has spent the month trading jabs with Ivo Lund, praised what he called "…"`: a name opening
        the sentence, a relative clause set off after it, then the he/she. The name is the sentence's subject,
        and anyone named inside the clause is only what the clause says of her, however the parse hangs it.
        None when the sentence is not so built or the name does not fit."""
        if wanted not in ("male", "female"):
            return None
        before = list(self.e.person_mentions_in_sentence_before(pronoun.start))
        if not before:
            return None
        opening, t = before[-1], self.e.t
        first, _ = self.e.a.sentences[t[self.e.token_at(pronoun.start)].sentence]
        k = first
        while k < len(t) and t[k].upos in ("CCONJ", "ADV", "PUNCT") and t[k].start < opening.start:
            k += 1  # (`But Roe, who …`)
        after = self.e.token_at(opening.start)
        while after < len(t) and t[after].start < opening.end:
            after += 1
        if t[k].start != opening.start or after + 2 >= len(t) or t[after].text != "," \
                or self.e.low(after + 1) not in PERSON_RELATIVES:
            return None
        at = self.e.token_at(pronoun.start)
        closing = max((j for j in range(after + 2, at) if t[j].text == ","), default=None)
        if closing is None or any(closing < self.e.token_at(m.start) for m in before[:-1]):
            return None  # (someone named after the clause closes is nearer than its subject)
        return opening if self._fits(self.person_key(opening.name or "", opening.start), wanted) else None

    def _addressed_person(self, pronoun: Mention, wanted: str | None) -> Mention | None:
        """`When we phoned Ivo Marek, he answered`, `After we called Roe, she said`: the person a clause on the
        he/she's own verb addresses, when that clause's subject is the writer or a group, is who answers."""
        t = self.e.t
        at = self.e.token_at(pronoun.start)
        verb = t[at].head
        if wanted not in ("male", "female") or verb is None or not (t[at].deprel or "").startswith("nsubj"):
            return None
        for m in self.e.person_mentions_in_sentence_before(pronoun.start):
            head = self._name_head(m)
            clause = t[head].head
            if t[head].deprel not in ("obj", "iobj", "obl") or clause is None or t[clause].deprel != "advcl" \
                    or t[clause].head is None or verb not in (t[clause].head, t[t[clause].head].head):
                continue  # (the parse may hang the clause on the quoted words the verb introduces)
            subj = self.e.subject_of(clause)
            if subj is not None and t[subj].upos == "PRON" \
                    and self.e.kb.pronouns.get(self.e.low(subj)) not in ("male", "female") \
                    and self._fits(self.person_key(m.name or "", m.start), wanted):
                return m
        return None

    def _only_an_object(self, mention: Mention) -> bool:
        """The parse shows the name is no subject (`would not support Clinton`, `by Obama`) and no
        possessor either: `Oz's advice earned him …` is still about Oz, and so is `the evening went to Oz's
        plan`: what someone owns (their words, their plan) keeps the story on them."""
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].start < mention.end:
            if self.e.t[k].deprel == "nmod:poss" and self.e.t[k].head is not None:
                return False
            k += 1
        return self._was_object(mention)

    def _was_object(self, mention: Mention) -> bool:
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].end <= mention.end:
            if (self.e.t[k].deprel or "").startswith("nsubj"):
                return False
            k += 1
        return self.e.a.has_deps
