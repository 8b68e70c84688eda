"""The registry of people named anywhere in the draft: surnames, full names, genders."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator

from ..knowledge import Knowledge, _load
from ..model import Mention, Quote, TextView, Word
from ..nlp import Analysis
from .descriptors import Descriptors
from .names import fold_accents
from .words import (
    OBJECT_ONLY_PRONOUNS,
    PARTY_TAG,
    POSSESSIVE_S,
    TIME_NOUNS,
    _words,
)

DOUBLED_LETTER = re.compile(r"(\w)\1+")
MIN_MISSPELT_LENGTH = 5  # letters a surname needs before a slip in its spelling is read as one
PLACE_LABELS = ("GPE", "LOC", "FAC")  # the tagger's labels for a place
NAME_LABELS = ("ORG", "GPE", "LOC", "MISC")  # labels a surname alone may get as a body's or a place's name
POSSESSIVE_DETERMINERS = _words("possessive_determiners")  # `her son`: the son is someone else
NOMINATION_VERBS = _words("nomination_verbs")  # `the nominee to lead X`: the post she is named to
CLAUSE_BREAKS = frozenset({".", ",", ";", ":", "—", "–", "(", "\"", "“", "”"})  # where a set-off role may open
FORMAL_TITLE_LINKS = frozenset({"for", "of"})  # `Minister for Housing`, `Secretary of State`: a title and its brief
SET_OFF_HONORIFICS = frozenset(_load("people.json")["set_off_honorifics"])  # `The dean, Professor Ann Roe`
OWNED_WORDS = 3  # words after a possessive that may still be its noun phrase (`her eldest son`)
PLACE_OPENERS = frozenset({"in", "at", "near", "outside", "across"})  # `In Marlowe, …`: where, opening a sentence
MAX_OPENING_PLACE_WORDS = 3  # `In Port Alder Falls,`
MAX_WHOSE_ROLE_WORDS = 3  # `whose executive director,`: the post's words between `whose` and the comma


def spelled_alike(word: str, other: str) -> bool:
    """One slip of the keyboard apart: two neighbouring letters swapped, or a letter doubled or undoubled."""
    if word == other:
        return False
    if len(word) == len(other):
        diff = [k for k in range(len(word)) if word[k] != other[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]] \
                and word[diff[1]] == other[diff[0]]:
            return True
    return DOUBLED_LETTER.sub(r"\1", word) == DOUBLED_LETTER.sub(r"\1", other)


def surname_of(key: tuple[str, ...]) -> str:
    """The surname of a full name's words: the last, or the one before a suffix (`Ellery Jr.`, `Bozman III`)."""
    suffix = len(key) > 1 and (key[-1].endswith(".") and len(key[-1]) <= 3 or set(key[-1]) <= set("ivx"))
    return key[-2] if suffix else key[-1]


def owning_words(after: list[str]) -> list[int]:
    """Where a possessive pronoun stands in the words after a name, save one that opens its appositive
    (`, her husband,`: the relation is the person named); `whose` always owns (`, whose son is serving …,`: the
    son is someone else)."""
    return [j for j, word in enumerate(after) if word == "whose"
            or word in POSSESSIVE_DETERMINERS and not (j == 1 and after[0] == ",")]


class PeopleRegistry(Descriptors):
    def __init__(self, doc: TextView, analysis: Analysis, quotes: list[Quote], kb: Knowledge):
        super().__init__(doc, analysis, quotes, kb)
        self.object_names: set[int] = set()  # offsets of person names the parse shows are no subject
        self._mention_starts: list[int] = []
        self._full_names: dict[str, tuple[list[int], list[tuple[str, ...]]]] = {}
        self._family_first: dict[str, tuple[list[int], list[tuple[str, ...]]]] | None = None
        self.person_mentions: list[Mention] = []
        self.gender: dict[str, str] = {}  # person key (lower-case full name) -> male/female
        self._signoff: tuple[Mention | None] | None = None  # (the writer's sign-off, once read)

    def collect_people(self) -> None:
        # `(D-Ore.)`: the state in a party tag is no person, whatever the tagger says.
        tags = [m.span() for m in PARTY_TAG.finditer(self.doc.text)]
        tag_starts = [start for start, _ in tags]

        def in_party_tag(token: int) -> bool:
            k = bisect.bisect_right(tag_starts, self.t[token].start) - 1
            return k >= 0 and self.t[token].start < tags[k][1]

        spans = self.person_entity_spans()
        quoted: list[tuple[int, tuple[str, ...]]] = []
        for ent_first, ent_last in spans:
            if all(self.inside[i] for i in range(ent_first, ent_last + 1)):
                quoted += self.full_names_in(ent_first, ent_last)
                continue
            for run in self.name_runs(self.given_name_before(ent_first), ent_last):
                stripped = self.strip_descriptors(*run)
                if stripped is None or in_party_tag(stripped[0]) or self.place_of_office(*stripped) \
                        or self.party_member(*stripped) or self.lone_body_word(*stripped):
                    continue
                first, last = stripped
                key = self.name_key(first, last)
                self.person_surnames.setdefault(surname_of(key), []).append((self.t[first].start, key))
                if self.t[first].deprel is not None and not any(
                        (self.t[i].deprel or "").startswith("nsubj") for i in range(first, last + 1)):
                    self.object_names.add(self.t[first].start)
        untagged = self.untagged_full_name_spans()
        self.register_quoted_full_names(quoted + [(self.t[first].start, self.name_key(first, last))
                                                  for first, last in untagged])
        titled = [(first, last) for first, last in untagged if self.titled_surname(first, last)]
        for first, last in untagged:
            if (first, last) not in titled and self.surname_acts_later(first, last):
                key = self.name_key(first, last)
                self.person_surnames.setdefault(surname_of(key), []).append((self.t[first].start, key))
                titled.append((first, last))  # (a person named in full, whatever the tagger said)
        for first, last in titled:
            mention = self.person_mention(first, last)
            if mention is not None:
                self.person_mentions.append(mention)  # (the title before it is hers; see `titled_surname`)
        for ent_first, ent_last in spans:
            for run in self.name_runs(self.given_name_before(ent_first), ent_last):
                stripped = self.strip_descriptors(*run)
                if stripped and not in_party_tag(stripped[0]) and not self.lone_body_word(*stripped) \
                        and not all(self.inside[i] for i in range(stripped[0], stripped[1] + 1)):
                    mention = self.person_mention(*stripped)
                    if mention is not None:
                        self.person_mentions.append(mention)
        # A later bare surname the tagger missed (`Holt's advice earned him …`) is a mention all the same,
        # and so is one it took for a place or a body when the parse makes it act (`Holt accused Ward`), or
        # for a common noun when it stands alone as a subject (`Ferns thinks …`, `Hollows kept up …`), or for a
        # miscellaneous name when it owns a noun that a he/she after it in the sentence may follow up.
        known = {m.start for m in self.person_mentions}
        # (a capital that starts the sentence is no name word for `name_runs`: `Ferns thinks` needs the parse)
        bare = [(k, k) for k in range(len(self.t)) if self.bare_noun_subject(k) and self.is_cap(k)]
        for first, last in sorted(set(self.name_runs(0, len(self.t) - 1) + bare)):
            if (first == last or self.particled_surname(first, last)) and self.low(last) in self.person_surnames \
                    and self.t[first].start not in known \
                    and not self.inside[first] and (self.t[first].upos == "PROPN" or self.bare_noun_subject(first)) \
                    and (self.t[first].ner is None or (self.t[first].deprel or "").startswith("nsubj")
                         or self.after_as_for(first) or self.surname_as_object(first)
                         or self.surname_as_owner(first)) \
                    and self.person_surnames[self.low(last)][0][0] < self.t[first].start:
                mention = self.person_mention(first, last)
                if mention is not None:
                    self.person_mentions.append(mention)
        self.person_mentions.sort(key=lambda m: m.start)  # in draft order, for mentions_before
        self._mention_starts = [m.start for m in self.person_mentions]
        self._family_first = None  # (built from the complete registry when first asked)
        self._signoff = None

    def surname_as_object(self, k: int) -> bool:
        """`The board thanked Holt`, `… gave Holt the floor`: a surname the draft gave in full, standing
        as a verb's object, is that person whatever the tagger calls it."""
        return self.t[k].upos == "PROPN" and self.t[k].deprel in ("obj", "iobj")

    def surname_as_owner(self, k: int) -> bool:
        """`The board blamed Holt's staff, and he …`: a surname the draft gave in full, owning a noun, is that
        person though the tagger calls the possessive a miscellaneous name, when a he/she later in its sentence
        may stand for them (a possessive in passing is left alone: it would crowd the people a story is about)."""
        t = self.t
        if t[k].upos != "PROPN" or t[k].deprel != "nmod:poss" or t[k].ner != "MISC":
            return False
        j = k + 1
        while j < len(t) and t[j].sentence == t[k].sentence:
            if not self.inside[j] and (t[j].deprel or "").startswith("nsubj") \
                    and self.kb.pronouns.get(self.low(j)) in ("male", "female"):
                return True
            j += 1
        return False

    def after_as_for(self, k: int) -> bool:
        """`As for Roe, she …`: what `as for` introduces is the topic that follows, a person when it is a
        surname the draft gave in full, whatever the tagger calls it."""
        return k >= 2 and self.low(k - 1) == "for" and self.low(k - 2) == "as" \
            and self.t[k - 2].sentence == self.t[k].sentence

    def bare_noun_subject(self, k: int) -> bool:
        """A capitalised common noun standing alone as a subject, with no determiner or modifier
        (`Ferns thinks`): English gives a common noun a determiner there, a surname none."""
        return self.t[k].upos == "NOUN" and (self.t[k].deprel or "").startswith("nsubj") and not any(
            self.t[c].deprel in ("det", "amod", "compound", "nmod:poss", "nummod") for c in self.children.get(k, []))

    def full_names_in(self, first: int, last: int) -> list[tuple[int, tuple[str, ...]]]:
        """The full names (given name and surname) a tagged span holds, with their offsets."""
        found = []
        for run in self.name_runs(first, last):
            stripped = self.strip_descriptors(*run)
            if stripped is not None and stripped[1] > stripped[0] and not self.party_member(*stripped):
                found.append((self.t[stripped[0]].start, self.name_key(*stripped)))
        return found

    def untagged_full_names(self) -> list[tuple[int, tuple[str, ...]]]:
        """The untagged full names (`untagged_full_name_spans`) with their offsets."""
        return [(self.t[first].start, self.name_key(first, last)) for first, last in self.untagged_full_name_spans()]

    def untagged_full_name_spans(self) -> list[tuple[int, int]]:
        """`Board Chair Ilse Varga said` tagged as a body, `Rue Tamsin, a deputy,` as a place: a full name the
        tagger took for something else, outside the quotes, when a given name starts it or it stands as a
        name does (a subject, or before an appositive's comma, never after a preposition: `at Fort Holt`)."""
        found = []
        for ent in self.a.entities:
            if ent.label == "PERSON":
                continue
            for run in self.name_runs(ent.first, ent.last):
                stripped = self.strip_descriptors(*run)
                if stripped is None or stripped[1] == stripped[0] or self.inside[stripped[0]] \
                        or self.party_member(*stripped) \
                        or (self.run_kind(*stripped) != "person" and not self.surname_acts_later(*stripped)):
                    continue
                first, last = stripped
                if self.low(run[0]) == "the" or (first > 0 and self.low(first - 1) == "the"):
                    continue  # `the Ledger Times` said: a body, whatever its last word is
                while last - first >= 2 and self.low(first) in self.kb.role_heads \
                        and self.t[first + 1].text in self.kb.given_names \
                        and self.low(first + 1) not in self.kb.name_particles:
                    first += 1  # `veteran and Marine Ivo Stahl`: the role is no part of his name (but a
                    # particle after it starts a surname, `Star Le Gorrec`: the word is a given name)
                if (named := self.after_formal_brief(first, last)) != first:
                    found.append((named, last))
                    continue
                stands_as_name = (self.t[last].deprel or "").startswith("nsubj") or (
                    last + 1 < len(self.t) and self.t[last + 1].text == ",")
                if self.t[first].text in self.kb.given_names or self.titled_surname(first, last) or (
                        stands_as_name and (first == 0 or self.t[first - 1].upos != "ADP")):
                    found.append((first, last))
        return found

    def surname_acts_later(self, first: int, last: int) -> bool:
        """`Ada Shell manages the orchard. … "…," Shell said.` with both words tagged as a body: a known
        given name and one more word, no possessive, whose last word later stands alone as a subject
        outside the quotes (no capitalised word before it), is a person named in full. Never a place, a
        party or a body's word (`Virginia Democrats`, `Ada Holdings`)."""
        t = self.t
        if last != first + 1 or t[first].text not in self.kb.given_names or self.low(last) in self.person_surnames \
                or self.kb.country_of(t[first].text) or self.kb.party(t[last].text) \
                or self.low(last) in self.kb.org_words or t[last].text in self.kb.demonyms:
            return False
        return any(self.low(k) == self.low(last) and not self.inside[k] and (t[k].deprel or "").startswith("nsubj")
                   and not self.is_cap(k - 1) and self.low(k + 1) not in POSSESSIVE_S
                   for k in range(last + 1, len(t) - 1))

    def titled_surname(self, first: int, last: int) -> bool:
        """`pressed Harbor Board Chairman Ivo Brandt on …` tagged as a body: a two-word name right after a title
        word (or a formal title's brief: `Minister for Transport Ivo Brandt`), whose surname the draft gives a
        person elsewhere, is that person named in full."""
        return last == first + 1 and first > 0 and self.low(last) in self.person_surnames \
            and (self.is_descriptor_word(first - 1) or self.formal_title_before(first) < first)

    def register_quoted_full_names(self, quoted: list[tuple[int, tuple[str, ...]]]) -> None:
        """`"I called Director Ann Quist," Roe said. … Quist said`: a full name that only a quote gives
        (or one the tagger took for a body or a place) still tells who the surname the draft uses alone
        is (her given name: her gender), and so does one ending in a surname the draft gives only with its
        particles (`De Brec`). Never one the draft names in full itself (unless with a suffix
        the draft elsewhere leaves off: `Grant Hollis III`), nor a name no one outside the quotes bears."""
        for offset, key in quoted:
            named = self.person_surnames.get(surname_of(key))
            suffixed = surname_of(key) != key[-1] and any(k == key[:-1] and off > offset for off, k in named or [])
            if named and len(key) > 1 and (all(len(k) == 1 or self.surname_in(k, key) for _, k in named) or suffixed):
                named.append((offset, key))
                named.sort()

    def surname_in(self, short: tuple[str, ...], key: tuple[str, ...]) -> bool:
        """Is `short` only a surname and its particles (`de brec`) that ends the longer name `key`?"""
        return len(key) > len(short) and key[-len(short):] == short \
            and all(w in self.kb.name_particles for w in short[:-1])

    def person_entity_spans(self) -> list[tuple[int, int]]:
        """The tagger's PERSON entities as token spans, two adjacent ones joined where a middle initial
        meets them (`Rep. Dorian` + `P. Vance`: an initial is part of one name, never a name's start) or
        the second is a surname and its suffix (`Rev. Marcus` + `Ellery Jr.`)."""
        spans: list[tuple[int, int]] = []
        places = [(ent.first, ent.last) for ent in self.a.entities
                  if ent.label in PLACE_LABELS and ent.last > ent.first]
        persons = [(ent.first, ent.last) for ent in self.a.entities if ent.label == "PERSON"
                   and not self.first_a_place(ent.first, ent.last, places)]
        surnames = {self.low(last) for first, last in persons if last > first and not self.glued_hyphen_after(last)}
        lone_words = {ent.first for ent in self.a.entities if ent.label in NAME_LABELS and ent.first == ent.last}
        for ent_first, ent_last in persons:
            first, last = self.across_hyphens(ent_first, ent_last, surnames)
            if " " not in self.span_text(first, last) and last + 1 < len(self.t) \
                    and (last + 1 in lone_words or self.t[last + 1].ner is None) \
                    and self.surname_tagged_apart(first, last, last + 1):
                last += 1  # (`Lena` + `Shell` the body, or `Lena` | `Shell runs`: one name)
            if last + 1 < len(self.t) and self.date_word_in_a_name(last + 1):
                last += 1  # (`Jane Rolo May, 60`: the tagger stops short of a name's word that is also a date's)
            if spans and first <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(last, spans[-1][1]))  # (`Vega` + `-Ortiz`: one name)
            elif spans and (self.rest_of_the_name(spans[-1], first, last)
                            or self.particles_join(spans[-1][1], first)
                            or self.nickname_between(spans[-1][1], first, last)):
                spans[-1] = (spans[-1][0], last)
            else:
                spans.append((first, last))
        return spans

    def rest_of_the_name(self, before: tuple[int, int], first: int, last: int) -> bool:
        """Is the tagger's person at `first`..`last`, right after the person `before`, the rest of that one name?"""
        given = before[1]
        if first != given + 1:
            return False
        return self.lone_words_one_name(before, first, last) or self.t[first].sentence == self.t[given].sentence \
            and (self.is_initial(first) or self.is_initial(given)
                 or (last == first + 1 and surname_of((self.low(first), self.low(last))) != self.low(last))
                 or self.given_name_then_surname(given, first))

    def surname_tagged_apart(self, first: int, given: int, surname: int) -> bool:
        """`Lena Shell runs the marina`: a surname that is also a company's or a place's name may be
        tagged as that body on its own, or left untagged when the tokenizer ends a sentence after the
        given name (`Lena` | `Shell runs …`), while the given name alone is called a person; a known given
        name and one capitalised proper noun right after it (one space, nothing between, outside any
        quote, no date word) are one name."""
        t = self.t
        return self.span_text(first, given) in self.kb.given_names and self.is_cap(surname) \
            and t[surname].upos in ("PROPN", None) \
            and t[surname].text.isalpha() and t[surname].start == t[given].end + 1 \
            and not self.inside[surname] and self.low(surname) not in self.kb.not_names \
            and self.low(surname) not in TIME_NOUNS

    def lone_body_word(self, first: int, last: int) -> bool:
        """`Senate` in `Ann Roe's Senate seat`, tagged as part of her name: one word that names a kind of body
        (`org_words`) is nobody's name."""
        return first == last and self.low(first) in self.kb.org_words and self.is_cap(first)

    def nickname_between(self, given: int, first: int, last: int) -> bool:
        """`Rep. Harold` + `"Hal"` + `Brisco`: a nickname in quotes between two parts of one name (the tagger may call
        it a person of its own) joins them; the nickname is then no part of the name as written."""
        between = range(given + 1, first)
        return self.t[first].sentence == self.t[given].sentence and all(k in self.nickname_tokens for k in between) \
            and (first - 1 in self.nickname_tokens or all(k in self.nickname_tokens for k in range(first, last + 1)))

    def particles_join(self, given: int, surname: int) -> bool:
        """`Ahmad` + `al-` + `Rashid`, `Osama` + `bin` + `Laden`: the tagger may leave a name's particles out
        and tag the words around them as two people; name particles alone between them (a hyphen glued on),
        in one sentence and outside the quotes, make one name."""
        between = range(given + 1, surname)
        return len(between) > 0 and self.t[surname].sentence == self.t[given].sentence \
            and not self.inside[surname] and any(self.low(k) in self.kb.name_particles for k in between) \
            and all(self.low(k) in self.kb.name_particles or self.glued_hyphen(k) for k in between)

    def given_name_then_surname(self, given: int, surname: int) -> bool:
        """`Rep. Tova` + `Brandt Lindqvist`: the tagger may cut a name after its given name, leaving the
        (often two-word) surname a person of its own; a known given name just before a capitalised word,
        nothing between them, is one name."""
        return self.t[given].text in self.kb.given_names and self.is_cap(surname) \
            and self.t[surname].start == self.t[given].end + 1 and self.t[given].ner == "PERSON"

    def lone_words_one_name(self, before: tuple[int, int], first: int, last: int) -> bool:
        """`Chair Dana` + `Whitcombe`: a weak tagger may tag a name's two words as two people
        even where the given name is on no list, and the tokenizer may even end a sentence between them; two
        lone capitalised words with one space and nothing else between them are one name (two people are
        never written so)."""
        given = before[1]
        return first == last and self.t[first].start == self.t[given].end + 1 \
            and all(self.t[k].text.isalpha() and self.is_cap(k) for k in (given, first))

    def first_a_place(self, first: int, last: int, places: list[tuple[int, int]]) -> bool:
        """`across the Ellery Point Bridge … Ellery Point became a byword`: words of two or more that the draft
        first used to open a place's name are that place, whatever the tagger calls them later."""
        if last == first:
            return False
        words = [self.low(k) for k in range(first, last + 1)]
        return any(p_first < first and p_last - p_first >= last - first
                   and [self.low(p_first + i) for i in range(len(words))] == words for p_first, p_last in places)

    def name_key(self, first: int, last: int) -> tuple[str, ...]:
        """A name's words as written, lower-cased and unaccented (`Vega-Ortiz` is one word, however tokenized)."""
        return tuple(fold_accents(w) for w in self.name_text(first, last).split()) \
            or tuple(fold_accents(self.t[i].text) for i in range(first, last + 1))

    def glued_hyphen_after(self, k: int) -> bool:
        return k + 1 < len(self.t) and self.glued_hyphen(k + 1)

    def across_hyphens(self, first: int, last: int, surnames: set[str]) -> tuple[int, int]:
        """`Vega-Ortiz`, `Jo-Ann Pell`: the tagger may cut a name at a hyphen inside it, so a
        capitalised word glued on by a hyphen belongs to the name; never another person's surname
        (`the Reyes-Bell ticket`, `a pro-Reyes rally` after `Ana Reyes`); a given name before another's
        surname is a relative's double surname (`their daughter, Lia Reyes-Moreau`)."""
        def joins(k: int) -> bool:
            return self.is_cap(k) and self.low(k) not in surnames and self.t[k].sentence == self.t[first].sentence \
                and not self.inside[k]
        if self.low(first) in surnames or self.low(last) in surnames and first == last:
            return first, last
        while first >= 2 and self.glued_hyphen(first - 1) and joins(first - 2):
            first -= 2
        while self.glued_hyphen_after(last) and last + 2 < len(self.t) and joins(last + 2):
            last += 2
        return first, last

    def given_name_before(self, first: int) -> int:
        """Where a person's name starts when the tagger left its given name out (`Republican Mary
        Grant Ellison` tagged from `Grant`): a capitalised known given name just before is part of it, and so is the
        first half of a hyphened given name (`Jean-Luc Roe` tagged from `Luc`)."""
        k = first - 1
        if k >= 1 and self.t[k].text in ("-", "‐") and self.t[k].start == self.t[k - 1].end \
                and self.t[first].start == self.t[k].end and self.is_cap(k - 1) and self.t[k - 1].text.isalpha() \
                and not self.inside[k - 1]:
            return k - 1
        if k >= 0 and len(self.t[k].text) > 1 and self.t[k].text[-1] in ("-", "‐") and self.is_cap(k) \
                and self.t[first].start == self.t[k].end and not self.inside[k]:
            return k  # (`Anne-Sophie` split as `Anne-` + `Sophie`)
        if k >= 0 and self.t[k].ner != "PERSON" and self.t[k].sentence == self.t[first].sentence \
                and self.t[k].text in self.kb.given_names and not self.inside[k] and not self.is_descriptor_word(k):
            return k
        return first

    def infer_genders(self, full_name: Callable[[Mention], str]) -> None:
        """Gender evidence per person: honorifics, gendered titles, first names, nearby pronouns."""
        votes: dict[str, Counter] = {}
        # How many person mentions start in each sentence (one count, not a scan per mention).
        start_sentence = [self.t[self.token_at(m.start)].sentence for m in self.person_mentions]
        per_sentence = Counter(start_sentence)
        for mention, own_sentence in zip(self.person_mentions, start_sentence, strict=True):
            if self.shared_surname(mention):
                continue  # `Tate` in a story of Omar and Lina Tate is evidence for neither
            key = full_name(mention)
            tally = votes.setdefault(key, Counter())
            first_word = key.split()[0].capitalize() if key else ""
            if self.relative_by_honorific(mention, first_word):
                continue  # `Mr Roe` in a story whose only Roe named in full is Ann Roe: her son, say, not her
            for word in self.own_gender_words(mention):
                tally[self.kb.gender_words[word]] += 2 if self.generic_masculine(word) else 3
            if first_word in self.kb.given_names and len(key.split()) > 1:
                tally[self.kb.given_names[first_word]] += 2
            k = self.token_at(mention.end - 1) + 1
            sentence = self.t[k - 1].sentence if k > 0 else -1
            others = per_sentence[sentence] - (own_sentence == sentence)
            if others:
                continue
            for j in range(k, min(k + 15, len(self.t))):
                if self.t[j].sentence != sentence or self.inside[j]:
                    break
                if self.low(j) in OBJECT_ONLY_PRONOUNS:
                    continue  # `Moss scolded him`: the object is someone else
                pronoun_gender = self.kb.pronouns.get(self.low(j))
                if pronoun_gender in ("male", "female"):
                    tally[pronoun_gender] += 1
        for key, tally in votes.items():
            if tally:
                (top, count), *rest = tally.most_common(2) + [(None, 0)]
                if count > rest[0][1]:
                    self.gender[key] = top

    def relative_by_honorific(self, mention: Mention, given: str) -> bool:
        """A lone surname whose courtesy title says the other gender from the given name of the one person the draft
        names in full with it (`Mr Ellery` beside `Marcia Ellery`) is a relative the tagger never named in full: no
        evidence of her gender."""
        if not mention.name or len(mention.name.split()) != 1 or len(mention.before) == 0:
            return False
        honorific = mention.before[-1].text.lower().rstrip(".")
        stated = self.kb.gender_words.get(honorific) if honorific in self.kb.courtesy_titles else None
        named = self.kb.given_names.get(given)
        return stated in ("male", "female") and named in ("male", "female") and stated != named

    def own_gender_words(self, mention: Mention) -> list[str]:
        """The gendered words that describe the person a mention names: `Ann Roe, 71, lives with her son`
        speaks of her son, so a gendered noun a possessive owns after the name is someone else's (unless
        the possessive opens the appositive itself: `Tom Roe, her husband,` is the husband)."""
        before = [w.text.lower() for w in mention.before]
        after = [w.text.lower() for w in mention.after]
        owned_from = owning_words(after)

        def owned(j: int) -> bool:
            return any(o < j <= o + OWNED_WORDS and "," not in after[o:j] for o in owned_from)
        return [w for w in before if w in self.kb.gender_words] \
            + [w for j, w in enumerate(after) if w in self.kb.gender_words and not owned(j)]

    def generic_masculine(self, word: str) -> bool:
        """`spokesman`, `chairman`: a title many newsrooms write in its -man form for a woman too (its
        -woman form exists), so it weighs no more than a given name: with a woman's, the two cancel out."""
        return len(word) > 3 and word.endswith("man") and word[:-3] + "woman" in self.kb.gender_words

    def person_mentions_before(self, offset: int) -> Iterator[Mention]:
        """Person mentions that start before `offset`, nearest first (a bisect, not a scan from the end)."""
        k = bisect.bisect_left(self._mention_starts, offset)
        return (self.person_mentions[j] for j in range(k - 1, -1, -1))

    def person_mention_at(self, k: int) -> Mention | None:
        """The person mention that holds token k, if any."""
        return next((m for m in self.person_mentions_before(self.t[k].end) if m.start <= self.t[k].start < m.end),
                    None)

    def person_mentions_in_sentence_before(self, offset: int) -> Iterator[Mention]:
        """Person mentions of the sentence at `offset` that start before it, nearest first."""
        sentence = self.t[self.token_at(offset)].sentence
        for m in self.person_mentions_before(offset):
            if self.t[self.token_at(m.start)].sentence != sentence:
                return
            yield m

    def full_names(self, surname: str) -> tuple[list[int], list[tuple[str, ...]]]:
        """The full names (given name and surname) seen with this surname, with their offsets, in order."""
        if surname not in self._full_names:
            full = [c for c in self.person_surnames.get(surname, []) if len(c[1]) > 1]
            suffixed = self.suffix_dropped(full)
            full = [(offset, suffixed.get(key, key)) for offset, key in full]
            particled = self.particles_dropped(full)
            full = [(offset, particled.get(key, key)) for offset, key in full]
            self._full_names[surname] = ([c[0] for c in full], [c[1] for c in full])
        return self._full_names[surname]

    def particles_dropped(self, full: list[tuple[int, tuple[str, ...]]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """`De Vere` after `Lotte de Vere`: a surname with only its particles before it is no given name and
        surname but the one person named in full who ends so (two such people: left alone)."""
        found: dict[tuple[str, ...], tuple[str, ...]] = {}
        names = {key for _, key in full}
        for key in names:
            if all(w in self.kb.name_particles for w in key[:-1]):
                longer = {n for n in names if len(n) > len(key) and n[-len(key):] == key
                          and not all(w in self.kb.name_particles for w in n[:-1])}
                if len(longer) == 1:
                    found[key] = longer.pop()
        return found

    @staticmethod
    def suffix_dropped(full: list[tuple[int, tuple[str, ...]]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """`Grant Hollis III` … `Grant Hollis`: a full name with a generational suffix, then the same name
        without it, is one person; the name without it used first is someone else (`Rep. Ada Quint` …
        `her father, Ada Quint Sr.`)."""
        first_seen: dict[tuple[str, ...], int] = {}
        for offset, key in full:
            first_seen[key] = min(offset, first_seen.get(key, offset))
        return {key[:-1]: key for key, offset in first_seen.items() if len(key) > 2 and surname_of(key) != key[-1]
                and offset < first_seen.get(key[:-1], offset + 1)}

    def full_names_family_first(self, word: str) -> tuple[list[int], list[tuple[str, ...]]]:
        """Full names whose first word is this one (`Lin Qiao` … `Lin said`; `Kim Seo-yeon` … `Kim`):
        family name first, as in Chinese and Korean names; never a known given name (`Donald`)."""
        if word.capitalize() in self.kb.given_names:  # any given name in the census lists: too risky a guess
            return [], []
        return self.full_names_by_first_word().get(word, ([], []))

    def full_names_by_first_word(self) -> dict[str, tuple[list[int], list[tuple[str, ...]]]]:
        """One index of every full name by its first word, in draft order (built once, when first asked)."""
        if self._family_first is None:
            self._family_first = {}
            for offset, key in sorted(c for keys in self.person_surnames.values() for c in keys if len(c[1]) > 1):
                if surname_of(key) != key[-1] and len(key) == 2:
                    continue  # (`Ellery Jr.`, `Ellery III`: a surname and its suffix, cut from the given name)
                offsets, keys = self._family_first.setdefault(key[0], ([], []))
                offsets.append(offset)
                keys.append(key)
        return self._family_first

    def full_names_ending_in(self, tail: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """`De Aranda` after `Luis de Aranda`, `Ibarra Soto` after `Lucia Ibarra Soto`: a name of two or
        more words that ends a longer full name is that person's surname (never one that starts with a
        known given name: `Ann Roe` is not `Mary Ann Roe`)."""
        offsets, names = self.full_names(tail[-1])
        suffixed = self.suffix_dropped(list(zip(offsets, names, strict=True))).get(tail)
        if suffixed:  # `Grant Hollis` after `Grant Hollis III`: the name without its suffix
            return [(off, full) for off, full in zip(offsets, names, strict=True) if full == suffixed]
        particles = all(w in self.kb.name_particles for w in tail[:-1])
        if not particles and tail[0].capitalize() in self.kb.given_names:
            return []
        offsets, names = self.full_names(tail[-1])
        return [(off, full) for off, full in zip(offsets, names, strict=True)
                if len(full) > len(tail) and full[-len(tail):] == tail]

    def full_name_of_given(self, word: str) -> tuple[list[int], list[tuple[str, ...]]]:
        """The one full name that starts with this given name (`Delia` … `Delia Marchetti`); none when
        two people share it (`Bill Ames`, `Bill Ruiz`): which one a lone given name means is a guess."""
        if word.capitalize() not in self.kb.given_names:
            return [], []
        offsets, keys = self.full_names_by_first_word().get(word, ([], []))
        return (offsets, keys) if len(set(keys)) == 1 else ([], [])

    def full_names_spelled_alike(self, word: str) -> tuple[list[int], list[tuple[str, ...]]]:
        """`Kovasc` in a story of Ines Kovacs, `Maltesi` in one of Gregor Maltessi: a surname that differs
        from one full name's surname only by two letters swapped or a letter doubled is that person,
        misspelt (never a short name: `Vessa` is no `Vesta`)."""
        if len(word) < MIN_MISSPELT_LENGTH:
            return [], []
        alike = {surname for surname in self.person_surnames
                 if spelled_alike(word, surname) and self.full_names(surname)[1]}
        return self.full_names(alike.pop()) if len(alike) == 1 else ([], [])

    def family(self, surname: str) -> bool:
        """Two or more people named in full with this surname (a family, two Johnsons)."""
        return len(set(self.full_names(surname)[1])) > 1

    def shared_surname(self, mention: Mention) -> bool:
        """A bare surname that two people named in full share."""
        words = (mention.name or "").lower().split()
        return len(words) == 1 and self.family(words[0])

    def person_mention(self, first: int, last: int) -> Mention | None:
        if self.run_kind(first, last) != "person" or self.place_opening_a_sentence(first, last):
            return None
        pre_first = self.descriptor_before(first, last)
        if pre_first < first and self.modifies_noun_after(last) \
                and all(self.t[k].text.islower() for k in range(pre_first, first)):
            pre_first = first  # `veteran Roe critics`, `longtime Roe aides`: the words describe the critics, not Roe
        if pre_first == first:
            pre_first = self.formal_title_before(first)  # (`Minister for Housing Ann Roe`)
        if pre_first == first:
            pre_first = self.nominee_set_off_before(first)  # (`The nominee to lead the Harbor Agency, Ann Roe,`)
        if pre_first == first:
            pre_first = self.role_after_whose(first)  # (`the Harbor Front, whose leader, Ann Roe,`)
        own_first = self.own_descriptor_start(pre_first, first)  # (the phrase as written keeps the partner)
        post_last = self.descriptor_after(last)
        after = self.words(last + 1, post_last) if post_last > last else ()
        if pre_first == first and not after and (role := self.predicated_role(first, last)) is not None:
            after = self.words(*role)  # (`As a harbor pilot, Roe …`: stated of her, though no part of the phrase)
        return Mention(
            text=self.span_text(pre_first, post_last) if post_last > last else self.span_text(pre_first, last),
            start=self.t[pre_first].start, end=self.t[max(last, post_last)].end, kind="person",
            name=self.name_text(first, last),
            before=self.without_set_off_honorific(self.words(own_first, first - 1)) if own_first < first else (),
            after=after,
            full=last > first,
            party_tag=self.party_tag_after(max(last, post_last)) if post_last <= last else None,
        )

    def role_after_whose(self, first: int) -> int:
        """`the Harbor Front, whose leader, Ann Roe, …`: a body's post after `whose`, set off before the name, is hers;
        where her description starts (`whose`), else `first`."""
        if first < 3 or self.t[first - 1].text != ",":
            return first
        k = first - 2
        while k > 0 and first - 2 - k < MAX_WHOSE_ROLE_WORDS and self.t[k].text.islower() and self.low(k) != "whose":
            k -= 1
        if self.low(k) != "whose" or k == first - 2 or not self.kb.is_role(self.low(first - 2)):
            return first
        return k

    def place_opening_a_sentence(self, first: int, last: int) -> bool:
        """`In Marlowe, a nurse at a small clinic … said`: a name right after the preposition that opens a sentence
        and set off by a comma is where it happens, a place, whatever the tagger calls it (the description after
        the comma is someone else's)."""
        k = first - 1
        return k >= 0 and self.low(k) in PLACE_OPENERS and self.opens_sentence(k) and last + 1 < len(self.t) \
            and self.t[last + 1].text == "," and last - first < MAX_OPENING_PLACE_WORDS

    @staticmethod
    def without_set_off_honorific(before: tuple[Word, ...]) -> tuple[Word, ...]:
        """`The vice-chancellor, Professor Ann Roe`: an honorific right before the name, after a role set off by a
        comma (`set_off_honorifics`), only styles the name, as `Dr` would; the words before it say her post."""
        k = len(before) - 1
        if k >= 1 and before[k].text == "." and before[k - 1].text.lower() + "." in SET_OFF_HONORIFICS:
            k -= 1  # (`Prof` and its full stop, split apart)
        if k >= 2 and before[k].text.lower() in SET_OFF_HONORIFICS and before[k - 1].text == ",":
            return before[:k]
        return before

    def after_formal_brief(self, first: int, last: int) -> int:
        """`Cabinet Secretary for Transport Isla Baird`, the brief and the name tagged as one body: the name starts
        at its given name (a known one, or the word before a surname the draft gives a person alone) when the words
        before it end a formal title (`formal_title_before`)."""
        if first == 0 or self.low(first - 1) not in FORMAL_TITLE_LINKS:
            return first
        given = next((j for j in range(first + 1, last) if self.is_cap(j) and (
            self.t[j].text in self.kb.given_names or j + 1 == last and self.low(last) in self.person_surnames)), None)
        return given if given is not None and self.formal_title_before(given) < first else first

    def nominee_set_off_before(self, first: int) -> int:
        """`The nominee to lead the Harbor Agency, Ann Roe,`: a nominee's role set off by a comma before the name, with
        the post she is named to (`to` and a verb of heading a body: `nomination_verbs`) and the body's capitalised
        name, at a clause's start. Where it starts, or `first` when none."""
        if first < 6 or self.t[first - 1].text != ",":
            return first
        k = first - 2
        while k > 0 and (self.is_cap(k) or self.low(k) in ("of", "and", "&", "for")) and self.t[k].ner != "PERSON":
            k -= 1  # the body's name (`Federal Aviation Administration`)
        if k == first - 2 or k < 3:
            return first
        if self.low(k) == "the":
            k -= 1
        if self.low(k) not in NOMINATION_VERBS or self.low(k - 1) != "to" \
                or self.kb.singular(self.low(k - 2)) not in self.kb.candidate_roles:
            return first
        k -= 2
        while k > 0 and not self.inside[k - 1] and self.para[k - 1] == self.para[first] \
                and self.t[k - 1].upos in ("DET", "ADJ", "PROPN", "NOUN") and self.t[k - 1].text.isalpha():
            k -= 1  # (`The new nominee`, `The Harbor Party nominee`: her role's own modifiers)
        clause_start = k == 0 or self.para[k - 1] != self.para[first] or self.t[k - 1].text in CLAUSE_BREAKS \
            or self.boundary(k - 1)
        return k if clause_start else first

    def formal_title_before(self, first: int) -> int:
        """`Minister for Housing Ann Roe`, `Cabinet Secretary for Transport X`, `Secretary of State for Wales X`: a
        capitalised title whose `for`/`of` phrase names its brief in capitals, right before the name, is hers (the
        tagger reads the brief as a plain noun, or runs it into the name). Where it starts, or `first` when none."""
        k, start = first - 1, first
        while k > 0 and not self.inside[k] and self.para[k] == self.para[first]:
            if self.is_cap(k) and self.t[k].text.isalpha() and self.t[k].ner != "PERSON":
                k -= 1  # a word of the brief (`Housing`, `Work and Pensions`)
            elif self.low(k) in ("and", "&") and k + 1 < first and self.is_cap(k - 1):
                k -= 1
            elif self.low(k) in FORMAL_TITLE_LINKS and k + 1 < first and self.is_cap(k - 1):
                if not self.kb.is_title(self.low(k - 1)):
                    k -= 1  # (`Secretary of State for`: the link inside a title, read on to its first word)
                    continue
                start = self.title_run_start(k)  # the title the link follows (`Secretary`, `Cabinet Secretary`)
                k = start - 1
            else:
                break
        return start

    def modifies_noun_after(self, last: int) -> bool:
        """Does the name ending at `last` modify the lower-case noun right after it (`Roe critics`), as the
        parse has it?"""
        k = last + 1
        return k < len(self.t) and self.t[k].upos == "NOUN" and self.t[k].text.islower() \
            and self.t[last].deprel == "compound" and self.t[last].head is not None and self.t[last].head >= k

    def own_descriptor_start(self, pre_first: int, first: int) -> int:
        """`Republican Ann Roe and Democrat Dov Kessler`: the words before a name that run back over another
        person's name and a conjunction are her own only from the conjunction on, when she has a title or
        party of her own there (`Sens. Ann Roe and Dov Kessler` share the title before both)."""
        for k in range(first - 1, pre_first, -1):
            if self.low(k) in ("and", "or") and self.names_a_person_at(k - 1) and any(
                    self.is_descriptor_word(j) or self.kb.party(self.t[j].text) is not None
                    for j in range(k + 1, first)):
                return k + 1
        return pre_first

    def names_a_person_at(self, k: int) -> bool:
        """Is token k a word of a person's name (not a title the tagger ran into it: `Gov. and …`)?"""
        return self.t[k].ner == "PERSON" and self.is_cap(k) and not self.is_descriptor_word(k) \
            and not self.t[k].text.endswith(".") and not self.abbreviated_title(k)

    def person_strength(self, mention: Mention) -> int:
        """2: the tagger or another mention says it is a person; 1: only its place says so."""
        first = self.token_at(mention.start)
        name = (mention.name or "").split()
        if name and name[-1].lower() in self.person_surnames:
            return 2
        k = first
        while k < len(self.t) and self.t[k].start < mention.end:
            if self.t[k].ner == "PERSON":
                return 2
            k += 1
        return 1

    def writer_signoff(self) -> Mention | None:
        """`Joel Roe is a senior editor at the Ledger.`: the author an essay's closing paragraph names,
        whom the writer's own `I` stands for (read once per draft, however many `I`s ask)."""
        if self._signoff is None:
            self._signoff = (self._read_signoff(),)
        return self._signoff[0]

    def _read_signoff(self) -> Mention | None:
        """A closing paragraph (of two), quote-free, that opens with a person's name and a sign-off verb
        (a form of `be` or `write`); else a book excerpt's closing credit (`Adapted from The Pier, a memoir
        by Ann Roe (© 2015)`); else a columnist's headline (`Ann Roe: Why the Pier Matters`)."""
        return self._closing_signoff() or self._excerpt_credit() or self._headline_byline()

    def _excerpt_credit(self) -> Mention | None:
        """`Adapted from The Pier, a memoir by Ann Roe (© 2015)`: a closing paragraph that claims the text's
        copyright names its author after `by`."""
        for paragraph in self.doc.paragraphs[-2:]:
            text = self.doc.text[paragraph.start:paragraph.end]
            if "©" not in text or any(q.start < paragraph.end and q.end > paragraph.start for q in self.quotes):
                continue
            by = next((m for m in self.person_mentions if paragraph.start <= m.start < paragraph.end
                       and self.token_at(m.start) > 0 and self.low(self.token_at(m.start) - 1) == "by"), None)
            if by is not None:
                return by
        return None

    def _headline_byline(self) -> Mention | None:
        """`Ann Roe: Why the Pier Matters`: a first paragraph (the headline) that opens with a person's name
        and a colon is a column under its writer's name, when the draft never names them again (a news
        headline's `Roe: …` quotes someone the story goes on to name)."""
        if not self.doc.paragraphs or not self.person_mentions:
            return None
        headline, mention = self.doc.paragraphs[0], self.person_mentions[0]
        if not headline.start <= mention.start < headline.end or self.doc.text[headline.start:mention.start].strip():
            return None
        after = self.token_at(mention.end - 1) + 1
        if after >= len(self.t) or self.t[after].text != ":":
            return None
        surname = (mention.name or mention.text).split()[-1].lower()
        again = any(m.start >= headline.end and (m.name or m.text).split()[-1].lower() == surname
                    for m in self.person_mentions)
        return None if again else mention

    def _closing_signoff(self) -> Mention | None:
        for paragraph in self.doc.paragraphs[-2:]:
            if any(q.start < paragraph.end and q.end > paragraph.start for q in self.quotes):
                continue
            mention = next((m for m in self.person_mentions if paragraph.start <= m.start < paragraph.end), None)
            if mention is None or self.doc.text[paragraph.start:mention.start].strip():
                continue
            after = self.token_at(mention.end - 1) + 1
            # A default run parses no sentence this far from a quote or cue, so no lemma: the form then.
            if after < len(self.t) and (self.t[after].lemma or self.t[after].text).lower() in self.kb.signoff_verbs:
                return mention
        return None

    def names_a_thing(self, mention: Mention) -> bool:
        """`the Harlow administration`, `the Ruiz campaign`: a name that only modifies a common noun
        names the thing, and no he/she that follows stands for the person."""
        t, first = self.t, self.token_at(mention.start)
        last = self.token_at(mention.end - 1)
        for k in range(first, last + 1):  # the name's head: the word whose head is outside it
            head = t[k].head
            if head is None or not first <= head <= last:
                return t[k].deprel == "compound" and head is not None and t[head].upos == "NOUN"
        return False

    def relative_named_before(self, named: Mention, fits: Callable[[Mention], bool]) -> Mention | None:
        """`Marsh … "…," she told` in a story of Tom and Ada Marsh: a bare surname two people
        named in full share stands for whichever of them fits the he/she (their latest full name before it)."""
        if not self.shared_surname(named):
            return None
        surname = (named.name or "").lower()
        return next((m for m in self.person_mentions_before(named.start)
                     if len((m.name or "").split()) > 1 and (m.name or "").lower().split()[-1] == surname
                     and fits(m)), None)
