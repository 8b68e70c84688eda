"""Runs of capitalised words and what they name: a person, an organisation, a place."""

from __future__ import annotations

import unicodedata

from ..grammar import STANCE_NOUNS, _words
from ..knowledge import Knowledge, _load
from ..model import IntroducedBody, Quote, TextView
from ..nlp import Analysis
from .tokens import TokenView
from .words import DASHES, FUNCTION_WORDS, NAME_OPENERS, POSSESSIVE_S, TIME_NOUNS

# How a parse may hang a name's last word on its first (`Jane Rolo May`: `flat`; before an age, `list` or `appos`)
NAME_WORD_DEPS = frozenset({"flat", "flat:name", "list", "appos"})
MAX_BODY_DESCRIPTION = 4  # `a Dunmore-based grocery chain`: the words of a body's description after its name
STREET_WORDS = _words("street_words")  # `Marsden Street`, `Kettle Road`: a street's last word
PLACE_PREPOSITIONS = _words("place_prepositions")  # `on Marsden Street`: what follows is a place
DESCRIPTION_CLOSERS = ("that", "which", "based")  # `a budget airline based in Dunmore`: the description ends before
JOINT_BODY_NOUNS = frozenset(_load("affiliations.json")["joint_body_nouns"])  # `consortium`: see its `_doc`
INTRODUCING = ("a", "an", "the")  # `Skylane, a budget airline,`, `Skylane, the airline,`: a description set off


def fold_accents(word: str) -> str:
    """A name's words lower-cased without their accents or curly apostrophes: `François` and `Francois`,
    `O’Brien` and `O'Brien` are one spelling."""
    if word.isascii():
        return word.lower()
    word = word.replace("\u2019", "'").replace("\u2018", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def is_name_suffix(word: str) -> bool:
    """A generational suffix after a surname: `Jr.`, `Sr.`, `II`, `III`, `IV`."""
    return word in ("Jr.", "Sr.", "Jr", "Sr") or (len(word) > 1 and set(word) <= set("IVX"))


class SurnameIndex(dict[str, list[tuple[int, tuple[str, ...]]]]):
    """Surname -> (offset, full name) of every person named, looked up without case or accents."""

    def __contains__(self, surname: object) -> bool:
        return isinstance(surname, str) and super().__contains__(fold_accents(surname))

    def __getitem__(self, surname: str) -> list[tuple[int, tuple[str, ...]]]:
        return super().__getitem__(fold_accents(surname))

    def __setitem__(self, surname: str, named: list[tuple[int, tuple[str, ...]]]) -> None:
        super().__setitem__(fold_accents(surname), named)

    def get(self, surname: str, default=None):  # type: ignore[override]
        return super().get(fold_accents(surname), default)

    def setdefault(self, surname: str, default):  # type: ignore[override]
        return super().setdefault(fold_accents(surname), default)


class NameReading(TokenView):
    def __init__(self, doc: TextView, analysis: Analysis, quotes: list[Quote], kb: Knowledge):
        super().__init__(doc, analysis, quotes, kb)
        # surname -> (offset, full name) of every person the tagger named; filled by the people registry
        self.person_surnames = SurnameIndex()
        self.bodies_introduced: dict[tuple[str, ...], bool] = {}  # a name's words -> introduced as a body's? (memo)
        self._introduced_by_kind: list[IntroducedBody] | None = None  # (memo of `introduced_by_kind`)

    def is_name_token(self, i: int) -> bool:
        """A word of a name (see TokenView), a surname the tagger read as a common word, or a date's word
        that is someone's name here."""
        return super().is_name_token(i) or self.surname_standing_alone(i) or self.date_word_in_a_name(i)

    def date_word_in_a_name(self, i: int) -> bool:
        """`said Jane Rolo May, 60,`, `April Dunmore, a spokeswoman`: a word the data keeps from names as a
        date's (`not_names`) that is also a given name (`May`, `June`, `April`) is a name's word where the
        tagger calls it no date and it stands against a name: right after the tagger's person, the parse
        hanging it on that name (as one of its words, or one in a row), or opening a name the tagger calls a
        person. A date goes on with a number (`May 5`) and follows a preposition or a determiner (`in May Roe
        said`, `last June`); a day's name (`time_nouns`: `said Ada Voss Sunday`) says when, whatever the
        tagger calls it."""
        tok = self.t[i]
        low = tok.text.lower()
        if tok.text not in self.kb.given_names or low not in self.kb.not_names or low in TIME_NOUNS \
                or tok.ner in ("DATE", "TIME") or self.inside[i] or not self.is_cap(i):
            return False
        after = i + 1 if i + 1 < len(self.t) and self.t[i + 1].sentence == tok.sentence else None
        if after is not None and self.t[after].upos == "NUM":
            return False
        before = i - 1 if i > 0 and self.t[i - 1].sentence == tok.sentence else None
        head = tok.head
        if before is not None and self.t[before].ner == "PERSON" and super().is_name_token(before) \
                and head is not None and head < i and self.t[head].ner == "PERSON" and tok.deprel in NAME_WORD_DEPS:
            # (the tagger's person goes on to it, though it leaves it out; in a headline's capitals a modal goes
            # on to a verb: `Ada Voss May Step Down`)
            return after is None or not self.is_cap(after)
        return after is not None and self.t[after].ner == "PERSON" and super().is_name_token(after) \
            and (before is None or self.t[before].upos not in ("ADP", "SCONJ", "DET", "ADJ", "NUM", "ADV"))

    def surname_standing_alone(self, i: int) -> bool:
        """`Bright, who chairs the board, spoke first`, `…, Still called it`: the surname of someone the draft
        names in full, which the tagger read as an adjective, adverb or noun, standing for them alone before
        a comma or a verb (`Bright lights`, `Still waters` go on into a noun and stay words)."""
        tok = self.t[i]
        if tok.upos not in ("ADJ", "ADV", "NOUN") or self.inside[i] or not self.is_cap(i) \
                or tok.text.lower() in self.kb.not_names or self.in_title[i] or i + 1 >= len(self.t):
            return False
        if not any(len(key) > 1 for _, key in self.person_surnames.get(self.low(i), [])):
            return False
        after = self.t[i + 1]
        return after.text == "," or after.upos in ("VERB", "AUX")

    def name_runs(self, first: int, last: int) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (with name particles and hyphens) in [first, last]."""
        runs, i = [], first
        while i <= last:
            if self.is_name_token(i):
                j = i
                while j + 1 <= last and (
                    self.is_name_token(j + 1)
                    or j + 1 in self.nickname_tokens  # `Maria "Mia" Lopez`
                    or self.within_organisation(j, j + 1, last)  # `Committee to Protect Journalists`
                    or self.particles_then_name(j + 1, last)  # `de Lyon`, `van den Broek`
                    or (self.t[j + 1].text in ("-", ".") and j + 2 <= last and self.is_name_token(j + 2)
                        and self.t[j + 1].start == self.t[j].end
                        and self.t[j + 2].sentence == self.t[j].sentence)  # (never `… Ellery. Marwick …`)
                    or (self.t[j].text == "-" and self.t[j + 1].start == self.t[j].end and self.t[j + 1].text.isalpha())
                    or self.glued_word_piece(j + 1)  # `Donna` split as `Don` + `na`
                    or self.glued_hyphenated_part(j + 1)  # `Marc-André` split as `Marc` + `-André`
                    # `Securities and Exchange Commission`: an `and` inside an organisation's name
                    or (self.low(j + 1) in ("and", "&") and j + 2 <= last and self.is_name_token(j + 2)
                        and self.inside_organisation_name(j + 1))
                    # `Kim Seo-yeon`: a hyphen glued on both sides to a lower-case name part
                    or (self.t[j + 1].text == "-" and j + 2 <= last and self.t[j + 1].start == self.t[j].end
                        and self.t[j + 2].start == self.t[j + 1].end and self.t[j + 2].text.isalpha())
                ):
                    j += 1
                runs.append((i, j))
                i = j + 1
            else:
                i += 1
        return runs

    def glued_word_piece(self, k: int) -> bool:
        """`Donna`, `Wanna` split by the tokenizer into `Don` + `na` (as it splits `gonna`): a lower-case
        piece glued to a capitalised word, letters on both sides and no space, is the rest of that word."""
        return 0 < k < len(self.t) and self.t[k].start == self.t[k - 1].end and self.t[k].text.isalpha() \
            and self.t[k].text.islower() and self.t[k - 1].text.isalpha() and self.t[k - 1].text[:1].isupper()

    def glued_hyphenated_part(self, k: int) -> bool:
        """`Marc-André` split by the tokenizer into `Marc` + `-André`: a capitalised part that keeps its hyphen,
        glued to the name before it, is the rest of that name."""
        text = self.t[k].text if 0 < k < len(self.t) else ""
        return len(text) > 1 and text[0] in "-‐" and text[1].isupper() and self.t[k].start == self.t[k - 1].end

    def particled_surname(self, first: int, last: int) -> bool:
        """`Le Pham is a candidate` after `Mira Le Pham`: name particles (`le`, `van den`) then a surname, a
        run that ends a full name the draft gave before, are that surname standing alone, however the tagger
        labels them (it may take them for a body: `Le`, `Van` look like no given name)."""
        if not first < last <= first + 3 or any(self.low(k) not in self.kb.name_particles for k in range(first, last)):
            return False
        tail = tuple(fold_accents(self.t[k].text) for k in range(first, last + 1))
        return any(len(key) > len(tail) and key[-len(tail):] == tail
                   for _, key in self.person_surnames.get(self.low(last), []))

    def participle_before_a_named_role(self, first: int, j: int, allowed: set[int]) -> bool:
        """`said newly elected mayor Ann Roe`, `said industry funded candidate Ann Roe`: a past participle after
        one to three lower-case words (an adverb, or a noun the parse makes the participle's subject), before
        a role's words and a name the tagger calls a person, modifies that role as a hyphened compound does
        (`state-funded candidate`): the phrase goes on over it to the name, not the noun before it."""
        if not first < j <= first + 3 or not self.low(j).endswith("ed") or self.t[j].xpos not in ("VBN", "VBD"):
            return False
        if not all(self.glued_hyphen(k) or (self.t[k].upos in ("ADV", "NOUN") and self.t[k].text.islower())
                   for k in range(first, j)):
            return False
        k = j + 1
        while k in allowed and k - j <= 3 and not self.inside[k] and (
                self.t[k].text.islower() and self.t[k].upos in ("NOUN", "ADJ", "PROPN") or self.is_descriptor_word(k)):
            k += 1
        role = k - 1
        return role > j and k in allowed and self.t[k].ner == "PERSON" and self.is_cap(k) \
            and (self.kb.is_role(self.low(role)) or self.kb.is_title(self.low(role)))

    def particles_then_name(self, k: int, last: int) -> bool:
        """Do one to three name particles start at k, with a name word after them (`van den Broek`), or
        glued to it by a hyphen (`al-Rashid`)?"""
        end = k
        while end <= last and end - k < 3 and self.low(end) in self.kb.name_particles:
            end += 1
        if k < end < last and self.glued_hyphen(end):
            end += 1
        return end > k and end <= last and self.is_name_token(end)

    def is_initial(self, i: int) -> bool:
        """A capital letter standing for a name (`P.` in `Dorian P. Vance`), with its period."""
        text = self.t[i].text
        return len(text) == 2 and text[0].isupper() and text[1] == "."

    def has_name(self, first: int, last: int) -> bool:
        return any(self.strip_descriptors(*run) for run in self.name_runs(first, last))

    def has_person(self, first: int, last: int) -> bool:
        """Does the span name a person (not just an organisation or a place)?"""
        for run in self.name_runs(first, last):
            stripped = self.strip_descriptors(*run)
            if stripped and self.run_kind(*stripped) == "person" and not (
                    stripped[0] == stripped[1] and self.t[stripped[0]].ner in ("GPE", "LOC", "ORG")):
                return True
        return False

    def strip_descriptors(self, first: int, last: int) -> tuple[int, int] | None:
        """Drop leading titles, demonyms and known organisations from a capitalised run."""
        start, end = first, last
        if self.registered_surname(first, last) or self.given_name_like_a_title(first, last):
            return first, last  # `French said` after `Maria French`: her name, not a nationality
        while first < last and (self.word_before_a_name(first, last) or self.role_before_a_name(first, last)):
            first += 1
        if self.demonym_opens_a_body(first, last):
            return first, last  # `the Canadian Athletics Federation`: the nationality is the body's own word
        while first <= last and (self.is_descriptor_word(first) or self.t[first].text in ("-",)
                                 or self.title_compound_tail(first, start)):
            courtesy = self.low(first) in self.kb.courtesy_titles and not self.judicial_style(first)
            first += 1
            if courtesy:
                break  # `Mr. King`, `Ms. Judge`: after a courtesy title comes a name, even a title word
        while first < last and self.t[first].text == ".":
            first += 1  # `Sen` `.` `Ann Roe`: the period of a title the tokenizer cut from it is no name word
        while last >= first and self.t[last].text in ("-", "."):
            last -= 1
        first = self.after_inner_title(first, last)
        while first < last and self.kb.party(self.t[first].text) and self.t[last].ner == "PERSON":
            first += 1  # `Democrat Rosa Quint`: the party is no part of her name
        if first > last and start == end and self.t[end].ner == "PERSON" and not self.abbreviated_title(end) and (
                end == 0 or self.t[end - 1].upos not in ("DET", "PRON") and self.low(end - 1) not in POSSESSIVE_S):
            return end, end  # `Dean, a former party chairman`: a surname that is also a title word
        return (first, last) if first <= last else None

    def demonym_opens_a_body(self, first: int, last: int) -> bool:
        """`the British Rowing Union`, `the Canadian Athletics Federation`: a nationality opening a run of three
        words or more that ends in a body's word (`org_words`, `body_heads`) is part of that body's name, no
        descriptor of it; a title inside the run (`Canadian Prime Minister`) makes it a person's, not a body's."""
        if last - first < 2 or self.t[first].text not in self.kb.demonyms:
            return False
        end = self.low(last)
        if end not in self.kb.org_words and end not in self.kb.body_heads:
            return False
        return not any(self.kb.is_title(self.low(k)) or self.kb.demonyms.get(self.t[k].text)
                       for k in range(first + 1, last + 1))

    def judicial_style(self, k: int) -> bool:
        """`Mrs Justice Pellow`: a courtesy title and the word after it that together style a judge (listed
        among `title_abbreviations`), so the name starts after both."""
        return k + 1 < len(self.t) and f"{self.low(k)} {self.low(k + 1)}" in self.kb.title_abbreviations

    def title_compound_tail(self, k: int, start: int) -> bool:
        """`President-elect Ann Roe`, `Editor-in-Chief Ann Roe`: a lower-case word glued by a hyphen to the
        title before it goes on with that title; a name's words are capitalised (`Seo-yeon` follows a name)."""
        return start < k and self.t[k].text[:1].islower() and self.glued_hyphen(k - 1) \
            and (k - 2 < start or not self.is_name_token(k - 2) or self.is_descriptor_word(k - 2))

    def given_name_like_a_title(self, first: int, last: int) -> bool:
        """`Dean Varlow, treasurer of …`: a given name that is also a title, before a lone name no one
        named in full bears, then an appositive saying what the person is: the person's given name."""
        if last != first + 1 or self.t[first].text not in self.kb.given_names or last + 2 >= len(self.t):
            return False
        if not self.kb.is_title(self.low(first)) or self.low(first) in self.kb.courtesy_titles:
            return False
        if self.t[last + 1].text != "," or self.inside[last + 2]:
            return False
        word = fold_accents(self.t[last].text)  # (no one named in full bears it: `Prince Ali Bin Omar`)
        return not any(word in key for keys in self.person_surnames.values() for _, key in keys if len(key) > 1)

    def word_before_a_name(self, i: int, last: int) -> bool:
        """`And Voss said`, `Does Voss think`, `While Voss spoke`: a conjunction, adverb or verb the
        tagger ran into the name after it, when a full name follows it or the surname after it is
        someone's named in full (not a given name, `Will Darrow`, unless a verb before a known surname;
        nor a name the tagger misreads, `Win Maung`), or when a conjunction opens the sentence (`While Voss
        spoke`, in a story that never names Voss in full), whatever the tagger calls a subordinator or a
        preposition there (`Like Voss, the pilot, …`: a preposition, or a name's first word)."""
        if self.opens_sentence(i) and self.low(i) in NAME_OPENERS and self.t[i].text not in self.kb.given_names:
            return True
        if self.opens_sentence(i) and self.kb.verb_forms.get(self.low(i)) not in (None, self.low(i)) \
                and self.t[i].text not in self.kb.given_names:
            return True  # (`Said Roe: "…"`, `Added Roe, …`: an inverted cue's inflected verb opens the sentence)
        if self.t[i].upos not in ("CCONJ", "SCONJ", "ADV", "AUX", "VERB"):
            return False
        named = self.person_surnames.get(self.low(last), [])
        known = any(len(key) > 1 and key[0] != self.low(i) for _, key in named)
        if self.t[i].text in self.kb.given_names:
            return self.t[i].upos == "AUX" and known  # (`Will Voss win?` in a story of Ada Voss)
        return last > i + 1 or known or self.opens_sentence(i) and self.t[i].upos in ("CCONJ", "SCONJ")

    def opens_sentence(self, i: int) -> bool:
        """Is token i the first of its sentence (its capital then says nothing of a name)?"""
        return i == 0 or self.t[i - 1].sentence != self.t[i].sentence

    def role_before_a_name(self, i: int, last: int) -> bool:
        """`Comedian Marla Dennet`, `Novelist Teodor Brask`, `Rival Ann Roe`: a word for what someone does (or whom
        she sides with or against), capitalised at a sentence's start or by house style, before a given name and a
        surname the tagger calls a person (here or where the draft uses it alone), or before a name the tagger
        starts just after it."""
        if last - i < 2 or self.t[i].text in self.kb.given_names \
                or not (self.kb.is_role(self.low(i)) or self.low(i) in STANCE_NOUNS):
            return False  # (`Rival Ann Roe had mocked …`: whom she is against opens the sentence, no name word)
        person = self.t[last].ner == "PERSON" or self.low(last) in self.person_surnames  # (`Tate said` elsewhere)
        return (self.t[i + 1].text in self.kb.given_names and person) or self.tagged_from(i + 1, last) \
            or self.tagged_with_its_title(i, last)

    def tagged_from(self, first: int, last: int) -> bool:
        """Does the tagger's person start at `first` and run to `last`, the word before it no part of it?"""
        return self.t[first - 1].ner != "PERSON" and all(self.t[k].ner == "PERSON" for k in range(first, last + 1))

    def tagged_with_its_title(self, role: int, last: int) -> bool:
        """`Chair Dana Whitcombe` tagged as one person: a capitalised role word the tagger ran into the two or
        more capitalised words of a name after it is the title, no name word (the tagger's person starts at it:
        in `Rep. Ivo M. Carden` only `Rep.` is)."""
        return self.is_cap(role) and (role == 0 or self.t[role - 1].ner != "PERSON") \
            and all(self.t[k].ner == "PERSON" for k in range(role, last + 1)) \
            and all(self.is_cap(k) for k in range(role + 1, last + 1))

    def abbreviated_title(self, i: int) -> bool:
        """`Sen` cut from its period (`Sen. Ann Voss` at a sentence's start): a title's short form, no name."""
        return i + 1 < len(self.t) and self.t[i + 1].text == "." and self.t[i + 1].start == self.t[i].end \
            and self.kb.is_title(self.low(i) + ".")

    def after_inner_title(self, first: int, last: int) -> int:
        """`Commission Chair Maria Delgado`, `Transport Secretary Alan Frost`: a body's word then a
        title before the name; the name starts after the title (a title word last, `John Major`,
        or before a lone word the tagger does not call a person, stays)."""
        for k in range(last - 1, first, -1):
            if self.kb.is_title(self.low(k)) and self.is_cap(k) and (
                    last - k >= 2 or self.t[last].ner == "PERSON"):
                return k + 1
            if last - k >= 2 and self.is_cap(k) and self.kb.is_role(self.low(k)) and self.tagged_from(k + 1, last):
                return k + 1  # `County Recorder Mira Stone`, `House Republican Ada Voss`: the role before her name
        return first

    def run_kind(self, first: int, last: int) -> str:
        """person, organisation or place for a stripped capitalised run, trusting NER least."""
        text = self.span_text(first, last)
        lows = [self.low(i) for i in range(first, last + 1)]
        if self.kb.organisation(text) is not None or self.described_as_a_body(last):
            return "organisation"
        if self.street_after_a_place_word(first, last):
            return "place"
        if self.registered_surname(first, last):
            return "person"
        if self.body_introduced_as(first, last) or self.trade_name(first, last):
            return "organisation"
        if self.kb.country_of(text) or text in self.kb.demonyms:
            return "place"
        if self.party_member(first, last):
            return "other"
        if text.endswith("s") and self.kb.party(self.t[last].text):
            return "organisation"  # `Democrats said`, `House Republicans argue`: the party speaking as a body
        if self.place_of_office(first, last):
            return "place"
        if self.body_named_in_full_from(first, last) is not None:
            return "organisation"  # (`Carrow Mutual said`, after `Carrow Mutual Bank`, whatever a headline made it)
        surname = lows[-1]
        if surname in self.person_surnames:
            return "person"
        labels = {self.t[i].ner for i in range(first, last + 1)}
        if any(w in self.kb.org_words for w in lows) or (len(text) >= 2 and text.isupper() and "." not in text):
            return "organisation"
        prev = first - 1
        if prev >= 0 and self.low(prev) == "the":
            return "organisation"
        if self.suffixed_full_name(first, last):
            return "person"
        owned = first > 0 and self.t[first - 1].text in POSSESSIVE_S and (
            self.t[first].text in self.kb.given_names or self.body_owns_a_name(first - 1))
        if "PERSON" in labels or (last > first and (self.t[first].text in self.kb.first_names or owned
                                                     or self._titled_given_name(first))):
            return "person"  # (`the Center's Dan Lowe`: a given name after a body's possessive)
        if labels & {"ORG"}:
            return "organisation"
        if labels & {"GPE", "LOC"}:
            return "place"
        if last == first and (lows[0] in self.kb.person_nouns or labels in ({"MISC"}, {"NORP"})):
            return "other"  # `Democratic presidential nominee`: a party or nationality word names no one
        return "person"

    def street_after_a_place_word(self, first: int, last: int) -> bool:
        """`On Marsden Street, where fences had fallen, …`, `along Kettle Road`: a run of two words or more ending in a
        street's word (`street_words`) right after a preposition of place (`place_prepositions`) names where something
        is, never someone, though the tagger may read a surname in it (`said Ivo Lane` has no preposition)."""
        return first > 0 and last > first and self.low(last) in STREET_WORDS \
            and self.low(first - 1) in PLACE_PREPOSITIONS and not self.inside[first - 1]

    def trade_name(self, first: int, last: int) -> bool:
        """`Jessica Records`, `Owen Pictures`: a name of two words or more ending in a line of work (`trade_name_ends`)
        is a body trading under it, though the tagger may read a given name and a surname in it; no one's surname is
        `Records`."""
        return last > first and self.low(last) in self.kb.trade_name_ends

    def described_as_a_body(self, last: int) -> bool:
        """`Brightwell Foods, a grocery chain,`, `Citizens for Safe Water, an advocacy group,`: a name set off by a
        description whose head noun is a body's (`group`, `chain`, `company`) names that body, whatever the tagger
        made of it (a member of one, `Ann Roe, a member of the group`, is a person: the head is `member`)."""
        return self.described_kind(last) is not None

    def described_kind(self, last: int, articles: tuple[str, ...] = ("a", "an")) -> str | None:
        """The body's noun heading a description set off after a name (`Brightwell Foods, a grocery chain,`:
        `chain`), opened by one of `articles`; None when there is none or its head is no body's noun."""
        k = last + 1
        if k + 2 >= len(self.t) or self.t[k].text != "," or self.low(k + 1) not in articles:
            return None
        end = k + 2
        parsed = self.a.is_parsed(self.t[k].sentence)  # (a skipped sentence: its words alone, as `describing_word`)
        while end < min(len(self.t), k + 2 + MAX_BODY_DESCRIPTION) and (self.t[end].text.islower() and (
                self.t[end].upos in ("ADJ", "NOUN", "PROPN", "VERB") if parsed
                else self.t[end].text.isalpha() and self.low(end) not in FUNCTION_WORDS)
                or self.place_in_a_description(end)) and not self.inside[end] \
                and self.low(end) not in DESCRIPTION_CLOSERS:
            end += 1
        if end == k + 2 or end < len(self.t) and self.t[end].text not in (",", ".", ";") \
                and self.low(end) not in DESCRIPTION_CLOSERS:
            return None
        # (its head is a common noun: `a host at Harbor Radio` ends on a name, no description of a body)
        return self.low(end - 1) if self.t[end - 1].text.islower() and self._body_head(self.low(end - 1)) else None

    def place_in_a_description(self, k: int) -> bool:
        """`the Leith seafood restaurant`, `a Dutch budget airline`: a capitalised place or nationality among a body's
        describing words says where it is, no name of its own."""
        return self.t[k].text[:1].isupper() and (self.t[k].ner in ("GPE", "LOC") or self.t[k].text in self.kb.demonyms
                                                  or self.kb.names_a_country_or_state(self.t[k].text))

    def introduced_as_a_body(self, first: int, last: int | None = None) -> bool:
        """`the streaming service Tunely`, `The airline Skylane`: a name right after a description whose head noun is
        a body's (`service`, `airline`, `group`) and joined to it by the parse is that body's, whatever the tagger
        made of it; a given name opens a person's (`the firm Ann Roe founded`), and a surname the draft gives a person
        in full is read as hers before this (`registered_surname`). A sentence the parser skipped (no speech in it:
        `The airline Skylane cancelled 140 flights.`) is read by its words alone: lower-case words after the article,
        the last a body's noun, then the name."""
        last = first if last is None else last
        k = first - 1
        parsed = k >= 0 and self.a.is_parsed(self.t[k].sentence)
        if k < 1 or self.t[first].text in self.kb.given_names or not self.t[k].text.isalpha() \
                or not self.t[k].text.islower() or (parsed and self.t[k].upos != "NOUN") \
                or not self._body_head(self.low(k)) or self.t[first].sentence != self.t[k].sentence:
            return False
        if parsed and self.a.has_deps and not (self.t[last].head == k or self.t[k].head in range(first, last + 1)) \
                and not self.subject_cut_from_its_noun(k, first, last):
            return False  # (the name and the noun not joined: `the firm Roe founded`, Roe the clause's subject)
        if not parsed and any(self.t[n].ner == "PERSON" for n in range(first, last + 1)):
            return False  # (no parse to join them: `told the board Roe would resign`, a person the tagger saw)
        j = k - 1
        while j >= 0 and k - j <= MAX_BODY_DESCRIPTION + 2 and not self.inside[j] and self.describing_word(j, parsed):
            j -= 1
        return j >= 0 and not self.inside[j] and (self.low(j) in ("the", "a", "an")
                                                  or j < k - 1 and self.description_opens_sentence(j, parsed))

    def description_opens_sentence(self, j: int, parsed: bool) -> bool:
        """`Private health insurer Pellworth Health says …`, `SYDNEY — Budget airline Skylane cut …`: a body's
        description may open its sentence (after a dateline) with no article, its first word capitalised only as the
        sentence's opener; it is then a describing word like those after it (`describing_word`), no name's."""
        text = self.t[j].text
        if not text[:1].isupper() or text.isupper() \
                or not (self.opens_sentence(j) or j > 1 and self.t[j - 1].text in DASHES and self.in_dateline(j - 2)):
            return False
        return self.t[j].upos in ("ADJ", "NOUN") if parsed else text.isalpha() and self.low(j) not in FUNCTION_WORDS

    def describing_word(self, j: int, parsed: bool) -> bool:
        """A word between the article and a body's noun that only describes the body (`the budget airline`, `the
        low-cost airline`, `the Dutch airline`): a lower-case adjective or noun (in a sentence the parser skipped, a
        lower-case word of letters that is no function word), a hyphen inside a word, or a nationality."""
        text = self.t[j].text
        if self.glued_hyphen(j) or text in self.kb.demonyms:
            return True
        if not text.islower():
            return False
        return self.t[j].upos in ("ADJ", "NOUN") if parsed else text.isalpha() and self.low(j) not in FUNCTION_WORDS

    def subject_cut_from_its_noun(self, k: int, first: int, last: int) -> bool:
        """`after the airline Skylane grounded its fleet`: the parse may make the name the subject of the verb after
        it and leave the body's noun before it on its own; the name is still the noun's, unless that verb's clause
        hangs on the noun (`the firm Roe founded`) or the tagger calls the name a person's."""
        verb = self.t[last].head
        return verb is not None and verb > last and (self.t[last].deprel or "").startswith("nsubj") \
            and self.t[verb].head != k and self.t[verb].sentence == self.t[k].sentence \
            and not any(self.t[n].ner == "PERSON" for n in range(first, last + 1))

    def body_introduced_as(self, first: int, last: int) -> bool:
        """Does the draft introduce this name anywhere as a body's (`the streaming service Tunely`), so that `Tunely
        said` later is the body speaking?"""
        words = tuple(self.t[k].text for k in range(first, last + 1))
        known = self.bodies_introduced
        if words not in known:
            size = len(words)
            known[words] = any(
                tuple(self.t[i + n].text for n in range(size)) == words and self.introduced_as_a_body(i, i + size - 1)
                for i in range(1, len(self.t) - size + 1) if self.t[i].text == words[0])
        return known[words]

    def introduced_by_kind(self) -> list[IntroducedBody]:
        """Every body the draft introduces by the noun for its kind, outside quotes: a name right after its
        description (`the budget airline Skylane`: `introduced_as_a_body`) or set off by one after it (`Skylane, a
        budget airline,`, `Skylane, the airline,`: `described_kind`). Read once here, so that a later `the airline`
        (here and in affiliation, which gets the list with the attribution result) means the same body."""
        if self._introduced_by_kind is None:
            found = []
            for s, t in self.name_runs(0, len(self.t) - 1):
                body = self.strip_descriptors(s, t)
                if body is None or self.inside[body[0]]:
                    continue
                first, last = body
                if last + 2 < len(self.t) and self.t[last + 1].text in POSSESSIVE_S and self.t[last + 2].text == ",":
                    last += 1  # (`Calder's, the seafood restaurant,`: a shop named for its owner, `'s` and all)
                kind = self.low(first - 1) if self.introduced_as_a_body(first, last) \
                    else self.described_kind(last, INTRODUCING) or self.kind_set_off_before(first, last)
                if kind is not None:
                    found.append(IntroducedBody(self.t[first].start, self.t[last].end, self.span_text(first, last),
                                                kind))
            self._introduced_by_kind = found
        return self._introduced_by_kind

    def body_named_in_full_from(self, first: int, last: int) -> str | None:
        """`Carrow Mutual said …` after `a teller at Carrow Mutual Bank`: a name of two words or more that
        the tagger reads as a body here and that opens the one longer name the draft gave before it, outside quotes,
        ending in a body's word (`Bank`, `Ltd`: `legal_suffixes`, the organisation words, `body_kinds`), is that body
        named short; its full name, or None. (A headline's `Carrow Mutual`, read as a person's, leaves a surname
        behind that no body's short name is.)"""
        if last == first or not all(self.t[n].ner == "ORG" for n in range(first, last + 1)):
            return None
        return self.body_opened_by([self.t[n].text for n in range(first, last + 1)], first)

    def body_opened_by(self, words: list[str], before: int) -> str | None:
        """The one name the draft gave before token `before`, outside quotes, longer than `words`, opening with them
        and ending in a body's word (`Harwell Grain` for `Harwell Grain Cooperative`), or None."""
        kb, size = self.kb, len(words)
        ends = kb.legal_suffixes | kb.org_words | kb.body_heads | {w for ws in kb.body_kinds.values() for w in ws}
        names = {self.span_text(s, t) for s, t in self.name_runs(0, before - 1)
                 if t - s + 1 > size and not self.inside[s] and self.low(t) in ends
                 and [self.t[n].text for n in range(s, s + size)] == words}
        return names.pop() if len(names) == 1 else None

    def kind_set_off_before(self, first: int, last: int) -> str | None:
        """`The consortium, Eastmere Capital Partners, said …`, `a coalition, Clean Air Now, …`: the body's noun (after
        an article and describing words) set off right before its name, which a comma or the sentence's end closes;
        None when there is none, the noun is no body's, or the name is a person's (`the group, Ann Roe said`)."""
        k = first - 2
        if k < 1 or self.t[first - 1].text != "," or not self.t[k].text.islower() or not self._body_head(self.low(k)) \
                or self.t[first].text in self.kb.given_names \
                or any(self.t[n].ner == "PERSON" for n in range(first, last + 1)) \
                or last + 1 >= len(self.t) or self.t[last + 1].text not in (",", ".", ";") \
                or self.t[k].sentence != self.t[last].sentence:
            return None
        parsed = self.a.is_parsed(self.t[k].sentence)
        if parsed and self.t[k].upos != "NOUN":
            return None
        j = k - 1
        while j >= 0 and k - j <= MAX_BODY_DESCRIPTION + 2 and not self.inside[j] and self.describing_word(j, parsed):
            j -= 1
        return self.low(k) if j >= 0 and self.low(j) in INTRODUCING and not self.inside[j] else None

    def _body_head(self, low: str) -> bool:
        """A noun for a body (`company`, `group`, `airline`, `studio`, `consortium`): what `the <noun> X` introduces."""
        return low in self.kb.org_words or low in self.kb.body_anaphors or low in self.kb.body_kinds \
            or low in self.kb.classifier_nouns or low in JOINT_BODY_NOUNS

    def _titled_given_name(self, first: int) -> bool:
        """`Fenwick County Recorder Alma Greer`: a given name right after a capitalised title opens a person's name,
        though the tagger may read the whole run, title and all, as one body's (a body's name has no title before
        it)."""
        return first > 0 and self.t[first].text in self.kb.given_names and self.is_cap(first - 1) \
            and self.kb.is_title(self.low(first - 1))

    def suffixed_full_name(self, first: int, last: int) -> bool:
        """`Grant Hollis III`, `Edwin Tarrant Jr.`: a given name, a surname and a generational suffix are a
        person's name, though the tagger may take the numbered run for a body's (a war or a treaty has no
        given name before its number)."""
        if last - first < 2 or self.t[first].text not in self.kb.given_names or not self.is_cap(last - 1):
            return False
        return is_name_suffix(self.t[last].text)  # (a stripped run: `Jr` without the period the tokenizer cut)

    def party_member(self, first: int, last: int) -> bool:
        """`Cole, a Democrat,`, `a senior Republican`: a lone party word the tagger calls a person names a
        party's member, no one in particular; so does one member after a place or chamber (`a Vermont
        Democrat`, `one South Carolina Republican`; `Georgia` may be a given name, but no one's surname is
        Democrat) unless a surname the draft names comes before it. (`the Idaho Republican` is someone
        the draft named: left to the steps that read a definite description.)"""
        if self.kb.party(self.t[last].text) is None:
            return False
        if first == last:
            return self.t[first].ner == "PERSON"
        member = self.low(last) in self.kb.parties and self.low(last) in self.kb.person_nouns
        return member and (first == 0 or self.low(first - 1) != "the") \
            and self.low(last - 1) not in self.person_surnames

    def place_of_office(self, first: int, last: int) -> bool:
        """`the mayor of Oakvale`: one capitalised word after a title and `of` is the place or body the
        office is of, whatever the tagger calls it (a person named in full is still that person)."""
        return first == last and first >= 2 and self.low(first - 1) == "of" and self.kb.is_title(self.low(first - 2)) \
            and not self.registered_surname(first, last)

    def registered_surname(self, first: int, last: int) -> bool:
        """A lone word that a person named in full bears as a surname (`Maria French`, `Paul Jordan`),
        standing as a name rather than qualifying a noun (`French wine`, `the Jordan River`): the
        person, whatever the word's other reading as a nationality or a country."""
        if first != last or self.low(first) not in self.person_surnames:
            return False
        if not any(len(key) > 1 for _, key in self.person_surnames[self.low(first)]):
            return False
        tok = self.t[first]  # (the tagger may call it an adjective even as the subject: `French said`)
        return (tok.upos == "PROPN" or (tok.deprel or "").startswith("nsubj")) \
            and tok.deprel not in ("amod", "compound", "flat")

    def within_organisation(self, prev: int, k: int, last: int) -> bool:
        """Does token k go on the organisation name that `prev` is in (one ORG entity, to a capitalised word)?"""
        ent = self.org_entity[prev]
        if ent < 0 or self.org_entity[k] != ent:
            return False
        end = k
        while end <= last and self.org_entity[end] == ent and not self.is_cap(end):
            if self.low(end) in ("of", "and", "&"):
                return False  # (the tagger runs `Arthur Quell of Dunmore Legal` into one name; `of` has its own rules)
            if self.t[end].text in POSSESSIVE_S and end + 1 <= last and (
                    self.t[end + 1].text in self.kb.given_names or self.body_owns_a_name(end)):
                return False  # `The Harbor Post's Ann Lowe`: the body owns the name after it
            end += 1  # `to`, `for the`: small words inside the name
        return end <= last and self.org_entity[end] == ent and end - k <= 2

    def body_owns_a_name(self, possessive: int) -> bool:
        """`the Harbor Courier's Tobiah Wrennfield`, `the Herald's Oona Brask`: after a body's possessive (its
        last word a body's word, `the` before it) come two or three capitalised words, none a body's word,
        a title or a word for a person, that end the run: a person of that body, whatever the tagger made of
        the whole."""
        k = possessive - 1
        if k < 1 or self.low(k) not in self.kb.org_words or not self.is_cap(k):
            return False
        while k > 0 and self.is_cap(k - 1):
            k -= 1
        if self.low(k - 1) != "the":
            return False
        end = possessive + 1
        while end < len(self.t) and self.is_cap(end) and self.t[end].sentence == self.t[possessive].sentence:
            low = self.low(end)
            if low in self.kb.org_words or low in self.kb.person_nouns or self.is_descriptor_word(end):
                return False
            end += 1
        return 2 <= end - possessive - 1 <= 3

    def inside_organisation_name(self, conjunction: int) -> bool:
        """Does the capitalised run after this `and` end in an organisation word (`… and Exchange Commission`)?"""
        k = conjunction + 1
        while k < len(self.t) and self.is_cap(k) and not self.inside[k]:
            if self.low(k) in self.kb.org_words:
                return True
            k += 1
        return False

    def with_its_of_part(self, body: tuple[int, int], before: int) -> tuple[int, int]:
        """`the Department of Harbors`, `the Bureau of Land Records`, `the Department for Ports`: a body whose
        head word comes before `of` (or `for`) is named up to the end of the capitalised run after it (`the
        department` stands for all of it); a run joined by `and` goes on (`of Health and Safety`), and so does a
        body already read with its `of` or `for` part (`the Department for Work` `and Pensions`). The run must
        start right after `of` or `of the` (or the `and`) and stay in the body's sentence, before `before`."""
        k = body[1] + 1
        if k < before and self.low(k) in ("of", "for") and self.is_cap(body[1]):
            k += 1 if k + 1 < before and self.low(k + 1) == "the" else 0
        elif not (k < before and self.low(k) in ("and", "&") and self.is_cap(body[1])
                  and any(self.low(x) in ("of", "for") for x in range(body[0] + 1, body[1]))
                  and not self.another_name_after_and(k + 1, before - 1)):
            return body
        end = body[1]
        for run in self.name_runs(k + 1, before - 1):
            if run[0] != k + 1 or self.t[run[0]].sentence != self.t[body[1]].sentence or self.inside[run[0]]:
                break
            end, k = run[1], run[1] + 1
            if k + 1 >= before or self.low(k) not in ("and", "&") or self.another_name_after_and(k + 1, before - 1):
                break
        return body[0], end

    def body_of_part_end(self, of: int, allowed: set[int]) -> int | None:
        """Where the `of` part of a body's name ends when `of` (or `for`) follows a capitalised body word (`the
        Office of Management and Budget`, `the Bank of Dunmore`, `the Department for Ports and Harbors`), within
        the `allowed` tokens; None for any other `of` (`Ann Roe of Harlow`)."""
        head = of - 1
        if self.low(of) not in ("of", "for") or head < 0 or not self.is_cap(head) \
                or self.low(head) not in self.kb.org_words:
            return None
        end = self.with_its_of_part((head, head), max(allowed) + 1)[1]
        return end if end > head and all(k in allowed for k in range(of, end + 1)) else None

    def body_fields_end(self, first: int, conj: int, allowed: set[int]) -> int | None:
        """Where a body's name read from `first` up to the `and` at `conj` goes on, when the name run before the
        `and` is a body with its `of` or `for` part (`the Department for Work` `and Pensions`); None otherwise."""
        runs = self.name_runs(first, conj - 1)
        if not runs or runs[-1][1] != conj - 1:
            return None
        end = self.with_its_of_part(runs[-1], max(allowed) + 1)[1]
        return end if end >= conj and all(k in allowed for k in range(conj, end + 1)) else None

    def another_name_after_and(self, first: int, last: int) -> bool:
        """`the University of Harlow and Professor Ida Venn`, `the Bureau of Ports and the Coast Guard`: after the
        `and` of a body's `of` part comes someone else, not the part's next field (`of Health and Human
        Services`, `of Management and Budget`): a person (the tagger's, a given name or a title opening the
        run) or a body the house knows by name. (A field is read as one whatever the tagger makes of it.)"""
        runs = self.name_runs(first, last)
        if not runs or runs[0][0] != first:
            return False
        start, end = runs[0]
        stripped = self.strip_descriptors(start, end)
        return any(self.t[k].ner == "PERSON" for k in range(start, end + 1)) \
            or self.t[start].text in self.kb.first_names or stripped is None or stripped[0] != start \
            or self.kb.organisation(self.span_text(start, end)) is not None

    def names_someone_else(self, first: int, last: int) -> bool:
        """A person named in the span, other than a capitalised word that only qualifies the next title."""
        for run in self.name_runs(first, last):
            stripped = self.strip_descriptors(*run)
            if stripped is None or self.run_kind(*stripped) != "person":
                continue
            if stripped[0] == stripped[1] and self.t[stripped[0]].ner in ("GPE", "LOC", "ORG"):
                continue
            after = stripped[1] + 1
            if after <= last and (self.kb.is_title(self.low(after)) or self.t[after].text in POSSESSIVE_S
                                  or self.low(after) in self.kb.person_nouns):
                continue  # `Romney's deputy political director`, `a longtime Romney friend`: a relation to someone
            before = run[0] - 1
            if before >= first and self.low(before) == "the":
                before -= 1
            if before >= first and self.low(before) in ("of", "at", "for", "with"):
                continue  # `president of the Harlow Campaign`: a name inside the body's name
            return True
        return False
