"""Noun phrases around a cue: the subject before it, the phrase after it, the clause it hangs on."""

from __future__ import annotations

from .title_chains import TitleChains
from .types import Phrase
from .words import (
    AUX_OR_ADVERB,
    CLAUSE_BREAK,
    DASHES,
    PERSON_LINKS,
    POSSESSIVE_S,
    RELATIVE_PRONOUNS,
    SENTENCE_END,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
)

OBJECT_RELATIVES = frozenset({"who", "whom", "which", "that"})  # (`whose` owns the noun after it: no object)


class Phrases(TitleChains):
    def np_after(self, i: int, limit: list[int]) -> tuple[int, int] | None:
        """A noun phrase starting at token i (a cue's object side: `said Kremlin aide Yuri Ushakov`)."""
        allowed = set(limit)
        j = i
        while j in allowed and (self.t[j].text not in CLAUSE_BREAK | SENTENCE_END or self.glued_hyphen(j)
                                or self.title_period(j)) and not self.inside[j]:
            low = self.low(j)
            if j > i and low in ("and", "&") and j + 1 in allowed and not self.has_name(i, j - 1) and (
                self.is_cap(j + 1) or self.t[j + 1].upos in ("NOUN", "ADJ") or self.kb.is_title(self.low(j + 1))
            ):
                j += 1
                continue
            if j > i and low in ("and", "&") and self.is_cap(j - 1) and self.inside_organisation_name(j):
                j += 1  # `the Securities and Exchange Commission`: one name
                continue
            fields = self.body_fields_end(i, j, allowed) if j > i and low in ("and", "&") else None
            if fields is not None:
                j = fields + 1  # `said the Department for Work and Pensions`: one name
                continue
            if j > i and self.within_organisation(j - 1, j, max(allowed)):
                j += 1  # `the Alliance to Protect Our Parks`: one name
                continue
            if j > i and (low in SUBORDINATORS or low in ("who", "during", "in", "on", "at", "after", "before",
                                                           "when", "to", "about", "while", "as", "from", "with",
                                                           "by", "of", "for")):
                end = self.body_of_part_end(j, allowed)
                if end is not None:
                    j = end + 1  # `said the Department of Health and Social Care`: one body's name
                    continue
                if low in ("of", "for") and j + 1 in allowed and self.is_cap(j + 1) and self.is_cap(j - 1) \
                        and not self.has_name(i, j - 1):
                    j += 1
                    continue
                if low in PERSON_LINKS and self.nameless_person_before(i, j) and not self.medium_after(j, allowed):
                    j += 1  # `said a longtime adviser to the governor`: whose adviser is part of who speaks
                    continue
                if low in ("of", "for") and self.title_chain_to_a_name(i, j, allowed):
                    j += 1  # `said keeper of records Ivo Brandt`: the name the title words lead to
                    continue
                j += self.quoted_title_after(j) is not None
                break
            if j > i and self.t[j].upos == "VERB" and low.endswith("ed") and self.low(j + 1) == "by" \
                    and j + 2 in allowed and not self.has_name(i, j - 1):
                j += 2  # `a complaint filed by the federal commission`: who made the document is part of it
                continue
            if j > i and self.participle_before_a_named_role(i, j, allowed):
                j += 1  # `said newly elected mayor Ann Roe`: the participle describes the role before her name
                continue
            if j > i and self.t[j].upos in ("VERB", "AUX") and not self.is_cap(j) and self.t[j].deprel != "amod" \
                    and not (self.t[j - 1].text == "-" and self.glued_hyphen(j - 1)):
                if self.person_noun_read_as_verb(i, j):
                    j += 1  # `said the night guard`: the tagger read the person noun as a verb
                    continue
                break  # (`Florida-based strategist Al Roe`: a participle glued to a place is a modifier)
            j += 1
        if i + 1 < j < len(self.t) and self.inside[j]:
            title = self.quoted_title_after(j - 1)
            if title is not None:
                return i, title  # `wrote both editors of the "Harbour Plan"`: the title completes it
        return (i, j - 1) if j > i else None

    def medium_after(self, link: int, allowed: set[int]) -> bool:
        """`the family's attorneys in a letter`, `aides in a statement`: the `in`/`on` phrase names the document or
        the speech the words came in (document and speech nouns), not who the person is."""
        if self.low(link) not in ("in", "on"):
            return False
        k = link + 1
        while k in allowed and k <= link + 4 and self.t[k].upos in ("DET", "ADJ", "NOUN", "NUM"):
            if self.low(k) in self.kb.document_nouns | self.kb.speech_nouns:
                return True
            k += 1
        return False

    def with_appositive_name(self, np: tuple[int, int], window: list[int]) -> tuple[int, int]:
        """`the ministry's spokesman, Ivan Orlov`: a nominal phrase followed by the name it describes."""
        comma = np[1] + 1
        if self.has_name(*np) or comma not in window or self.t[comma].text != "," or comma + 1 not in window:
            return np
        name = self.np_after(comma + 1, window)
        if name and self.has_name(*name):
            return np[0], name[1]
        return np

    def subject_with_its_name(self, subject: int, window: list[int]) -> tuple[int, int]:
        """A subject's phrase, with the name set off after it (`Her rival, Gov. Ann Roe,`): the person it is."""
        return self.with_appositive_name(self.expand(subject, window), window)

    def np_before(self, cue: int, window: list[int]) -> tuple[int, int] | None:
        """The subject phrase right before a cue verb (`Smagin adds`, `the EU's Kaja Kallas said`)."""
        allowed = set(window)
        i = cue - 1
        while i in allowed and (self.low(i) in AUX_OR_ADVERB or self.t[i].upos in ("AUX", "ADV")) \
                and not self.is_cap(i):
            i -= 1
        if i not in allowed or self.low(i) in SUBORDINATORS or self.low(i) == "to":
            return None  # a relative clause or an infinitive has no subject phrase of its own here
        if self.low(i) in SUBJECT_PRONOUNS:
            return i, i  # `In an interview … he blasted`: the pronoun is the whole subject
        if self.low(cue) in RELATIVE_PRONOUNS and self.t[i].text == "," and i - 1 in allowed \
                and self.t[i - 1].text not in CLAUSE_BREAK and not self._aside_before(i, allowed):
            i -= 1  # `a reaction from Ann Roe, who …`: the comma closes the antecedent, no aside
        if self.t[i].text == "," and self._age_after_name(i - 1, allowed):
            i -= 2  # (`the new councillor, Ann Roe, 62, said`: the age glued to the name, an aside as the name is)
            k = i - 1
            while k in allowed and self.t[k].text not in (",", "(") and not self.boundary(k):
                k -= 1
            if k not in allowed:
                i -= 1  # (`Ann Roe, 62, said`: the name opens the phrase)
        end = i
        aside: tuple[int, int] | None = None
        for _ in range(3):
            if self.t[i].text not in (",", ")"):
                break
            # "X, a spokesman for Y, said" / "X (R-Fla.) said": skip back over the aside to the head phrase.
            k = i - 1
            while k in allowed and self.t[k].text not in (",", "(") and not self.boundary(k):
                k -= 1
            if k not in allowed:
                return None
            aside = (k + 1, i - 1) if self.t[k].text == "," else None
            end = k - 1
            i = end
            if self._age_after_name(i, allowed):
                i = end = i - 2  # (`Ann Roe, 62, a retired nurse, said`: the name before her age)
                break
            if i in allowed and self.t[i].text == "," and not self.has_person(i + 1, k - 1 if k > i + 1 else i + 1):
                continue
            if i in allowed and self.t[i].text == ")":
                continue  # `Rep. Jim Harlan (R-Ohio), a panel member, said`: the party tag too
            break
        start = i
        head_end: int | None = None
        while start - 1 in allowed:
            prev = start - 1
            tok = self.t[prev]
            low = tok.text.lower()
            breaks = tok.text in CLAUSE_BREAK and not self.glued_hyphen(prev)
            if breaks or self.boundary(prev) or (low in SUBORDINATORS and not self.joins_names(prev)
                                                 and not self.participle_adjunct(prev, end, cue)):
                break
            if self.headline_before(start):
                break
            if tok.upos in ("VERB", "AUX") and not self.is_cap(prev) and low not in self.kb.titles \
                    and tok.deprel != "amod":
                if head_end is None and self.speech(cue) and end == cue - 1 \
                        and self.reduced_relative(prev, start, end):
                    # `Diplomats briefed on the talks said`: the noun before the participle is the subject (its
                    # text as written runs on to the cue: `with_modifier_text`)
                    head_end, start = prev - 1, prev
                    continue
                break  # (a participle that modifies the noun is part of the phrase: `the retired surgeon`)
            if self.speech(prev) and tok.upos != "PROPN" and not self.is_cap(prev):
                break
            start = prev
        if start > end:
            return None
        if head_end is not None:
            return (start, head_end) if start <= head_end else None
        if aside is not None and self.names_the_nominal(start, end, aside):
            return start, aside[1]  # `Jones's cousin, Maria Lopez, said`: the name says who the cousin is
        return start, (i if self.t[i].text not in (",", ")") else end)

    def _age_after_name(self, k: int, allowed: set[int]) -> bool:
        """`Ann Roe, 62,`: token k is an age set off by a comma after a capitalised name."""
        return k in allowed and k - 2 in allowed and self.t[k].text.isdigit() and len(self.t[k].text) <= 3 \
            and self.t[k - 1].text == "," and self.is_cap(k - 2)

    def person_noun_read_as_verb(self, first: int, k: int) -> bool:
        """`the night guard known as Toby`: a person noun (data) after the article or a modifier of a
        phrase that names no one yet, tagged as a verb, and no object or participle's own word after
        it but a participle or the phrase's end."""
        return self.low(k) in self.kb.role_heads and self.t[k - 1].upos in ("DET", "ADJ", "NOUN") \
            and not self.has_name(first, k - 1) and self.t[k].xpos in ("VBD", "VBP", "VB", "NN", None) \
            and (k + 1 >= len(self.t) or self.t[k + 1].xpos == "VBN" or self.boundary(k + 1)
                 or self.t[k + 1].text in CLAUSE_BREAK)

    def participle_adjunct(self, prep: int, end: int, cue: int) -> bool:
        """`Residents interviewed after the storm said`: a subordinator the tagger reads as a preposition right
        after a participle that describes a person noun opens that participle's adjunct, not a clause of its
        own; the phrase runs on back to the noun (`He left after the mayor said`: no participle, a clause)."""
        return self.t[prep].upos == "ADP" and self.speech(cue) is not None and end == cue - 1 \
            and prep > 0 and self.reduced_relative(prep - 1, prep, end)

    def reduced_relative(self, verb: int, start: int, end: int) -> bool:
        """`Two officials involved in the talks said`, `a lawyer representing the tenants said`: a lower-case
        past or -ing participle right after a person noun or a title, whose own phrase (a preposition's object
        or an object) runs on to the cue with no verb or break, describes the noun before it."""
        tok = self.t[verb]
        if tok.xpos not in ("VBN", "VBD", "VBG") or verb == 0 or self.speech(verb) or start > end:
            return False
        if self.t[start].upos != "ADP" and not (tok.xpos == "VBG" and self.t[start].upos in ("DET", "NOUN", "PROPN")):
            return False
        if any(self.t[k].upos in ("VERB", "AUX", "PRON") or self.t[k].text in CLAUSE_BREAK
               for k in range(start, end + 1)):
            return False
        noun = verb - 1
        return self.t[noun].upos in ("NOUN", "PROPN") and not self.inside[noun] and not self.boundary(noun) \
            and self.t[noun].xpos in ("NNS", "NN", "NNPS") and self.t[noun].ner is None \
            and self.kb.names_people(self.t[noun].text, "NOUN")

    def joins_names(self, k: int) -> bool:
        """`the Institute for Science and Safety`, `Ada Berg and Tom Vance`: an `and` inside one organisation's
        name, or between two people's names, joins one subject phrase."""
        if self.low(k) not in ("and", "&") or k == 0 or k + 1 >= len(self.t) \
                or not (self.is_cap(k - 1) and self.is_cap(k + 1)):
            return False
        if self.org_entity[k - 1] == self.org_entity[k + 1] >= 0:
            return True
        # (the second name may come after its title: `Ada Berg and Harbour Master Tom Vance`)
        words = range(k + 1, min(k + 4, len(self.t)))
        second = next((j for j in words if not self.is_cap(j) or self.t[j].ner == "PERSON"), None)
        return self.t[k - 1].ner == "PERSON" and second is not None and self.t[second].ner == "PERSON"

    def _aside_before(self, comma: int, allowed: set[int]) -> bool:
        """Does an aside end at this comma: a verbless phrase after an earlier comma (`Ann Roe, the
        party leader, who …`)? A stretch with a verb (`By Friday the plan drew fire from Ann Roe, who`)
        is a clause, and no comma before means no aside either."""
        k = comma - 1
        while k in allowed and self.t[k].text not in (",", "(") and not self.boundary(k):
            if self.t[k].upos in ("VERB", "AUX"):
                return False
            k -= 1
        return k in allowed and self.t[k].text in (",", "(")

    def names_the_nominal(self, first: int, last: int, aside: tuple[int, int]) -> bool:
        """Is the aside only the name of a nameless person phrase before it (`the mayor's spokeswoman, Ana Ruiz,`,
        `one of the college's top officers, Mark Sexby,`, `a spokeswoman for Harbor Health, Ann Roe,`; `an aide to Ivo
        Brandt, Ann Roe,` names the aide)?"""
        last = self.role_before_its_body(first, last)
        head = self.t[last]
        if head.upos not in ("NOUN", "PROPN") or self.is_cap(last) or any(
                self.t[k].upos in ("VERB", "AUX") and not self.modifies_the_noun_after(k, last)
                for k in range(first, aside[0])):
            return False
        runs = self.name_runs(*aside)
        if len(runs) != 1 or runs[0][1] != aside[1] or not self.has_person(*aside):
            return False
        return all(self.is_descriptor_word(k) or self.t[k].upos in ("ADJ", "NOUN", "DET")
                   for k in range(aside[0], runs[0][0]))

    def modifies_the_noun_after(self, k: int, last: int) -> bool:
        """`the company's managing director`, `the acting chief`: an -ing word the parse makes a modifier of the noun
        right after it is part of the phrase's head, not a clause after it (`protesters marching …`)."""
        return k < last and self.t[k].deprel == "amod" and self.t[k + 1].upos == "NOUN"

    def role_before_its_body(self, first: int, last: int) -> int:
        """`a spokeswoman for Harbor Health`, `the chief executive of Orland Mills`: a phrase that ends on a body's
        name after a nameless person noun and a link word (data `person_links`) is headed by that noun; the last
        token of the head part, else `last`."""
        if not self.is_cap(last):
            return last
        link = next((k for k in range(first + 1, last) if self.low(k) in PERSON_LINKS), None)
        if link is None or not self.one_person_noun(first, link - 1) or not self.is_cap(link + 1) and not (
                self.t[link + 1].upos == "DET" and link + 2 <= last and self.is_cap(link + 2)):
            return last
        body = range(link + 1, last + 1)
        if any(self.t[k].upos not in ("DET", "PROPN", "NOUN", "ADJ", "ADP", "CCONJ") or self.t[k].text in CLAUSE_BREAK
               for k in body):
            return last
        return link - 1

    def one_person_noun(self, first: int, last: int) -> bool:
        """Do the words from `first` to `last` name no one and end on a lower-case noun for one person (`a surveyor`,
        `the chief engineer`), whatever tag the tagger gave it?"""
        word = self.t[last].text
        return last >= first and not self.is_cap(last) and self.t[last].upos in ("NOUN", "PROPN") \
            and not self.has_name(first, last) and self.kb.names_people(word, "NOUN") and not self.kb.names_many(word) \
            and self.low(last) not in self.kb.collective_nouns

    def clause_subject(self, before: int, window: list[int]) -> tuple[int, int] | None:
        """Subject of the clause a participle or colon hangs on (`X cautioned Y, saying, "…"`).

        The clause is found on the surface (back to `;`, `, and`, or the sentence start); a
        dependency subject is used only when it lies inside that clause, since a parser trained
        on little data often hangs a second clause on the first one's verb.
        """
        allowed = [k for k in window if k < before]
        clause: list[int] = []
        for k in reversed(allowed):
            if self.t[k].text in (";",) or self.boundary(k):
                break
            if self.t[k].text == "," and k + 1 < len(self.t) and self.low(k + 1) in ("and", "but"):
                break
            clause.append(k)
        clause.reverse()
        if clause and self.low(clause[0]) in ("and", "but"):
            clause = clause[1:]
        clause = self.without_dash_asides(clause)
        if self.a.has_deps and before < len(self.t):
            verb, seen = self.t[before].head, set()
            while verb is not None and verb not in seen:
                seen.add(verb)
                subj = self.subject_of(verb)
                # (an expletive `there` is no one: `said there was no bid made, adding: "…"`)
                if subj is not None and subj in clause and self.low(subj) != "there":
                    span = self.named_before_appositive(self.expand(subj, clause), clause)
                    span = self.closed_appositive_name(self.up_to_verb(span, verb, clause), verb, clause)
                    return self.antecedent_of_closed_clause(span, before) or span
                verb = self.t[verb].head
            head = self.t[before].head
            if head is not None and head in clause and self.t[head].upos == "VERB":
                phrase = self.phrase_before_verb(head, clause)
                if phrase is not None:
                    return phrase
        opening = self.opening_adjunct_end(clause)
        for pos, k in enumerate(clause):
            tok = self.t[k]
            is_verb = tok.upos in ("VERB",) or (tok.upos is None and self.speech(k)) or self.verb_read_as_noun(k)
            if is_verb and pos > opening + 1 and not self.is_cap(k):
                return clause[opening + 1], clause[pos - 1]
        return None

    def closed_appositive_name(self, span: tuple[int, int], verb: int, clause: list[int]) -> tuple[int, int]:
        """`The ferry manager, Ann Roe, contacted the yard, …`: a subject whose head is no name keeps the name set
        off after it by a pair of commas, as a cue's subject does (`The mayor, Ann Roe, said`)."""
        comma = span[1] + 1
        if self.is_name_token(span[1]) or comma not in clause or self.t[comma].text != "," or comma + 1 not in clause:
            return span  # (`Kessler's harbour director, Ann Roe,`: a name that owns the head is not its name)
        name = self.np_after(comma + 1, clause)
        if not name or not self.has_name(*name) or name[1] + 1 not in clause or self.t[name[1] + 1].text != "," \
                or name[1] + 1 >= verb:
            return span
        return span[0], name[1]

    def up_to_verb(self, span: tuple[int, int], verb: int, clause: list[int]) -> tuple[int, int]:
        """`Democratic candidate Ann Roe said`, parsed with `Democratic` as the subject: the subject phrase
        runs on over the title and name words that stand between it and its verb."""
        between = range(span[1] + 1, verb)
        if not between or any(k not in clause or self.t[k].upos not in ("PROPN", "NOUN", "ADJ") for k in between) \
                or not any(self.is_name_token(k) for k in between):
            return span
        return span[0], verb - 1

    def antecedent_of_closed_clause(self, span: tuple[int, int], end: int) -> tuple[int, int] | None:
        """`Ivo Brandt, who grew up in Dunmore, named "…"`: a subject `who` whose clause a comma closes
        before the main verb (ahead of `end`, where the quote or cue is) means the phrase it follows:
        the parse gave the clause's pronoun to the main verb."""
        rel = span[0]
        if span[0] != span[1] or self.low(rel) != "who" or rel == 0 or self.t[rel - 1].text != ",":
            return None
        close = next((k for k in range(rel + 2, end) if self.t[k].text == "," and self.closes_outside(k)), None)
        verb = next((k for k in range(close + 1, end) if self.t[k].upos not in ("ADV", "AUX")
                     and not self.inside[k]), None) if close is not None else None
        if verb is None or not (self.t[verb].upos == "VERB" or self.verb_read_as_plural_noun(verb, close)):
            return None
        window = [k for k in range(self.a.sentences[self.t[rel].sentence][0], rel) if not self.inside[k]]
        return self.np_before(rel - 1, window)

    def verb_read_as_plural_noun(self, k: int, comma: int) -> bool:
        """`Ann Roe, who was elected in 2010, casts Kessler as …`: right after the comma that closes the
        aside, a lowercase -s word the tagger read as a plural noun, before a name or a determiner, is the
        main clause's verb."""
        return k == comma + 1 and self.t[k].xpos == "NNS" and self.low(k).endswith("s") and not self.is_cap(k) \
            and k + 1 < len(self.t) and (self.t[k + 1].upos in ("PROPN", "DET", "PRON") or self.inside[k + 1])

    def opening_adjunct_end(self, words: list[int]) -> int:
        """Where a clause's opening adjunct ends: the position of the first comma when the clause opens
        with a participle, a preposition or a subordinator (`Appearing before supporters, Ann Roe said`),
        else -1."""
        if not words:
            return -1
        first = words[0]
        opens_adjunct = self.t[first].upos in ("ADP", "SCONJ") or (
            self.t[first].upos == "VERB" and self.low(first).endswith("ing"))
        comma = next((pos for pos, k in enumerate(words) if pos > 0 and self.t[k].text == ","), None)
        return comma if opens_adjunct and comma is not None else -1

    def phrase_before_verb(self, verb: int, clause: list[int]) -> tuple[int, int] | None:
        """`In a letter sent on Tuesday, Rep. Ann Roe (D-Ohio) weighed in …`: with no subject in the
        parse, the names between the last comma and the verb the participle hangs on."""
        words = [k for k in clause if k < verb]
        start = max((pos + 1 for pos, k in enumerate(words) if self.t[k].text == ","), default=0)
        words = words[start:]
        first_verb = next((pos for pos, k in enumerate(words) if self.t[k].upos in ("VERB", "AUX")), None)
        if first_verb is not None:
            words = words[:first_verb]  # (`Ann Roe cautioned the mayor against joining …`: the subject ends at a verb)
        while words and self.t[words[-1]].text == ")":
            opening = max((pos for pos, k in enumerate(words) if self.t[k].text == "("), default=None)
            if opening is None:
                break
            words = words[:opening]  # the party tag
        while words and (self.low(words[-1]) in AUX_OR_ADVERB or self.t[words[-1]].upos in ("AUX", "ADV")):
            words = words[:-1]
        if not words or not self.has_person(words[0], words[-1]):
            return None
        return words[0], words[-1]

    def without_dash_asides(self, clause: list[int]) -> list[int]:
        """The clause without its asides set off by a pair of dashes (`- where the Panthers played -`):
        whoever acts inside one is not the clause's subject."""
        dashes = [k for k in clause if self.t[k].text in DASHES and not self.glued_hyphen(k)]
        dropped: set[int] = set()
        for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
            dropped.update(range(opening, closing + 1))
        return [k for k in clause if k not in dropped]

    def named_before_appositive(self, span: tuple[int, int], window: list[int]) -> tuple[int, int]:
        """`Dean, a former party chairman, poked at …`: a parse that makes the appositive the subject
        means the name it describes."""
        comma = span[0] - 1
        if comma - 1 not in window or self.t[comma].text != "," or not self.is_name_token(comma - 1) \
                or self.t[span[0]].upos not in ("DET", "ADJ", "NOUN"):
            return span  # (`Meanwhile, it attacked …`: a pronoun subject is no appositive)
        start = comma - 1
        while start - 1 in window and self.is_name_token(start - 1):
            start -= 1
        # (the tagger's PERSON counts even for a name that is also a title word: `Dean, a former …`)
        tagged = any(self.t[k].ner == "PERSON" for k in range(start, comma))
        if start == comma - 1 and self.sentence_initial(start) and not tagged \
                and self.low(start) not in self.person_surnames:
            return span  # `Likewise, a report from …`: one capitalised word opening the sentence is no name by itself
        return (start, comma - 1) if tagged or self.has_person(start, comma - 1) else span

    def past_object_relative(self, span: tuple[int, int]) -> tuple[int, int]:
        """`the pilots, who Tom Baker last week described as "…"`, `a plan that the mayor calls "…"`: a relative
        pronoun with a noun phrase after it, before the verb, is the verb's object; that phrase is its subject,
        however the parse joins the two."""
        first, last = span
        nxt = first + 1
        if self.low(first) not in OBJECT_RELATIVES or self.t[first].upos != "PRON" or last <= first \
                or self.inside[nxt] or not (self.is_name_token(nxt) or self.t[nxt].upos in ("DET", "PROPN", "NOUN")) \
                or self.t[nxt].ner in ("DATE", "TIME") or self.low(nxt) in TIME_NOUNS:
            return span  # (`who Tuesday said`: when, not who)
        return nxt, last

    def headline_before(self, k: int) -> bool:
        """`HARBOR CLOSES AFTER STORM The commission cited …`: the sentence changes, with no stop, between k and
        two all-capitals words before it (a headline set above the text, not one acronym), so no phrase runs
        back over it."""
        if k < 2 or self.t[k - 1].sentence == self.t[k].sentence or self.t[k].text.isupper():
            return False
        return all(len(self.t[j].text) > 1 and self.t[j].text.isupper() and self.t[j].text.isalpha()
                   and self.t[j].sentence == self.t[k - 1].sentence for j in (k - 2, k - 1))

    def expand(self, head: int, allowed: list[int]) -> tuple[int, int]:
        """Grow a subject head to its phrase: the contiguous names, titles and modifiers around it."""
        ok = set(allowed)
        first = last = head
        while first - 1 in ok and (self.t[first - 1].text not in CLAUSE_BREAK or self.glued_hyphen(first - 1)) and \
                (self.t[first - 1].upos not in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ")
                 or (self.t[first - 1].upos == "VERB" and self.t[first - 1].deprel == "amod")) and \
                self.low(first - 1) not in SUBORDINATORS and not self.headline_before(first):
            first -= 1
        while last + 1 in ok and (self.is_name_token(last + 1) or self.t[last + 1].deprel in ("flat", "flat:name")):
            last += 1
        while last + 2 in ok and self.title_period(last + 1) and self.is_name_token(last + 2):
            last += 2  # `Sen. Ann Voss`, the parse heading the phrase on the title cut from its period
            while last + 1 in ok and self.is_name_token(last + 1):
                last += 1
        if last + 2 in ok and self.t[last + 1].deprel == "appos" and self.t[last + 1].head == last \
                and self.kb.is_title(self.low(last + 1)) and self.is_name_token(last + 2):
            last += 1  # `Velde campaign spokeswoman Ana Holt`, parsed as `campaign` and an apposition: one phrase
            while last + 1 in ok and (self.is_name_token(last + 1) or self.t[last + 1].deprel in ("flat", "flat:name")):
                last += 1
        if last == head:
            last = self.title_chain_end(head, ok)
            while last > head and last + 1 in ok and self.is_name_token(last + 1):
                last += 1  # `Former Secretary of State Jane Roe`: a parse that heads the phrase on the title
        of_part = self.body_of_part_end(last + 1, ok) if last + 1 in ok else None
        if of_part is not None:
            last = of_part  # `The Ministry of Fisheries and Rural Development on Monday issued …`: one body's name
        if last + 2 in ok and self.t[last + 1].text in POSSESSIVE_S and self.t[last + 2].upos in ("NOUN", "PROPN") \
                and not self.is_cap(last + 2):
            last += 2  # `candidate Dale Ryan's doctor`, however the parse split it: the doctor is the head
        if last + 2 in ok and self.low(last + 1) in PERSON_LINKS and self.nameless_person_before(first, last + 1):
            # `A spokesman for the port authority wrote …`: whose spokesman is part of who speaks
            end = last + 1
            while end + 1 in ok and self.t[end + 1].text not in CLAUSE_BREAK | SENTENCE_END \
                    and self.t[end + 1].upos not in ("VERB", "AUX", "SCONJ", "PRON") and not self.inside[end + 1]:
                end += 1
            last = end if end > last + 1 else last
        return first, last

    def up_to_clause_break(self, first: int, window: list[int], limit: int = 12) -> tuple[int, int] | None:
        """From `first` to the last word before a comma (or the window's end), if that names someone."""
        allowed = set(window)
        last = first
        while last + 1 in allowed and last + 1 - first < limit and \
                self.t[last + 1].text not in CLAUSE_BREAK | SENTENCE_END and not self.inside[last + 1]:
            last += 1
        return (first, last) if self.has_name(first, last) else None

    def name_before(self, cue: int, window: list[int]) -> tuple[int, int] | None:
        """A person's name directly before the cue, with no comma between (`of Trump saying`), an adverb at most
        (`of Ann Roe privately saying`)."""
        k = cue - 1
        if k in window and self.t[k].upos == "ADV" and not self.is_cap(k):
            k -= 1
        if k not in window or not self.is_name_token(k):
            return None
        start = k
        while start - 1 in window and self.is_name_token(start - 1):
            start -= 1
        before = start - 1
        while before in window and self.is_cap(before) and self.kb.is_title(self.low(before)):
            before -= 1  # (`a petition to Harbor Master Ann Roe asking …`: past the title, to the `to`)
        if before in window and self.t[before].upos == "ADP" and self.low(before) != "of":
            return None  # (`tweeted back at Tom Baker pointing out …`: whom a verb aims at, not who speaks)
        stripped = self.strip_descriptors(start, k)
        # (a name the tagger calls an organisation still speaks: `footage of Trump saying`)
        return stripped if stripped and self.run_kind(*stripped) in ("person", "organisation") else None

    def subject_phrase(self, verb: int) -> tuple[int, int] | None:
        """The nominal subject of `verb` grown to its phrase, when it stands outside every quote."""
        subj = self.subject_of(verb)
        if subj is None or self.inside[subj] or self.t[subj].upos not in ("PROPN", "NOUN", "PRON"):
            return None
        return self.expand(subj, self.outside_quotes(self.t[verb].sentence))

    def conjunct_cue(self, cue: int, window: list[int]) -> bool:
        """`… and repeatedly says, "…"`: the cue is a second verb sharing the clause's subject."""
        k = cue - 1
        while k in window and (self.low(k) in AUX_OR_ADVERB or self.t[k].upos in ("ADV", "AUX")):
            k -= 1
        return k in window and self.low(k) in ("and", "but", "or", "then")

    def main_subject(self, window: list[int]) -> Phrase | None:
        """The subject of the main verb of the sentence in `window`, when the parse shows one outside quotes."""
        root = next((k for k in window if self.t[k].deprel == "root"), None)
        subj = self.subject_of(root) if root is not None else None
        if subj is not None and self.t[subj].deprel == "nsubj:pass":
            return None  # `Smith was arrested in May.`: what happened to someone is no cue to their words
        span = self.subject_phrase(root) if root is not None else None
        if span is not None and set(range(span[0], span[1] + 1)) <= set(window):
            return Phrase(span[0], span[1], None, "previous-sentence", 0.5)
        # On the surface (the parse found no subject): a name opening the sentence, before any verb.
        for k in window:
            if self.t[k].upos in ("VERB", "AUX"):
                return None
            if self.is_name_token(k):
                run = next(r for r in self.name_runs(k, window[-1]) if r[0] == k)
                return Phrase(run[0], run[1], None, "previous-sentence", 0.5)
        return None

    def possessed_thing(self, subj: int | None) -> bool:
        """`Davis' commentary`, `Byrd's strategy`: a noun someone owns, not a person or a body."""
        if subj is None or self.t[subj].upos != "NOUN" or self.low(subj) in self.kb.person_nouns \
                or self.kb.is_title(self.low(subj)):
            return False
        return any(self.t[c].deprel == "nmod:poss" for c in self.children.get(subj, []))

    def describes_next_word(self, q_last: int) -> bool:
        """`promoting "magic" weight loss pills`, `its "national enterprise reporter" Jane Roe`: the
        quoted words qualify the word right after the closing mark, so they are a label, not speech."""
        k = q_last + 1
        if k >= len(self.t) or self.inside[k] or self.t[k].sentence != self.t[q_last].sentence \
                or not self.t[k].text[:1].isalpha():
            return False
        return self.is_name_token(k) and self.t[k].ner == "PERSON" or (
            not self.is_cap(k) and self.t[k].upos in ("NOUN", "ADJ"))
