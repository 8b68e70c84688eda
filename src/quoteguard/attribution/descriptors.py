"""The title and affiliation words around a name (`Kremlin aide X`, `X, a spokesman for Y`)."""

from __future__ import annotations

from ..grammar import OPENING_FUNCTION_TAGS, TIME_ADVERBS
from ..marks import QUOTE_MARKS
from ..roles import town_and_state, untagged_owner_tag
from .names import NameReading
from .words import (
    CLAUSE_BREAK,
    FUNCTION_WORDS,
    PARTY_TAG,
    POSSESSIVE,
    POSSESSIVE_S,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    _words,
)

BODY_LINKS = frozenset({"of", "for", "at"})  # a role's link to the body it serves (`the leader of X`)
FIELD_LINKS = frozenset({"of", "for"})  # a role's link to the field it covers (`head of research`)
MAX_FIELD_WORDS = 4  # `director of research and development`
BODY_NAME_WORDS = frozenset({"the", "of", "for", "and", "&"})  # inside a body's name (`the Friends of the Marsh`)
HOMETOWN_LINKS = frozenset({"of", "from"})  # `, 62, of Eastland,`: where she lives, after an age
ASIDE_DASHES = frozenset({"—", "–", "--"})  # a description set off by dashes, not commas
MAX_DASHED_WORDS = 14
MAX_OPEN_DESCRIPTION = 10  # `a spokeswoman for the harbor authority` left open before its verb
MAX_BODY_KIND_WORDS = 3  # `of the conservative Heritage Institute`, `of digital consulting firm Brightline`
SINGLE_OPENERS = frozenset({"‘", "'"})  # a title set in single quotes, which a bare apostrophe may close
MAX_OWNER_WORDS = 8  # how far back an opening single quote may stand
APPOSITIVE_ARTICLES = _words("appositive_articles")  # `, another pilot who …`: opens a description as `a` does
LIST_OPENERS = frozenset({"including"})  # `, including the party's nominee, X`: one of a list, no part of her title
CURRENT_POST_OPENERS = frozenset({"now", "currently"})  # `, a former mayor, now a radio host`: the post held today
LIFE_STAGES = _words("life_stage_nouns")  # `As a child, Roe swam`: a time of her life, no post
MAX_CLAUSE_WORDS = 30  # `, who worked under X as … from 2004 to 2012 and is now vice president … at Y`
MAX_PREDICATE_WORDS = 6  # `as a first-term Republican state senator`
MAX_BODY_BEFORE_TITLE = 4  # `a manner Port Authority Director X`: the body's words between a noun and a title
OPENING_ROLE_WORDS = 4  # `Radio talk show host` before a name that opens a sentence
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})  # a verb with a tense of its own
IMPERATIVE_OPENERS = _words("imperative_openers")  # `Meet Harbor Mayor Ann Roe.`: a command to the reader, no title
GROUP_OPENERS = frozenset({"both", "all"})  # `Ann Roe and Ivo Brandt, both harbor pilots`: a role the list shares
MAX_GROUP_ROLE_WORDS = 8  # `, two of the most seasoned and best-paid harbor pilots`


class Descriptors(NameReading):
    def descriptor_before(self, first: int, last: int) -> int:
        """Leftmost token of the title/organisation phrase right before a name.

        Also `The new mayor, Lydia Brennan, …`: a title phrase set off by a comma before the name,
        unless the name goes straight on to its verb (`These employees, Stamp explained, were …`:
        the name opens an aside).
        """
        set_off = self.kin_set_off_before(first, last)
        if set_off is None:
            set_off = self.title_set_off_before(first, last)
        if set_off is not None:
            return set_off
        owner = self.owning_body(first)
        if owner is not None:
            return owner  # `Harbor Polling's Ana Ruiz`: the body she works for
        i = first - 1
        if i >= 0 and self.t[i].upos == "NOUN" and not self.is_descriptor_word(i) and not self._role_word(i):
            return first  # `In a Reuters interview Halvorsen declared`: the noun before the name is no title
        if i >= 0 and self._lone_plural(i, last):
            return first  # (`the number of pilots Velde may hire`: the plural is what she acts on)
        start = self.title_run_start(first)
        if start < first and self._relative_clause_subject(start, last):
            return first  # (`the judge Roe hired is …`: the title is the clause's head noun, not hers)
        if start < first and self._life_stage_alone(start, first):
            return first  # (`Teenager Ann Roe`: a time of her life, no post)
        # A phrase that carries no title, person noun, party rival or organisation is not a descriptor.
        if not any(self.is_descriptor_word(k) or self.low(k) in self.kb.person_nouns or self._party_rival(k, first)
                   or self.t[k].ner in ("ORG",) or self.hyphenated_title(k) or self._split_abbreviation(k)
                   for k in range(start, first)) \
                and not self._role_word(first - 1):
            return first  # (`state treasurer X`: a role noun the lists lack still heads a title)
        if start < first and self.t[start].text.islower():
            owner = self.owning_body(start)
            if owner is not None and not self._names_someone(range(owner, start - 1)):
                return owner  # `Harbor Forum's president Ann Roe`: the body owns her title
        if start < first:
            # `The party's nominee for governor, Ohio Sen. X`: a set-off title before the one before the name
            set_off = self.title_set_off_before(start, last)
            if set_off is None or set_off > 0 and self.t[set_off - 1].upos == "ADP":
                return start  # (`a takedown of the builder, Sen. X`: a preposition's object is someone else)
            return set_off
        return start

    def group_role_before(self, first: int, last: int) -> tuple[int, int] | None:
        """`two former party data analysts, Ann Roe and Ivo Brandt,`, `mayoral hopefuls Ann Roe, Ivo Brandt and
        Tom Lee`: a plural role before a list of names is each one's post, whichever place in the list she
        holds. The role's run, from its first word to the plural, or None. The list is joined (`and`, `&`,
        commas) and holds names alone (a short title such as `Sen.` beside one is hers); a role set off by a
        comma opens on an article, a count or an owner, and the list is no clause's subject (`To reach
        voters, Roe and Brandt wrote …`)."""
        k, joined = self._list_start(first)
        head = k - 1
        set_off = head >= 0 and self.t[head].text == ","
        if set_off:
            head -= 1
        if head < 0 or self.inside[head] or self.para[head] != self.para[first] or not self._plural_role(head):
            return None
        end = self._list_end(last)
        if not joined and end == last:
            return None  # (one name: `pilots Velde` is the `_lone_plural` case)
        start = self.title_run_start(head + 1)
        if not set_off:
            return start, head
        opener = start - 1
        opened = opener >= 0 and (self.t[opener].upos in ("DET", "NUM") or self.t[opener].text in POSSESSIVE_S
                                  or self.low(opener) in ("his", "her", "their", "its"))
        verb_follows = end + 1 < len(self.t) and self.t[end + 1].upos in ("VERB", "AUX")
        return (start, head) if opened and not verb_follows else None

    def group_role_after(self, first: int, last: int) -> tuple[int, int] | None:
        """`Ann Roe and Ivo Brandt, two harbor pilots,`, `…, both veteran reporters`, `…, two of the busiest
        pilots on the river`: a plural role set off after a list of names by a count or `both` is each one's
        post. The role's words, from its first to the plural, or None. A role ranked among others (`the
        busiest`) is read by its noun alone."""
        start, joined = self._list_start(first)
        end = self._list_end(last)
        n = len(self.t)
        if not joined and end == last or end + 2 >= n or self.t[end + 1].text != "," or self.inside[end + 2]:
            return None
        k = end + 2
        if not (self.t[k].upos == "NUM" or self.low(k) in GROUP_OPENERS):
            return None
        k += 1
        if k + 1 < n and self.low(k) == "of" and self.low(k + 1) == "the":
            k += 2  # (`two of the busiest pilots`)
        head = None
        ranked = False
        j = k
        while j < n and j - k < MAX_GROUP_ROLE_WORDS and not self.inside[j] and self.para[j] == self.para[first] \
                and (self.t[j].upos in ("ADJ", "NOUN", "PROPN", "ADV") or self.t[j].text == "-"
                     or self.glued_hyphen(j - 1) or self.low(j) == "and" and head is None):  # (`best-sourced`)
            ranked = ranked or self.low(j) in self.kb.ranking_words or self.t[j].xpos in ("JJS", "RBS")
            if self._plural_role(j):
                head = j
            elif head is not None:
                break
            j += 1
        if head is None:
            return None
        return (head, head) if ranked else (max(k, self.title_run_start(head + 1)), head)

    def _shared_appositive(self, j: int, last: int) -> bool:
        """`, two harbor pilots`, `, both reporters` after the last name of a list: a count or `both` opens a
        description of them all, not of her alone."""
        if not (self.t[j].upos == "NUM" and self.t[j].text.isalpha() or self.low(j) in GROUP_OPENERS):
            return False
        first = last
        while first - 1 >= 0 and self._list_name_word(first - 1):
            first -= 1
        return self._list_start(first)[1] and self.group_role_after(first, last) is not None

    def _list_start(self, first: int) -> tuple[int, bool]:
        """First token of the list of names a name at `first` stands in (`Ann Roe, Ivo Brandt and Tom Lee`), and
        whether any name comes before hers (`first` itself and False when none does)."""
        k = first - 1
        joined = False
        while k >= 0 and not self.inside[k] and self.para[k] == self.para[first] and (
                self.low(k) in ("and", "&") or self.t[k].text == "," and self._list_name_word(k - 1)
                and self.low(k + 1) not in ("and", "&")
                or self.t[k].text == "," and k + 1 < first and self.low(k + 1) == "and"
                or self._list_name_word(k)):
            joined = joined or self.low(k) in ("and", "&") or self.t[k].text == ","
            k -= 1
        while k + 1 < first and not self._list_name_word(k + 1):
            k += 1  # (the list opens on a name's word, never on a comma or `and`)
        return k + 1, joined

    def _list_name_word(self, k: int) -> bool:
        """A word of a name in a list (`Ann`, `Roe`, `O'Neil`), or a short title beside one (`Sen.`)."""
        if k < 0 or self.inside[k]:
            return False
        tok = self.t[k]
        if tok.text == "." and k > 0 and self.t[k - 1].end == tok.start and self.kb.is_title(self.low(k - 1) + "."):
            return True
        return self.is_cap(k) and (tok.ner == "PERSON" or tok.upos == "PROPN" or self.is_descriptor_word(k)
                                   or self.abbreviated_title(k))

    def _plural_role(self, k: int) -> bool:
        """`analysts`, `hopefuls`, `front-runners`: a lower-case plural whose singular is a role (kin are no
        title: `brothers Ann and Tom Roe`)."""
        text = self.t[k].text
        if not text.islower():
            return False
        one = self.kb.singular(text)
        if k >= 2 and self.glued_hyphen(k - 1) and self.kb.is_title(f"{self.low(k - 2)}-{one}"):
            return one != text  # (`front-runners` as the tokenizer split it)
        return one != text and one not in self.kb.kinship_nouns and self.kb.is_role(one, "NOUN")

    def _list_end(self, last: int) -> int:
        """Last token of the list of names a name ending at `last` opens or stands in (`Ann Roe, Ivo Brandt and
        Tom Lee`): `last` itself when nothing joins on."""
        n = len(self.t)
        k = last
        while k + 2 < n and not self.inside[k + 1] and (self.low(k + 1) in ("and", "&") or self.t[k + 1].text == ",") \
                and self._list_name_word(k + 2 if self.low(k + 2) != "and" else k + 3):
            k += 2 if self.low(k + 2) != "and" else 3
            while k + 1 < n and self._list_name_word(k + 1):
                k += 1
        return k

    def _relative_clause_subject(self, start: int, last: int) -> bool:
        """`The judge Roe was referring to is …`, `the candidate Kessler endorsed was …`: a name between an
        article's title run and a verb that another finite verb follows at once (a stranded preposition
        between them at most) is the subject of a clause on the title noun, which names someone else (the
        tagger's parse of these is no help: it takes the noun for the subject of the first verb)."""
        n = len(self.t)
        if start < 1 or self.t[start - 1].upos != "DET" or self.t[start - 1].text in POSSESSIVE_S:
            return False
        k = last + 1
        while k < n and self.t[k].upos == "AUX":
            k += 1
        if k >= n or self.t[k].upos != "VERB":
            return False
        k += 1
        if k < n and self.t[k].upos == "ADP":
            k += 1  # (`referring to`)
        return k < n and self.t[k].upos in ("AUX", "VERB") and self.t[k].xpos in FINITE_TAGS \
            and not any(self.inside[j] or self.para[j] != self.para[last] for j in range(start - 1, k + 1))

    def predicated_role(self, first: int, last: int) -> tuple[int, int] | None:
        """`Now as a mayoral candidate, Roe has …`, `Roe, as a mayoral candidate, toured …`: a role set off by
        commas beside a name that is its clause's subject is stated of her, as an appositive is. The role's
        words (after the article), or none: `as a child` is a time of her life, `as a result` no role."""
        n = len(self.t)
        if last + 1 >= n or self.inside[last + 1]:
            return None
        if self.t[last + 1].upos in ("VERB", "AUX") and first >= 2 and self.t[first - 1].text == ",":
            start = next((k for k in range(first - 2, max(-1, first - 3 - MAX_PREDICATE_WORDS), -1)
                          if self.low(k) == "as"), None)  # (the role set off before the name)
            if start is None or not (self.sentence_initial(start) or self.t[start - 1].text == ","
                                     or self.low(start - 1) in ("and", "now")):
                return None
            end = first - 2
        elif self.t[last + 1].text == "," and last + 2 < n and self.low(last + 2) == "as":
            start = last + 2  # (the role set off after the name, its verb after the closing comma)
            end = next((k for k in range(start + 1, min(n, start + 2 + MAX_PREDICATE_WORDS))
                        if self.t[k].text == ","), None)
            if end is None or end + 1 >= n or self.t[end + 1].upos not in ("VERB", "AUX"):
                return None
            end -= 1
        else:
            return None
        if start + 2 > end or self.low(start + 1) not in ("a", "an") or any(
                self.inside[k] or self.para[k] != self.para[first] for k in range(start, end + 1)):
            return None
        head = self.t[end]
        if not all(self.t[k].upos in ("ADJ", "NOUN", "PROPN") or self.t[k].text == "-"
                   for k in range(start + 2, end + 1)) or not head.text.islower() \
                or head.text in LIFE_STAGES or head.text in self.kb.kinship_nouns \
                or not self.kb.is_role(head.text, head.upos):
            return None
        return start + 2, end

    def _party_rival(self, k: int, first: int) -> bool:
        """`Democratic rival X` as much as `Republican rival X`: the adjective names her party as the noun
        does (`in the Democratic camp X funded` names no one's role)."""
        return k + 2 == first and self.t[k].text[:1].isupper() and self.kb.party(self.t[k].text) is not None \
            and self.low(k + 1) in self.kb.rival_nouns

    def _split_abbreviation(self, k: int) -> bool:
        """`Capt` `.` as the tokenizer split `Navy Capt. Ann Roe`: an abbreviated title."""
        return k + 1 < len(self.t) and self.t[k + 1].text == "." and self.t[k + 1].start == self.t[k].end \
            and self.kb.is_title(self.low(k) + ".")

    def _role_word(self, k: int) -> bool:
        """A role noun, or several of them (`Republican hopefuls Ann Roe and X`: a title the names share)."""
        text = self.t[k].text
        one = self.kb.singular(text)  # (`brothers Ann and Tom Roe` are each other's, no title)
        return self.kb.is_role(text, self.word_class(k)) or (
            text.islower() and one != text and one not in self.kb.kinship_nouns and self.kb.is_role(one, "NOUN"))

    def title_set_off_before(self, first: int, last: int) -> int | None:
        """Start of `The new mayor,` set off by a comma right before the name, if the name is no aside."""
        verb_follows = last + 1 < len(self.t) and self.t[last + 1].upos in ("VERB", "AUX")
        if first < 2 or self.t[first - 1].text != "," or self.para[first - 2] != self.para[first] or verb_follows:
            return None
        k = first - 2
        while k - 1 >= 0 and self.para[k - 1] == self.para[first] and not self.inside[k - 1] \
                and self.low(k - 1) not in LIST_OPENERS \
                and (self.t[k - 1].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or self.low(k - 1) in FUNCTION_WORDS
                     or self.t[k - 1].upos == "VERB" and self.low(k - 1).endswith("ing")  # (`the remaining`)
                     or self._modifies_a_noun_after(k - 1)  # (`the expected candidate`)
                     or self.glued_hyphen(k - 1) or k - 2 >= 0 and self.glued_hyphen(k - 2)  # (`long-time`)
                     or self.glued_hyphen(k)  # (`far-right`: the word before the hyphen, whatever its tag)
                     or self.is_descriptor_word(k - 1) or self._possessive_mark(k - 1)
                     or self.low(k - 1) in BODY_LINKS and k - 2 >= 0 and self._role_or_adjective(k - 2)
                     or self._inside_body_name(k - 1)
                     or self._titles_joined(k - 1) or self._fields_joined(k - 1)
                     or self.split_its(k - 1) or self.split_its(k) or self._ampersand_in_name(k - 1)):
            # (`The Republican nominee for president, X,`: the title's complement is part of it; `hopeful` is an ADJ;
            # `An analyst at Harbor Bank, X,`: the body she works at too)
            k -= 1
        starts_clause = k == 0 or self.para[k - 1] != self.para[first] or self.t[k - 1].text in CLAUSE_BREAK \
            or self.boundary(k - 1) or (self.t[k - 1].upos == "ADP" or self.low(k - 1) in LIST_OPENERS) \
            and self.low(k) in ("the", "a", "an") \
            or (self.inside[k - 1] or self.t[k - 1].text in QUOTE_MARKS) and not self.has_person(k, first - 2) \
            or self.t[k - 1].deprel == "cop" and self.low(k) in FUNCTION_WORDS
        # (`X is the ferry line's chief engineer, Ann Roe`: what someone is names her as a description set off
        # at a clause's start does)
        # (`"…," Network Rail's chief executive, X, said`: right after the quote; one owned by a
        # person, `"…," Rep. Y's chief of staff, X, said`, is left to the phrase reading)
        # (`went out from the club's executive director, Jerry Borden, to …`: a preposition's object)
        # (`Ivo Brandt's wife, Jane Brandt,`: a description owned by someone named is one too)
        marks = [j for j in range(k + 1, first - 2) if self._possessive_mark(j)]
        owned = bool(marks)  # (`The Republicans' chairman, X,`)
        # (a body's name before the possessive owns the role, `Marlow & Finch's finance director, X,`; only one after it
        # is a body the run passes through, `An analyst at Harbor Bank, X,`)
        through_body = any(self._inside_body_name(j) for j in range(marks[-1] + 1 if marks else k, first - 2))
        if starts_clause and (self.low(k) in FUNCTION_WORDS or self.split_its(k + 1) or owned) and (
                self._set_off_role(first - 2) and not through_body or self._role_then_body(k, first - 2)
                or self._role_then_field(k, first - 2) or self._role_then_body_noun(k, first - 2)):
            return k  # (`The state's Republican national committeeman, X,`: a role the title lists lack)
        return None

    def _ampersand_in_name(self, k: int) -> bool:
        """`Marlow & Finch's finance director, X,`: an `&` between capitalised words joins one firm's name."""
        return self.t[k].text == "&" and 0 < k < len(self.t) - 1 and self.is_cap(k - 1) and self.is_cap(k + 1)

    def split_its(self, k: int) -> bool:
        """`s` of `Its` opening a sentence, which the tokenizer cut into `It` `s` as if `it's`: with no
        apostrophe between them, the two are the possessive `its` (`Its owner, Ann Roe, said`)."""
        return 1 <= k < len(self.t) and self.low(k) == "s" and self.low(k - 1) == "it" \
            and self.t[k - 1].end == self.t[k].start

    def _life_stage_alone(self, start: int, first: int) -> bool:
        """`Teenager Ann Roe`, `local schoolgirl Ann Roe`: a word for a time of life (`life_stage_nouns`) right
        before the name, with no body's name before it (`Eastmere University student Ann Roe` keeps it: the
        body she belongs to), says who she is, not a post she holds."""
        return self.low(first - 1) in LIFE_STAGES and not any(
            self.is_cap(k) and not self.opens_sentence(k) or self.t[k].ner is not None
            for k in range(start, first - 1))

    def _inside_body_name(self, k: int) -> bool:
        """`for` in `the Eastland Institute for Maritime Studies`: a link word between capitalised words."""
        return self.low(k) in BODY_NAME_WORDS and k >= 1 and k + 1 < len(self.t) and self.is_cap(k - 1) \
            and self.is_cap(k + 1)

    def _set_off_role(self, k: int) -> bool:
        """A title word, person noun or role noun: what a description set off before a name ends on (`The
        mayor-elect, X,`: a role's glued tail ends one too)."""
        return self.is_descriptor_word(k) or self.low(k) in self.kb.person_nouns \
            or self.t[k].upos == "NOUN" and self.kb.is_role(self.t[k].text, "NOUN") \
            or self._title_compound_end(k)

    def _title_compound_end(self, k: int) -> bool:
        """`elect` of `mayor-elect`, `large` of `councilman-at-large`: the last word of a role and a listed tail
        (`title_compound_tails`) glued by hyphens."""
        for tail in self.kb.title_compound_tails:
            parts = tail.split("-")
            role = k - 2 * len(parts)
            if role >= 0 and self.kb.is_role(self.low(role)) and all(
                    self.glued_hyphen(role + 2 * n + 1) and self.low(role + 2 * n + 2) == part
                    for n, part in enumerate(parts)):
                return True
        return False

    def _role_then_body(self, start: int, last: int) -> bool:
        """`The leader of the Harbor League, Ann Roe,`: a role whose `of`/`for`/`at` names the body it serves,
        the body's capitalised name running on to the comma before the name."""
        link = next((j for j in range(start + 1, last) if self.low(j) in BODY_LINKS), None)
        if link is None or not self._set_off_role(link - 1):
            return False
        body = range(link + 1, last + 1)
        return self.is_cap(last) and all(self.is_cap(j) or self.low(j) in BODY_NAME_WORDS or self.t[j].text == "-"
                                         or self._lower_case_body_modifier(j) for j in body)

    def _lower_case_body_modifier(self, j: int) -> bool:
        """`state` of `the state House`, `federal` of `the federal Bureau of Prisons`: one lower-case word after `the`
        before a body's capitalised name, which says whose body it is."""
        return self.t[j].text.islower() and self.t[j].upos in ("ADJ", "NOUN") and j > 0 and self.low(j - 1) == "the" \
            and j + 1 < len(self.t) and self.is_cap(j + 1)

    def _role_then_field(self, start: int, last: int) -> bool:
        """`The union's director of nursing, Ann Roe,`, `Its head of research, X,`: a role whose `of`/`for` names
        the field it covers, in a few lower-case words with no article (`the director of the harbor` names a
        thing, not a field), running on to the comma before the name."""
        link = next((j for j in range(start + 1, last) if self.low(j) in FIELD_LINKS), None)
        if link is None or not self._set_off_role(link - 1) or not 0 < last - link <= MAX_FIELD_WORDS:
            return False
        field = range(link + 1, last + 1)
        return self.t[last].upos == "NOUN" and all(
            self.t[j].text.islower() and self.t[j].upos in ("NOUN", "ADJ") and self.low(j) not in FUNCTION_WORDS
            or self.low(j) == "and" and start < j < last for j in field)

    def _role_then_body_noun(self, start: int, last: int) -> bool:
        """`The director of the hospital, Ann Roe,`, `A spokeswoman for the agency, X,`: a role linked to a body
        by its common noun after `the` (a body's word: `hospital`, `agency`, `charity`), as a name would be, ends
        on the comma before the name."""
        link = next((j for j in range(last - 2, max(start, last - 2 - MAX_FIELD_WORDS), -1)
                     if self.low(j) in BODY_LINKS and self.low(j + 1) == "the"), None)
        if link is None or not self._set_off_role(link - 1):
            return False
        noun = self.low(last)
        body = noun in self.kb.org_words or noun in self.kb.classifier_nouns
        return body and self.t[last].upos == "NOUN" and noun not in self.kb.party_name_heads \
            and noun not in self.kb.collective_nouns \
            and all(self.t[j].text.islower() for j in range(link + 1, last + 1))

    def _fields_joined(self, k: int) -> bool:
        """`and` in `head of policy and planning`: two lower-case nouns of the field a role's `of` opens."""
        return self.low(k) == "and" and k >= 3 and k + 1 < len(self.t) and self.low(k - 2) in FIELD_LINKS \
            and self._set_off_role(k - 3) and all(self.t[j].text.islower() and self.t[j].upos == "NOUN"
                                                  for j in (k - 1, k + 1))

    def _titles_joined(self, k: int) -> bool:
        """`the harbor board's treasurer and former ferry pilot`: an `and` between a role and a bare modifier or
        role (no article: `the mayor and the chief` are two people) joins one person's titles."""
        return self.low(k) == "and" and k >= 1 and k + 1 < len(self.t) and self._role_word(k - 1) \
            and self.t[k + 1].upos in ("ADJ", "NOUN", "PROPN") and self.low(k + 1) not in FUNCTION_WORDS

    def _role_or_adjective(self, k: int) -> bool:
        """`nominee` in `the nominee for president`, `hopeful` in `the Republican hopeful for governor`
        (`a takedown of the builder` names no role of the person)."""
        return self.t[k].upos == "ADJ" or self.is_descriptor_word(k) or self._role_word(k)

    def kin_set_off_before(self, first: int, last: int) -> int | None:
        """Start of `his wife,` or `Tom Roe's daughter,` set off right before the name: a relation
        is the person's own wherever the phrase stands (`thanked his wife, Ann Roe, for …`), not
        only at a clause's start as other descriptions."""
        head = first - 2
        verb_follows = last + 1 < len(self.t) and self.t[last + 1].upos in ("VERB", "AUX")
        if head < 1 or self.t[first - 1].text != "," or verb_follows or self.low(head) not in self.kb.kinship_nouns:
            return None
        k = head
        while k - 1 >= 0 and head - k < 4 and self.para[k - 1] == self.para[first] and not self.inside[k - 1] \
                and (self.t[k - 1].upos in ("ADJ", "NUM") or self.t[k - 1].text == "-"):
            k -= 1  # (`his new wife`, `her 14-year-old son`)
        owner = k - 1
        if owner < 0 or self.inside[owner] or self.para[owner] != self.para[first]:
            return None
        if self.low(owner) in ("his", "her", "their"):
            return owner
        if self.t[owner].text not in POSSESSIVE_S or owner < 1:
            return None
        start = owner
        while start - 1 >= 0 and self.is_cap(start - 1) and self.para[start - 1] == self.para[first] \
                and not self.inside[start - 1]:
            start -= 1
        return start if start < owner else None

    def _gerund_modifying_role(self, i: int, start: int, first: int) -> bool:
        """`housing spokesman`, `polling director`: a lower-case `-ing` word the parse hangs as a modifier on the
        title word right after it (or on the name it stands before) says what the post covers, though tagged a verb."""
        t = self.t
        head = t[i].head
        return t[i].upos == "VERB" and t[i].text.isalpha() and t[i].text.islower() and t[i].text.endswith("ing") \
            and t[i].deprel in ("amod", "compound") and head is not None and i < head \
            and (head < first or t[head].upos == "PROPN" and head - first < 4) and start == i + 1 \
            and (self.is_descriptor_word(i + 1) or self._role_word(i + 1)) and not self.speech(i)

    def title_run_start(self, first: int) -> int:
        """Leftmost token of the run of title words, nouns and adjectives right before the name
        (`Democratic presidential front-runner`, `Sens.`), without a leading link word."""
        i = first - 1
        start = first
        while i >= 0 and not self.inside[i] and self.para[i] == self.para[first]:
            tok = self.t[i]
            low = tok.text.lower()
            if self._imperative_opener(i) or self.glued_full_stop(i):
                break  # (`Count former Governor X among …`: the verb opening the sentence is no title word; nor
                # is a word the sentence before ends on, its full stop kept on it: `against Kemp. Sen. X`)
            if self.is_descriptor_word(i) or low in self.kb.person_nouns:
                start = i
            elif self._noun_before_formal_title(i, start):
                break  # (`the way FBI Director X slammed it`: the noun heads a clause X's verb opens)
            elif tok.upos in ("NOUN", "ADJ", "PROPN") or (tok.upos is None and (
                    self.is_cap(i) or low.endswith(self.kb.title_modifier_suffixes) or self.kb.is_role(low)
                    or (self.t[i + 1].text == "-" and self.t[i + 1].start == tok.end))):
                # (an untagged sentence: `Democratic presidential front-runner X` keeps `presidential`)
                if low in SUBORDINATORS or self.speech(i):
                    break
                start = i
            elif tok.upos in ("VERB", "ADV") and tok.text.islower() and self.kb.is_role(low, tok.upos) \
                    and not self.speech(i) and not low.endswith(("ed", "ing")) \
                    and i > 0 and self.t[i - 1].upos in ("ADJ", "NOUN", "PROPN", "DET", "NUM"):
                # (`veteran comedian X`: a listed role the tagger took for a verb; `would counsel X` is one)
                start = i
            elif start == first and tok.upos == "VERB" and tok.text.islower() and low in self.kb.role_heads \
                    and low not in self.kb.not_role_heads and i > 0 and self.speech(i - 1) and not self.speech(i):
                start = i  # (`said referee X`: a listed role right after the cue, which the tagger took for a verb)
            elif tok.upos == "VERB" and tok.text.islower() and low.endswith("ed") and i >= 2 \
                    and self.t[i - 1].text == "-" and self.glued_hyphen(i - 1):
                start = i  # (`Eastland-based attorney X`: a participle glued to a place is a modifier of the role)
            elif tok.upos == "VERB" and tok.text.islower() and low.endswith("ed") and i >= 1 \
                    and self.t[i - 1].upos in ("NOUN", "PROPN") and start == i + 1 \
                    and ("-" in self.t[i - 1].text.strip("-") or i >= 2 and self.glued_hyphen(i - 2)):
                start = i  # (`tea-party backed candidate X`: a participle after a hyphened compound modifies the role)
            elif tok.upos == "VERB" and tok.text[1:].islower() and low.endswith("ing") and i + 1 < first \
                    and self.low(i + 1) in self.kb.field_heads:
                start = i  # (`boxing great X`: the sport the tagger took for a verb is the field she stands out in)
            elif self._gerund_modifying_role(i, start, first):
                start = i  # (`Labour's housing spokesman X`: the field the tagger took for a verb names the brief)
            elif tok.upos == "VERB" and self._verb_in_opening_role(i, first):
                start = i  # (`Talk show host X`, `Radio talk host X` opening a sentence: nouns tagged as verbs)
            elif tok.text == "-" and i > 0 and self.t[i - 1].end == tok.start:
                start = i
            elif start == i + 1 and self.glued_hyphen(i + 1) and tok.text.isalpha() and tok.text.islower() \
                    and not self.speech(i) and low != "then" and low not in TIME_ADVERBS:
                start = i  # (`well-known`, `twice-elected`: the word before a glued hyphen opens the compound;
                # `then-Secretary` is when, left to the former-post reading)
            elif self._inside_title_compound(i):
                start = i  # (`in` of `Editor-in-Chief X`: the link glued inside one title word, no preposition)
            elif tok.upos == "NUM" and start == i + 1 and self.t[i + 1].text == "-" and self.glued_hyphen(i + 1):
                start = i  # (`two-time champion X`: a count glued to the word after it counts her terms or wins)
            elif tok.text == "." and i > 0 and self.t[i - 1].end == tok.start \
                    and self.kb.is_title(self.low(i - 1) + "."):
                start = i  # `Sens.` split by the tokenizer into `Sens` and `.`
            elif low in ("of", "for", "and", "on") and i - 1 >= 0 and (
                self.is_descriptor_word(i - 1) or self.t[i - 1].upos in ("NOUN", "ADJ", "PROPN")
            ) and not self._plain_noun_before_link(i):
                pass
            elif low == "and" and start == i + 1 and self._party_tag_opening(i - 1) is not None:
                i = self._party_tag_opening(i - 1)  # (`Sens. Ann Roe (D-Ore.) and X`: the other's tag, read over)
            else:
                break
            i -= 1
        while start < first and (self.low(start) in ("of", "for", "and", "on", "-") or self.t[start].upos == "ADP"):
            start += 1
        return start

    def _party_tag_opening(self, close: int) -> int | None:
        """`Ann Roe (D-Ore.)`: the opening bracket of a party tag that closes at `close` right after a name."""
        if close < 0 or self.t[close].text != ")":
            return None
        opening = next((k for k in range(close - 1, max(close - 6, 0), -1) if self.t[k].text == "("), None)
        if opening is None or opening == 0 or not self.names_a_person_at(opening - 1) \
                or self.closing_bracket(opening) != close:
            return None
        return opening if self.party_tag_after(opening - 1) is not None else None

    def _imperative_opener(self, i: int) -> bool:
        """`Meet`, `Count` opening a sentence (or the text after a dateline's dash) before a title and a name: a
        verb addressed to the reader (`imperative_openers`), which the tagger may read as a capitalised title."""
        return self.low(i) in IMPERATIVE_OPENERS and self.is_cap(i) \
            and (self.opens_sentence(i) or self.t[i - 1].text in ASIDE_DASHES)

    def _inside_title_compound(self, i: int) -> bool:
        """`in` of `Editor-in-Chief`, `at` of `councilman-at-large`: a word glued by hyphens on both sides inside a
        role and a listed tail (`title_compound_tails`), part of one title word."""
        if not (1 < i < len(self.t) - 2 and self.glued_hyphen(i - 1) and self.glued_hyphen(i + 1)):
            return False
        return f"{self.low(i)}-{self.low(i + 2)}" in self.kb.title_compound_tails and self.kb.is_role(self.low(i - 2))

    def _noun_before_formal_title(self, i: int, start: int) -> bool:
        """`what unilateral action President X takes`, `in a way FBI Director X slammed`: a plain lower-case noun right
        before a capitalised title (or the body opening it) is no part of the title; a body's or a place's word
        (`campaign Chairman`, `state Rep.`), a role or a field keeps its place in it."""
        tok = self.t[i]
        low = tok.text.lower()
        # (a lower-case word the tagger took for a name is a plain noun too: `the party convention Sen. X`)
        if tok.upos not in ("NOUN", "PROPN") or not tok.text.islower() or not tok.text.isalpha() or start != i + 1 \
                or self.kb.is_role(low, tok.upos) \
                or low in self.kb.org_words or low in self.kb.place_nouns or low in self.kb.field_heads \
                or self.kb.is_title(low) or low in self.kb.title_modifier_suffixes:
            return False
        k = i + 1
        while k < min(len(self.t), i + MAX_BODY_BEFORE_TITLE) and not self.kb.is_title(self.low(k)) \
                and self.is_cap(k) and self.t[k].ner != "PERSON" and self.kb.party(self.t[k].text) is None:
            k += 1  # (`FBI`, `Port Authority`: the body opening the title; `ranking Democrat Sen.` is a role)
        return k < len(self.t) and self.t[k].text[:1].isupper() and self.kb.is_title(self.low(k))

    def _verb_in_opening_role(self, i: int, first: int) -> bool:
        """`Talk show host X`, `Radio talk host X`: a sentence that opens with a short run of nouns ending in
        a role right before the name; the tagger takes its first nouns for verbs (an imperative), but no
        clause stands between the sentence start and the name."""
        start = i
        while not self.sentence_initial(start):
            start -= 1
        run = range(start, first)
        return len(run) <= OPENING_ROLE_WORDS and self._role_word(first - 1) and all(
            self.t[k].upos in ("NOUN", "PROPN", "VERB") and self.t[k].text.isalpha() and not self.speech(k)
            and not self.low(k).endswith(("ed", "ing", "s")) or k == first - 1 for k in run)

    def _lone_plural(self, i: int, last: int) -> bool:
        """A plural noun right before one name that no other name joins (`Republican hopefuls Ann Roe and
        X` share the title; `pilots Velde` has none), unless a role comes before it in the same run
        (`the high commissioner for maritime affairs Ann Roe`: the plural ends her title)."""
        text = self.t[i].text
        if not text.islower() or self.kb.singular(text) == text:
            return False
        if any(self._role_word(k) for k in range(self.title_run_start(i + 1), i)):
            return False
        nxt = last + 1
        joined = nxt < len(self.t) and (self.low(nxt) in ("and", "&") or self.t[nxt].text == ","
                                         and nxt + 1 < len(self.t) and self.is_cap(nxt + 1))
        return not joined

    def _plain_noun_before_link(self, i: int) -> bool:
        """`the pay of harbor commissioner X`: a lower-case noun that names no role before `of`, `for`
        or `on` is what the phrase is about, so the title starts after the preposition (`secretary of
        state X`, `Harbor Board of Trade chairman X` go on)."""
        k = i - 1
        return self.low(i) != "and" and self.t[k].upos in ("NOUN", "ADJ") and self.t[k].text.islower() \
            and not self.is_descriptor_word(k) and not self._role_word(k) and self.low(k) not in self.kb.person_nouns

    def hyphenated_title(self, k: int) -> bool:
        """`front-runner` as the tokenizer split it (`front`, `-`, `runner`): a title read whole."""
        return k >= 2 and self.glued_hyphen(k - 1) and self.kb.is_title(f"{self.low(k - 2)}-{self.low(k)}")

    def owning_body(self, first: int) -> int | None:
        """Start of `Harbor Polling's` right before a name: a capitalised owner that names a body, not a
        person (`Cole's Ivo Brandt` keeps no descriptor: Cole is no organisation)."""
        mark = first - 1
        if mark < 1 or not self._possessive_mark(mark) or self.t[mark].start != self.t[mark - 1].end:
            return None
        k = mark - 1
        while k - 1 >= 0 and self.is_cap(k - 1) and self.para[k - 1] == self.para[first] and not self.inside[k - 1]:
            k -= 1
        while k < mark - 1 and self.t[k].upos in OPENING_FUNCTION_TAGS:
            k += 1  # (`As Lantern's Ann Roe put it`: the clause's opening word is no part of the name)
        owner = range(k, mark)
        if not all(self.is_cap(j) for j in owner) or any(self.t[j].ner == "PERSON" for j in owner):
            return None
        named_body = any(self.t[j].ner == "ORG" or self.low(j) in self.kb.org_words
                         or (len(self.t[j].text) >= 2 and self.t[j].text.isupper()) for j in owner) \
            or self.kb.organisation(self.span_text(k, mark - 1)) is not None
        articled = k > 0 and self.low(k - 1) == "the"
        return k if named_body or self._untagged_outlet(owner, first, articled) else None

    def _possessive_mark(self, mark: int) -> bool:
        """`’s`, or a bare apostrophe after a plural's s (`Harbor News’ Ann Roe`, `Eastland Times' Dov Kessler`)."""
        if self.t[mark].text in POSSESSIVE_S:
            return True
        # (`on ‘Harbor Views’ Ann Roe said`: the apostrophe closes a title in single quotes)
        opened = any(self.t[k].text in SINGLE_OPENERS and self.para[k] == self.para[mark]
                     for k in range(max(0, mark - MAX_OWNER_WORDS), mark))
        return self.t[mark].text in POSSESSIVE and self.t[mark - 1].text.endswith("s") and not opened

    def _names_someone(self, owner: range) -> bool:
        """Whether a possessor's last word is the surname of someone the draft names (`Velde's spokesman Tom
        Ruhl`): a person's staff serve her campaign or office, which the affiliation stage reads."""
        head = self.t[owner.stop - 1].text
        return head.lower() in self.person_surnames \
            or any(tok.ner == "PERSON" and tok.text == head for tok in self.t)

    def _untagged_outlet(self, owner: range, first: int, articled: bool = False) -> bool:
        """`Lantern's Ann Roe`: a possessor the tagger left unmarked before a name it marked a person is
        the outlet or body she works for, unless it is a place or somebody's name (`Ohio's Ann Roe`,
        `Kessler's Ann Roe` where Kessler is a person elsewhere in the draft). After `the` (`the Spyglass's
        Ann Roe`) it is no person's name, so a miscellaneous tag on it is no bar."""
        if self.t[first].ner != "PERSON" or not all(untagged_owner_tag(self.t[j].ner, articled) for j in owner):
            return False
        words = {self.t[j].text for j in owner}
        if any(self.kb.names_person_or_place(w) for w in words):
            return False
        return not any(tok.ner in ("PERSON", "GPE", "LOC", "NORP") and tok.text in words for tok in self.t)

    def descriptor_after(self, last: int) -> int:
        """Rightmost token of an appositive (`, a spokesman for X,`) or `at/of ORG` after a name."""
        n = len(self.t)
        i = last + 1
        if i >= n or self.inside[i] or self.para[i] != self.para[last]:
            return last
        if self.t[i].text in POSSESSIVE_S:
            return last
        if self.t[i].text == "(":
            # `Rep. Ann Roe (D-Ore.), chair of the caucus`: the party tag, then the appositive.
            close = self.closing_bracket(i)
            if close is None or close + 1 >= n or self.t[close + 1].text != ",":
                return last
            described = self.descriptor_after(close)
            return described if described > close else last
        if self.low(i) in ("at", "of", "from", "with"):
            j = i + 1
            while j < n and self.low(j) in FUNCTION_WORDS:
                j += 1
            if self.low(i) in ("of", "at"):
                j = self._kind_before_body(j)
            end = j
            while end < n and not self.inside[end] and (
                self.is_cap(end) or self.low(end) in ("of", "for", "and", "&", "on")
                and end + 1 < n and self.is_cap(end + 1) or end > j and self.within_organisation(end - 1, end, n - 1)
                or end > j and self.glued_hyphen(end) and self.is_cap(end + 1)  # (`the Rothe-Gale Report`)
            ):
                end += 1
            if end > j and any(self.t[k].ner == "ORG" or self.low(k) in self.kb.org_words
                               or self.kb.organisation(self.t[k].text) for k in range(j, end)):
                return end - 1
            return last
        if self.t[i].text in ASIDE_DASHES or self._spaced_hyphen(i):
            return self._dashed_description(i, last)
        if self.t[i].text == "," and i + 3 < n and self._age_then_comma(i + 1) and not self.inside[i + 3]:
            # `Ann Roe, 62, a retired nurse`: the age, then who she is (`, 62, of Eastland, a retired nurse`: her
            # hometown between)
            described = self._described_after_hometown(i + 2)
            if described <= i + 2:
                described = self.descriptor_after(i + 1)
            return described if described > i + 1 else last
        if self.t[i].text == "," and i + 1 < n and not self.inside[i + 1]:
            tag = PARTY_TAG.match(self.doc.text, self.t[i + 1].start)
            tag_end = next((k for k in range(i + 1, min(i + 5, n)) if tag and self.t[k].end == tag.end()), None)
            if tag_end is not None:
                # `Mitch McConnell, R-Ky., said`: the party and state belong to the name
                described = self.descriptor_after(tag_end)
                return described if described > tag_end else tag_end
            if self.low(i + 1) in ("of", "at"):
                described = self.descriptor_after(i)  # `the Rev. Ann Roe, of Mayfield Baptist Church`
                return described if described > i else last
        if self.t[i].text == "," and i + 1 < n and self._shared_appositive(i + 1, last):
            return last  # (`Ann Roe and Ivo Brandt, two harbor pilots`: the list's role, read in `group_titles`)
        if self.t[i].text == "," and i + 1 < n and self.t[i + 1].upos not in ("ADP", "SCONJ") \
                and not self._participle_clause(i + 1):
            # (`, on his first day in the job,` is when he spoke, not who he is; `, having met the
            # mayor,` what he did)
            end = self.appositive_end(i + 1, last)
            if end is None:
                return self._description_left_open(i + 1, last) or last
            # `, a lawyer at Dorn & Pike, who represents the county,`: a relative clause about the
            # person may follow it (`, which represents …` is about the organisation).
            if end + 2 < n and self.t[end + 1].text == "," and self.low(end + 2) in ("who", "whose") \
                    and self.low(i + 1) not in RELATIVE_PRONOUNS:
                end = self.appositive_end(end + 2, last, described=True) or end
            if end + 3 < n and self.t[end + 1].text == "," and self.low(end + 2) in CURRENT_POST_OPENERS \
                    and self.low(end + 3) in APPOSITIVE_ARTICLES and not self.inside[end + 2]:
                # `, a former mayor, now a radio host,`: the post she holds now belongs to the description
                end = self.appositive_end(end + 3, last) or end
            return end
        return last

    def _kind_before_body(self, j: int) -> int:
        """`of the conservative Heritage Institute`, `of digital consulting firm Brightline`: lower-case words saying
        what kind of body it is, before its capitalised name. Where the name starts (`j` when there is none)."""
        k = j
        while k < len(self.t) and k - j < MAX_BODY_KIND_WORDS and self._body_kind_word(k):
            k += 1
        return k if k > j and k < len(self.t) and self.is_cap(k) and not self.inside[k] else j

    def _body_kind_word(self, k: int) -> bool:
        """A lower-case adjective or noun (`non-partisan`, `consulting`, `firm`), no role's word (`of the former
        Eastland governor`: a role, not a body's kind)."""
        text = self.t[k].text
        return not self.inside[k] and text.replace("-", "").isalpha() and text.islower() \
            and self.t[k].upos in ("ADJ", "NOUN") and self.low(k) not in FUNCTION_WORDS \
            and not self.is_descriptor_word(k) and not self.kb.is_role(self.low(k))

    def _description_left_open(self, j: int, last: int) -> int | None:
        """`"…," Ann Roe, a spokeswoman for the mayor said.`: a draft that leaves out the comma closing the
        description. Right after a quote, a name's description opened by an article, naming a role and no verb,
        runs to the speech verb; its last token, or None."""
        first = last
        while first > 0 and self.is_cap(first - 1) and not self.inside[first - 1]:
            first -= 1
        if self.low(j) not in APPOSITIVE_ARTICLES or first == 0 or not self.inside[first - 1] \
                or self.para[first - 1] != self.para[first]:
            return None
        k = j
        stop = min(len(self.t), j + MAX_OPEN_DESCRIPTION)
        while k < stop and not self.inside[k] and self.para[k] == self.para[last] \
                and self.t[k].text not in CLAUSE_BREAK and not (self.speech(k) and self.t[k].upos in ("VERB", None)):
            if self.t[k].upos in ("VERB", "AUX"):
                return None
            k += 1
        if k == j or k >= len(self.t) or not self.speech(k) or self.t[k].upos not in ("VERB", None) \
                or not any(self.t[m].text.islower() and self.kb.is_role(self.t[m].text, self.t[m].upos)
                           for m in range(j, k)):
            return None
        if k + 2 < len(self.t) and self.t[k + 1].text == "," and self.inside[k + 2]:
            return None  # (`"…." Roe, an adviser said, "has the votes"`: the adviser speaks of her)
        return k - 1

    def _dashed_description(self, i: int, last: int) -> int:
        """`Ann Roe — a teacher from Eastport — said`, `Ann Roe - Kessler's deputy - said`: a description between
        dashes, opened by an article or an owner, naming a role and no verb, is the person's (any other aside
        is not)."""
        close = next((k for k in range(i + 2, min(i + MAX_DASHED_WORDS, len(self.t)))
                      if self.t[k].text in ASIDE_DASHES or self._spaced_hyphen(k)), None)
        owner = i + 2 < len(self.t) and self.is_cap(i + 1) and self.t[i + 2].text in POSSESSIVE_S
        if close is None or self.low(i + 1) not in ("a", "an", "the") and not owner or any(
                self.inside[k] or self.t[k].upos in ("VERB", "AUX") or self.para[k] != self.para[last]
                for k in range(i + 1, close)):
            return last
        role = any(self.t[k].text.islower() and self.kb.is_role(self.t[k].text, self.t[k].upos)
                   for k in range(i + 2, close))
        return close - 1 if role else last

    def _spaced_hyphen(self, k: int) -> bool:
        """`Ann Roe - the harbor's pilot - said`: a hyphen with a space on each side, which some newsrooms set
        for a dash."""
        return self.t[k].text == "-" and 0 < k < len(self.t) - 1 and self.t[k - 1].end < self.t[k].start \
            and self.t[k].end < self.t[k + 1].start

    def _participle_clause(self, k: int) -> bool:
        """`, having met the Dunmore mayor,`, `, speaking to the board chairman,`: a clause opened by a
        participle tells what the person did; its nouns are no title (`acting`, `managing` open one)."""
        return self.t[k].upos in ("VERB", "AUX") and self.low(k).endswith("ing") \
            and self.low(k) not in self.kb.title_modifiers and not self.kb.is_role(self.low(k))

    def closing_bracket(self, i: int) -> int | None:
        """The `)` closing the short bracket opened at token i (`(D-N.C.)`), if within a few tokens."""
        return next((k for k in range(i + 1, min(i + 8, len(self.t))) if self.t[k].text == ")"), None)

    def party_tag_after(self, last: int) -> str | None:
        """`Sen. Ann Roe (D-Ore.) said`: a party tag in brackets right after a name (not part of the
        mention's words, which end at the name), for the affiliation stage."""
        i = last + 1
        if i >= len(self.t) or self.t[i].text != "(" or self.inside[i]:
            return None
        close = self.closing_bracket(i)
        inside = self.doc.text[self.t[i + 1].start:self.t[close].start] if close is not None else ""
        if close is None or not (PARTY_TAG.fullmatch(inside) or inside in self.kb.party_tags):
            return None  # (`Gov. Ann Roe (R)`: the party's letter alone)
        return self.doc.text[self.t[i + 1].start:self.t[close].start]

    def appositive_end(self, j: int, last: int, described: bool = False) -> int | None:
        """Last token of the description that starts at token j after a name's comma, if it is one.

        `a harbour engineer`, `policy director at the Y Institute`, `who served as Asia director
        under President Z`. A name inside counts against it (`Ann Roe, Tom Lee said`) unless the
        description opens with an article or a relative pronoun, or the name only qualifies a
        title (`House editor for the Review`: the tagger's `House` person). A relative clause after an
        appositive (`described`) needs no title of its own.
        """
        n = len(self.t)
        end = j
        relative = False
        clause = None  # where a relative clause opens
        while end < n and not self.inside[end] and (self.t[end].text not in (",", ";", ":", ".")
                                                     or self._town_state_commas(j, end)) \
                and self.para[end] == self.para[last] and end - j < (MAX_CLAUSE_WORDS if relative else 20):
            if self.t[end].text == ",":
                end += 3  # (`a Dunmore, Ohio, rabbi`: the town's state sits inside the description)
                continue
            if self.speech(end) and self.t[end].upos in ("VERB", None) and self.low(end) not in self.kb.titles \
                    and not (end > j and self.glued_hyphen(end - 1) and self.low(end).endswith("ed")):
                # (`self-described`, `so-called`: a participle glued on is a modifier; `Spanish-speaking` tells a story)
                if clause is not None and clause > j and not described and self.low(j) in APPOSITIVE_ARTICLES:
                    end = clause  # `a strategist who has advised X`: the clause's verb is no cue of this sentence
                    break
                return None
            if clause is None and self.low(end) in RELATIVE_PRONOUNS | {"that"}:
                clause = end
            relative = relative or clause is not None
            if self.t[end].upos == "VERB" and not relative and not self.low(end).endswith(("ed", "ing")) \
                    and not (end > j and self.t[end].xpos == "VBN") \
                    and not (end > j and self.is_cap(end)) and not (end > j and self.glued_hyphen(end - 1)) \
                    and not self._modifies_a_noun_after(end) and not self._role_tagged_as_verb(j, end):
                # (`the hacker known as X`: an irregular participle after the role is a modifier too)
                # (`president of Raise the Roof`: a body's name; `far-left`: a compound's last word)
                link = self._role_before_link(j, end)
                if link is None:
                    return None  # `, the move reeks of …`: a clause of its own, not a description
                end = link  # `, a historian and runs a website`: the role, then what else she does
                break
            end += 1
        if end == j:
            return None
        words = {self.low(k) for k in range(j, end)}
        opener = self.low(j)
        describes = described or words & self.kb.titles or words & self.kb.person_nouns or (
            opener in APPOSITIVE_ARTICLES and any(self.t[k].upos == "NOUN" for k in range(j, end))) or (
            self.t[j].upos == "NOUN" and self.kb.is_role(opener, "NOUN")) or (  # (`, publisher of X`)
            self._role_noun_in(j, end)) or (  # (`, Baltic coordinator at the Y Institute`)
            opener in APPOSITIVE_ARTICLES and self._listed_role_in(j, end)) or (  # (`, a young IT professional`)
            opener == "who" and self._role_verb_after(j + 1, end)) or (  # (`, who chairs the Harbor Board`)
            self._one_of_a_role(j, end))  # (`, one of the town's best-known potters`)
        if not describes:
            return None
        if opener not in APPOSITIVE_ARTICLES | RELATIVE_PRONOUNS and not self._owned_role(j, end) \
                and not self._role_then_link(j, end) and self.names_someone_else(j, end - 1):
            return None
        return end - 1

    def _role_tagged_as_verb(self, j: int, end: int) -> bool:
        """`Jo Kerr, head coach at the Harriers,`: the tagger reads a listed role after a noun or adjective of the
        description as a verb (`coach`, `counsel`); it is the description's head, not a clause's verb."""
        return end > j and self.t[end - 1].upos in ("NOUN", "ADJ") and self.t[end - 1].text.islower() \
            and self.kb.is_role(self.low(end), "VERB")

    def _one_of_a_role(self, j: int, end: int) -> bool:
        """`one of the region's best-known glassblowers`, `one of his oldest clients`: one of a group named by a
        plural role noun (before any later link word; `sought-after` is none) says who she is, as `a glassblower`
        would."""
        if self.low(j) != "one" or j + 2 >= end or self.low(j + 1) != "of":
            return False
        link = next((k for k in range(j + 2, end) if self.t[k].upos == "ADP" and self.t[k - 1].text != "-"), end)
        return any(self.t[k].text.islower() and self.t[k].upos == "NOUN" and self.kb.names_many(self.t[k].text)
                   and self.kb.singular(self.t[k].text) != self.t[k].text for k in range(j + 2, link))

    def _modifies_a_noun_after(self, k: int) -> bool:
        """`Velde's vote director`, `a turnout drive organizer`: a word the tagger calls a verb but parses as
        modifying a noun after it is part of the description, not a clause of its own."""
        head = self.t[k].head
        return self.t[k].deprel in ("amod", "compound") and head is not None and head > k \
            and self.t[head].upos == "NOUN" and not any(self.t[m].text in CLAUSE_BREAK for m in range(k, head + 1))

    def _town_state_commas(self, j: int, k: int) -> bool:
        """The comma at k opens `, Ohio,` in `a Dunmore, Ohio, rabbi` (`roles.town_and_state`), on tokens
        outside quotes whose town and state are no function words."""
        return k == j + 2 and k + 3 < len(self.t) and self.is_cap(j + 1) and self.is_cap(k + 1) \
            and not self.inside[k + 3] and town_and_state([self.t[m].text for m in range(j, k + 4)])

    def _role_then_link(self, j: int, end: int) -> bool:
        """`leader of Norway's far-left Red Dawn party`, `senior adviser to Ann Roe`: a lower-case role
        linked to what it serves; the names after the link are that body's or person's, not a list."""
        link = next((k for k in range(j + 1, end) if self.low(k) in ("of", "at", "for", "to", "with")), None)
        # (`former Harbor Board press secretary to X`: the body's name before the role is no list of people)
        if link is None or not self.t[link - 1].text.islower():
            return False
        names = [self.t[k].text for k in range(j, link) if not self.t[k].text.islower()]
        return (not names or self.kb.organisation(" ".join(names)) is not None
                or all(self.t[k].text.islower() or self.t[k].ner != "PERSON" for k in range(j, link))) \
            and self.kb.is_role(self.t[link - 1].text, self.t[link - 1].upos)

    def _role_before_link(self, j: int, verb: int) -> int | None:
        """`a historian and runs a website`, `attorney for a group to file suit`: where the `and`, or a
        `to` after the role's complement, before a verb ends a description that already named a role
        (none for `the move reeks`; in `the only candidate to campaign in X` the verb is the role's own)."""
        link = verb - 1
        if link <= j or self.low(link) not in ("and", "to"):
            return None
        head = next((k for k in range(link - 1, j - 1, -1) if self.t[k].upos in ("NOUN", "PROPN")
                     and self.t[k].text.islower() and self.kb.is_role(self.t[k].text, "NOUN")), None)
        if head is None or self.low(link) == "to" and not any(self.t[k].upos == "ADP" for k in range(head + 1, link)):
            return None
        return link

    def _owned_role(self, j: int, end: int) -> bool:
        """`Velde's Ohio state director`, `Kettles' campaign manager`: a name owns the role that ends the
        description (the tagger may take `Ohio` for a person, or miss the bare apostrophe's possessive)."""
        mark = next((k for k in range(j + 1, min(end, j + 5)) if self.t[k].text in POSSESSIVE), None)
        role = self.t[end - 1].text.islower() and self.kb.is_role(self.t[end - 1].text, self.t[end - 1].upos) \
            or self.kb.is_title(self.low(end - 1))  # (`the Gazette's Managing Editor`: a title capitalised)
        return mark is not None and all(self.is_cap(k) for k in range(j, mark)) and end - 1 > mark and role

    def _role_noun_in(self, j: int, end: int) -> bool:
        """A lower-case noun naming a role before any preposition: `Baltic coordinator at X` is a
        description though it opens with a name, not an article."""
        for k in range(j, end):
            if self.t[k].upos == "ADP":
                return False
            if self.t[k].upos in ("NOUN", "PROPN") and self.t[k].text.islower() and self.kb.is_role(self.low(k)):
                return True
        return False

    def _listed_role_in(self, j: int, end: int) -> bool:
        """`a young IT professional`, `a baseball great`: a lower-case word the role lists name, before any
        preposition, whatever the tagger made of it (an adjective, often)."""
        for k in range(j, end):
            if self.t[k].upos == "ADP":
                return False
            low = self.t[k].text
            if low.islower() and low in self.kb.role_heads and low not in self.kb.not_role_heads:
                return True
        return False

    def _role_verb_after(self, k: int, end: int) -> bool:
        """`who chairs X`, `who has long headed X`: the clause's verb states a post."""
        while k < end and self.low(k) in ("has", "had", "have", "also", "now", "long", "currently", "still"):
            k += 1
        # (`who helped found X`: a verb phrase of two words states one too)
        return k < end and (self.low(k) in self.kb.role_verbs
                            or k + 1 < end and f"{self.low(k)} {self.low(k + 1)}" in self.kb.role_verbs)

    def _described_after_hometown(self, comma: int) -> int:
        """`Ann Roe, 62, of Eastland, a retired nurse`: after an age, `of`/`from` a place (its state set off too:
        `of Dunmore, Ohio,`) is where she lives; an appositive after it still says who she is. Its last token,
        or `comma` when none follows (the hometown alone is no description)."""
        k = comma + 1
        if k >= len(self.t) or self.low(k) not in HOMETOWN_LINKS or k + 1 >= len(self.t) or not self.is_cap(k + 1):
            return comma
        k += 1
        sentence = self.t[comma].sentence
        while k < len(self.t) and self.is_cap(k) and not self.inside[k] and self.t[k].sentence == sentence:
            k += 1
        if k + 2 < len(self.t) and self.t[k].text == "," and self.is_cap(k + 1) and self.t[k + 2].text == ",":
            k += 2  # (`of Dunmore, Ohio,`: the town's state)
        if k >= len(self.t) or self.t[k].text != "," or self.inside[k]:
            return comma
        described = self.descriptor_after(k - 1)
        return described if described > k else comma

    def _age_then_comma(self, k: int) -> bool:
        """`, 62,` after a name: an age set off on its own."""
        return self.t[k].text.isdigit() and len(self.t[k].text) <= 3 and self.t[k + 1].text == ","
