"""From a speaker phrase to a mention: a person, an organisation, a pronoun, an unnamed source."""

from __future__ import annotations

from dataclasses import replace

from ..grammar import AUX_OR_ADVERB, FRACTION_WORDS, PREPOSITIONS
from ..marks import QUOTE_MARKS
from ..model import Mention
from .crowds import counted_in_crowd
from .names import fold_accents
from .phrases import Phrases
from .types import Phrase
from .words import (
    BUSINESS_NAME_WORDS,
    CLAUSE_BREAK,
    FUNCTION_WORDS,
    PERSON_LINKS,
    POSSESSIVE,
    POSSESSIVE_S,
    SENTENCE_END,
    SUBJECT_PRONOUNS,
)

NAME_INSIDE_SUBJECT = frozenset({"flat", "flat:name", "compound", "appos", "nmod:poss"})
RELATIVE_CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which"})
INDEFINITE_OPENERS = frozenset({"a", "an", "another", "one", "some"})
MAX_MODIFIERS = 4  # `a longtime Weir Street tenant`: words between the article and the head noun
# Tags that end a description's head: `a tenant of …`, `a tenant who …`
HEAD_ENDS = frozenset({"ADP", "PUNCT", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "DET"})
GROUP_PRONOUNS = frozenset({"them", "those"})  # `one of them`, `two of those`: some of a group the draft counted


class Mentions(Phrases):
    """Phrase → mention: what a sieve's phrase names, and who a relative pronoun or a statement stands for."""

    def mention_for(self, phrase: Phrase) -> Mention | None:
        """The mention a speaker phrase makes: a pronoun, a person or body it names, else a nominal."""
        bounds = self.mention_bounds(phrase)
        if bounds is None:
            return None
        first, last = bounds
        if all(self.in_dateline(k) for k in range(first, last + 1)):
            return None  # (`TALLINN — Ann Roe …`: the place the story was filed from speaks for no one)
        for rel in (first, last):
            if (self.low(rel) in ("who", "which") and self.t[rel].upos in ("PRON", None)) or (
                    self.low(rel) == "that" and self.t[rel].upos == "PRON"):
                return self.relative_antecedent(rel)
        if last == first and self.low(first) in self.kb.pronouns:
            return Mention(text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                           kind="pronoun")
        return self.named_mention(first, last) or self.nominal_mention(first, last)

    def mention_bounds(self, phrase: Phrase) -> tuple[int, int] | None:
        """Where a phrase's naming stretch starts and ends: no edge punctuation, no lone 's, no closing
        adverb, no opening adjunct (`On Tuesday they published …`: a pronoun takes no modifiers)."""
        first, last = phrase.first, phrase.last
        while first <= last and self.t[first].text in CLAUSE_BREAK | POSSESSIVE_S:
            first += 1
        while last >= first and self.t[last].text in CLAUSE_BREAK | POSSESSIVE_S:
            last -= 1
        if first > last:
            return None
        last = self.whole_compound_end(phrase.last, last)
        while last > first and (self.t[last].upos == "ADV" or self.low(last) in AUX_OR_ADVERB) \
                and self.t[last].upos not in ("AUX", "VERB") and not self.is_cap(last) and not self.inside[last] \
                and (self.t[last - 1].upos in ("NOUN", "PROPN") or self.t[last - 1].text == ","):
            last -= 1  # (`A Roe campaign official later walked back …`, `Backers, however, say`: not who)
            while last > first and self.t[last].text in CLAUSE_BREAK:
                last -= 1
        if self.low(last) in SUBJECT_PRONOUNS:
            first = last
        return self.after_opening_adjunct(first, last), last

    def whole_compound_end(self, phrase_last: int, last: int) -> int:
        """`said editor-in-chief Ann Roe`: a phrase the parse ends on a hyphen inside a word (`editor -`) runs
        on to that word's end, and on over the name it stands before."""
        if phrase_last != last + 1 or not self.glued_hyphen(phrase_last):
            return last
        while self.glued_hyphen(last + 1) and self.t[last + 2].sentence == self.t[last].sentence:
            last += 2
        named = self.person_mention_at(last + 1) if last + 1 < len(self.t) and self.is_cap(last + 1) else None
        if named is not None and not self.inside[last + 1]:
            last = max(last, self.token_at(named.end - 1))
        return last

    def named_mention(self, first: int, last: int) -> Mention | None:
        """The person or body a phrase names, or the nameless person of one it names; None when it names none."""
        text = self.span_text(first, last)
        apposed = self.name_closing_a_nominal(first, last)
        if apposed is not None:
            return apposed
        described = self.body_set_off(first, last)
        if described is not None:
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=self.span_text(*described))
        best = self.strongest_name(first, last)
        committee = self.campaign_committee_end(best[1][1]) if best and best[0] == "person" else None
        if committee is not None:  # `Cole for President said`: the campaign's committee speaks, not Cole
            return Mention(text=self.span_text(first, committee), start=self.t[first].start, end=self.t[committee].end,
                           kind="organisation", name=self.span_text(best[1][0], committee))
        if best and best[0] == "person" and self.body_after_a_name(first, last, best[1]):
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=self.span_text(best[1][0], last))
        if best and best[0] == "person" and self.owners_group(first, last, best[1]):
            # (`the Tull campaign said`: the campaign speaks, as `Tull's campaign` does, not Tull herself)
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=self.span_text(best[1][0], best[1][1]) + " " + self.low(last))
        if best and best[0] == "person" and (self.modifies_a_nominal(first, best[1][0])
                                             or self.qualifies_a_role(best[1][1], self.before_who_clause(first, last))):
            # `a spokesman for Halvorsen`, `an aide to Senator Mora`, `a Clinton campaign spokesman`:
            # the aide speaks, unnamed (or named just before: `Ivo Brandt, a Velde campaign spokesman`;
            # `a Velde adviser, who asked not to be named,` too: the role ends before its `who` clause)
            return self.named_before(first) or self.unnamed_mention(first, last)
        if best and best[0] == "person":
            mention = self.person_mention(*best[1])
            if mention is not None and mention.end < self.t[last].end and self.owner_after_head(first, last):
                # (the phrase is the whole phrase as written, the aside that names the owner included)
                return replace(mention, text=self.doc.text[mention.start:self.t[last].end], end=self.t[last].end)
            if mention is not None:
                return mention
        if not best or best[0] != "person":
            named = self.name_before_a_description(first, last)
            if named is not None:
                return named
        if best and best[0] == "organisation" and self.glued_to_a_modifier(best[1][1], last):
            return None  # (`the Belfast-based airline`: a place glued to a participle describes the body)
        if best and best[0] == "organisation":
            s, e = best[1]
            if self.party_members(first, last, s, e):  # (`Republicans on the board`: members, not the board)
                return self.unnamed_mention(first, last)
            if self.body_of_a_name(first, last, e):
                return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                               name=text)
            if self.person_of_body(first, last, e):
                return self.unnamed_mention(first, last)
            s, e = self.with_its_of_part((s, e), last + 1)  # `the Department of Health and Social Care`
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=self.span_text(s, e))
        # Organisation named by a lower-case-free known alias (the Kremlin, the EU).
        for k in range(first, last + 1):
            if self.kb.organisation(self.t[k].text):
                if self.person_of_body(first, last, k):
                    return self.unnamed_mention(first, last)
                return Mention(text=text, start=self.t[first].start, end=self.t[last].end,
                               kind="organisation", name=self.kb.organisation(self.t[k].text).name)
        return None

    def glued_to_a_modifier(self, name_last: int, last: int) -> bool:
        """`the Belfast-based airline`, `a Dover-area charity`: a name a hyphen glues to a lower-case word
        before the phrase's end only says where the body is; the phrase names no body by it."""
        if name_last + 1 < last and self.glued_hyphen(name_last + 1):
            name_last += 2  # (the run may stop before the hyphen, or run on over it)
        return name_last < last and self.t[name_last].text.isalpha() and self.t[name_last].text.islower() \
            and self.glued_hyphen(name_last - 1)

    def party_members(self, first: int, last: int, s: int, e: int) -> bool:
        """`Democrats say`, `some Republicans argued`, `senior Democrats on the panel`: a party's name in the
        plural, alone as the phrase's head, is some of its members, a group the draft never names (the party
        is their organisation), as `a senior Treasury official` is one unnamed member of a body. A body's
        own name (`House Republicans`, a caucus) or `the Democrats` (the party as one side) speaks as a body."""
        word = self.t[e].text
        opener = all(k == s and self.opens_sentence(k) and self.t[k].upos in ("DET", "ADJ", "NUM") for k in range(s, e))
        counted = first < e  # (`some Democrats`, `senior Republicans`; a bare `Democrats` is the party, as dev has it)
        # (a count says some people, whatever place or chamber names them: `several Westport Democrats`)
        by_count = self.counts_people(first) and not self.inside[first] and all(
            self.is_cap(k) for k in range(max(s, first + 1), e))
        return (opener or by_count) and counted and word[:1].isupper() and word.endswith("s") \
            and self.kb.party(word) is not None and self.nominal_head(first, last) == e \
            and (by_count or not any(self.is_cap(k) and not self.opens_sentence(k) for k in range(first, e))) \
            and not (e > 0 and self.low(e - 1) in ("the", "its", "their"))

    def counts_people(self, k: int) -> bool:
        """`several`, `some`, `two`, `many`: a word at token k that counts the people after it (`standalone_sources`,
        `bare_determiners` or a number), not one that picks out one body (`the`, `a`, `one`)."""
        low = self.low(k)
        return (low in self.kb.standalone_sources | self.kb.bare_determiners
                and low not in ("a", "an", "the", "one", "another")) or self.t[k].upos == "NUM"

    def name_before_a_description(self, first: int, last: int) -> Mention | None:
        """`Cobalt Vey, a lawyer for the family, said`: a short capitalised run the tagger took for a body
        or a place, opening the phrase and set off before a description of one person (`a lawyer …`, `the
        family's lawyer`, `lawyer for the family`; inside the phrase or right after it), is that person's
        name (`Harbor Watch, an advocacy group,` stays a body: a group is no person)."""
        runs = self.name_runs(first, last)
        if not runs or runs[0][0] != first:
            return None
        s, e = runs[0]
        if not 1 <= e - s <= 2 or e + 2 >= len(self.t) or self.t[e + 1].text != "," or (e < last and e + 3 > last):
            return None
        text = self.span_text(s, e)
        words = range(s, e + 1)
        if any(self.t[k].ner in ("GPE", "NORP") or not self.is_cap(k) or not self.t[k].text.isalpha()
               or self.t[k].text.isupper() or self.low(k) in self.kb.org_words for k in words) \
                or self.kb.organisation(text) is not None or self.kb.country_of(text) or text in self.kb.demonyms:
            return None
        d_first, d_last = e + 2, last
        if e == last:  # (the phrase is the name alone: the description set off right after it)
            d_last = d_first
            while d_last + 1 < len(self.t) and d_last - d_first < 12 and self.t[d_last + 1].text not in CLAUSE_BREAK \
                    and self.t[d_last + 1].sentence == self.t[d_first].sentence and not self.inside[d_last + 1]:
                d_last += 1
            if d_last + 1 >= len(self.t) or self.t[d_last + 1].text != ",":
                return None
        opener = self.low(d_first)
        head = self.nominal_head(d_first, d_last)
        if head is None or self.is_cap(head) or self.kb.names_many(self.t[head].text) \
                or self.low(head) in self.kb.member_heads or not (
                self.low(head) in self.kb.person_nouns or self.kb.is_title(self.low(head))) or not (
                opener in ("a", "an", "the") or d_first == head or (
                    self.t[d_first].upos == "ADJ" and not self.is_cap(d_first))):
            return None
        verb = last + 1
        while verb < len(self.t) and self.t[verb].upos == "ADV":
            verb += 1
        if verb + 1 < len(self.t) and self.t[verb].upos in ("VERB", "AUX") and self.t[verb + 1].text == ",":
            return None  # (`Harbor Watch, a spokesman said, will appeal`: the body, and a tag of its own)
        return Mention(text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                       kind="person", name=self.name_text(s, e), after=self.words(d_first, d_last), full=True)

    def nominal_mention(self, first: int, last: int) -> Mention | None:
        """A phrase that names no one: unnamed people, a party or a body by its owner, else `other`."""
        text = self.span_text(first, last)
        if " ".join(self.low(k) for k in range(first, last + 1)) in self.kb.standalone_sources \
                or counted_in_crowd(self, first, last):
            return self.unnamed_mention(first, last)  # `said another`, `many in the crowd`: unnamed sources
        head = self.nominal_head(first, last)
        if head is None and last > first and self.t[last].upos == "NUM" and self.t[first].upos == "DET":
            head = last  # `"…," the two write.`: the number stands for those it counts
        if head in (None, first) and first + 2 <= last and self.low(first + 1) == "of" and (
                self.t[first].upos == "NUM" or self.counts_people(first)):
            # `one of her ads asking, "…"`: one of the ads; `one of his aides`, `some of the donors`: people,
            # however the tagger reads the count (a subject `one` heads the phrase for the parse)
            head = self.nominal_head(first + 2, last)
            if head is None and last == first + 2 and self.low(last) in GROUP_PRONOUNS:
                return self.unnamed_mention(first, last)  # (`one of them said`: one of the people just counted)
        if head is None:
            head = self.counted_head(first, last)
        if head is None:
            return None
        word = self.t[head].text
        if word[:1].isupper() and word.endswith("s") and self.kb.party(word):
            if self.party_members(first, last, head, head):  # (`many Democrats`: some of its members)
                return self.unnamed_mention(first, last)
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=word)
        owner = [k for k in range(first, head) if self.is_cap(k) and self.t[k].text not in POSSESSIVE
                 and self.low(k) not in FUNCTION_WORDS]
        if self.low(head) in self.kb.collective_nouns and owner:
            # `Clinton's campaign`, `the Trump team`: the body named after its owner speaks
            name = " ".join(self.t[k].text for k in owner) + " " + self.low(head)
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=name)
        body = self.body_named_before(first, head, last)
        if body is not None:
            return body
        if self.names_a_body(first, head, last):
            # `"…," the campaign wrote`, `her campaign said`, `the ethics committee said`: a body speaks, as written
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation", name=text)
        if self.kb.names_people(word, self.t[head].upos) \
                or (word.endswith("s") and word[:-1] in self.kb.demonyms):  # `Americans say`: people, unnamed
            return self.unnamed_mention(first, last)
        if any(phrase.lower() in text.lower() for phrase in self.kb.anonymity_phrases):
            return self.unnamed_mention(first, last)  # (`a dock hand who asked not to be named`: someone, unnamed)
        if last + 1 < len(self.t) and self.low(last + 1) == "who" and not self.inside[last + 1] \
                and self.t[head].upos in ("NOUN", "NUM", "PRON", "ADJ"):
            return self.unnamed_mention(first, last)  # (`nine others who wrote "…"`: `who` says they are people)
        return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="other")

    def body_named_before(self, first: int, head: int, last: int) -> Mention | None:
        """`"…," the group said` after `The Harbor Watch Foundation declined to comment`: a definite noun
        for a body stands for the body the draft named before it, in its paragraph or the two before.

        A specific noun (`the foundation`, `the company`: an organisation word) takes the last body named
        with that word. A generic one (`group`, `organization`: `body_anaphors`) takes the body that
        opens the nearest sentence about someone; a sentence opening on people (`Protesters marched`)
        means the group is those people, an unnamed source."""
        noun = self.low(head)
        generic = noun in self.kb.body_anaphors
        kinds = self.kb.body_kinds.get(noun, set())
        if self.low(first) not in ("the", "this") or head != last \
                or not (generic or noun in self.kb.org_words or kinds):
            return None
        start = first
        while start > 0 and self.para[start - 1] >= self.para[first] - 2:
            start -= 1
        bodies = [b for b in (self.strip_descriptors(*run) for run in self.name_runs(start, first - 1))
                  if b is not None and not self.inside[b[0]] and not self.kb.party(self.t[b[1]].text)
                  and (self.run_kind(*b) == "organisation"
                       or (b[1] > b[0] and self.low(b[1]) in self.kb.org_words | kinds))]
        if generic:
            body = self.body_opening_a_sentence(start, first, bodies, noun)
        else:
            headed = [b for b in (self.with_its_of_part(b, first) for b in bodies if self.low(b[1]) == noun)
                      if b[1] > b[0]]
            body = max(headed, default=None)
        if body is None and kinds:
            return self.body_of_its_kind(first, last, bodies, kinds)
        if body is None:
            return None
        return Mention(text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                       kind="organisation", name=self.span_text(*body))

    def body_of_its_kind(self, first: int, last: int, bodies: list[tuple[int, int]],
                         kinds: set[str]) -> Mention | None:
        """`"…," the airline said` after `Skylane Airways cancelled …` (`body_kinds`): a noun for a kind of body
        stands for the one body named before with a word of that kind (`… Airways`, `… Air`), when any body
        named after it is plainly of another kind (two such bodies, or a bare name after it, leave it open); a
        noun that is no organisation word (`the retailer` after `Brightmart cut jobs`), failing that, for the
        body that is the subject of a sentence just before. Never for one set apart (`the rival airline`)."""
        if any(self.low(k) in self.kb.publication_contrasts for k in range(first + 1, last)):
            return None
        of_kind = [b for b in bodies if b[1] > b[0] and self.low(b[1]) in kinds]
        named = {self.span_text(*b) for b in of_kind}
        after = [b for b in bodies if of_kind and b[0] > of_kind[-1][1]]
        name = next(iter(named)) if len(named) == 1 and all(self.another_kind(b, kinds) for b in after) else None
        if not named and self.low(last) not in self.kb.org_words:
            name = self.body_subject_of_kind(first, kinds)
        if name is None:
            return None
        return Mention(text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                       kind="organisation", name=name)

    def another_kind(self, body: tuple[int, int], kinds: set[str]) -> bool:
        """Does a body's name say it is a body of a kind other than `kinds` (`the Harbor Commission`,
        `Eastvale Power` for `the airline`)? A bare name (`Brightwing`) or a generic one (`… Company`, `…
        Inc.`: the classifier nouns and what `firm` answers to) may be of any kind."""
        end = self.low(body[1])
        if body[1] == body[0] or end in kinds or end in self.kb.classifier_nouns:
            return False
        kb = self.kb
        return end in kb.body_heads or end in kb.body_kinds \
            or any(end in words for noun, words in kb.body_kinds.items() if noun not in kb.classifier_nouns)

    def body_subject_of_kind(self, before: int, kinds: set[str]) -> str | None:
        """The name of the body that is the subject of a sentence just before token `before`, as written
        there; none when a person's sentence is nearer, when the name says it is a body of another kind (`the
        Harbor Commission` for `the carrier`) or a place, or when the tagger cut it (`Brightwing Logistics`
        named `Logistics`, or only `Logistics` read as the subject; `Dan Pike` read as a body `Pike`)."""
        subject = self.body_subject_before(before, 2)
        if subject is None or subject.kind != "organisation":
            return None
        name = subject.name or subject.text
        words = subject.text.split()
        written = " ".join(words[1:] if words[0].lower() in ("the", "this") else words)
        short = len(words) == 1 and name.startswith(written + " ")
        if short:  # (`Skyfold`, which the tagger may call a person, for `Skyfold Airways Ltd.`: `short_form_of_a_body`)
            written = name
        at = self.token_at(subject.start)
        cut = at > 0 and self.is_cap(at - 1) and self.t[at - 1].text.isalpha() \
            and self.t[at - 1].sentence == self.t[at].sentence
        if name != written or cut or not name[:1].isupper() \
                or (not short and self.part_of_a_person(self.token_at(subject.end - 1))):
            return None
        ends = name.lower().split()
        while len(ends) > 1 and ends[-1].rstrip(",") in self.kb.legal_suffixes:
            ends.pop()  # (`Skyfold Airways Inc.`: its legal form says nothing of its kind)
        end = ends[-1]
        if end not in kinds and (end in self.kb.org_words or end in self.kb.body_kinds or end in self.kb.place_nouns):
            return None
        return name

    def part_of_a_person(self, k: int) -> bool:
        """Is token k in a capitalised run the tagger reads as a person's name anywhere in it (`Dan Pike`,
        though the parse made `Pike` alone the subject and the tagger a body of it)?"""
        run = next(((s, e) for s, e in self.name_runs(max(0, k - 6), min(len(self.t) - 1, k + 6)) if s <= k <= e), None)
        return run is not None and any(self.t[j].ner == "PERSON" for j in range(run[0], run[1] + 1))

    def names_a_body(self, first: int, head: int, last: int) -> bool:
        """A definite or possessed lower-case head noun for a body (an organisation word: `the campaign`,
        `his committee`, `the board`, `the newspaper`) that ends the phrase (`the committee of farmers` is
        the farmers): a body, never an unnamed person, though `-ee`, `-er` words read as roles. An
        indefinite one (`an angry army of …`) is a group the draft only describes; a generic word (`group`:
        `body_anaphors`) is left to `body_named_before`, which tells a body from people."""
        noun = self.low(head)
        return head == last and noun in self.kb.org_words and noun not in self.kb.body_anaphors \
            and not self.is_cap(head) and self.low(first) not in INDEFINITE_OPENERS

    def body_opening_a_sentence(self, start: int, before: int, bodies: list[tuple[int, int]],
                                noun: str) -> tuple[int, int] | None:
        """The body that opens the nearest sentence before `before` (after `The`), unless a sentence
        nearer opens on people (`Protesters`, `Ann Roe`) or describes its own group (`the trade group
        for the growers`)."""
        described = max((k for k in range(start, before) if self.low(k) == noun and not self.inside[k]
                         and self.low(k - 1) not in ("the", "this", "its") and self.low(k + 1) not in POSSESSIVE_S
                         and not self.set_off_after_a_body(k, bodies)),
                        default=-1)  # (`the organization's interest` only repeats the body just named)
        openings = sorted({k for k in range(start, before) if self.opens_sentence(k) and not self.inside[k]},
                          reverse=True)
        by_start = {b[0]: b for b in bodies}
        for k in openings:
            if k <= described:
                return None
            subject = k + 1 if self.low(k) == "the" else k
            if subject in by_start:
                return by_start[subject]
            if any(self.kb.names_people(self.t[j].text) or self.t[j].ner == "PERSON"
                   for j in range(subject, min(subject + 3, before))):
                return None
        return None

    def modifier_or_noun(self, k: int) -> bool:
        """Can token k stand inside a description before its head noun ends it (`retired`, which the tagger may
        read as a verb modifying the noun, but not `who` or `of`)?"""
        return self.t[k].upos not in HEAD_ENDS or self.t[k].upos == "VERB" and self.t[k].deprel == "amod"

    def introductions(self, noun: str, before: int, openers: frozenset[str]) -> list[int]:
        """The head tokens of every indefinite description with head `noun` before token `before`, outside quotes
        (`a tenant`, `one longtime tenant`, by `openers`; not `a tenant group`, where the noun modifies another)."""
        found = []
        for k in range(before):
            if self.low(k) != noun or self.inside[k] or k + 1 < len(self.t) and self.t[k + 1].upos == "NOUN":
                continue
            j = k - 1
            while j >= 0 and k - j <= MAX_MODIFIERS and self.modifier_or_noun(j) and self.low(j) not in openers:
                j -= 1
            if j >= 0 and self.low(j) in openers:
                found.append(k)
        return found

    def set_off_after_a_body(self, k: int, bodies: list[tuple[int, int]]) -> bool:
        """Whether token k stands in a phrase set off by a comma right after a body's name (`The Harbor Justice
        League, a civil-rights group, said`): it says what that body is, no group of its own."""
        return any(b[1] + 1 < k and self.t[b[1] + 1].text == ","
                   and not any(self.t[j].text in (",", ".", ";") for j in range(b[1] + 2, k)) for b in bodies)

    def name_closing_a_nominal(self, first: int, last: int) -> Mention | None:
        """`Another delegate on the Harbor slate, Ivo Brandt`, `her personal lawyer, Dan Lowe`: a person's
        name set off after a nominal that ends in a lower-case noun is who the nominal is; the mention keeps
        the whole phrase as written, the description (back to the comma before it) as title words. So does a
        nominal that ends on the body its person noun serves (`a spokeswoman for Harbor Health, Ann Roe`)."""
        comma = max((k for k in range(first + 1, last) if self.t[k].text == ","), default=None)
        head = self.role_before_its_body(first, comma - 1) if comma is not None else None
        if head is None or self.t[head].upos not in ("NOUN", "PROPN") or self.is_cap(head):
            return None
        runs = self.name_runs(comma + 1, last)
        gaps = [k for a, b in zip(runs, runs[1:], strict=False) for k in range(a[1] + 1, b[0])]
        if not runs or runs[0][0] != comma + 1 or runs[-1][1] != last \
                or any(self.low(k) not in ("and", "&") for k in gaps):
            return None  # (a couple, `his biographers, Dan and Jo Lowe`, goes by its last name)
        stripped = self.strip_descriptors(*runs[-1])  # (`The judge, Mrs Justice Pellow`: Pellow)
        person = self.person_mention(*stripped) if stripped is not None else None
        if person is None:
            return None
        described = max((k + 1 for k in range(first, comma) if self.t[k].text == ","), default=first)
        if self.t[described].upos in ("ADV", "ADP", "SCONJ", "VERB"):
            return None  # (`Earlier this week, Todd`: an adjunct, not a description)
        return replace(person, text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                       before=self.words(described, comma - 1))

    def after_opening_adjunct(self, first: int, last: int) -> int:
        """`Outside the arena, about 200 protesters`, `Reprising a line, the former mayor`: a phrase that
        opens with a prepositional or participial adjunct set off by a comma starts after that comma."""
        end = self.opening_adjunct_end(list(range(first, last)))
        return first + end + 1 if end >= 0 else first

    def body_set_off(self, first: int, last: int) -> tuple[int, int] | None:
        """`Brightwell Foods, a grocery chain,`, `Citizens for Safe Water, an advocacy group`: a phrase opening on a
        capitalised name (small words inside it) that a description of a body sets off: where the name stands."""
        start = first + 1 if self.low(first) == "the" else first
        end = start
        while end < last and (self.is_cap(end + 1) or self.low(end + 1) in ("of", "for", "and", "&")
                              and end + 2 <= last and self.is_cap(end + 2)):
            end += 1
        if not self.is_cap(start) or end >= last or not self.described_as_a_body(end):
            return None
        return self.with_its_of_part((start, end), last + 1)

    def campaign_committee_end(self, name_last: int) -> int | None:
        """`Cole for President`, `Roe for Senate`: a person's name, `for` and the office sought (data
        `campaign_committee_offices`) name her campaign's committee; its last token, or None."""
        k = name_last + 2
        offices = self.kb.campaign_committee_offices
        return k if k < len(self.t) and self.low(name_last + 1) == "for" and self.t[k].text in offices \
            and not self.inside[k] else None

    def body_after_a_name(self, first: int, last: int, name: tuple[int, int]) -> bool:
        """`the Haut-Varenne prefecture said`: a definite phrase whose head, right after a name the tagger reads as a
        person's (a place's, as often as not), is a lower-case noun for a body (an organisation word, no collective
        one: `the Roe campaign` is read as its owner's) is that body speaking, not the person."""
        noun = self.head_after_a_name(first, last, name)
        return noun is not None and noun in self.kb.org_words and noun not in self.kb.collective_nouns \
            and noun not in self.kb.person_nouns

    def owners_group(self, first: int, last: int, name: tuple[int, int]) -> bool:
        """`the Tull campaign`, `the Velde team`: a definite phrase whose head, right after a person's name, is a
        collective noun (`collective_nouns`) is the group that person owns speaking."""
        return self.head_after_a_name(first, last, name) in self.kb.collective_nouns

    def head_after_a_name(self, first: int, last: int, name: tuple[int, int]) -> str | None:
        """`the X prefecture`, `the X campaign`: the lower-case head of a definite phrase that is a name and one noun
        after it, or None for any other shape."""
        if self.low(first) == "the" and name[0] == first + 1 and name[1] == last - 1 and not self.is_cap(last):
            return self.low(last)
        return None

    def body_of_a_name(self, first: int, last: int, body_last: int) -> bool:
        """`the Westfield levy committee`, `the Harbor Watch group`: a definite or possessed phrase that
        ends on a lower-case noun for a body, after the name that qualifies it, is that body speaking as
        written (`-ee` words such as `committee` read as roles otherwise)."""
        return last > body_last and self.low(last) in self.kb.org_words and not self.is_cap(last) \
            and self.low(last) not in self.kb.collective_nouns and self.low(first) not in INDEFINITE_OPENERS

    def person_of_body(self, first: int, last: int, body_last: int) -> bool:
        """`a senior Treasury official`, `a spokesman for the Commission`, `Pentagon officials`: a
        nameless person of the body speaks, not the body (`the Clinton campaign` is the body)."""
        head = self.nominal_head(first, last)
        if head is None or head == body_last:
            head = next((k for k in range(last, first - 1, -1) if self.low(k) in self.kb.person_nouns), None)
        return head is not None and head != body_last and not (self.is_cap(head) and not self.sentence_initial(head)) \
            and self.kb.names_people(self.t[head].text, self.t[head].upos) \
            and self.low(head) not in self.kb.collective_nouns  # (`the New York businessman` is a person too)

    def unnamed_mention(self, first: int, last: int) -> Mention:
        """A source the draft does not name; its words still say who they are (`a senior Treasury
        official`: a title and an organisation), read by the affiliation stage like a name's.

        A name set off right after the description is who it describes (`said a spokeswoman for
        the chain, Jennifer Doe.`): the person, with the description as their title words.
        """
        named = self.named_after(last)
        if named is not None:
            return replace(named, text=self.doc.text[self.t[first].start:named.end], start=self.t[first].start,
                           before=self.words(first, last) + named.before)
        introduced = self.introduced_name(first, last)
        if introduced is not None:  # `the yard foreman known as Rook`: Rook, with the description as title words
            named, described_last = introduced
            return replace(named, text=self.doc.text[self.t[first].start:max(named.end, self.t[last].end)],
                           start=self.t[first].start, before=self.words(first, described_last))
        named = self.apposed_to(first, last)
        if named is not None:  # `Ivo Brandt, a former port engineer, said`: the parse made the description the subject
            if named.end >= self.t[last].end:
                return named
            return replace(named, text=self.doc.text[named.start:self.t[last].end], end=self.t[last].end,
                           after=named.after + self.words(first, last))
        head = self.nominal_head(first, last)
        return Mention(text=self.span_text(first, last), start=self.t[first].start, end=self.t[last].end,
                       kind="unnamed", before=self.words(first, last),
                       plural=head is not None and self.kb.names_many(self.t[head].text))

    def introduced_name(self, first: int, last: int) -> tuple[Mention, int] | None:
        """`the yard foreman known as Rook`, `a reader going by the handle Tidewalker`, `a ferryman named
        Oskar Lind`, `the girl, who said her name was Dana,`: a description the draft names at once by a
        naming phrase (`naming_phrases`), inside the phrase or right after it, is that person, a new one the
        draft introduces; with the last description word. A name the draft gave before is no one introduced
        (`a voter named Roe her choice`), and the name must close its clause or lead a verb."""
        for k in self.naming_phrase_places(first, last):
            size = self.naming_phrase_at(k)
            if not size:
                continue
            head = self.nominal_head(first, k - 1)
            if head is None or self.kb.names_many(self.t[head].text) or self.low(head) in self.kb.collective_nouns:
                return None  # (`a group known as Harbor Ten`, `activists known as …`: no one person)
            s = k + size
            while s < len(self.t) and self.t[s].text in QUOTE_MARKS:
                s += 1
            runs = self.name_runs(s, min(s + 3, len(self.t) - 1)) if s < len(self.t) else []
            if not runs or runs[0][0] != s or runs[0][1] < last or self.para[s] != self.para[first]:
                return None
            e = runs[0][1]
            after = e + 1
            while after < len(self.t) and self.t[after].text in QUOTE_MARKS:
                after += 1
            if after < len(self.t) and self.t[after].sentence == self.t[e].sentence \
                    and self.t[after].text not in CLAUSE_BREAK | SENTENCE_END \
                    and self.t[after].upos not in ("VERB", "AUX"):
                return None
            text = self.span_text(s, e)  # (the tagger's own kind is weak here: a handle reads as a body)
            if self.kb.organisation(text) is not None or self.kb.country_of(text) or text in self.kb.demonyms \
                    or any(self.low(j) in self.kb.org_words for j in range(s, e + 1)) or any(
                    self.low(j) == self.low(e) and self.is_cap(j) for j in range(first)):
                return None
            person = self.person_mention(s, e) or Mention(
                text=self.span_text(s, e), start=self.t[s].start, end=self.t[e].end, kind="person",
                name=self.name_text(s, e), full=e > s)
            return replace(person, text=self.span_text(s, e), start=self.t[s].start, end=self.t[e].end,
                           before=(), after=()), k - 1
        return None

    def naming_phrase_places(self, first: int, last: int) -> list[int]:
        """Where a naming phrase for the description from `first` to `last` may open: inside it, right after
        it, at the `who` of a set-off clause after it, or after an `and` inside that clause (`the girl, who
        waved and said her name was Dana,`)."""
        places = list(range(first + 1, min(last + 2, len(self.t))))
        if last + 2 < len(self.t) and self.t[last + 1].text == "," and self.low(last + 2) == "who":
            places.append(last + 2)
            k = last + 3
            while k < len(self.t) and self.t[k].sentence == self.t[last].sentence \
                    and self.t[k].text not in CLAUSE_BREAK | SENTENCE_END:
                if self.low(k - 1) == "and" and not self.inside[k]:  # (a slogan quoted inside is passed over)
                    places.append(k)
                k += 1
        return places

    def naming_phrase_at(self, k: int) -> int:
        """How many tokens a naming phrase (`known as`, `going by the handle`) takes from token k; 0 if none."""
        best = 0
        for phrase in self.kb.naming_phrases:
            words = phrase.replace(",", " ,").split()
            if len(words) > best and self.words_at(k, words):
                best = len(words)
        return best

    def qualifies_a_role(self, name_last: int, last: int) -> bool:
        """`a Clinton campaign spokesman`, `one Velde campaign source`, `a Velde family friend`: the name only
        qualifies the lower-case noun for a person that ends the phrase."""
        rest = range(name_last + 1, last + 1)
        return bool(rest) and all(not self.is_cap(k) and self.t[k].text not in POSSESSIVE and self.t[k].text != ","
                                  for k in rest) and self.kb.names_people(self.t[last].text, self.t[last].upos) \
            and self.t[last].text.lower() not in self.kb.collective_nouns

    def before_who_clause(self, first: int, last: int) -> int:
        """The last token before a phrase's set-off `who` clause (`, who spoke on condition …`), else `last`."""
        return next((k - 1 for k in range(first + 1, last) if self.t[k].text == "," and self.low(k + 1) == "who"),
                    last)

    def named_before(self, first: int) -> Mention | None:
        """The person a description stands in apposition to (`Ivo Brandt, a campaign spokesman,`)."""
        if first < 2 or self.t[first - 1].text != ",":
            return None
        comma = self.t[first - 1].start
        mention = next((m for m in self.person_mentions_before(comma) if m.end <= comma), None)
        if mention is None or mention.kind != "person" or self.token_at(mention.end - 1) != first - 2:
            return None
        return mention

    def apposed_to(self, first: int, last: int) -> Mention | None:
        """The person a description from `first` to `last` is set off after (`Ivo Brandt, a former port
        engineer,`), when that name opens its sentence or follows a comma. A name inside an adjunct
        (`Asked about Brandt, a spokesman said`, `with hosts Ann Roe and Ivo Brandt, the nominee said`) is
        someone else, and so is one a tag set off inside its own clause speaks of (`Brandt, an aide said,
        "is ready"`)."""
        named = self.named_before(first)
        if named is None and first > 0 and self.t[first - 1].text == ",":
            # (the name's own mention may run on over the description: `Ivo Brandt, a former port engineer`)
            nearest = next(self.person_mentions_before(self.t[first - 1].start), None)
            if nearest is not None and nearest.kind == "person" and nearest.end >= self.t[first].end:
                named = nearest
        if named is None:
            return None
        k = self.token_at(named.start) - 1
        if k >= 0 and self.t[k].sentence == self.t[first].sentence and self.t[k].text != ",":
            return None
        verb = last + 1
        while verb < len(self.t) and self.t[verb].upos == "ADV":
            verb += 1
        if verb + 1 < len(self.t) and self.t[verb].upos in ("VERB", "AUX") and self.t[verb + 1].text == ",":
            return None
        return named

    def named_after(self, last: int) -> Mention | None:
        """The person named in apposition after token `last` (`, Jennifer Doe.`), if the clause ends there."""
        if last + 2 >= len(self.t) or self.t[last + 1].text != "," or self.para[last + 2] != self.para[last]:
            return None
        start = self.t[last + 2].start
        mention = next((m for m in self.person_mentions_before(start + 1) if m.start <= start), None)
        if mention is None or mention.start != start or mention.kind != "person":
            return None
        after = self.token_at(mention.end - 1) + 1
        ends_clause = after >= len(self.t) or self.para[after] != self.para[last] \
            or self.t[after].text in (",", ".", ";", ")", "?", "!")
        return mention if ends_clause else None

    def strongest_name(self, first: int, last: int) -> tuple[str, tuple[int, int]] | None:
        """The name a phrase is about: the surest person in its head segment, else an organisation.

        In the head segment the last name is the head: `Velde campaign spokesman Ivo Brandt`.
        """
        best: tuple[str, tuple[int, int]] | None = None
        strongest = 0
        head_end = self.head_segment_end(first, last)
        for run in self.name_runs(first, last):
            if best is None and self.set_off_relative(first, run[0]) \
                    or best is not None and any(self.low(k) in RELATIVE_CLAUSE_OPENERS for k in range(first, run[0])):
                break  # `Dora Quist, who served as Ann Velde's aide`: a name inside the relative clause is another's
                # (`A grandmother near the front, who had waved at Ivo Brandt,`: so too after a nameless head)
            stripped = self.strip_descriptors(*run)
            if stripped is None:
                continue
            if self.possessor(stripped[1], head_end if stripped[1] < head_end else last):
                # `Dale Ryan's doctor is calling …`: the doctor speaks, not Ryan, nor a word
                # that describes Johnson (`Independent candidate Tom Baker's lawyer`); the name in
                # apposition does (`Jones's cousin, Del. Maria Lopez`). An owner in the description
                # after the head (`Ida Marsh, an aide for Roe's campaign`) leaves the head's name be.
                if best is None or best[1][1] > head_end or not self.describes_only(head_end + 1, stripped[0]):
                    best, strongest = None, 0
                continue
            kind = self.run_kind(*stripped)
            if kind == "person":
                strength = 2 if (self.low(stripped[1]) in self.person_surnames or any(
                    self.t[k].ner == "PERSON" for k in range(stripped[0], stripped[1] + 1))) else 1
                if stripped[1] <= head_end:
                    strength += 2
                if strength >= strongest and (strength > strongest or stripped[1] <= head_end):
                    best, strongest = ("person", stripped), strength
            elif kind == "organisation" and best is None:
                best = ("organisation", stripped)
        return best

    def set_off_relative(self, first: int, end: int) -> bool:
        """Does a clause that describes the phrase's head open between `first` and `end`, whoever it names:
        `who`, `whom` or `whose` after a comma or a common noun (`a fisherman who sold bait to Ann Roe`,
        `Neighbours who know Roe say`), or a participle set off by a comma (`a fisherman, waving at Ann Roe,`)?"""
        return any((self.low(k + 1) in ("who", "whom", "whose") and (self.t[k].text == "," or (
            self.t[k].upos == "NOUN" and (self.t[k].text.islower() or self.sentence_initial(k))))) or (
            self.t[k].text == "," and self.t[k + 1].upos == "VERB" and self.low(k + 1).endswith("ing"))
            for k in range(first, end - 1))

    def owner_after_head(self, first: int, last: int) -> bool:
        """Does a name own a noun in the description after the phrase's head segment (`Ida Marsh, an aide
        for Roe's campaign`)?"""
        head_end = self.head_segment_end(first, last)
        return any(self.possessor(run[1], last) and self.describes_only(head_end + 1, run[0])
                   for run in self.name_runs(head_end + 1, last))

    def describes_only(self, start: int, end: int) -> bool:
        """Do the words from `start` up to `end` only describe (no verb, no relative clause: `Ida Marsh,
        who ran Roe's campaign` or `Ida Marsh, reading Roe's speech` says more than who she is)?"""
        return start <= end and all(self.t[k].upos not in ("VERB", "AUX") and self.low(k) not in RELATIVE_CLAUSE_OPENERS
                                    for k in range(start, end))

    def relative_antecedent(self, rel: int) -> Mention | None:
        """`Ann Roe, the party leader, who in 2010 said …`: a relative pronoun that speaks is the phrase
        it follows. The mention keeps the pronoun as written (the source phrase) and the name it means."""
        sentence = self.t[rel].sentence
        window = [k for k in range(self.a.sentences[sentence][0], rel) if not self.inside[k]]
        np = self.np_before(rel, window)
        while np is not None and np[0] < np[1] and self.t[np[0]].upos == "ADP":
            np = (np[0] + 1, np[1])  # `turned to the police department which …`
        head = self.nominal_head(*np) if np is not None else None
        if head is not None and self.low(head) in self.kb.speech_nouns:
            return self.maker_of(head)  # `Doyle made a comment that described …`: whoever made the comment
        if head is not None and self.low(head) in self.kb.document_nouns | self.kb.work_nouns:
            maker = self.maker_of(head)  # `Olsson waved a sign that demanded …`: whoever holds it, if named
            if maker is not None and maker.kind != "other":
                return maker
        mention = self.mention_for(Phrase(np[0], np[1], None, "relative", 0.6)) if np is not None else None
        named = self.name_before_relative(rel) if self.low(rel) == "who" else None
        if named is not None and (mention is None or mention.kind != "person" and not (
                np is not None and self.t[np[0]].start <= named.start < self.t[np[1]].end)):
            mention = named  # (`an endorsement from a colleague, from Ann Roe, who …`: Roe, however it is parsed)
        if mention is None or mention.kind == "pronoun":
            return None
        return replace(mention, text=self.t[rel].text, start=self.t[rel].start, end=self.t[rel].end,
                       name=mention.name or mention.text)

    def name_before_relative(self, rel: int) -> Mention | None:
        """`…, from Ann Roe, who said`, `Rep. Ann Roe (D-Ore.), who said`: the person named just before the
        comma that opens a `who` clause, which English attaches to the nearest noun phrase, whatever the
        parse hangs it on. Never a name inside a phrase before it (`a spokesman for Roe, who`): the caller
        keeps that phrase."""
        k = rel - 1
        if k < 1 or self.t[k].text != "," or self.inside[k]:
            return None
        k -= 1
        if self.t[k].text == ")":  # a party tag (`(D-Ore.)`) between the name and the comma
            while k > 0 and self.t[k].text != "(" and self.t[k].sentence == self.t[rel].sentence:
                k -= 1
            k -= 1
        return next((m for m in self.person_mentions_in_sentence_before(self.t[rel].start)
                     if self.token_at(m.end - 1) == k), None)

    def maker_of(self, noun: int) -> Mention | None:
        """Who made a statement the parse shows as a verb's object (`the ministry issued a statement`).

        An infinitive has the subject its governing verb gives it: the object (`prompted Doyle to make
        a comment`), else that verb's subject (`wanted to make a statement`)."""
        verb = self.t[noun].head if self.t[noun].deprel == "obj" else None
        if verb is None:
            return None
        subj = self.subject_of(verb)
        governor = self.t[verb].head
        if subj is None and governor is not None and self.t[verb].deprel in ("xcomp", "advcl"):
            subj = next((c for c in self.children.get(governor, []) if self.t[c].deprel == "obj"), None) \
                or self.subject_of(governor)
        if subj is None or self.inside[subj]:
            return None
        span = self.expand(subj, self.outside_quotes(self.t[subj].sentence))
        mention = self.mention_for(Phrase(span[0], span[1], None, "relative", 0.6))
        return mention if mention is not None and mention.kind != "pronoun" else None

    def modifies_a_nominal(self, first: int, name_first: int) -> bool:
        """Is the name only inside a prepositional phrase after a nameless person noun?

        `a spokesman for X`, `an aide to Senator X`, `a narrator in the X ad`; not `the secretary of
        state X` (a title chain), where no article or name follows the preposition.
        """
        link = self.link_participle(first, name_first)  # (`a lawyer representing X`, `an aide working for X`)
        prep = next((k for k in range(first + 1, name_first) if self.low(k) in PERSON_LINKS), None)
        opens = prep
        if link is not None and (prep is None or link[0] < prep):
            opens, prep = link
        if prep is None or opens is None or not (self.t[prep + 1].upos == "DET" or self.is_cap(prep + 1)):
            return False
        if any(self.t[k].text == "," for k in range(prep, name_first)):
            return False  # `His deputy at the port, Lena Frost,`: the name is in apposition, the deputy herself
        head = self.nominal_head(first, opens - 1)
        # (a capitalised title heads a title chain before the name: `Secretary of State X`; a plural
        # noun for people capitalised only by opening the sentence does not: `Attorneys for X said`)
        opening_group = head is not None and self.opens_sentence(head) and self.kb.names_many(self.low(head))
        if self.name_runs(first, opens - 1) and not (opening_group and head == opens - 1):
            return False
        # (any noun for one person that heads the phrase: `a waiter at X`, as well as `an aide to X`; not one in a
        # description set off after it, `a vendor, an old schoolmate of X,`, left to the readings below)
        return head is not None and (not self.is_cap(head) or opening_group) and (
            self.low(head) in self.kb.person_nouns or self.kb.is_title(self.low(head))
            or self.kb.names_people(self.t[head].text, self.t[head].upos)
            and not any(self.t[k].text == "," for k in range(first, opens)))

    def link_participle(self, first: int, name_first: int) -> tuple[int, int] | None:
        """The first participle phrase (`person_link_participles`: `representing`, `working for`) between a
        phrase's start and a name, as its first and last token: like `for` in `a lawyer for X`, it ties a
        nameless person to the one named after it."""
        for k in range(first + 1, name_first):
            for phrase in self.kb.person_link_participles:
                words = phrase.split()
                if k + len(words) <= name_first and self.words_at(k, words):
                    return k, k + len(words) - 1
        return None

    def possessor(self, name_last: int, phrase_last: int) -> bool:
        """A name followed by 's and a lower-case head noun inside the phrase: it owns the head
        (also through the body it leads: `the Clinton campaign's press secretary`), and so does one whose
        lower-case head a name follows in apposition (`Kessler's local paper the Marlow Gazette`)."""
        k = name_last + 1
        if k < phrase_last and self.low(k) in self.kb.collective_nouns:
            k += 1
        if not (k + 1 <= phrase_last and self.t[k].text in POSSESSIVE):
            return False
        if not self.is_cap(phrase_last) and self.t[phrase_last].upos in ("NOUN", "PROPN"):
            return True
        named = next((j for j in range(k + 1, phrase_last + 1) if self.is_cap(j)), None)
        if named is None:
            return False
        head = named - 1
        while head > k and (self.t[head].upos == "DET" or self.t[head].text[:1].isupper()):
            head -= 1  # (a name may open with a capitalised word the tagger reads otherwise: `One Shore`)
        # (a lower-case `PROPN` is a noun too: `Roe's alma mater Eastland College`)
        return head > k and self.t[head].upos in ("NOUN", "PROPN") and not self.is_cap(head)

    def head_segment_end(self, first: int, last: int) -> int:
        """Last token of a phrase's head part, before an appositive comma or a prepositional phrase."""
        for k in range(first, last + 1):
            low = self.low(k)
            title_join = (k > first and self.is_cap(k - 1) and k < last and self.is_cap(k + 1)
                          and low in ("of", "for") and not self.has_name(first, k - 1))
            preposition = low in ("at", "of", "for", "from", "with", "in", "on")
            if self.t[k].text in (",", "(") or (preposition and not title_join):
                return k - 1
        return last

    def counted_head(self, first: int, last: int) -> int | None:
        """`Well over half of the dockers`, `Roughly four in 10 dockers`: a count of people heads the phrase,
        after words that only hedge it; a year is no count."""
        k = first
        while k <= last and self.t[k].upos in ("ADV", "ADP", "ADJ", "DET") and self.low(k) not in FRACTION_WORDS:
            k += 1
        counted = k <= last and (self.low(k) in FRACTION_WORDS or (
            self.t[k].upos == "NUM" and not (len(self.t[k].text) == 4 and self.t[k].text.isdigit())))
        return k if counted and (k == last or self.low(k + 1) in ("of", "in")) else None

    def nominal_head(self, first: int, last: int) -> int | None:
        """The phrase's head noun; a word the parse calls a subject counts whatever its tag (`63 percent`)."""
        head = None
        if first < last and self.low(first) in PREPOSITIONS and self.t[first + 1].upos == "NUM":
            first += 1  # `about 200 protesters`: a rough count, not a preposition
        for k in range(first, last + 1):
            if self.low(k) in PREPOSITIONS or self.low(k) in ("familiar", "who", "close", "privy") \
                    or (k > first and self.t[k].upos == "VERB" and self.low(k).endswith("ing")
                        and not self.modifies_the_noun_after(k, last)) or self.clause_after_a_person(k, first):
                break  # (`protesters marching through the streets`: a clause after the head)
            if self.t[k].upos in ("NOUN", "PROPN") or self.low(k) in self.kb.person_nouns or (
                    (self.t[k].deprel or "").startswith("nsubj") and self.t[k].upos not in ("PRON", "DET")):
                head = k
        return head if head is None else self.role_before_glued_tail(head)

    def clause_after_a_person(self, k: int, first: int) -> bool:
        """`A woman loading photo albums into a truck said`: a lower-case -ing word right after a word for a person
        opens a clause about her, whatever the tagger made of it (it may take it for a noun, and `albums` for the
        head)."""
        return k > first and self.t[k].text.islower() and self.low(k).endswith("ing") and self.person_word(k - 1)

    def role_before_glued_tail(self, head: int) -> int:
        """`the governor-elect`, `the mayor-elect`: a lower-case tail a hyphen glues to a role is no noun of its own
        (the parse may call it the head); the role it goes on heads the phrase."""
        k = head
        while k >= 2 and self.t[k].text.islower() and self.glued_hyphen(k - 1) and not self.person_word(k):
            k -= 2
        return k if k != head and self.person_word(k) else head

    def person_word(self, k: int) -> bool:
        """A word for a person or a role (`voter`, `governor`)."""
        return self.low(k) in self.kb.person_nouns or self.kb.is_role(self.low(k))

    def body_subject_before(self, pronoun: int, sentences: int = 2, lone_names: bool = False) -> Mention | None:
        """`Trump's campaign is defending X. It's denouncing …`: what an `it` names is the subject of a
        sentence just before it, when that subject is a body or a document rather than a person (a lone word that
        opens the name of a body named in full before is that body: `short_form_of_a_body`)."""
        if not self.a.has_deps:
            return None
        sentence = self.t[pronoun].sentence
        for s in range(sentence, max(sentence - 1 - sentences, -1), -1):
            first, _ = self.a.sentences[s]
            if self.para[first] < self.para[pronoun] - 1:
                break
            # (in the pronoun's own sentence, only a subject before it: `the Council … what it called`)
            outside = [k for k in self.outside_quotes(s) if s < sentence or k < pronoun]
            subjects = [k for k in outside if (self.t[k].deprel or "") in ("nsubj", "nsubj:pass")]
            subj = next((k for k in subjects if self.main_clause_subject(k, subjects)), None)
            if subj is None or self.t[subj].upos not in ("NOUN", "PROPN"):
                continue
            span = self.subject_with_its_name(subj, outside)  # (a person is no `it`)
            mention = self.mention_for(Phrase(span[0], span[1], None, "coreference", 0.5))
            short = self.short_form_of_a_body(span, mention)
            if short is not None:
                return short
            if mention is not None and (mention.kind in ("organisation", "other") or (
                    mention.kind == "unnamed" and self.low(span[1]) in self.kb.collective_nouns)):
                return mention
            if lone_names and mention is not None and self.body_read_as_a_person(mention):
                return replace(mention, kind="organisation", after=())
            if mention is not None:
                return None  # a person or a group of people is no `it`
        return None

    def main_clause_subject(self, k: int, subjects: list[int]) -> bool:
        """Whether subject k is the one an `it` after its sentence looks back to: the first subject, unless it is
        the subject of a clause set before the main one (`While the hearing was under way, the Office said …`),
        whose own subject then is."""
        head = self.t[k].head
        clause = (self.t[head].deprel or "") if head is not None else ""
        if clause == "advcl" and head is not None and self.t[head].head is not None and head < self.t[head].head:
            main = self.t[head].head
            return not any(j != k and self.t[j].head == main for j in subjects)
        return True

    def body_read_as_a_person(self, mention: Mention) -> bool:
        """`Lumenway, the San Jose maker of messaging software, said that it …`: a lone capitalised word the tagger
        calls no person, no given name or surname the draft uses, set off by a description of a thing (no person
        noun heads it), is a body, which the `it` after it stands for."""
        name = (mention.name or "").split()
        if mention.kind != "person" or len(name) != 1 or name[0] in self.kb.given_names \
                or self.person_strength(mention) != 1 or mention.before:
            return False
        after = [w for w in mention.after]
        if len(after) < 3 or after[0].text != "," or after[1].text.lower() not in ("the", "a", "an"):
            return False
        words = []
        for w in after[2:]:
            if w.upos == "ADP" or w.text == ",":
                break
            words.append(w)
        nouns = [w.text for w in words if w.upos == "NOUN" and w.text.islower()]
        return bool(nouns) and self.body_noun(nouns[-1])

    def body_noun(self, word: str) -> bool:
        """A noun for a body (`company`, `group`, `retailer`), or the head of a compound one (`maker`, as in
        `automaker`)."""
        low = word.lower()
        return self._body_head(low) \
            or any(kind.endswith(low) and len(kind) > len(low) + 2 for kind in self.kb.body_kinds)

    def short_form_of_a_body(self, span: tuple[int, int], mention: Mention | None) -> Mention | None:
        """`Tollmere Paints Ltd. cut … . Tollmere also said …`: a subject that is one capitalised word, the first
        word of a body the draft named in full before it, is that body as a subject (the tagger reads such a
        lone word as a person, or as a body of its own), so that `it` or `the company` after it is the body."""
        k = span[0]
        if span[1] != k or not self.is_cap(k) \
                or (mention is not None and mention.kind not in ("person", "organisation")):
            return None
        name = self.body_named_in_full(k)
        if name is None:
            return None
        return Mention(text=self.t[k].text, start=self.t[k].start, end=self.t[k].end, kind="organisation", name=name)

    def body_named_in_full(self, k: int) -> str | None:
        """The full name of the one body named before token k whose name opens with k's word and ends with a legal
        form or a word for a body (`Tollmere Paints Ltd.`, `Harbourside FC`, `Eastvale Council`: `legal_suffixes`,
        the organisation words, `body_kinds`); none when the word is a given name or a place, or names someone
        in full (`Ann Quill` and `Quill Holdings`), or two such bodies open with it."""
        kb, word = self.kb, self.t[k].text
        if kb.names_person_or_place(word) or word.lower() in kb.place_nouns \
                or any(len(key) > 1 and fold_accents(word) in key for keys in self.person_surnames.values()
                       for _, key in keys):
            return None
        ends = kb.legal_suffixes | kb.org_words | kb.body_heads | {w for ws in kb.body_kinds.values() for w in ws} \
            | BUSINESS_NAME_WORDS
        names = {self.span_text(s, t) for s, t in self.name_runs(0, k - 1)
                 if t > s and self.t[s].text == word and not self.inside[s] and self.low(t) in ends}
        longest = max(names, key=len, default=None)
        if longest is None or any(not longest.startswith(name) for name in names):
            return None
        return longest

    def group_subject_before(self, pronoun: int) -> Mention | None:
        """`The groups wrote to the mayor. They ask her …`: a `they` that no body takes up is the people a
        plural subject just before names (its own sentence's before it, else the sentence before), one
        unnamed source; a person or a singular noun there means no such group."""
        if not self.a.has_deps:
            return None
        sentence = self.t[pronoun].sentence
        for s in (sentence, sentence - 1):
            if s < 0:
                break
            first, _ = self.a.sentences[s]
            if self.para[first] < self.para[pronoun] - 1:
                break
            outside = [k for k in self.outside_quotes(s) if s < sentence or k < pronoun]
            root = next((k for k in outside if self.t[k].deprel == "root"), None)
            subj = self.subject_of(root) if root is not None else None  # (the main clause's, not `While Roe …`)
            if subj is None or subj not in outside or self.t[subj].upos == "PRON":
                subj = next((k for k in outside if (self.t[k].deprel or "") in ("nsubj", "nsubj:pass")
                             and self.t[k].upos != "PRON"), None)
            if subj is None:
                continue
            span = self.expand(subj, outside)
            plural = self.plural_after_coordinated_modifiers(subj, outside)
            if plural is not None:  # (`Nine farm and labor unions wrote`: the parse heads it with `farm`)
                subj, span = plural, (span[0], self.expand(plural, outside)[1])
            if self.t[subj].xpos not in ("NNS", "NNPS"):
                return None
            mention = self.mention_for(Phrase(span[0], span[1], None, "coreference", 0.5))
            return mention if mention is not None and mention.kind == "unnamed" and mention.plural else None
        return None

    def plural_after_coordinated_modifiers(self, subj: int, outside: list[int]) -> int | None:
        """`Nine farm and labor unions`, `Eleven harbor and fishing groups`: the parse may head a plural
        noun's coordinated modifiers with the first of them and make the noun its conjunct; the plural
        noun, reached through lower-case modifiers only, is the subject's head."""
        if self.t[subj].xpos in ("NNS", "NNPS"):
            return None
        conj = next((c for c in self.children.get(subj, []) if self.t[c].deprel == "conj" and c > subj
                     and c in outside and self.t[c].xpos in ("NNS", "NNPS")), None)
        if conj is None or not all(self.low(k) in ("and", "or", ",") or (
                self.t[k].upos in ("ADJ", "NOUN", "PROPN", "VERB") and self.t[k].xpos not in ("NNS", "NNPS"))
                for k in range(subj + 1, conj)):
            return None
        return conj

    def name_speaks_over(self, name_start: int, name_end: int, pronoun: int) -> bool:
        """`Roe said she …`, `Roe told aides … and she vowed`, `Roe assails what she calls "…"`: the
        name is the subject of a clause that holds the pronoun's, so the pronoun only repeats it; so
        too a name that speaks in the sentence before the pronoun's (`Roe scolded him: "…," she said`,
        not `Roe seemed irritated: "…," she wrote`). A name
        in a clause of its own, a passive's subject or an object (`When Roe was asked …, she said`,
        `When Ty asked Roe …, she said`) leaves the attribution to the pronoun's clause."""
        if not self.a.has_deps:
            return True
        words = range(self.token_at(name_start), self.token_at(max(name_start, name_end - 1)) + 1)
        name = next((k for k in words if (self.t[k].deprel or "").startswith("nsubj")), words[0])
        while self.t[name].deprel in NAME_INSIDE_SUBJECT and self.t[name].head is not None:
            name = self.t[name].head  # (`Roe's campaign`: up to the subject)
        verb = self.t[name].head
        if verb is None or self.t[name].deprel != "nsubj":
            return False
        if self.t[verb].sentence != self.t[pronoun].sentence:
            return self.speech(verb) is not None
        return self.governs(verb, pronoun)

    def prefer_named(self, candidates: list[Phrase]) -> Phrase:
        """Of several readings of a subject, the one naming a person most surely, else the first."""
        best, best_strength = candidates[0], 0
        for phrase in candidates:
            mention = self.mention_for(phrase)
            if mention is not None and mention.kind == "person" and any(
                    other.first < phrase.first <= phrase.last <= other.last
                    and self.modifies_a_nominal(other.first, self.token_at(mention.start)) for other in candidates):
                continue  # (`A lawyer representing Ann Roe said`: Roe only says whose lawyer speaks)
            if mention is not None and mention.kind == "person":
                strength = self.person_strength(mention)
                if strength > best_strength:
                    best, best_strength = phrase, strength
        return best
