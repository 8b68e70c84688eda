"""The draft as tokens: where each token stands (paragraph, inside a quote) and what it is."""

from __future__ import annotations

import bisect

from ..invisible import without_invisible
from ..knowledge import Knowledge
from ..marks import ALL_MARKS
from ..model import Quote, TextView, Word
from ..nlp import Analysis, Token
from .words import (
    AUX_OR_ADVERB,
    DASHES,
    FUNCTION_WORDS,
    SENTENCE_END,
)

QUOTED_TITLE_TOKENS = 10  # a title quoted inside a phrase is short: its marks and a few words
VERB_TO_QUOTE = 10  # tokens at most from a verb the tagger read as a noun to the quote it governs


MAX_DATELINE_WORDS = 8  # `PORT HEDLAND, Western Australia`: the most words a dateline's place runs to


class TokenView:
    """Token-level facts every later layer reads: paragraph, inside a quote, title words, ORG entities."""

    def __init__(self, doc: TextView, analysis: Analysis, quotes: list[Quote], kb: Knowledge):
        self.doc, self.a, self.kb = doc, analysis, kb
        self.t: list[Token] = analysis.tokens
        self.quotes = [q for q in quotes if q.depth == 0]
        self.all_quotes = quotes
        self.starts = [tok.start for tok in self.t]
        self.para = [doc.paragraph_index(tok.start) for tok in self.t]
        # A nickname inside a name (`Del. Marcia "Cia" Price`) is part of the phrase around it, not a quote
        # that cuts the sentence in two.
        nicknames = {q.id for q in self.quotes if self.nickname(q)}
        self.nickname_tokens = {k for q in self.quotes if q.id in nicknames
                                for k in range(self.quote_tokens(q)[0], self.quote_tokens(q)[1] + 1)}
        spans = sorted((q.start, q.end) for q in self.quotes if q.id not in nicknames)
        self.inside = [False] * len(self.t)
        span_starts = [s for s, _ in spans]
        for tok in self.t:
            k = bisect.bisect_right(span_starts, tok.start) - 1
            if k >= 0 and tok.end <= spans[k][1]:
                self.inside[tok.index] = True
        self.children = analysis.children()
        self.in_title = self._mark_title_phrases()
        self.org_entity = [-1] * len(self.t)  # token -> index of the ORG entity holding it
        for n, ent in enumerate(self.a.entities):
            if ent.label == "ORG":
                for k in range(ent.first, ent.last + 1):
                    self.org_entity[k] = n

    def nickname(self, q: Quote) -> bool:
        """A short title between two capitalised words of one sentence: `Maria "Mia" Lopez`."""
        first, last = self.quote_tokens(q)
        return q.kind == "title" and first > 0 and last + 1 < len(self.t) and last - first <= 3 \
            and self.t[first - 1].text[:1].isupper() and self.t[last + 1].text[:1].isupper() \
            and self.t[first - 1].sentence == self.t[last + 1].sentence

    def _mark_title_phrases(self) -> list[bool]:
        """Tokens inside a multi-word title (`Secretary of State`, `Health Minister`): never part of a name."""
        marks = [False] * len(self.t)
        longest = max((len(t.split()) for t in self.kb.titles), default=1)
        i = 0
        while i < len(self.t):
            for size in range(min(longest, len(self.t) - i), 1, -1):
                if " ".join(self.low(k) for k in range(i, i + size)) in self.kb.titles:
                    for k in range(i, i + size):
                        marks[k] = True
                    i += size - 1
                    break
            i += 1
        return marks

    def low(self, i: int) -> str:
        return self.t[i].text.lower()

    def words_at(self, k: int, words: list[str]) -> bool:
        """Do the tokens from k spell these lower-case words (a multi-word entry of the data: `known as`)?"""
        return k + len(words) <= len(self.t) and all(self.low(k + i) == w for i, w in enumerate(words))

    def is_cap(self, i: int) -> bool:
        text = self.t[i].text
        return text[:1].isupper() and (text.lower() not in FUNCTION_WORDS or self.modal_as_name(i)) \
            and any(c.isalpha() for c in text)

    def modal_as_name(self, i: int) -> bool:
        """`… easy money," Will urged the council`: a capitalised modal before a verb inflected as no modal
        allows is a name (`Will`, `May`), not the auxiliary."""
        tok = self.t[i]
        if tok.upos != "AUX" or i + 1 >= len(self.t) or self.inside[i]:
            return False
        verb = self.t[i + 1]
        return verb.upos == "VERB" and verb.lemma is not None and verb.text.lower() != verb.lemma.lower()

    def is_name_token(self, i: int) -> bool:
        tok = self.t[i]
        if not self.is_cap(i) or tok.text.lower() in self.kb.not_names or self.in_title[i] or self.in_dateline(i):
            return False
        if tok.upos in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "VERB", "ADV"):
            return tok.ner == "PERSON" or self.modal_as_name(i)
        common = tok.upos in ("NOUN", "ADJ") and tok.ner is None
        if common and (self.sentence_initial(i) or tok.text.lower() in self.kb.person_nouns):
            return False  # `Demonstrators said …`, `Officials said …`: a capital that only starts the sentence
        if tok.ner != "PERSON" and self.sentence_initial(i) \
                and tok.text.lower() in self.kb.document_nouns | self.kb.issued_nouns:
            return False  # `Transcript as follows:`, `Statement from the family:`: a document's label, whatever its tag
        if self.plural_role_opening(i):
            return False
        return self.kb.speech_lemma(tok.text, tok.lemma, tok.upos) is None or tok.upos in ("PROPN",)

    def in_dateline(self, i: int) -> bool:
        """`PERTH — Private health insurer …`, `WASHINGTON (AP) —`: the place a story was filed from, in capitals
        before a dash that opens its paragraph, names no one who speaks or is spoken for (the tagger may take it
        for the subject of the sentence after the dash)."""
        k = i
        while k > 0 and self.para[k - 1] == self.para[i] and i - k < MAX_DATELINE_WORDS:
            k -= 1
        if k > 0 and self.para[k - 1] == self.para[i] or not self.t[k].text.isupper():
            return False  # (the capitals must open the paragraph)
        after_comma = False
        for c in range(k, i + 1):  # (`HARRISBURG, Pa. (AP) —`: after a comma, the state as written)
            after_comma = after_comma or self.t[c].text == ","
            if not (self.t[c].text.isupper() or self.t[c].text == "," or after_comma and self.is_cap(c)):
                return False
        j = i + 1
        while j < len(self.t) and self.para[j] == self.para[i]:
            if self.t[j].text == "(":  # (`(AP)`, `(Reuters)`: the agency filing it)
                close = next((c for c in range(j + 1, min(j + 6, len(self.t))) if self.t[c].text == ")"), None)
                if close is None:
                    return False
                j = close + 1
            elif self.t[j].text.isupper() or self.t[j].text == "," or (
                    self.is_cap(j) and any(self.t[c].text == "," for c in range(i, j))):
                j += 1  # (`PORT HEDLAND, Australia —`: after a comma, the state or country as written)
            else:
                break
        return j < len(self.t) and self.para[j] == self.para[i] and self.t[j].text in DASHES

    def plural_role_opening(self, i: int) -> bool:
        """`Ministers have spoken …`: the plural of a title or a person noun the data lists that opens the
        sentence is a group, never a name, even when the tagger reads its capital as a proper noun (`NNPS`).
        A surname that only looks plural (`Sanders`, `Peters`) is no listed noun; a party's members
        (`Republicans`) keep the capital anywhere: the group the draft names, as before."""
        tok = self.t[i]
        if tok.upos != "PROPN" or tok.xpos != "NNPS" or tok.ner is not None or not self.sentence_initial(i) \
                or (i + 1 < len(self.t) and self.is_cap(i + 1) and not self.sentence_initial(i + 1)):
            return False
        singular = self.kb.singular(tok.text).lower()
        return singular != tok.text.lower() and singular not in self.kb.parties and (
            self.kb.is_title(singular) or singular in self.kb.person_nouns or self.low(i) in self.kb.person_nouns)

    def sentence_initial(self, i: int) -> bool:
        return i == 0 or self.t[i - 1].sentence != self.t[i].sentence or self.para[i - 1] != self.para[i] \
            or self.t[i - 1].text in SENTENCE_END | set(ALL_MARKS) | {":", "—"}

    def is_descriptor_word(self, i: int) -> bool:
        low = self.low(i)
        return (
            self.in_title[i] or self.kb.is_title(low) or low in self.kb.demonyms or self.t[i].text in self.kb.demonyms
            or self.kb.organisation(self.t[i].text) is not None
        )

    def speech(self, i: int) -> str | None:
        tok = self.t[i]
        if self.inside[i]:
            return None
        found = self.kb.speech_lemma(tok.text, tok.lemma, tok.upos)
        if found is None and tok.upos == "VERB":
            for rest in self.kb.phrasal_cues.get((tok.lemma or "").lower(), []):
                if all(i + n < len(self.t) and self.low(i + n) == word for n, word in enumerate(rest, 1)):
                    return " ".join(((tok.lemma or "").lower(), *rest))  # `went on about`
        return found

    def speech_after_subject(self, i: int) -> bool:
        """`"…," she yells`: an inflected speech verb right after a pronoun or a name, whatever its tag; a
        capitalised form after a name goes on with that name (`the United States`), no verb."""
        lemma = self.kb.verb_forms.get(self.low(i))
        if lemma is None or self.low(i) == lemma or self.inside[i] or i == 0:
            return False
        prev = i - 1
        return self.low(prev) in self.kb.pronouns or (self.is_name_token(prev) and not self.is_cap(i))

    def boundary(self, i: int) -> bool:
        """Sentence-final punctuation outside quotes and outside parentheses (`Rep. X (R-Fla.) said`)."""
        if self.t[i].text not in SENTENCE_END or self.inside[i] or self.title_period(i):
            return False
        return not (i + 1 < len(self.t) and self.t[i + 1].text == ")" and self.t[i + 1].start == self.t[i].end)

    def title_period(self, i: int) -> bool:
        """`said Army Capt. Ivo Brandt`: the period of an abbreviated title, cut off by the tokenizer,
        before a capitalised word ends no sentence."""
        return self.t[i].text == "." and 0 < i < len(self.t) - 1 and self.t[i - 1].end == self.t[i].start \
            and self.kb.is_title(self.low(i - 1) + ".") and self.t[i + 1].text[:1].isupper()

    def glued_full_stop(self, i: int) -> bool:
        """`momentum against Kemp. Sen. Ann Roe`: the tokenizer sometimes keeps a sentence's full stop on its last
        word (and may not even end the sentence there); a word so ended that is no abbreviation ends a sentence."""
        text = self.t[i].text
        stem = text[:-1]
        low = text.lower()
        return text.endswith(".") and len(stem) >= 2 and stem.isalpha() and not stem.isupper() \
            and not self.kb.is_title(low) and low not in self.kb.title_abbreviations \
            and low not in self.kb.name_abbreviations | self.kb.legal_suffixes | self.kb.word_abbreviations

    def quote_tokens(self, q: Quote) -> tuple[int, int]:
        """The quote's first and last tokens; a mark glued to the token before (`’“`) counts as in it."""
        first = min(bisect.bisect_left(self.starts, q.start), len(self.t) - 1)
        last = bisect.bisect_left(self.starts, q.end) - 1
        return first, max(first, last)

    def quoted_title_after(self, k: int) -> int | None:
        """The last token of a short quoted title right after token k, when k (`of`, `the`) cannot end
        a noun phrase (`the co-author of "Salt Roads"`): the title belongs to the phrase, not a quote."""
        if self.low(k) not in ("of", "the") or k + 1 >= len(self.t) or not self.inside[k + 1]:
            return None
        spans = (self.quote_tokens(q) for q in self.quotes)
        last = next((end for first, end in spans if first == k + 1), None)
        return last if last is not None and last - k <= QUOTED_TITLE_TOKENS else None

    def closes_outside(self, k: int) -> bool:
        """A token outside every quote, or the last before a quote's closing mark (`called it "a mess,"`):
        a comma the narration sets there even when the style puts it inside the marks."""
        spans = map(self.quote_tokens, self.quotes)
        return not self.inside[k] or any(end == k + 1 and first < k for first, end in spans)

    def pre_window(self, first: int) -> list[int]:
        out: list[int] = []
        i = first - 1
        while i >= 0 and self.para[i] == self.para[first] and not self.inside[i] and not self.boundary(i):
            out.append(i)
            i -= 1
        return out[::-1]

    def post_window(self, last: int) -> list[int]:
        out: list[int] = []
        i = last + 1
        while i < len(self.t) and self.para[i] == self.para[last] and not self.inside[i]:
            if self.boundary(i):
                break
            out.append(i)
            i += 1
        return out

    def words(self, first: int, last: int) -> tuple[Word, ...]:
        return tuple(Word(self.t[i].text, self.word_class(i), self.t[i].ner) for i in range(first, last + 1))

    def word_class(self, i: int) -> str | None:
        """The token's tag, except a role the tagger took for a proper noun only for the capital a sentence gives
        it (`Filmmaker Ann Roe called …`): a noun. (A title, `Governor`, is read as one whatever its tag.)"""
        tok = self.t[i]
        low = tok.text.lower()
        if tok.upos == "PROPN" and tok.ner is None and (i == 0 or self.t[i - 1].sentence != tok.sentence) \
                and tok.text[1:].islower() and tok.text not in self.kb.given_names and not self.kb.is_title(low) \
                and self.kb.is_role(low):
            return "NOUN"
        return tok.upos

    def span_text(self, first: int, last: int) -> str:
        """The words as written, less invisible format characters (a name is `Jane Roe`, never `Jane \u00adRoe`)."""
        return without_invisible(self.doc.text[self.t[first].start:self.t[last].end])

    def name_text(self, first: int, last: int) -> str:
        """A name as written, without the nickname inside it."""
        if not any(k in self.nickname_tokens for k in range(first, last + 1)):
            return self.span_text(first, last)
        return " ".join(self.t[k].text for k in range(first, last + 1) if k not in self.nickname_tokens)

    def glued_hyphen(self, k: int) -> bool:
        """A hyphen inside a word (`Seo-yeon`, `AFL-CIO`), not a dash between clauses."""
        return self.t[k].text == "-" and 0 < k < len(self.t) - 1 \
            and self.t[k - 1].end == self.t[k].start and self.t[k].end == self.t[k + 1].start

    def subject_of(self, verb: int) -> int | None:
        """The verb's subject; of several (a misparse), the one nearest before the verb when a
        dateline or a time phrase set off by punctuation opens the clause (`WASHINGTON — Sen. Ann Roe
        said`, `Days later, Roe said`) or both lie in one noun phrase (`Democratic candidate Sen.
        Roe`); the first when words join them (`Roe and her aides`, `The Gazette reports that the
        team …`) or the nearest is an aside in commas (`Ann Roe, a delegate from Ohio, said`)."""
        subjects = [self._outside_party_tag(c) for c in self.children.get(verb, [])
                    if (self.t[c].deprel or "").startswith("nsubj")]
        if len(subjects) > 1:  # (`Roe … and in a letter thanked him`: a noun after a preposition is no subject)
            subjects = [c for c in subjects if not self.after_preposition(c)] or subjects
        before = sorted(c for c in subjects if c < verb)
        if before and self.in_dateline(before[0]):
            # (`WASHINGTON — Press secretary Ann Roe defended …`, parsed with the name a conjunct of the dateline;
            # `EASTPORT — Ann Roe, the mayor's nominee, spent …`, with her description a second subject)
            joined = [c for c in self.children.get(before[0], []) if self.t[c].deprel == "conj" and c < verb
                      and not self.in_dateline(c)]  # (`HARRISBURG, Pa. (AP) — Gov. X`: the state is the dateline's)
            if joined and (len(before) == 1 or self._description_set_off_after(joined[0], before[1])):
                return joined[0]
            if len(before) == 1:
                return before[0]
        if len(before) < 2:
            return before[0] if before else (subjects[0] if subjects else None)
        first, nearest = before[-2], before[-1]
        if self.in_dateline(first) and (named := self.name_closing_its_phrase(nearest, verb)) is not None:
            return named  # (`WASHINGTON — White House press secretary Ann Roe on Monday defended`, parsed in pieces)
        between = range(first + 1, nearest)
        set_off = any(self.t[k].text in (",", "(", ")", "—", "–", "-", "--") and not self.glued_hyphen(k)
                      for k in between)  # (`Roe and other right-wing leaders`: a hyphen inside a word sets nothing off)
        one_phrase = all(self.t[k].upos in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for k in between)
        aside = set_off and any(self.t[k].text == "," for k in range(nearest + 1, verb))
        return nearest if (set_off or one_phrase) and not aside else first

    def _description_set_off_after(self, name: int, noun: int) -> bool:
        """`Ann Roe, the mayor's nominee,`: the other subject is her description, set off by a comma right after
        her name (nothing but the name's words between)."""
        k = name + 1
        while k < noun and self.t[k].deprel == "flat":
            k += 1
        return k < noun and self.t[k].text == "," and all(
            self.t[j].upos in ("DET", "PROPN", "NOUN", "ADJ", "PART", "NUM") for j in range(k + 1, noun))

    def name_closing_its_phrase(self, noun: int, verb: int) -> int | None:
        """`White House press secretary Ann Roe`: the title words the parse took for a subject of their own run on,
        unbroken, to a person's name before the verb; the name's last word, or None."""
        k = noun + 1
        while k < verb and not self.inside[k] and self.t[k].upos in ("NOUN", "PROPN") and self.t[k].ner != "PERSON":
            k += 1
        if k >= verb or self.t[k].ner != "PERSON":
            return None
        while k + 1 < verb and self.t[k + 1].ner == "PERSON":
            k += 1
        return k

    def after_preposition(self, noun: int) -> bool:
        """The noun has a preposition of its own (`in a letter`): an adjunct, whatever the parse calls it; not one a
        comma sets off before it (`Midway through, a man …`: the opener's word, misattached)."""
        return any(self.t[c].deprel == "case" and self.t[c].upos == "ADP" and not self.set_off_from(c, noun)
                   for c in self.children.get(noun, []))

    def set_off_from(self, child: int, noun: int) -> bool:
        """A comma stands between a word the parse hung on a noun and that noun (`Midway through, a man`): the
        word belongs to what the comma closes, not to the noun's phrase."""
        return any(self.t[j].text == "," for j in range(child + 1, noun))

    def token_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def outside_quotes(self, sentence: int) -> list[int]:
        """The sentence's tokens that stand outside every quote."""
        first, last = self.a.sentences[sentence]
        return [k for k in range(first, last + 1) if not self.inside[k]]

    def says_yes_or_no(self, verb: int) -> bool:
        """`"…," Melanie said yes, yes`: the verb has words of its own, not the quote's."""
        return verb + 1 < len(self.t) and self.low(verb + 1) in ("yes", "no")

    def verb_read_as_noun(self, k: int) -> bool:
        """A verb the tagger read as a noun (see `subject_of_verb_read_as_noun`)."""
        return self.subject_of_verb_read_as_noun(k) is not None

    def subject_of_verb_read_as_noun(self, k: int) -> tuple[int, int] | None:
        """`Each spring, Ann Roe petitions the board: "…"`, `Every summer, the commission paints "…" on each pier`:
        a present-tense verb the tagger read as a noun, after the noun phrase that opens its clause. That phrase
        opens the clause (the sentence's start or a comma) and owns nothing (`the board's plans` are plans); the
        word governs no verb outside the quotes (`the board's plans "…" were dropped`) and no finite verb stands
        between it and the next quote, so it is the clause's only verb. Returns that phrase, its subject."""
        tok = self.t[k]
        if tok.upos != "NOUN" or tok.xpos not in ("NNS", "NN", None) or self.inside[k] or self.is_cap(k) \
                or not self.low(k).endswith("s") or self.low(k).endswith("ss") or k < 1:
            return None
        first = k - 1
        if self.t[first].upos not in ("NOUN", "PROPN"):
            return None
        while first - 1 >= 0 and not self.sentence_initial(first) and not self.inside[first - 1] \
                and self.t[first - 1].upos in ("NOUN", "PROPN", "ADJ", "NUM"):
            first -= 1
        if not self.sentence_initial(first) and self.low(first - 1) in ("the", "a", "an", "its", "this"):
            first -= 1
        if not (self.sentence_initial(first) or self.t[first - 1].text == ","):
            return None
        head = tok.head
        if head is not None and not self.inside[head] and self.t[head].upos in ("VERB", "AUX") and head > k:
            return None  # (`Harbor fees "…" rose`: a noun subject of the verb after the quote)
        j = k + 1
        while j < len(self.t) and not self.inside[j] and self.t[j].sentence == tok.sentence:
            if self.t[j].upos in ("VERB", "AUX") and not self.low(j).endswith("ing"):
                return None
            j += 1
        return (first, k - 1) if j < len(self.t) and self.inside[j] and j - k <= VERB_TO_QUOTE else None

    def in_relative_clause(self, verb: int) -> bool:
        """`a comment that described …`, `…, which some have argued was …`: the verb says what the
        noun before it is, so a cue outside the relative clause frames the sentence first."""
        if self.a.has_deps and self.t[verb].deprel == "acl:relcl" and any(
                c < verb and self.low(c) in ("who", "whom", "which", "that") and self.t[c].upos == "PRON"
                for c in self.children.get(verb, [])):
            return True  # (`which some have argued`: the pronoun is the object, a subject stands between)
        k = verb - 1
        while k >= 0 and (self.low(k) in AUX_OR_ADVERB or self.t[k].upos == "ADV"):
            k -= 1
        if k >= 1 and self.low(k) == "that" and self.t[k - 1].upos == "NOUN":
            return True  # `a comment that described …`
        return k >= 0 and self.low(k) in ("who", "which", "whom")

    def names_no_speaker(self, verb: int) -> bool:
        """A passive (`was asked`, `will be dubbed`) or a participle that modifies a noun (`a website
        called "…"`, `items labeled "…"`): the noun before such a verb is what was spoken to or named,
        never who spoke."""
        head = self.t[verb].head
        if self.t[verb].xpos == "VBN" and head is not None and (
                (self.t[verb].deprel == "acl" and head == verb - 1) or (self.t[verb].deprel == "amod" and head > verb)):
            return True  # (a noun far before `replied`, `the father of two replied`, is a misparsed subject)
        return any(self.t[c].deprel in ("aux:pass", "nsubj:pass") for c in self.children.get(verb, []))

    def _outside_party_tag(self, word: int) -> int:
        """`Sen. Ann Roe (R-Fla.) said`: a subject the parse found inside the brackets after a name is the name."""
        k = word - 1
        while k >= 0 and word - k <= 4 and self.t[k].text not in ("(", ")"):
            k -= 1
        if k < 1 or self.t[k].text != "(" or not self.is_name_token(k - 1):
            return word
        closing = next((j for j in range(word + 1, min(word + 5, len(self.t))) if self.t[j].text == ")"), None)
        return k - 1 if closing is not None else word

    def reporting_verb_over(self, verb: int) -> int | None:
        """The speech verb whose reported clause holds `verb`, in the same sentence and outside quotes.

        `Ruiz said she is sure Baker will continue to be "…"`: `continue` sits in what Ruiz said, so
        Ruiz speaks. The way up runs over clausal complements, adverbial clauses and conjuncts
        (`X said that A and that Y faced "…"`) and takes at least one complement (`X noted that the
        plan was "…"`), so an adverbial clause with a subject of its own (`…, which the
        report said was "…"`) and a second clause (`X said A, and Y called it "…"`) keep their own speaker.
        """
        if not self.a.has_deps:
            return None
        k, through_complement = verb, False
        while self.t[k].deprel in ("ccomp", "xcomp", "advcl", "conj") and self.t[k].head is not None:
            # (`Roe declared that any deal would demand "…"`: a clause opened by `that`, whatever the parse
            # calls it, is what the verb above reports)
            through_complement = through_complement or self.t[k].deprel == "ccomp" or any(
                self.t[c].deprel == "mark" and self.low(c) == "that" and c < k for c in self.children.get(k, []))
            k = self.t[k].head
            if self.t[k].sentence != self.t[verb].sentence:
                return None
            # (the way may pass through quoted words, `it was "perfectly obvious" that …`; the verb is outside)
            if through_complement and self.speech(k) and (self.subject_of(k) is not None or self.subject_on_surface(k)):
                return k
        return None

    def subject_on_surface(self, verb: int) -> bool:
        """`Ida Marsh, head of the pier trust, a charity, said she believes …`: a name or a noun phrase
        right before a speech verb the parse left without a subject (two asides often hide it)."""
        window = [k for k in range(self.a.sentences[self.t[verb].sentence][0], verb) if not self.inside[k]]
        np = self.np_before(verb, window)
        return np is not None and self.t[np[1]].upos in ("NOUN", "PROPN")

    def governs(self, head: int, word: int) -> bool:
        """The parse puts `word` under `head` (the way up from the word's own head reaches it)."""
        k, seen = self.t[word].head, set()
        while k is not None and k not in seen:
            if k == head:
                return True
            seen.add(k)
            k = self.t[k].head
        return False

    def ends_sentence(self, q: Quote) -> bool:
        """`“… neighborhood.” Russia insisted …`: a period inside the marks and a capital after."""
        inner = self.doc.text[q.inner_start:q.inner_end].rstrip()
        after = self.doc.text[q.end:q.end + 3].lstrip()[:1]
        return inner.endswith((".", "…")) and after.isupper()
