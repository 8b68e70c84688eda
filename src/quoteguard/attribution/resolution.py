"""Stage two of attribution: from a source mention to the entity it refers to.

A full name is its own entity; a lone surname is the full name last used before it; a pronoun is
the person or body its sentence, its gender and number and the last speakers point to; a definite
description (`the spokesman`) is the person last given that title; an unnamed source stays unnamed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from ..grammar import (
    ASKING_ROLES,
    FUNCTION_WORDS,
    PREPOSITIONS,
    QUESTION_VERBS,
    RELATIVE_PRONOUNS,
    TITLE_COPULAS,
)
from ..model import Mention, Speaker, Word
from .ages import age_in_description, person_of_age, stated_age
from .antecedents import PronounAntecedents
from .described_bodies import described_body
from .draft import Draft
from .names import fold_accents
from .words import POSSESSIVE_S
from .writers_kin import relative_named, writers_relative

SERVED_LINKS = ("for", "to")  # `a spokesman for Ann Roe`, `an aide to Ann Roe`: a role held in someone's service

INDEFINITE_OPENERS = frozenset({"a", "an", "one", "another"})  # someone not yet named (`a designer`)
# `his wife, Ada,`: the gender of whose relative a possessive pronoun before a kinship noun names
OWNING_PRONOUNS = {"his": "male", "her": "female"}
OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})  # `his former aide`: whose, unsaid
# The steps that can decide an entity, as attributions record them.
MAX_DESCRIPTION_WORDS = 9  # `the former trade minister and current nominee`; a longer run is a clause
GROUP_DEFINITES = frozenset({"the", "both", "these", "those"})  # `the committee chairmen`: people named before
NAMED_GROUP_PARAGRAPHS = 3  # how far back the holders of a definite plural's role are looked for
MAX_SET_OFF_TOKENS = 8  # `the soft-spoken, grey-haired, 64-year-old engineer`: adjectives set off before a description
TAIL_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "PART", "NUM"})  # a noun phrase's words
MAX_INTRODUCED_MODIFIERS = 4  # `A Republican leadership aide`: the words between the article and the role
RESOLUTION_STEPS = (
    "full-name", "surname", "given-name", "name-as-written", "organisation", "definite-description", "unnamed", "other",
    "pronoun-body-subject", "pronoun-last-body", "pronoun-group-subject", "pronoun-speaking-subject",
    "pronoun-sentence-subject", "pronoun-subject-chain", "pronoun-gender", "pronoun-last-speaker",
    "pronoun-last-named", "pronoun-writer", "pronoun-unresolved",
)


class Resolver(PronounAntecedents):
    """Turns mentions into entities: surname and pronoun second references, unnamed sources.

    Every resolution names the step that chose the entity (`RESOLUTION_STEPS`), so that
    `quoteguard eval` can measure each step alone.
    """

    def __init__(self, draft: Draft):
        self.e = draft
        self._step = ""
        self.speakers: dict[str, Speaker] = {}
        self.by_surname: dict[str, str] = {}
        self.extra_people: list[Mention] = []
        self.history: list[tuple[int, str]] = []  # (offset, speaker id) of resolved mentions, in order
        # person key -> male/female, from a he/she the sentence structure gave them (`Osei said he …`)
        self.shown_gender: dict[str, str] = {}
        self.kin_keys: dict[str, str] = {}  # a relative's given name alone -> their key (`ada` -> `ada voss`)
        # a pronoun's offset -> whom it stood for and by which step, at the first quote it sources
        self.pronoun_answers: dict[int, tuple[Speaker | None, str]] = {}

    def person_key(self, name: str, offset: int) -> str:
        """A lone surname takes the full name last used before it (else the first one after it); so does
        a surname with its particles (`De Aranda` after `Luis de Aranda`) or a two-word surname
        (`Ibarra Soto` after `Lucia Ibarra Soto`)."""
        words = [fold_accents(w) for w in name.split()]  # (`Francois` after `François Lemaire`: one person)
        if len(words) > 1:
            found = self.e.full_names_ending_in(tuple(words))
            if found:
                k = bisect.bisect_right([off for off, _ in found], offset) - 1
                return " ".join(found[max(k, 0)][1])
        if len(words) == 1:
            offsets, names = self.e.full_names(words[0].lower())
            if not names:
                offsets, names = self.e.full_names_family_first(words[0].lower())
            if not names:
                offsets, names = self.e.full_name_of_given(words[0].lower())
            if not names:
                offsets, names = self.e.full_names_spelled_alike(words[0].lower())
            if names:
                k = bisect.bisect_right(offsets, offset) - 1
                if self.e.family(words[0].lower()):
                    # Family members: `Varn said` after `a photo of Lena Varn` is still the senator:
                    # the last of them not shown (by the parse) to be a mere object.
                    k = next((j for j in range(k, -1, -1) if offsets[j] not in self.e.object_names), k)
                    held = self._surname_holder(words[0], offsets, names)
                    if held is not None and k >= 0 and names[k] != held \
                            and self.e.doc.paragraph_index(offsets[k]) != self.e.doc.paragraph_index(offset):
                        return " ".join(held)
                return " ".join(names[max(k, 0)])
        return " ".join(w.lower() for w in words)

    def _surname_holder(self, surname: str, offsets: list[int], names: list[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The one of two people sharing a surname whom the draft already calls by it alone (`Ann Varn … Varn
        said … her son, Tom Varn, …`): the first named in full, when the surname stands alone before the
        other is first named. A later lone surname outside the other's paragraph is still theirs."""
        first = names[0]
        other = next((off for off, name in zip(offsets, names, strict=True) if name != first), None)
        if other is None:
            return None
        alone = (m for m in self.e.person_mentions if offsets[0] < m.start < other and m.name
                 and len(m.name.split()) == 1 and fold_accents(m.name) == surname)
        return first if next(alone, None) is not None else None

    def _display(self, key: str, fallback: str) -> str:
        """The name as the draft writes it; of its spellings, the one with the most accents (`Renée`
        in the body over `Renee` in a headline set without them), else the first."""
        written = [" ".join(m.name.split()) for m in self.e.person_mentions  # (one plain space between words)
                   if m.name and self._folded(m.name) == key and not m.name.isupper()]
        if written:
            return max(written, key=lambda name: sum(not c.isascii() for c in name))
        if self._folded(fallback) == key and not fallback.isupper():
            return fallback
        return " ".join(w.capitalize() for w in key.split())

    def resolve(self, mention: Mention, offset: int) -> tuple[Speaker | None, str]:
        """The entity a mention at `offset` refers to, and the step that decided it.

        One he/she is one person: `"I doubt" -- that Roe will win -- "it lasts," he says` gives both parts the
        answer found at the first, before the aside named anyone."""
        if mention.kind == "pronoun" and mention.start in self.pronoun_answers:
            speaker, self._step = self.pronoun_answers[mention.start]
            if speaker is not None:
                self.history.append((offset, speaker.id))
            return speaker, self._step
        self._step = ""
        speaker = self._resolve(mention, offset)
        if mention.kind == "pronoun":
            self.pronoun_answers[mention.start] = (speaker, self._step)
        return speaker, self._step

    def peek_antecedent(self, pronoun: Mention, offset: int) -> tuple[Speaker | None, str]:
        """Whom a he/she at `offset` would stand for, and by which step, leaving the resolver as it was: a
        possessive's owner (`his campaign`) is not the one who speaks, so neither the speakers, their
        mentions, the history of speakers nor the genders shown change."""
        history, shown, step, extra = list(self.history), dict(self.shown_gender), self._step, list(self.extra_people)
        kin = dict(self.kin_keys)
        speakers = {sid: (speaker, list(speaker.mentions)) for sid, speaker in self.speakers.items()}
        try:
            return self._antecedent(pronoun, offset), self._step
        finally:
            self.history[:], self._step, self.extra_people[:] = history, step, extra
            self.shown_gender.clear()
            self.shown_gender.update(shown)
            self.kin_keys.clear()
            self.kin_keys.update(kin)
            self.speakers.clear()
            for sid, (speaker, mentions) in speakers.items():
                speaker.mentions[:] = mentions
                self.speakers[sid] = speaker

    def register(self, mention: Mention) -> None:
        """Add a person named outside any attribution to the entity they already are, if quoted."""
        self._resolve(mention, mention.start, register_only=True)

    def hand_over(self, source: Speaker, person: Speaker) -> None:
        """Make `person` the one who spoke wherever `source` did, once the draft shows they are one (`a tenant`
        named later as `The tenant, Jane Roe,`): the history of speakers and the pronouns already answered then
        point at `person`, so later pronouns and lookups find them, and `source` leaves the speakers with its
        mentions (the words that brought it in are not added to `person`). The caller moves its own
        attributions."""
        self.history[:] = [(offset, person.id if sid == source.id else sid) for offset, sid in self.history]
        for offset, (answer, step) in list(self.pronoun_answers.items()):
            if answer is source:
                self.pronoun_answers[offset] = (person, step)
        del self.speakers[source.id]

    def _resolve(self, mention: Mention, offset: int, register_only: bool = False) -> Speaker | None:
        if mention.kind == "pronoun":
            return self._antecedent(mention, offset)
        if mention.kind == "person" and mention.name:
            relative = relative_named(self.e, mention.name.lower()) if " " not in mention.name else None
            if relative is not None and relative.name != mention.name:  # (`"…," Mom said`: the writer's mother)
                person = self._resolve(relative, relative.start, register_only)
                if person is not None and mention not in person.mentions:
                    person.mentions.append(mention)
                    person.mentions.sort(key=lambda m: m.start)
                return person
            key = self.person_key(mention.name, offset)
            display = mention.name
            kin = self._relative_named(mention) if key == self._folded(mention.name) else None
            if kin is not None:
                key, display = self._folded(kin), kin
            key = self.kin_keys.get(key, key)
            self._step = self._name_step(mention.name, key)
            sid = "person:" + key
            if sid not in self.speakers:
                if register_only:
                    return None
                self.speakers[sid] = Speaker(sid, self._display(key, display), "person", False)
                if mention not in self.e.person_mentions:
                    self.extra_people.append(mention)
            speaker = self.speakers[sid]
            if mention not in speaker.mentions:
                speaker.mentions.append(mention)
                speaker.mentions.sort(key=lambda m: m.start)
            if not register_only:
                self.history.append((offset, sid))
            return speaker
        if register_only:
            return None
        author = self._document_author(mention, offset)  # (`She wrote in a letter … "…," the letter said`)
        if author is not None:
            return author
        mention = described_body(self, mention, offset) or mention  # (`his campaign`: the Roe campaign)
        member = self._party_member_described(mention, offset) if mention.kind == "organisation" else None
        if member is not None:
            return self._described(member, offset, mention)
        if mention.kind == "organisation":
            sid = "org:" + (mention.name or mention.text).lower()
            name, anonymous = mention.name or mention.text, False
            self._step = "organisation"
        else:
            relative = writers_relative(self.e, mention) if mention.kind == "unnamed" else None
            if relative is not None:  # (`"…," my father said` where the piece names `my parents, Walter and Edith …`)
                person = self._resolve(relative, relative.start)
                if person is not None:
                    return self._described(person, offset, mention)
            definite = self._definite_reference(mention, offset)
            if definite is not None:
                return self._described(definite, offset)
            named = (self._named_next(mention) or self._named_later_in_role(mention)
                     or self._named_soon_after(mention)) if mention.kind == "unnamed" else None
            if named is not None:
                return self._described(named, offset, mention)
            if mention.kind == "unnamed" and self._named_group(mention):
                mention = replace(mention, kind="other")  # (`the committee chairmen` after two named chairmen)
            return self._kept_as_written(mention, offset)
        speaker = self.speakers.setdefault(sid, Speaker(sid, name, mention.kind, anonymous))
        speaker.mentions.append(mention)
        self.history.append((offset, sid))
        return speaker

    def _kept_as_written(self, mention: Mention, offset: int) -> Speaker:
        """An unnamed source or a thing, kept as the draft writes it and never given a name."""
        self._step = mention.kind  # unnamed | other
        sid = f"{mention.kind}:" + (mention.name or mention.text).lower()
        name, anonymous = mention.name or mention.text, mention.kind == "unnamed"
        if anonymous and not mention.name:
            name = self.description_name(mention)
        speaker = self.speakers.setdefault(sid, Speaker(sid, name, mention.kind, anonymous))
        speaker.mentions.append(mention)
        self.history.append((offset, sid))
        return speaker

    def _named_group(self, mention: Mention) -> bool:
        """`Chairman Ann Roe and Chairman Ivo Brandt sent the letter. "…," the committee chairmen wrote`: a definite
        plural whose role two or more people named in the paragraphs just before hold is those people, whom the
        draft names: no unnamed source (it stays as written, a group of people it named)."""
        words = mention.text.lower().replace("’", "'").split()
        if not mention.plural or len(words) < 2 or words[0] not in GROUP_DEFINITES \
                or len(words) > MAX_DESCRIPTION_WORDS:
            return False
        head = words[self._head_words_end(words) - 1].strip(",")
        role = self.e.kb.singular_role(head)
        if role is None:
            return False
        limit = self.e.doc.paragraph_index(mention.start) - NAMED_GROUP_PARAGRAPHS
        held = [m for m in self.e.person_mentions_before(mention.start)
                if m.name and self.e.doc.paragraph_index(m.start) >= limit and role in self.described_as(m)]
        if len({self.person_key(m.name or "", m.start) for m in held}) < 2:
            return False
        # (`Several senators attended. "…," the senators said`: a group brought in since, by a count, is those)
        t, last = self.e.t, self.e.token_at(held[0].end - 1)
        return not any(t[k].text.lower() == head and t[k - 1].text.lower() not in GROUP_DEFINITES
                       for k in range(last + 1, self.e.token_at(mention.start)))

    def description_name(self, mention: Mention) -> str:
        """`A relative of one of the men, who asked not to be named, said`: an unnamed source is called by its
        description, short of the relative clause set off by a comma that says what they did or why they go
        unnamed (the mention keeps the clause, as written, for the findings that read it). A clause with no
        comma is part of who they are (`a friend who attended every hearing`) and stays."""
        t, first, last = self.e.t, self.e.token_at(mention.start), self.e.token_at(mention.end - 1)
        if first < 0 or t[first].start != mention.start:
            return mention.text
        for k in range(first + 2, last + 1):
            if self.e.low(k) not in RELATIVE_PRONOUNS:
                continue
            comma = k - 1 if t[k - 1].text == "," else k - 2 if self.e.low(k - 1) in ("and", "but") else None
            if comma is not None and comma > first and t[comma].text == ",":
                return self.e.span_text(first, comma - 1)
        return mention.text

    def _relative_named(self, mention: Mention) -> str | None:
        """`Voss's wife, Ada,`, `his wife, Ada,`: a relative the draft names by a given name alone, after the
        possessive of someone named or of a he/she: that given name and their surname (a relative shares the
        family name, as news writes them; a later `Ada` alone is the same person)."""
        words = [w.text for w in mention.before]
        if len(words) < 3 or words[-1] != "," or words[-2].lower() not in self.e.kb.kinship_nouns:
            return None
        given = " ".join(mention.name.split()) if mention.name else ""
        if len(given.split()) != 1 or given not in self.e.kb.given_names:
            return None
        relative = self._owner_of_relation(words, mention.start)
        if relative is None:
            return None
        key, written = relative
        surname = key.split()[-1]
        if surname == given.lower() or not surname.isalpha():
            return None
        owner = self._display(key, written).split()[-1]
        self.kin_keys[fold_accents(given)] = self._folded(f"{given} {owner}")
        return f"{given} {owner}"

    def _owner_of_relation(self, words: list[str], at: int) -> tuple[str, str] | None:
        """Whose relative a name set off after a kinship noun is, as a person key and a written name:
        the name before a possessive (`Voss's wife, Ada,`), or for `his`/`her` right before the noun (`his
        wife, Ada,`) the person of that gender the sentences before are about."""
        if words[-3].lower() in OWNING_PRONOUNS:
            # (a he/she's walk may be under way)
            walked = getattr(self, "chain_passed", set()), getattr(self, "chain_thing_sentence", -1)
            topic = self.topic_before(at, OWNING_PRONOUNS[words[-3].lower()])
            self.chain_passed, self.chain_thing_sentence = walked
            if topic is None or not topic.name:
                return None
            return self.person_key(topic.name, topic.start), topic.name
        if len(words) < 4:
            return None
        k = next((j for j in range(len(words) - 3, max(len(words) - 6, 0) - 1, -1)
                  if words[j] in POSSESSIVE_S), None)
        if k is None or k == 0 or not words[k - 1][:1].isupper():
            return None
        return self.person_key(words[k - 1], at), words[k - 1]

    @staticmethod
    def _folded(name: str) -> str:
        return " ".join(fold_accents(w) for w in name.split())

    def _name_step(self, name: str, key: str) -> str:
        """Which step a name's entity came from: itself in full, a surname, or a lone given name."""
        written, full = self._folded(name).split(), key.split()
        if key == self._folded(name):
            return "full-name" if len(written) > 1 else "name-as-written"
        given = len(written) == 1 and full[0] == written[0] and name.capitalize() in self.e.kb.given_names
        return "given-name" if given else "surname"

    def named_in_sentence(self, pronoun: Mention, speaker: Speaker, quote_start: int) -> Mention | None:
        """`Lynch said she recalled thinking, "…"`: the name that the sentence's pronoun repeats.

        The attribution belongs to the clause that names the speaker; the `she` inside it only
        repeats the name, so the report shows the name. The sentence may be the pronoun's or, for a
        tag after the quote (`McCaskill scolded him: "…," she said`), the one the quote opens in;
        the speaker may be a body (`the Council pledged to act on what it called "…"`).
        """
        sentence = self.e.t[self.e.token_at(pronoun.start)].sentence
        opening = self.e.t[self.e.token_at(quote_start)].sentence
        before = [pronoun.start] + ([quote_start] if quote_start < pronoun.start and opening != sentence else [])
        for offset in before:
            for m in self.e.person_mentions_in_sentence_before(offset):
                if "person:" + self.person_key(m.name or "", m.start) == speaker.id:
                    return m
        return next((m for m in reversed(speaker.mentions) if m.kind != "pronoun" and m.start < pronoun.start
                     and self.e.t[self.e.token_at(m.start)].sentence == sentence), None)

    def unresolved_pronoun(self, mention: Mention) -> Speaker:
        """A pronoun that stands for no one named before it: one entity per pronoun, kept out of the
        history so that a later `he` is never taken for an unknown `she`."""
        pronoun = mention.text.lower()
        name = "I" if pronoun == "i" else pronoun
        speaker = self.speakers.setdefault("pronoun:" + pronoun, Speaker("pronoun:" + pronoun, name, "pronoun", False))
        self._step = "pronoun-unresolved"
        speaker.mentions.append(mention)
        return speaker

    def _definite_reference(self, mention: Mention, offset: int) -> Speaker | None:
        """`the spokesman said` after `Kremlin spokesman Dmitry Peskov`: the same person, whom what it
        says (`the Republican nominee`) describes too."""
        speaker = self.described_person(self._with_its_article(mention), offset, at=mention.start)
        if speaker is not None and speaker.kind != "unnamed" and not self._named_in_paragraph(speaker, mention) \
                and self._introduced_just_before(mention) is not None:
            speaker = None  # (`A lawyer in the governor's office said … "…," the lawyer said`: not the lawyer quoted
            # paragraphs before, but the one this paragraph brings in)
        if speaker is None or speaker.kind == "unnamed":
            introduced = self._introduced_just_before(mention)
            # (the one the same words stood for before, if any; with no one, a name set off after the description is
            # who it is, and an unnamed source brought in is kept as written, never matched to a name further on)
            earlier = speaker or self.speakers.get("unnamed:" + mention.text.lower())
            if introduced is not None and (earlier is None or all(m.start != introduced.start
                                                                  for m in earlier.mentions)):
                if introduced.kind == "person" or earlier is not None:
                    return self._resolve(introduced, introduced.start)  # (`A union aide … "…," the aide said`)
                if introduced.kind == "unnamed":
                    # (`One senator … said. "…," the senator said`: that senator, called as brought in)
                    return self._kept_as_written(introduced, introduced.start)
        if speaker is None and self._what_they_did(mention):
            head = mention.text.lower().split()[-1]
            speaker = self._topic_described_anew(head, {head}, self.e.kb.gender_words.get(head), set(), set(),
                                                 offset, mention.start, last_quoted=True)
        if speaker is not None:
            speaker.mentions.append(mention)
        return speaker

    def _named_in_paragraph(self, speaker: Speaker, mention: Mention) -> bool:
        """Does the paragraph of `mention` name or describe this speaker before it?"""
        paragraph = self.e.doc.paragraph_index(mention.start)
        return any(m.start < mention.start and self.e.doc.paragraph_index(m.start) == paragraph
                   for m in speaker.mentions)

    def _introduced_just_before(self, mention: Mention) -> Mention | None:
        """`A Republican aide … said the talks had stalled. A Democratic aide disputed that. "…," the aide said`:
        `the` and a bare role noun take up the nearest use of that noun in the writer's own words, in this sentence
        or the one before and the same paragraph; when that use opens with `a`/`an`/`another` it brings in someone
        new, whom `the aide` is (the first aide quoted is someone else), or the person whose name is set off after
        it (`A spokesman for the line, Tom Vesey,`)."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        head, e = words[1], self.e
        if head not in e.kb.person_nouns and not e.kb.is_role(head):
            return None
        t, at = e.t, e.token_at(mention.start)
        if at < 0:
            return None
        sentences = {t[at].sentence}  # (the sentences of the writer's words: a quote between may hold several)
        for k in range(at - 1, -1, -1):
            if e.para[k] != e.para[at]:
                return None
            if e.inside[k]:
                continue
            sentences.add(t[k].sentence)
            if len(sentences) > 2:
                return None
            if e.low(k) != head:
                continue
            j = k - 1
            while j >= 0 and k - j <= MAX_INTRODUCED_MODIFIERS and t[j].upos in ("ADJ", "NOUN", "PROPN") \
                    and not e.inside[j]:
                j -= 1
            if j < 0 or e.low(j) not in INDEFINITE_OPENERS:
                return None
            return e.unnamed_mention(j, self._description_tail_end(k))
        return None

    def _description_tail_end(self, head: int) -> int:
        """`a spokesman for the ferry line, Tom Vesey,`: the last token of the `for`/`of`/`at` phrase after a
        description's head noun, when a comma after it sets off a name (else the head itself)."""
        e = self.e
        if head + 1 >= len(e.t) or e.low(head + 1) not in SERVED_LINKS + ("of", "at", "with"):
            return head
        end = head + 1
        while end + 1 < len(e.t) and end - head < MAX_DESCRIPTION_WORDS and not e.inside[end + 1] \
                and e.t[end + 1].upos in TAIL_TAGS and e.t[end + 1].sentence == e.t[head].sentence:
            end += 1
        named = end + 2 < len(e.t) and e.t[end + 1].text == "," and e.is_cap(end + 2)
        return end if named else head

    def _with_its_article(self, mention: Mention) -> str:
        """`"…," the grey-haired, 64-year-old engineer said`: a description the phrase begins after a comma between
        its adjectives is still definite: its words with the article that opens them (the adjectives set off say
        nothing of the role)."""
        t, first = self.e.t, self.e.token_at(mention.start)
        if first < 0 or t[first].start != mention.start or t[first].upos == "DET":
            return mention.text
        k, commas = first - 1, 0
        while k >= 0 and first - k <= MAX_SET_OFF_TOKENS and t[k].sentence == t[first].sentence \
                and not self.e.inside[k] and (t[k].text == "," or self.e.glued_hyphen(k) or (
                    t[k].upos == "ADJ" or t[k].xpos in ("VBN", "VBG")) and not self.e.is_cap(k)):
            commas += t[k].text == ","
            k -= 1
        if commas and k >= 0 and t[k].text.lower() == "the" and t[k + 1].text != ",":
            return f"the {mention.text}"
        return mention.text

    def _what_they_did(self, mention: Mention) -> bool:
        """`the man who ran the island ferries for a decade`: a man or woman the draft tells apart by what
        they did, in a relative clause with no comma before it, as news writes of someone already known."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.e.kb.gender_words \
                or words[1] not in self.e.kb.person_nouns:
            return False
        nxt = self.e.token_at(mention.end - 1) + 1
        return nxt < len(self.e.t) and self.e.t[nxt].text.lower() in ("who", "whose")

    def described_person(self, description: str, offset: int, public_role: bool = True,
                         at: int | None = None) -> Speaker | None:
        """The person a definite description at `offset` stands for, if any.

        The roles a description names (`the former mayor and state senator`: mayor, senator) are
        matched against how the person the sentences before are about, then each person quoted, then
        each person named before (nearest first), was described; a public role stands for that topic
        if the draft gives them no office or no other, else for the person last quoted, unless
        `public_role` is off.
        """
        words = description.lower().replace("’", "'").split()
        set_off = next((k for k, w in enumerate(words) if w.endswith(",")), None)
        while set_off is not None and set_off + 1 < len(words) and self._adjective_set_off(words, set_off):
            # (`the grey-haired, 64-year-old engineer`: a comma between adjectives parts no aside)
            words = words[:set_off] + [words[set_off].rstrip(",")] + words[set_off + 1:]
            set_off = next((k for k, w in enumerate(words) if w.endswith(",")), None)
        if set_off is not None:  # `the senator, who …`: the description ends at its comma
            words = words[:set_off] + [words[set_off].rstrip(",")]
        head_end = next((k for k, w in enumerate(words) if k and (w in PREPOSITIONS or w in RELATIVE_PRONOUNS)),
                        len(words))  # (`a spokesman for Roe's office` is indefinite: its `'s` is in the tail)
        possessed = bool(words) and (words[0] in ("his", "her", "their")
                                     or any(w.endswith("'s") for w in words[:head_end - 1]))
        if not words or not (words[0] == "the" or possessed):
            return None  # (`Trump's campaign manager`, `his spokeswoman` are definite too)
        aged = self._person_of_stated_age(words, offset)
        if aged is not None:
            return aged  # `"…," the 46-year-old said` after `Maria Lopez, 46,`
        if len(words) == 2 and not possessed and age_in_description(words) and public_role:
            return self._aged_topic(words, offset if at is None else at)
        words = words[:head_end]  # `the veteran mother of two`: the head is before `of`
        if len(words) > MAX_DESCRIPTION_WORDS:
            return None
        head = words[-1]
        if not self.e.kb.is_role(head) or self.e.kb.names_many(head):
            return None  # `the union said` is the union, not a union official; `the lawyers` are many
        roles = {w for w in words[1:] if self.e.kb.is_role(w) and w not in self.e.kb.person_nouns - {head}} | {head}
        roles |= self._coordinated_heads(words)
        owners = self._owners(words)
        compound = " ".join(words[-2:]) if len(words) > 2 and self.e.kb.is_title(" ".join(words[-2:])) else None
        places = self._qualifying_places(description.replace("’", "'").split()[1:len(words)])
        parties = self._parties_in(description.split()[1:len(words)])

        def described_so(m: Mention) -> bool:
            # (`the Velde campaign's press secretary` needs Velde too, a press secretary is no
            # secretary-general, and the Ohio governor is not a Florida governor)
            described = self.described_as(self._without_predicate(m)) - self.lesser_roles(m, words)
            return bool(roles & described) and (not owners or bool(owners & described)) and (
                compound is None or compound in " ".join(w.text.lower() for w in m.before + m.after)) and (
                not places or not self._places_differ(places, m))

        wanted = self.e.kb.gender_words.get(head)
        role = " ".join(words[-2:]) if " ".join(words[-2:]) in self.e.kb.public_roles else compound or head
        public = not possessed and role in self.e.kb.public_roles  # (`Trump's spokeswoman` is never Trump)
        # (`Sen. Roe toured the docks. The senator said`: the person the sentences before are about, if the draft
        # described them so, or the role is public and they hold no other, before anyone described so earlier;
        # not one asking the questions, nor inside the chain's own walk back)
        topic = (self._subject_before_the_quote(offset, at)
                 or self.topic_before(offset if at is None else at, wanted)) if public_role else None
        if topic is not None and topic.name:
            sid = "person:" + self.person_key(topic.name, topic.start)
            named = self._named_before(sid, offset)
            if (any(described_so(m) for m in named) or (  # (a former Iowa governor is not `the Kansas governor`)
                    public and not any(roles & self.described_as(m) for m in named) and self._fits(sid[7:], wanted)
                    and not self._asks(topic) and not self.holds_another_role(sid, roles, offset, any_role=True)
                    and not ("former" in words and not places and self._former_post_named_before(described_so, sid,
                                                                                                 offset)))) \
                    and not self._of_another_party(sid, parties, offset):
                speaker = self._resolve(topic, topic.start)
                if speaker is not None:
                    return speaker
        for _, sid in reversed(self.history):
            speaker = self.speakers[sid]
            if speaker.kind == "person" and any(described_so(m) for m in self._named_before(sid, offset)) \
                    and not self._of_another_party(sid, parties, offset):
                return speaker
        for m in self.e.person_mentions_before(offset):
            key = self.person_key(m.name or "", m.start)
            if described_so(m) and (wanted is None or self._fits(key, wanted)) \
                    and not self._of_another_party("person:" + key, parties, offset):
                speaker = self._resolve(m, m.start)  # `Indiana Gov. Mark Pell toured …. The governor said`
                if speaker is not None:
                    return speaker
        # (`Lena Ortiz spoke first. "…," the city's former budget director said`: a former post someone else's
        # name or a body owns describes the person the sentences before are about, as `the former director` does)
        owned_past = possessed and words[0] not in OWNER_PRONOUNS and "former" in words and bool(owners)
        if not public and public_role and (not possessed and not owners or owned_past) and at is not None:
            if "former" in words or not any(self.e.kb.is_title(r) for r in roles):
                return self._topic_described_anew(head, roles, wanted, parties, places, offset, at, owners=owners)
            return None  # (`the press secretary` is an office someone holds now: named, or no one)
        if not public or not public_role:
            return None  # (a press secretary is not a secretary)
        return self._public_role_holder(roles, wanted, offset, offset if at is None else at, "former" in words,
                                        frozenset(parties))

    def _former_post_named_before(self, described_so: Callable[[Mention], bool], sid: str, offset: int) -> bool:
        """`Former Gov. Tom Keller … Oakes did not respond. The former governor said`: a former post someone else was
        named with before is theirs, not the topic's, who holds none (a post held now may be the topic's all the
        same, the draft never having said so: `the senator`)."""
        return any(described_so(m) for m in self.e.person_mentions_before(offset)
                   if "person:" + self.person_key(m.name or "", m.start) != sid)

    def _adjective_set_off(self, words: list[str], k: int) -> bool:
        """Is the comma after word k one between adjectives of one description (`the soft-spoken, 61-year-old
        lawyer`): no role before it, a lower-case word that is neither a relative pronoun nor a function word
        after it?"""
        before, nxt = words[k].rstrip(","), words[k + 1]
        return k > 0 and not self.e.kb.is_role(before) and not nxt[:1].isupper() and nxt not in RELATIVE_PRONOUNS \
            and nxt not in FUNCTION_WORDS and nxt not in PREPOSITIONS

    def _subject_before_the_quote(self, offset: int, at: int | None) -> Mention | None:
        """`Roe defends her record in a new ad: "…," the senator says`: a description after the quote it tags
        is the one person named as a subject in that sentence before the quote, whom the sentence is about."""
        if at is None or at <= offset:
            return None
        t, quote = self.e.t, self.e.token_at(offset)
        if t[quote].sentence != t[self.e.token_at(at)].sentence:
            return None
        sentence = t[quote].sentence
        subjects = []
        for m in self.e.person_mentions_before(offset):
            last = self.e.token_at(m.end - 1)
            if t[last].sentence != sentence:  # (by its last word: a split `Sen.` may open the name)
                break
            if m.name and any((t[k].deprel or "").startswith("nsubj") and not self.e.inside[k]
                              for k in range(self.e.token_at(m.start), last + 1)):
                subjects.append(m)
        return subjects[0] if len(subjects) == 1 else None

    def _topic_described_anew(self, head: str, roles: set[str], wanted: str | None, parties: set[str],
                              places: set[str], offset: int, at: int, last_quoted: bool = False,
                              owners: frozenset[str] | set[str] = frozenset()) -> Speaker | None:
        """`Dov Kessler spoke first. "…," said the former deputy to Mayor Ann Roe.`: a definite role no one
        was described by, and no one introduced as `a deputy` before, tells the reader more about the person
        the sentences before are about (or, if `last_quoted`, else the person just quoted), unless the draft gives
        them another office, party or place."""
        if head in ASKING_ROLES or self._introduced_indefinitely(head, at) or not self._one_unnamed(head, at):
            return None
        topic = self.topic_before(at, wanted)
        if (topic is None or not topic.name) and last_quoted:
            topic = self._quoted_just_before(at)
        if topic is None or not topic.name:  # (`One of its authors, Ida Marsh, said Roe's plan …`: Marsh)
            topic = self._only_person_named_before(at, sentences=1, owners=False)
            topic = topic if topic is not None and self._subject_or_its_apposition(topic) else None
        if topic is None or not topic.name or self._asks(topic) \
                or owners & {w.lower() for w in topic.name.replace("’", "'").split()}:
            return None  # (`Roe's former aide` is never Roe)
        sid = "person:" + self.person_key(topic.name, topic.start)
        if not self._fits(sid[7:], wanted) or self._of_another_party(sid, parties, offset) \
                or self.holds_another_role(sid, roles, offset) \
                or any(places and self._places_differ(places, m) for m in self._named_before(sid, offset)):
            return None
        return self._resolve(topic, topic.start)

    def _quoted_just_before(self, at: int) -> Mention | None:
        """The name of the person last quoted, if that was in this paragraph or the one before (`"…," Roe
        said. … "…," said the woman who ran the docks for a decade`)."""
        paragraph = self.e.doc.paragraph_index(at)
        last = next(((off, sid) for off, sid in reversed(self.history) if off < at), None)
        if last is None or not last[1].startswith("person:") or self.e.doc.paragraph_index(last[0]) < paragraph - 1:
            return None
        named = [m for m in self._named_before(last[1], at) if m.kind == "person" and m.name]
        return named[-1] if named else None

    def _one_unnamed(self, head: str, at: int) -> bool:
        """Is the description one person that names no one (`the Kessler supporter` is about Kessler's side,
        `the island children` are many)?"""
        t = self.e.t
        first = self.e.token_at(at)
        names = False
        for k in range(first, min(first + MAX_DESCRIPTION_WORDS + 1, len(t))):
            if t[k].text in POSSESSIVE_S:
                names = False  # (`Mayor Green's former aide`: the name owns the role, whose holder it does not name)
            elif t[k].ner == "PERSON" or (t[k].text[:1].isupper() and self.e.full_names(t[k].text.lower())[1]):
                names = True
            elif t[k].text.lower() == head:
                return not names and t[k].xpos not in ("NNS", "NNPS") and not self.e.kb.names_many(head)
        return False

    def _introduced_indefinitely(self, head: str, at: int) -> bool:
        """Did the draft introduce someone by this head noun before `at` (`a designer`, `one organizer`,
        `another source`), or quote an unnamed source whose words end with it? `the designer` is then that
        person."""
        if any(s.anonymous and s.name.lower().split()[-1:] == [head] for s in self.speakers.values()):
            return True
        t = self.e.t
        last = self.e.token_at(at)
        for k in range(last):
            if t[k].text.lower() != head:
                continue
            for j in range(k - 1, max(k - 5, -1), -1):
                low = t[j].text.lower()
                if low in INDEFINITE_OPENERS:
                    return True
                if t[j].upos in ("VERB", "AUX", "PUNCT", "ADP", "PRON") or low == "the":
                    break
        return False

    def _asks(self, mention: Mention) -> bool:
        """Is the name the subject of an active question verb (`Marsh asked`)? The one asking is not the one
        answering (`Roe was asked` is)."""
        t = self.e.t
        for k in range(self.e.token_at(mention.start), self.e.token_at(max(mention.start, mention.end - 1)) + 1):
            verb = t[k].head
            if t[k].deprel == "nsubj" and verb is not None \
                    and (t[verb].lemma or "").lower() in QUESTION_VERBS:
                return True
        return False

    def _described(self, speaker: Speaker, offset: int, mention: Mention | None = None) -> Speaker:
        """A description that stands for someone already known speaks as them: the step, the history and,
        when the description is a new mention of them, that mention."""
        self._step = "definite-description"
        self.history.append((offset, speaker.id))
        if mention is not None:
            speaker.mentions.append(mention)
        return speaker

    def _named_next(self, mention: Mention) -> Speaker | None:
        """`Kessler's campaign manager says she is "relieved" …` opening a paragraph, then `Ida Marsh, in a
        statement, said …` opening the next: a lede that describes someone by whose they are, and the
        paragraph after it that names them first, as its subject, are about one person."""
        words = mention.text.replace("’", "'").split()
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith("'s")), None)
        if owner is not None and words[owner][:1].isupper() and len(words) <= 6 \
                and (self.e.kb.is_role(words[-1].lower()) or words[-1].lower() in self.e.kb.person_nouns) \
                and not any(w.lower() in PREPOSITIONS for w in words[:owner]):
            head = words[-1]  # (`One mother in Cobbler's Run`: a place's name owns no person; `X's right-hand woman`)
        elif owner is None:
            head = self._role_of_a_named_body(words)
        else:
            head = None
        if head is None or any(w.endswith(",") for w in words):
            return None
        first = self.e.token_at(mention.start)
        sentence = self.e.t[first].sentence
        paragraph = self.e.doc.paragraph_index(mention.start)
        opening = self.e.a.sentences[sentence][0]
        if self.e.doc.paragraph_index(self.e.t[opening].start) != paragraph:
            return None  # (the lede's sentence opens its paragraph)
        if paragraph + 1 >= len(self.e.doc.paragraphs):
            return None
        start = self.e.doc.paragraphs[paragraph + 1].start
        named = next((m for m in self.e.person_mentions if m.start >= start), None)
        if named is None or named.start != start or not named.full or not named.name:
            return None
        key = self.person_key(named.name, named.start)
        last = self.e.token_at(named.end - 1)
        subject = any((self.e.t[k].deprel or "").startswith("nsubj")
                      for k in range(self.e.token_at(named.start), last + 1))
        earlier = any(self.person_key(m.name or "", m.start) == key for m in self.e.person_mentions_before(start))
        if not subject or earlier or not self._fits(key, self.e.kb.gender_words.get(head.lower())):
            return None
        if owner is None and (named.before or self.described_as(named)):
            return None  # (`Prosecutor Ann Roe said`, `Ann Roe, a prosecutor, said`: someone else, with her own role)
        return self._resolve(named, named.start)

    def _role_of_a_named_body(self, words: list[str]) -> str | None:
        """`The former treasurer of the Eastvale Rowing Club`: a definite role whose `of`/`for` names a body with a
        capitalised name is one holder, described as a lede describes someone it names next; its head role."""
        if len(words) > MAX_DESCRIPTION_WORDS + 4 or not words or words[0].lower() != "the":
            return None
        link = next((k for k, w in enumerate(words) if k > 1 and w.lower() in ("of", "for")), None)
        if link is None or link + 1 >= len(words) or not self.e.kb.is_role(words[link - 1].lower()) \
                or self.e.kb.names_many(words[link - 1].lower()):
            return None
        body = [w for w in words[link + 1:] if w.lower() not in FUNCTION_WORDS]
        return words[link - 1] if body and all(w[:1].isupper() for w in body) else None

    def _named_later_in_role(self, mention: Mention) -> Speaker | None:
        """`A spokesman for Ann Roe said …` or `Roe's spokesman said …`, then `Roe spokesman Ivo Brandt` further
        on: a role someone holds for an owner, and the one person the draft names later, and not before, with
        that role and owner."""
        words = mention.text.replace("’", "'").split()
        if len(words) < 3 or len(words) > MAX_DESCRIPTION_WORDS or any(w.endswith(",") for w in words):
            return None
        owned = next((k for k, w in enumerate(words[:-1]) if w.endswith("'s")), None)
        link = next((k for k, w in enumerate(words) if w.lower() in ("for", "to")), None)
        if owned is not None and link is None:
            owner, head = words[owned].removesuffix("'s"), words[-1].lower()
        elif owned is None and link is not None and 1 < link < len(words) - 1 and words[0].lower() in ("a", "an"):
            owner, head = words[-1], words[link - 1].lower()
        else:
            return None
        if not owner[:1].isupper() or not self.e.kb.is_role(head) or self.e.kb.names_many(head):
            return None
        before = {self.person_key(m.name or "", m.start) for m in self.e.person_mentions_before(mention.start)}
        found: dict[str, Mention] = {}
        for m in self.e.person_mentions:
            if m.start <= mention.start or not m.name or not m.full:
                continue
            described = [w.text for w in m.before + m.after]
            if head in self.described_as(m) and owner in {w.removesuffix("'s").removesuffix("’s") for w in described}:
                found.setdefault(self.person_key(m.name, m.start), m)
        if len(found) != 1:
            return None
        key, named = next(iter(found.items()))
        if key in before or not self._fits(key, self.e.kb.gender_words.get(head)):
            return None
        return self._resolve(named, named.start)

    def _named_soon_after(self, mention: Mention) -> Speaker | None:
        """Delayed identification: one person described first and named soon after is one entity.

        `A top Velde adviser says …` opening a paragraph, then `Ivo Brandt spoke to reporters` opening the
        next (the lede names whom it described); `according to his longtime physician, …`, then `the note was
        signed by Dr. Ann Roe` in that paragraph or the next (the first name after it, given the description's
        role). Never a source the draft keeps anonymous, nor many people, nor anyone named before it."""
        words = mention.text.replace("’", "'").lower().split()
        if mention.plural or not words or len(words) > MAX_DESCRIPTION_WORDS or self._kept_anonymous(mention):
            return None
        first = self.e.token_at(mention.start)
        paragraph = self.e.doc.paragraph_index(mention.start)
        later = [m for m in self.e.person_mentions if m.start >= mention.end and m.name and m.full
                 and self.e.doc.paragraph_index(m.start) <= paragraph + 1]
        if not later:
            return None
        named = later[0]
        key = self.person_key(named.name or "", named.start)
        if any(self.person_key(m.name or "", m.start) == key for m in self.e.person_mentions_before(mention.start)):
            return None
        head = next((w for w in reversed(words[:self._head_words_end(words)]) if w.isalpha() or "-" in w), "")
        if not self._fits(key, self.e.kb.gender_words.get(head)):
            return None
        if words[0] == "the" and self.e.introductions(head, first, INDEFINITE_OPENERS):
            return None  # (`One senator said …. "…," the senator said.`: the one brought in, not the next named)
        described = self.described_as(named) | {role for w in self.written_words(named)
                                                 for role in self.e.kb.courtesy_roles.get(w, ())}
        opens = first == 0 or self.e.doc.paragraph_index(self.e.t[first - 1].start) != paragraph
        if opens and words[0] in INDEFINITE_OPENERS and self._opens_next_paragraph(named, paragraph) \
                and self._bare_name(named):
            return self._resolve(named, named.start)  # (`Rep. Ann Roe`, `Ann Roe, a lawyer,` are someone new)
        if head and self.e.kb.is_role(head) and head in described and self._same_owner(words, named, mention):
            return self._resolve(named, named.start)
        return None

    def _same_owner(self, words: list[str], named: Mention, mention: Mention | None = None) -> bool:
        """Whose the described role is (`a spokesman for the port`, `the port's spokesman`, `a port spokesman`)
        is whose the named person's is too (`port spokesman Ivo Brandt`), when the description says it (`his
        physician` does not)."""
        end = self._head_words_end(words)
        owners = {w.removesuffix("'s") for w in words[:end] if w.endswith("'s")} \
            | {w.strip(",") for w in words[end + 1:] if w.strip(",") not in FUNCTION_WORDS}
        if mention is not None:
            owners |= self._owning_body_words(mention)
        return not owners or bool(owners & {w.removesuffix("'s").removesuffix("’s") for w in self.written_words(named)})

    def _owning_body_words(self, mention: Mention) -> set[str]:
        """The body words before a description's head that say whose the role is (`a union spokesman` is the
        union's, not the department's), as a possessive would; others (`his longtime physician`) say nothing."""
        t = self.e.t
        found: set[str] = set()
        for k in range(self.e.token_at(mention.start), self.e.token_at(mention.end - 1) + 1):
            if t[k].upos in ("ADP", "PUNCT") or t[k].text.lower() in RELATIVE_PRONOUNS:
                break
            low = t[k].text.lower()  # (by the word, not its tag: the tagger may call `union` an adjective)
            if (low in self.e.kb.org_words or t[k].ner == "ORG") and not self.e.kb.is_role(low):
                found.add(low)
        return found

    @staticmethod
    def _head_words_end(words: list[str]) -> int:
        """Where a description's head ends: before its `of`/`for`/`who` tail (`a spokesman for the port`)."""
        return next((k for k, w in enumerate(words) if k and (w in PREPOSITIONS or w in RELATIVE_PRONOUNS
                                                              or w.endswith(","))), len(words))

    def _kept_anonymous(self, mention: Mention) -> bool:
        """Does the sentence say the source goes unnamed (`who asked not to be named`, `on condition of
        anonymity`)?"""
        sentence = self.e.t[self.e.token_at(mention.start)].sentence
        tokens = self.e.a.sentences[sentence]
        text = self.e.doc.text[self.e.t[tokens[0]].start:self.e.t[tokens[-1]].end].lower()
        return any(p.lower() in text for p in self.e.kb.anonymity_phrases)

    def _bare_name(self, named: Mention) -> bool:
        """A name with no title or description and nothing set off after it: one the reader is taken to know
        already (`Ivo Brandt spoke to reporters`); a new person comes with who they are."""
        after = self.e.token_at(named.end - 1) + 1
        return not named.before and not named.after \
            and not (after < len(self.e.t) and self.e.t[after].text in (",", "(", "—", "-"))

    def _opens_next_paragraph(self, named: Mention, paragraph: int) -> bool:
        """Is the name the subject that opens the paragraph after `paragraph` (capitalised titles may
        stand before it: `Harbor Board Chairman Ivo Brandt said`)?"""
        if paragraph + 1 >= len(self.e.doc.paragraphs):
            return False
        start = self.e.token_at(self.e.doc.paragraphs[paragraph + 1].start)
        name_first = self.e.token_at(named.start)
        if name_first - start > 3 or name_first < start or not all(
                self.e.t[k].text[:1].isupper() for k in range(start, name_first)):
            return False
        last = self.e.token_at(named.end - 1)
        return any((self.e.t[k].deprel or "").startswith("nsubj") for k in range(name_first, last + 1))

    def _party_member_described(self, mention: Mention, offset: int) -> Speaker | None:
        """`the Eastland Republican said`: one member of a party, definite, is the person the sentences
        before are about, else the person last quoted or named who fits: never one the draft gives another
        party, nor one described with another place."""
        words = mention.text.replace("’", "'").split()
        if len(words) < 2 or words[0].lower() != "the" or words[-1].endswith("s") or len(words) > 4 \
                or not all(w[:1].isupper() for w in words[1:]):
            return None
        parties = self._parties_in(words[-1:])
        places = {w.lower() for w in words[1:-1]}
        if not parties or any(self.e.kb.party(w) or self.e.kb.is_role(w.lower()) for w in words[1:-1]):
            return None
        topic = self.topic_before(mention.start, None)
        found = [(topic.start, topic)] if topic is not None else []
        limit = self.e.doc.paragraph_index(offset) - 3
        quoted = [(off, [n for n in self._named_before(sid, offset) if n.kind == "person" and n.name])
                  for off, sid in reversed(self.history) if off < offset and sid.startswith("person:")]
        found += [(off, named[-1]) for off, named in quoted if named]
        found += [(m.start, m) for m in self.e.person_mentions_before(offset)]
        for off, m in found:
            if self.e.doc.paragraph_index(off) < limit:
                continue
            sid = "person:" + self.person_key(m.name or "", m.start)
            if m.kind == "person" and m.name and not self._of_another_party(sid, parties, offset) and not any(
                    places and self._places_differ(places, n) for n in self._named_before(sid, offset)):
                return self._resolve(m, m.start)
        return None

    def _public_role_holder(self, roles: set[str], wanted: str | None, offset: int, at: int,
                            former: bool = False, parties: frozenset[str] = frozenset()) -> Speaker | None:
        """`Sanders said … The senator added`: a public role stands for the person the sentences before
        the description (at `at`) are about, else the person last quoted, else the person last named
        (`Trump toured Ohio … "…," the New York businessman said`), who fits it and is given no party other
        than the description's (`the Republican nominee` is no one stated to be a Democrat). A role held before
        (`the former mayor`) may be the topic's whatever office they hold now."""
        topic = self.topic_before(at, wanted)
        sid = "person:" + self.person_key(topic.name or "", topic.start) if topic is not None else ""
        if topic is not None and self._fits(sid[7:], wanted) and not self._of_another_party(sid, set(parties), offset) \
                and (former or not self.holds_another_role(sid, roles, offset, any_role=True)):
            speaker = self._resolve(topic, topic.start)
            if speaker is not None:
                return speaker
        limit = self.e.doc.paragraph_index(offset) - 3
        quoted = [(off, sid, None) for off, sid in self.history if off < offset]
        named = [(m.start, "person:" + self.person_key(m.name or "", m.start), m)
                 for m in self.e.person_mentions_before(min(offset, at))  # (`the former senator mocked Roe`)
                 if not self._names_what_others_hold(m)]
        for candidates in (quoted, named):
            for off, sid, named_mention in sorted(candidates, key=lambda c: -c[0]):
                if self.e.doc.paragraph_index(off) < limit:
                    break
                if sid.startswith("person:") and (wanted is None or self._fits(sid[7:], wanted)) \
                        and not self.holds_another_role(sid, roles, offset) \
                        and not self._of_another_party(sid, set(parties), offset):
                    speaker = self.speakers.get(sid) if named_mention is None else self._resolve(named_mention, off)
                    if speaker is not None:
                        return speaker
        return None

    def _names_what_others_hold(self, mention: Mention) -> bool:
        """`In praising Roe's plan, the senator said`: a name that only owns what a verb acts on names a thing
        of theirs, not someone a role after it may stand for (the owner of a subject is left to the topic:
        `Roe's speech ran long. The senator said`)."""
        if not self._owns(mention):
            return False
        owned = self.e.t[self._name_head(mention)].head
        return owned is not None and not (self.e.t[owned].deprel or "").startswith("nsubj")

    def _coordinated_heads(self, words: list[str]) -> set[str]:
        """`the Eastland senator and Republican mayoral hopeful`: roles joined by `and` with no
        article of their own describe one person who holds them all, so each conjunct's head is a role
        (`the senator and the governor` are two people: nothing)."""
        joins = [k for k, w in enumerate(words) if w in ("and", "&") and 1 < k < len(words) - 1]
        if not joins or any(words[k + 1] in FUNCTION_WORDS for k in joins):
            return set()
        return {words[k - 1] for k in joins if self.e.kb.is_role(words[k - 1])}

    def _parties_in(self, words: list[str]) -> set[str]:
        """The parties a description's capitalised words name (`the Westfield senator and Democratic
        hopeful`: the Democratic party)."""
        return {party.name for w in words if w[:1].isupper() and (party := self.e.kb.party(w.strip(",")))}

    def _of_another_party(self, sid: str, parties: set[str], offset: int) -> bool:
        """Does the draft give this person only parties other than the ones a description names? (`the
        Democratic candidate` is not the person described before as `Republican candidate`.)"""
        if not parties:
            return False
        theirs: set[str] = set()
        for m in self._named_before(sid, offset):
            theirs |= self._parties_in([w.text for w in m.before + m.after])
            tag = self.e.kb.party_tags.get((m.party_tag or "")[:1])
            theirs |= {tag.name} if tag is not None else set()
        return bool(theirs) and not theirs & parties

    def _qualifying_places(self, words: list[str]) -> set[str]:
        """The capitalised words of a description that are no role, title or party (`the Ohio governor`:
        ohio), lower-cased: where the role is held; an owner's words (`Mayor Ann Roe's former aide`) say whose."""
        kb = self.e.kb
        owned = [k for k, w in enumerate(words) if w.endswith(("'s", "’s"))]
        words = words[owned[-1] + 1:] if owned else words
        return {w.lower() for w in words if w[:1].isupper() and not kb.is_role(w.lower()) and not kb.party(w)
                and w.lower() not in kb.title_abbreviations}

    def _places_differ(self, places: set[str], mention: Mention) -> bool:
        """Does the draft describe this person with a place (a word tagged as one) other than these?"""
        theirs = {w.text.lower() for w in mention.before + mention.after if w.ner in ("GPE", "LOC")}
        return bool(theirs) and not places & theirs

    def _owners(self, words: list[str]) -> set[str]:
        """Who owns the role a possessive description names (`the Velde campaign's press secretary`: velde)."""
        k = next((k for k, w in enumerate(words) if w.endswith("'s")), None)
        if k is None:
            return set()
        owned = (w.removesuffix("'s") for w in words[:k + 1])
        return {w for w in owned if w not in ("the", "a", "an", "") and w not in self.e.kb.collective_nouns}

    def _person_of_stated_age(self, words: list[str], offset: int) -> Speaker | None:
        """The person an age-only description (`the 46-year-old`) stands for, if the draft gave one that age."""
        age = age_in_description(words)
        found = person_of_age(self.e.doc.text, age, self.e.person_mentions_before(offset)) if age else None
        return self._resolve(found, found.start) if found is not None else None

    def _aged_topic(self, words: list[str], at: int) -> Speaker | None:
        """`the 46-year-old` alone, an age no one was stated to be: the person the sentences before are
        about (whom news calls by an age it takes as known), else the one person they name, unless the
        draft gave them another age."""
        topic = self.topic_before(at, None)
        if topic is None or not topic.name:
            topic = self._only_person_named_before(at)
        if topic is None or not topic.name:
            return None
        sid = "person:" + self.person_key(topic.name, topic.start)
        ages = {stated_age(self.e.doc.text, m) for m in self._named_before(sid, at)} - {None}
        if ages - {age_in_description(words)}:
            return None
        return self._resolve(topic, topic.start)

    def _only_person_named_before(self, at: int, sentences: int = 5, owners: bool = True) -> Mention | None:
        """The one person named (outside quotes) in the few sentences before `at`, if only one is; without
        `owners`, a name that only owns a thing (`Roe's levy`) does not count."""
        own = self.e.t[self.e.token_at(at)].sentence
        named = [m for m in self.e.person_mentions_before(at)
                 if self.e.t[self.e.token_at(m.start)].sentence >= own - sentences]
        named = [m for m in named if m.name and not self.e.inside[self.e.token_at(m.start)]
                 and (owners or not self._owns(m))]
        keys = {self.person_key(m.name or "", m.start) for m in named}
        return named[0] if len(keys) == 1 else None

    def _subject_or_its_apposition(self, mention: Mention) -> bool:
        """Is the name its clause's subject, or set off beside it (`One of the study's authors, Ida Marsh,
        said`), as the parse reads it? Not a name in passing (`a clip of Roe saying`)."""
        t = self.e.t
        for k in range(self.e.token_at(mention.start), self.e.token_at(mention.end - 1) + 1):
            rel, head = t[k].deprel or "", t[k].head
            if rel == "appos":  # (the parse may hang it on a noun inside the subject: `authors of the report`)
                for _ in range(3):
                    if head is None or t[head].deprel != "nmod":
                        break
                    head = t[head].head
                rel = t[head].deprel or "" if head is not None else ""
            if rel.startswith("nsubj"):
                return True
        return False

    def _owns(self, mention: Mention) -> bool:
        """Is the name followed by a possessive `'s` (`Roe's levy`)?"""
        k = self.e.token_at(mention.end - 1) + 1
        return k < len(self.e.t) and self.e.t[k].text in POSSESSIVE_S

    def holds_another_role(self, sid: str, roles: set[str], offset: int, any_role: bool = False) -> bool:
        """A person the draft gave offices, none of them these (`the congressman` is not the governor).
        Only titles count: a businessman may still be `the nominee`; so may a mayor, unless `any_role`
        (the person a sentence before is about, whom only the role ties to the description)."""
        if not any_role and not any(self.e.kb.is_title(role) for role in roles):
            return False  # `the New York businessman` names no office another could rule out
        held: set[str] = set()
        for m in self._named_before(sid, offset):
            described = self.described_as(self._past_a_preposition(m))
            if "former" not in described:  # (a former secretary of state may well be the nominee)
                lesser = self.lesser_roles(m, [])  # (a vice president holds no presidency)
                held |= {w for w in described - lesser - self._modifying_titles(m) - self.e.kb.courtesy_titles
                         if self.e.kb.is_title(w) and self.e.kb.is_role(w)}  # (`Mr.` holds no office)
                held |= {"lesser " + role for role in lesser}
        return bool(held) and not held & roles

    def _past_a_preposition(self, mention: Mention) -> Mention:
        """A name without the words before it up to a preposition it is the object of: `a spokeswoman for Mr.
        Roe` and `a fund-raiser for Roe` give Roe no role (the words are someone else's, or a thing's); a
        preposition inside the title (`Secretary of State Ann Roe`) belongs to the title, and stays."""
        if not mention.before or mention.kind != "person":
            return mention
        t, first = self.e.t, self.e.token_at(mention.start)
        name, last = first + len(mention.before), self.e.token_at(mention.end - 1)
        head = next((k for k in range(name, last + 1) if t[k].head is None or not name <= t[k].head <= last), name)
        cases = [c for c in self.e.children.get(head, []) if first <= c < name and t[c].deprel == "case"]
        k = cases[-1] - first if cases else -1
        if not 0 <= k < len(mention.before) or mention.before[k].text != t[cases[-1]].text:
            return mention
        return replace(mention, before=mention.before[k + 1:])

    @staticmethod
    def _without_predicate(mention: Mention) -> Mention:
        """A mention without the words of its clause's predicate, which the subject's mention may run on over
        (`Ann Roe and her aide, Ida, were met by an organizer`: Ida is no organizer); a relative clause
        (`Ida, who is an organizer`) still describes."""
        after = mention.after
        # (the predicate opens the words or follows a comma: `Ann Roe, a retired surgeon, is` keeps the surgeon)
        verb = next((k for k, w in enumerate(after)
                     if w.upos in ("VERB", "AUX") and (k == 0 or after[k - 1].text == ",")), len(after))
        if any(w.text.lower() in RELATIVE_PRONOUNS for w in after[:verb]):
            return mention
        return replace(mention, after=after[:verb])

    def _modifying_titles(self, mention: Mention) -> set[str]:
        """Title words that only qualify the word after them (`her chief rival`, `a deputy director`): the
        person holds no such office (the tagger reads `chief rival` as a name and an adjective)."""
        words = mention.before + mention.after
        return {w.text.lower() for w, nxt in zip(words, words[1:], strict=False)
                if w.text.islower() and self.e.kb.is_title(w.text) and nxt.text.islower() and nxt.text.isalpha()
                and nxt.upos in ("NOUN", "ADJ", "PROPN", None)}

    def _named_before(self, sid: str, offset: int) -> list[Mention]:
        """Every mention of a person before `offset`, quoted or not (`Sen. Lou Varn of Texas spoke`)."""
        return [m for m in self.e.person_mentions_before(offset)
                if "person:" + self.person_key(m.name or "", m.start) == sid] + (
            self.speakers[sid].mentions if sid in self.speakers else [])

    def lesser_roles(self, mention: Mention, wanted: list[str]) -> set[str]:
        """The roles a name is described by only as a lesser rank (`Vice President Joe Bode`: president)
        that a description without that rank (`the former president`) does not name."""
        words = " ".join(self.spelled_out(mention)).split()
        return {role for rank, role in zip(words, words[1:], strict=False)
                if rank in self.e.kb.lesser_ranks and rank not in wanted}

    def described_as(self, mention: Mention) -> set[str]:
        """The words describing a name, abbreviations spelled out (`Sen.` → senator)."""
        mention = self._served_by_another(mention)
        words = set()
        spelled = self.spelled_out(mention)
        for k, (low, written) in enumerate(zip(spelled, self.written_words(mention), strict=True)):
            words.update(low.split())
            if k and f"{spelled[k - 1]} {low}" in self.e.kb.campaign_staff or self._synonym_blocked(spelled, k):
                continue  # (a press secretary is staff, no minister: another post than the word's synonyms)
            for word in {written, low}:  # `Rep.` is the congressman, `Sen.` a lawmaker, a secretary a minister
                words.update(self.e.kb.role_synonyms.get(word, ()))
        return words

    def _synonym_blocked(self, spelled: list[str], k: int) -> bool:
        """`the union's general secretary`, `permanent secretary`, `secretary of the party`: words in the role's
        own phrase (up to three before it, or its `of` tail) that make it another post than its synonyms name,
        so the person is no `minister`; `Transport Secretary Ann Roe` still is one."""
        blockers = self.e.kb.role_synonym_blockers.get(spelled[k], set())
        if not blockers:
            return False
        before: list[str] = []
        for word in reversed(spelled[max(k - 3, 0):k]):
            if word in (",", "(", "—", "-"):
                break
            before.append(word)
        after = spelled[k + 2:k + 5] if k + 1 < len(spelled) and spelled[k + 1] == "of" else []
        words = {w.removesuffix("'s").removesuffix("’s") for w in before + after}
        return bool(words & blockers)

    def _served_by_another(self, mention: Mention) -> Mention:
        """`a spokesman for Mr Roe`, `an aide to Sen. Roe`: a role linked to the name by `for`/`to`, with only
        courtesy titles or capitalised ones between, is the role of someone who serves Roe, not Roe's (unlike
        `a spokeswoman for the chain, Ann Roe`, where the comma sets the name off as the one who holds it).
        After a name, `Roe, an adviser to the governor`: the one described after the link is whom she serves;
        `Roe, who gave the reply to the king's speech`: a clause that says what she did, not what she is."""
        after = self._own_words_after(mention.after)
        if len(after) < len(mention.after):
            mention = replace(mention, after=after)
        before = mention.before
        link = max((k for k, w in enumerate(before) if w.text.lower() in SERVED_LINKS), default=None)
        if link is None or link == 0:
            return mention
        between = before[link + 1:]
        if any(not (w.text == "." or w.text.lower() in self.e.kb.courtesy_titles
                    or w.text.lower() in self.e.kb.title_abbreviations or w.text[:1].isupper()) for w in between):
            return mention  # (`candidate for governor Ann Roe`: the role with its seat is hers)
        return replace(mention, before=between)

    def _own_words_after(self, after: tuple[Word, ...]) -> tuple[Word, ...]:
        """The words after a name that describe her (see `_served_by_another`)."""
        low = [w.text.lower() for w in after]
        for k in range(1, len(after)):
            served = low[k] in SERVED_LINKS and self.e.kb.is_role(low[k - 1]) and low[k + 1:k + 2] == ["the"] \
                and k + 2 < len(after) and self.e.kb.is_role(low[k + 2])
            acting = low[k] in RELATIVE_PRONOUNS and k + 1 < len(after) and after[k + 1].upos == "VERB" \
                and low[k + 1] not in TITLE_COPULAS
            if served or acting:
                return after[:k]
        return after

    @staticmethod
    def written_words(mention: Mention) -> list[str]:
        """The words describing a name, lower-cased, an abbreviation's period kept with it even where the
        tokenizer split it off (`Sen. Ann Roe` opening a draft comes as `Sen` and `.`)."""
        texts = [w.text.lower() for w in mention.before + mention.after]
        words: list[str] = []
        for k, low in enumerate(texts):
            if low == "." and k and words and not words[-1].endswith("."):
                words[-1] += "."
            else:
                words.append(low)
        return words

    def spelled_out(self, mention: Mention) -> list[str]:
        """The words describing a name, abbreviations spelled out (`Sen.` → senator)."""
        return [self.e.kb.title_abbreviations.get(w, w) for w in self.written_words(mention)]
