"""A person mention's source phrase as written: the words the draft uses to introduce the source.

The mention's span stays the name (with the title words the description reading found), since
resolution and affiliation read it; the phrase a report shows, and the gold marks, runs on over the
partner named with the person and the descriptions set off after the name.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .mentions import Mentions
from .types import Phrase
from .words import (
    AUX_OR_ADVERB,
    CLAUSE_BREAK,
    DASHES,
    OWNER_PRONOUNS,
    POSSESSIVE_S,
    PRODUCER_VERBS,
    RELATIVE_PRONOUNS,
    SENTENCE_END,
    TIME_NOUNS,
    _words,
)

SOURCE_ADJECTIVES = _words("source_adjectives")  # `officials aware of the plan`: how an unnamed source knows
OPENING_BREAKS = DASHES | {"("}
PLACE_LINKS = frozenset({"of", "in", "from", "inside", "at"})  # `the alderman from Dunmore`
CLAUSE_TAGS = frozenset({"VERB", "AUX", "SCONJ", "PRON"})  # where the nominal's clause goes on
ISSUING_VERBS = PRODUCER_VERBS | _words("issuing_verbs")  # `the board sent a letter`: the board's letter
DOCUMENT_REFERENCES = frozenset({"the", "this", "that"})  # `the letter said`: a document named before
MEDIUM_LINKS = frozenset({"in", "via", "through"})  # `Roe said in a statement`: the statement is Roe's
ISSUER_LINKS = frozenset({"by", "from"})  # `a letter signed by the board`, `a statement from the board`
MAX_WHEN_WORDS = 3  # `released late Tuesday by`: when it came out, between the verb and its `by`
NAMELESS_OPENERS = DOCUMENT_REFERENCES | {"a", "an", "its", "his", "her", "their", "our"}  # `The union`: no name
DESCRIPTION_ARTICLES = frozenset({"a", "an", "the"})  # `said one evacuee, a retired teacher`
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})  # `She said in a statement`: whom the resolver finds
ISSUER_PARAGRAPHS = 2  # how many paragraphs back the document's first mention may stand


class SourcePhrases(Mentions):
    def as_written(self, mention: Mention, phrase: Phrase) -> Mention:
        """The mention with its source phrase as written: a person's pair, then their descriptions; a
        nominal's prepositional phrase that names where it is from (`a brief from Harbor Institute economists`)."""
        if mention.kind == "other" and (issuer := self.issuer_of_document(mention)) is not None:
            return issuer
        if mention.kind in ("other", "unnamed"):
            placed = self.with_state_after_place(self.with_named_place_text(mention))
            modified = self.with_modifier_text(placed, phrase)
            if mention.kind == "unnamed":
                modified = self.with_set_off_role(modified)
            return self.owner_of_words(modified)
        if mention.kind == "organisation":
            return self.owner_of_words(mention)  # (`Ann Roe's latest memo`, read as a body's name)
        if mention.kind != "person" or self.low(self.token_at(mention.start)) in RELATIVE_PRONOUNS:
            return mention  # (`who` keeps the relative pronoun as its phrase)
        owned = self.with_owned_text(mention, phrase)
        if owned is not mention:
            return self.owner_of_words(owned)
        partnered = self.with_partner_text(mention, phrase.first)
        return self.with_quoted_title_text(self.with_appositive_text(self.with_leading_text(partnered, phrase.first)))

    def issuer_of_document(self, mention: Mention, in_place: bool = False) -> Mention | None:
        """`In a statement, Harbor Health promised … "…," the statement said`: a document the draft refers back to
        (`the statement`, `the letter`) speaks for whoever it said issued it: the subject that spoke in it or put it
        out (data `issuing_verbs`), its owner, or the one it is by or from. The mention keeps the phrase as
        written; a document no one is named as the author of stays the source (None). `in_place` asks instead for
        an issuer only the resolver can name (`she`, `his campaign`), as it stands where the draft wrote it."""
        first, last = self.token_at(mention.start), self.token_at(mention.end - 1)
        noun = self.low(last)
        if first >= last or self.low(first) not in DOCUMENT_REFERENCES \
                or noun not in self.kb.document_nouns | self.kb.speech_nouns \
                or any(self.is_cap(k) or self.t[k].upos not in ("ADJ", "NOUN", "NUM") and not self.glued_hyphen(k)
                       for k in range(first + 1, last)):
            return None  # (`the Harbor Health statement` names its body itself)
        for k in range(first - 1, -1, -1):
            if self.para[k] < self.para[first] - ISSUER_PARAGRAPHS:
                return None
            if self.inside[k] or self.low(k) != noun:
                continue
            issuer = self.issuer_at(k, in_place)
            if issuer is not None:
                return issuer if in_place else replace(issuer, text=mention.text, start=mention.start, end=mention.end)
            if not (k > 0 and self.low(k - 1) in DOCUMENT_REFERENCES):
                return None  # (the document's first mention names no author; a later `the statement` goes on back)
        return None

    def issuer_at(self, noun: int, in_place: bool = False) -> Mention | None:
        """Who the document noun at token `noun` is from: the subject of the verb it is said in or put out by (as
        the parse shows it), its possessive owner, or the `by`/`from` phrase after it or after the participle or
        passive verb that puts it out; a named person or a body only, never one of two named together."""
        if not self.a.has_deps:
            return None
        tok, kids = self.t[noun], self.children.get(noun, [])
        verb = tok.head
        issuing = verb is not None and (self.t[verb].lemma or "").lower() in ISSUING_VERBS
        owner = next((c for c in kids if self.t[c].deprel == "nmod:poss"), None)
        span: tuple[int, int] | None = None
        if owner is not None:
            start = owner
            while start - 1 >= 0 and not self.inside[start - 1] and (
                    self.is_name_token(start - 1) or self.t[start - 1].upos in ("DET", "PROPN")):
                start -= 1
            span = (start, owner) if self.low(owner) not in OWNER_PRONOUNS else None  # `Harbor Health's statement`
        elif verb is not None and (issuing and tok.deprel == "obj" or (tok.deprel or "").startswith("obl")
                                   and any(self.low(c) in MEDIUM_LINKS for c in kids) and self.speech(verb)):
            subject = self.subject_of(verb)  # `… said in a statement`, `… sent a letter`
            if subject is not None and not self.inside[subject]:
                span = self.subject_with_its_name(subject, self.outside_quotes(self.t[subject].sentence))
        else:
            participle = noun + 1 if noun + 1 < len(self.t) and self.t[noun + 1].xpos == "VBN" \
                and (self.t[noun + 1].lemma or "").lower() in ISSUING_VERBS else None
            span = self.issuer_link_after(noun) or (self.issuer_link_after(participle) if participle else None) \
                or (self.issuer_link_after(verb) if issuing and tok.deprel == "nsubj:pass" and verb else None)
        if span is None or any(self.low(k) in ("and", "&") or self._joined_on(k) for k in range(*span)) \
                or any(self._joined_on(c) and c > span[1] for k in range(span[0], span[1] + 1)
                       for c in self.children.get(k, [])):
            return None  # (`Roe and Baker wrote a letter`: no one of them speaks for it)
        return self.issuer_in_place(*span) if in_place else self.issuer_mention(*span)

    def _joined_on(self, k: int) -> bool:
        """A conjunct with its own `and`/`or` (the parse may call a name set off by commas a conjunct: `Her rival,
        Gov. Ann Roe,` is one person)."""
        return self.t[k].deprel == "conj" and any(self.t[c].deprel == "cc" for c in self.children.get(k, []))

    def issuer_link_after(self, k: int) -> tuple[int, int] | None:
        """`a statement from Harbor Health`, `signed by the club`, `sent out by the board`: the noun phrase of the
        `by` or `from` right after token k (over a particle, and over when: `released Tuesday by the office`), if
        there is one."""
        link = k + 1
        if link < len(self.t) and self.low(link) == "out":
            link += 1
        while link < len(self.t) and link - k <= MAX_WHEN_WORDS and not self.inside[link] \
                and (self.low(link) in TIME_NOUNS or self.t[link].ner in ("DATE", "TIME")):
            link += 1
        if link + 1 >= len(self.t) or self.low(link) not in ISSUER_LINKS or self.inside[link] or self.inside[link + 1]:
            return None
        return self.np_after(link + 1, self.outside_quotes(self.t[link].sentence))

    def issuer_mention(self, first: int, last: int) -> Mention | None:
        """The mention a document's issuer makes, if it is a named person or a body the draft names (`his campaign`
        is named only once resolved, where the phrase stands: the document stays the source)."""
        found = self.mention_for(Phrase(first, last, None, "issuer", 0.6))
        if found is None or found.kind not in ("organisation", "person") \
                or not any(word[:1].isupper() and word.lower() not in NAMELESS_OPENERS
                           for word in (found.name or "").split()):
            return None
        if found.kind == "person" and first == last \
                and not any(len(key) > 1 for _, key in self.person_surnames.get(self.low(last), [])) \
                and self.t[last].text not in self.kb.given_names and self.referred_to_as_a_thing(last):
            return replace(found, kind="organisation", name=self.span_text(first, last), before=(), after=())
        return found

    def issuer_in_place(self, first: int, last: int) -> Mention | None:
        """`She said in a statement`, `His campaign sent an email`: an issuer that is a subject pronoun or a body
        named by a possessive pronoun, as it stands (the resolver finds whom it means; None for anything else)."""
        found = self.mention_for(Phrase(first, last, None, "issuer", 0.6))
        if found is None:
            return None
        if found.kind == "pronoun":
            return found if self.low(first) in SUBJECT_PRONOUNS else None
        return found if found.kind in ("organisation", "other") and first < last \
            and self.low(first) in OWNER_PRONOUNS else None

    def referred_to_as_a_thing(self, name_last: int) -> bool:
        """`Valleycare said in a statement that it would …`: a one-word name, no person's surname, that its own sentence
        goes on to call `it` or `its` (and never `he`, `she`) is a body, whatever person the tagger took it for."""
        rest = [k for k in range(name_last + 1, len(self.t)) if self.t[k].sentence == self.t[name_last].sentence
                and not self.inside[k]]
        lows = {self.low(k) for k in rest}
        return bool(lows & {"it", "its"}) and not lows & {"he", "she", "his", "her", "him"}

    def with_owned_text(self, mention: Mention, phrase: Phrase) -> Mention:
        """`Roe's weekly paper the Eastland Courier wrote`: a name before `'s` owns the phrase's head; the
        phrase as written is the whole noun phrase the sieve found, up to its last word."""
        after = self.token_at(mention.end - 1) + 1
        if after + 1 > phrase.last or self.t[after].text not in POSSESSIVE_S \
                or self.doc.text[mention.end - len(mention.text):mention.end] != mention.text:
            return mention
        words = range(after + 1, phrase.last + 1)
        if any(self.t[k].upos not in ("ADJ", "NOUN", "PROPN", "DET", "NUM") and not self.glued_hyphen(k)
               for k in words):
            return mention
        return replace(mention, text=self.doc.text[mention.end - len(mention.text):self.t[phrase.last].end])

    def owner_of_words(self, mention: Mention) -> Mention:
        """`Ann Roe's latest memo: "…"`, `The harbor board's letter warns "…"`: when the phrase as written is
        someone's statement, post or letter (data `nouns`, `document_nouns`), its source is the owner, so
        the phrase ends on the possessive (the mention's name stays the whole phrase)."""
        start = self.doc.text.find(mention.text, max(0, mention.start - len(mention.text)))
        if not mention.text or start < 0 or start > mention.start:
            return mention
        first, last = self.token_at(start), self.token_at(start + len(mention.text) - 1)
        owner = next((k for k in range(first + 1, last) if self.t[k].text in POSSESSIVE_S), None)
        if owner is None or self.low(last) not in self.kb.speech_nouns | self.kb.document_nouns \
                or any(self.t[k].text in CLAUSE_BREAK for k in range(first, owner)) \
                or not all(self.t[k].upos in ("ADJ", "NOUN", "PROPN", "NUM") for k in range(owner + 1, last + 1)):
            return mention
        return replace(mention, text=self.doc.text[start:self.t[owner].end], name=mention.name or mention.text)

    def with_quoted_title_text(self, mention: Mention) -> Mention:
        """`Ivo Brandt, the co-author of "Salt Roads"`: a phrase as written that ends on `of` runs on over
        the short quoted title it introduces."""
        written_from = mention.end - len(mention.text)
        title = self.quoted_title_after(self.token_at(mention.end - 1))
        if title is None or self.doc.text[written_from:mention.end] != mention.text:
            return mention  # (the text ends elsewhere: it ran on over a description already)
        return replace(mention, text=self.doc.text[written_from:self.t[title].end])

    def with_leading_text(self, mention: Mention, first: int) -> Mention:
        """`said Dunmore-based strategist Al Roe`: the phrase as written keeps a compound the sieve's phrase
        opens with (a place glued by a hyphen to a participle) ahead of the words the mention reads."""
        start = self.token_at(mention.end - len(mention.text))  # (the text ends where the mention does)
        stretch = range(first, start)
        if first >= start:
            return mention
        if not self.capitalised_name_words(stretch) and (not any(self.glued_hyphen(k) for k in stretch) or not all(
                self.is_cap(k) or self.glued_hyphen(k) or self.glued_hyphen(k - 1) for k in stretch)):
            return mention
        return replace(mention, text=self.doc.text[self.t[first].start:mention.end])

    def capitalised_name_words(self, stretch: range) -> bool:
        """`Eastland This Week host Ann Roe`: capitalised words the mention left out ahead of it, a function word
        among them (a programme's or a body's name), none opening the sentence as an adverb or a conjunction."""
        return any(not self.is_cap(k) and not self.sentence_initial(k) and self.low(k) not in ("a", "an", "the")
                   for k in stretch) and all(
            self.t[k].text[:1].isupper() and self.t[k].upos in ("PROPN", "NOUN", "ADJ", "DET", "NUM")
            and not self.inside[k] for k in stretch)

    def with_named_place_text(self, mention: Mention) -> Mention:
        """`The alderman from Dunmore said`, `One aide inside Velde Tower tried …`: a nominal's phrase runs on
        over a prepositional phrase that names a place or a body, up to the verb (never a date)."""
        last = self.token_at(mention.end - 1)
        link = last + 1
        if link + 1 >= len(self.t) or self.low(link) not in PLACE_LINKS or self.inside[link] \
                or self.t[link + 1].sentence != self.t[last].sentence:
            return mention
        end = link + 1
        while end < len(self.t) and not self.inside[end] and self.t[end].sentence == self.t[last].sentence \
                and self.t[end].text not in CLAUSE_BREAK | SENTENCE_END and self.t[end].upos not in CLAUSE_TAGS:
            end += 1
        words = range(link + 1, end)
        if not any(self.is_cap(k) for k in words) or any(self.t[k].ner in ("DATE", "TIME") for k in words) \
                or end >= len(self.t) or self.t[end].upos not in ("VERB", "AUX"):
            return mention
        written_from = mention.end - len(mention.text)
        return replace(mention, text=self.doc.text[written_from:self.t[end - 1].end])

    def with_state_after_place(self, mention: Mention) -> Mention:
        """`a nurse from Mayfield, Ohio, told the council`: a nominal's phrase that ends on a place runs on over
        the state or country set off after it by commas."""
        written_from = mention.end - len(mention.text)
        last = self.token_at(written_from + len(mention.text) - 1)
        comma = last + 1
        if self.doc.text[written_from:mention.end] != mention.text or comma + 1 >= len(self.t) \
                or self.t[comma].text != "," or self.t[last].ner not in ("GPE", "LOC") or self.inside[comma] \
                or self.low(last - 1) not in PLACE_LINKS:
            return mention  # (a place that is the whole mention stays as it is)
        end = comma + 1
        while end < len(self.t) and (self.is_cap(end) or self.title_period(end)) and not self.inside[end]:
            end += 1
        if end == comma + 1 or end >= len(self.t) or self.t[end].text != "," \
                or not self.only_a_place(comma + 1, end - 1):
            return mention
        return replace(mention, text=self.doc.text[written_from:self.t[end - 1].end])

    def with_modifier_text(self, mention: Mention, phrase: Phrase) -> Mention:
        """`A source involved in the pier deal said`, `said a spokesman for the port's owner`: a nominal's
        phrase as written runs on over the prepositional phrases and participles that modify it, up to
        the cue after it (or up to the nominal's own verb, when a participle further on is the cue) or to
        the end of the clause when the cue comes first (never over a comma, a finite verb or a relative
        clause). A name never needs it: only a nominal is keyed on its words."""
        if phrase.cue is None:
            return mention
        last = self.token_at(mention.end - 1)
        if phrase.cue > last:
            stop = phrase.cue
            verb = self.t[last].head  # (`A lawyer for the port called a memo claiming … "false"`: `called`)
            if verb is not None and last < verb < stop and (self.t[last].deprel or "").startswith("nsubj") \
                    and not (verb == last + 1 and self.describing_verb(verb, True)):
                stop = verb  # (not a participle the parse made the root: `Diplomats briefed on the talks said`)
            while stop - 1 > last and (self.low(stop - 1) in AUX_OR_ADVERB or self.t[stop - 1].upos in ("AUX", "ADV")):
                stop -= 1
        else:
            stop = last + 1
            while stop < len(self.t) and self.t[stop].sentence == self.t[last].sentence \
                    and self.modifies_nominal(stop) and not self.inside[stop]:
                stop += 1
            if stop < len(self.t) and self.t[stop].sentence == self.t[last].sentence and not self.inside[stop] \
                    and self.t[stop].text not in CLAUSE_BREAK and not self.boundary(stop):
                return mention  # (the clause goes on past the modifier: no phrase ends there)
        when = next((k for k in range(last + 1, stop) if self.t[k].upos == "ADP" and k + 1 < stop
                     and (self.low(k + 1) in TIME_NOUNS or self.t[k + 1].ner in ("DATE", "TIME"))), None)
        stop = when if when is not None else stop  # (`said the co-author on Monday`: when, not who)
        medium = next((k for k in range(last + 1, stop) if self.medium_after(k, set(range(k, stop)))), None)
        stop = medium if medium is not None else stop  # (`according to the family's attorneys in a letter`)
        while stop - 1 > last and self.t[stop - 1].upos in ("ADP", "DET", "CCONJ", "PART"):
            stop -= 1  # (`the fallout as`: a phrase ends on its noun)
        words = range(last + 1, stop)
        written_from = mention.end - len(mention.text)
        if self.doc.text[written_from:mention.end] != mention.text:
            return mention  # (the text was put together elsewhere: it does not run up to the mention's end)
        if stop - 1 <= last or self.t[last + 1].upos != "ADP" \
                and not (self.t[last + 1].xpos in ("VBN", "VBG") and self.t[last + 1].deprel != "root") \
                and not self.describing_verb(last + 1, phrase.cue > last) \
                or not all(self.modifies_nominal(k) and not self.inside[k] for k in words):
            return mention
        text = self.doc.text[written_from:self.t[stop - 1].end]
        return self.with_words_to(replace(mention, text=text), last, stop - 1)

    def with_set_off_role(self, mention: Mention) -> Mention:
        """`said one evacuee, a retired teacher.`: an unnamed source's description set off after it by a comma,
        opened by an article and naming a role, that closes the sentence or ends on a comma, belongs to the
        source, as it does when the phrase opens the sentence (`One evacuee, a retired teacher, said`): the
        text and the words run on over it. A name set off there is someone named, never this."""
        written_from = mention.end - len(mention.text)
        last = self.token_at(mention.end - 1)
        comma, opener = last + 1, last + 2
        if self.doc.text[written_from:mention.end] != mention.text or opener >= len(self.t) \
                or self.t[comma].text != "," or self.low(opener) not in DESCRIPTION_ARTICLES \
                or self.inside[comma] or self.t[opener].sentence != self.t[last].sentence:
            return mention
        end = self.description_segment(opener)
        if end is None or end + 1 >= len(self.t) or self.t[end + 1].text not in SENTENCE_END | {","} \
                or not self.names_a_role(opener + 1, end):
            return mention
        extra = self.words(comma, end)
        return replace(mention, text=self.doc.text[written_from:self.t[end].end], before=(*mention.before, *extra)) \
            if mention.before and not mention.after else mention

    def names_a_role(self, first: int, last: int) -> bool:
        """`retired teacher`, `nurse at the county hospital`: a description whose head (its last word before a
        preposition) is a role, with no person named in it."""
        head = next((k - 1 for k in range(first, last + 1) if self.t[k].upos == "ADP"), last)
        return head >= first and self.kb.is_role(self.t[head].text, self.t[head].upos) \
            and not any(self.t[k].ner == "PERSON" for k in range(first, last + 1))

    def with_words_to(self, mention: Mention, last: int, end: int) -> Mention:
        """`a lawyer representing the Harbor Workers Union`: the words the affiliation stage reads run on with
        the text when the modifier ends on a body's name (its words ended on token `last`), so the body
        reaches it whole; any other modifier (`an organiser for one of the two campaigns`, `a spokesman for
        candidate Ann Roe`) is no title and no body, and stays out of the words."""
        extra = self.words(last + 1, end)
        if not mention.before and not mention.after or not self.closing_body(last + 1, end):
            return mention  # (no words read for the mention, or no body named: none to run on)
        if mention.after:
            return replace(mention, after=(*mention.after, *extra))
        return replace(mention, before=(*mention.before, *extra))

    def closing_body(self, first: int, last: int) -> bool:
        """A stretch that ends on a capitalised name the tagger calls a body (`… the Harbor Workers Union`),
        with no person named in it and no possessive at its end (`the super-PAC's creation` is no body)."""
        return self.t[last].ner == "ORG" and self.is_cap(last) \
            and not any(self.t[k].ner == "PERSON" or self.t[k].text in POSSESSIVE_S for k in range(first, last + 1))

    def modifies_nominal(self, k: int) -> bool:
        """A word that may stand in a noun's modifier: a preposition, a noun phrase's words, a participle."""
        tok = self.t[k]
        return (tok.upos in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") or self.low(k) in OWNER_PRONOUNS
                or (tok.upos == "CCONJ" and self.low(k) == "and") or self.glued_hyphen(k)
                or (tok.upos == "VERB" and tok.xpos in ("VBN", "VBG") and self.speech(k) is None
                    and self.t[k - 1].upos in ("NOUN", "PROPN"))
                or (self.describing_verb(k, False) and self.t[k - 1].upos in ("NOUN", "PROPN"))) \
            and self.low(k) not in RELATIVE_PRONOUNS and (tok.text not in CLAUSE_BREAK or self.glued_hyphen(k))

    def describing_verb(self, k: int, cue_after: bool) -> bool:
        """`officials aware of the plan`, `Diplomats briefed on the talks said`: a source's adjective (data
        `source_adjectives`) or a participle the tagger read as a past tense (or, before the cue, as the
        clause's root), with its preposition right after it, describes the noun before it."""
        if k + 1 >= len(self.t) or self.t[k + 1].upos != "ADP" or self.speech(k) is not None:
            return False
        return self.low(k) in SOURCE_ADJECTIVES or self.t[k].xpos == "VBD" \
            or (cue_after and self.t[k].xpos in ("VBN", "VBG"))

    def with_partner_text(self, mention: Mention, first: int) -> Mention:
        """`Ana Holt and Greta Maalouf wrote`: the mention is the last name (whom a pronoun later means),
        its source phrase as written the pair."""
        join = self.token_at(mention.start) - 1
        if join - 1 < first or self.low(join) not in ("and", "&"):
            return mention
        partner = next((r for r in self.name_runs(first, join - 1) if r[1] == join - 1), None)
        if partner is None or not self.has_person(*partner):
            return mention
        return replace(mention, text=self.doc.text[self.t[partner[0]].start:mention.end])

    def with_appositive_text(self, mention: Mention) -> Mention:
        """A person's source phrase as written runs on over the verbless descriptions set off after the
        name (`Ivo Brandt, Velde's campaign manager,`, `Ann Roe, 21, a student from Mayfield, Ohio`),
        up to a relative clause, a participle, a verb or a preposition that opens what follows; the
        mention's span and its title words stay as the description reading found them."""
        last = self.token_at(mention.end - 1)
        end = last
        described = self.low(last) not in (mention.name or "").lower().split()
        while end + 2 < len(self.t) and self.t[end + 1].text == "," and self.para[end + 2] == self.para[last]:
            segment = self.description_segment(end + 2)
            if segment is None or (described and self.t[end + 2].upos == "DET") \
                    or (not described and self.only_a_place(end + 2, segment)):
                break  # (`the harbour master of Dunmore, a town of 4,000`: a second description is the place's;
                # `— Ann Roe, Mayfield`: where a reader writes from)
            described = described or not self.t[end + 2].text.isdigit()
            end = segment
        if end == last:
            return mention
        written_from = mention.end - len(mention.text)  # (the text ends where the mention does)
        return replace(mention, text=self.doc.text[written_from:self.t[end].end])

    def description_segment(self, first: int) -> int | None:
        """Last token of a verbless stretch from `first` up to the comma that follows or the clause's end, if it
        reads as a description (no verb, no relative pronoun, not opened by a preposition or `and`)."""
        opener = self.t[first]
        if opener.upos in ("ADP", "SCONJ", "CCONJ", "PRON", "ADV") or self.low(first) in RELATIVE_PRONOUNS \
                or self.cue_read_as_noun(first):
            return None
        k = first
        while k < len(self.t) and not self.inside[k] and (self.t[k].text not in CLAUSE_BREAK or self.glued_hyphen(k)) \
                and not self.boundary(k) and self.para[k] == self.para[first]:
            if self.bare_verb_in_compound(k):
                pass  # (`a policy think tank`: a noun, whatever the tagger says)
            elif (self.t[k].upos in ("VERB", "AUX") and self.t[k].deprel != "amod" and not self.is_cap(k)) \
                    or self.speech(k) is not None or self.low(k) in RELATIVE_PRONOUNS:
                return None
            k += 1
        if k < len(self.t) and not self.inside[k] and self.t[k].text in OPENING_BREAKS:
            return None  # (cut short by a bracket or a dash: no description that ends here)
        if k > first and self.t[k - 1].upos == "ADP":
            return None  # (`known online as "…"`: what it leads to is the quote)
        return k - 1 if k > first else None

    def cue_read_as_noun(self, k: int) -> bool:
        """`said Ann Roe, a ferry captain, reports the Eastland Courier`: a lowercase speech verb's -s form
        opening what follows a comma (whatever its tag: `reports` reads as a plural noun) is the outlet's
        cue, not a description of the person."""
        lemma = self.kb.verb_forms.get(self.low(k))
        return lemma is not None and self.low(k) == lemma + "s" and not self.is_cap(k) and not self.inside[k]

    def bare_verb_in_compound(self, k: int) -> bool:
        """`director of the Velde Policy Network think tank`: a bare verb form between a noun phrase's words
        and a noun, with no `to` or modal before it, is the first half of a compound noun the tagger misread."""
        return self.t[k].xpos == "VB" and 0 < k < len(self.t) - 1 \
            and self.t[k - 1].upos in ("NOUN", "PROPN", "ADJ") and self.t[k + 1].upos == "NOUN" \
            and not self.inside[k + 1]

    def only_a_place(self, first: int, last: int) -> bool:
        """A capitalised stretch the tagger calls a place (`Mayfield`, `Dunmore, Ohio`)."""
        return all(self.is_cap(k) or self.t[k].text == "." for k in range(first, last + 1)) \
            and any(self.t[k].ner in ("GPE", "LOC") for k in range(first, last + 1))
