"""Stage two of attribution: from a source mention to the entity it refers to.

A full name is its own entity; a lone surname is the full name last used before it; a pronoun is
the person or body its sentence, its gender and number and the last speakers point to; a definite
description (`the spokesman`) is the person last given that title; an unnamed source stays unnamed.
"""

from __future__ import annotations

import bisect

from ..grammar import FIRST_PERSON_PRONOUNS, PREPOSITIONS, QUESTION_VERBS, RELATIVE_PRONOUNS
from ..model import Mention, Speaker
from .ages import age_in_description, person_of_age
from .draft import Draft

# The steps that can decide an entity, as attributions record them.
MAX_DESCRIPTION_WORDS = 9  # `the former secretary of state and current nominee`; a longer run is a clause
RESOLUTION_STEPS = (
    "full-name", "surname", "name-as-written", "organisation", "definite-description", "unnamed", "other",
    "pronoun-body-subject", "pronoun-last-body", "pronoun-speaking-subject", "pronoun-subject-chain",
    "pronoun-gender", "pronoun-last-speaker", "pronoun-last-named", "pronoun-unresolved",
)


class Resolver:
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

    def person_key(self, name: str, offset: int) -> str:
        """A lone surname takes the full name last used before it (else the first one after it)."""
        words = name.split()
        if len(words) == 1:
            offsets, names = self.e.full_names(words[0].lower())
            if not names:
                offsets, names = self.e.full_names_family_first(words[0].lower())
            if names:
                k = bisect.bisect_right(offsets, offset) - 1
                if self.e.family(words[0].lower()):
                    # Family members: `Cruz said` after `a photo of Heidi Cruz` is still the senator:
                    # the last of them not shown (by the parse) to be a mere object.
                    k = next((j for j in range(k, -1, -1) if offsets[j] not in self.e.object_names), k)
                return " ".join(names[max(k, 0)])
        return " ".join(w.lower() for w in words)

    def _display(self, key: str, fallback: str) -> str:
        for mention in self.e.person_mentions:
            if mention.name and mention.name.lower() == key and not mention.name.isupper():
                return mention.name
        if fallback.lower() == key and not fallback.isupper():
            return fallback
        return " ".join(w.capitalize() for w in key.split())

    def resolve(self, mention: Mention, offset: int) -> tuple[Speaker | None, str]:
        """The entity a mention at `offset` refers to, and the step that decided it."""
        self._step = ""
        speaker = self._resolve(mention, offset)
        return speaker, self._step

    def register(self, mention: Mention) -> None:
        """Add a person named outside any attribution to the entity they already are, if quoted."""
        self._resolve(mention, mention.start, register_only=True)

    def _resolve(self, mention: Mention, offset: int, register_only: bool = False) -> Speaker | None:
        if mention.kind == "pronoun":
            return self._antecedent(mention, offset)
        if mention.kind == "person" and mention.name:
            key = self.person_key(mention.name, offset)
            self._step = "full-name" if len(mention.name.split()) > 1 else (
                "surname" if key != mention.name.lower() else "name-as-written")
            sid = "person:" + key
            if sid not in self.speakers:
                if register_only:
                    return None
                self.speakers[sid] = Speaker(sid, self._display(key, mention.name), "person", False)
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
        if mention.kind == "organisation":
            sid = "org:" + (mention.name or mention.text).lower()
            name, anonymous = mention.name or mention.text, False
            self._step = "organisation"
        else:
            definite = self._definite_reference(mention, offset)
            if definite is not None:
                self._step = "definite-description"
                self.history.append((offset, definite.id))
                return definite
            self._step = mention.kind  # unnamed | other: kept as written, never given a name
            sid = f"{mention.kind}:" + (mention.name or mention.text).lower()
            name, anonymous = mention.name or mention.text, mention.kind == "unnamed"
        speaker = self.speakers.setdefault(sid, Speaker(sid, name, mention.kind, anonymous))
        speaker.mentions.append(mention)
        self.history.append((offset, sid))
        return speaker

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
        """`the spokesman said` after `Kremlin spokesman Dmitry Peskov`: the same person.

        The roles a description names (`the former first lady and U.S. senator`: lady, senator) are
        matched against how each person quoted, then each person named before (nearest first), was
        described; a public role no one was described by stands for the person last quoted.
        """
        words = mention.text.lower().replace("’", "'").split()
        possessed = bool(words) and (words[0] in ("his", "her", "their") or any(w.endswith("'s") for w in words[:-1]))
        if not words or not (words[0] == "the" or possessed):
            return None  # (`Trump's campaign manager`, `his spokeswoman` are definite too)
        aged = self._person_of_stated_age(words, offset)
        if aged is not None:
            aged.mentions.append(mention)  # `"…," the 46-year-old said` after `Maria Lopez, 46,`
            return aged
        cut = next((k for k, w in enumerate(words) if k and (w in PREPOSITIONS or w in RELATIVE_PRONOUNS)),
                   len(words))
        words = words[:cut]  # `the 34-year-old mother of three`: the head is before `of`
        if len(words) > MAX_DESCRIPTION_WORDS:
            return None
        head = words[-1]
        if not self.e.kb.is_role(head):
            return None  # `the union said` is the union, not a union official
        roles = {w for w in words[1:] if self.e.kb.is_role(w) and w not in self.e.kb.person_nouns - {head}} | {head}
        owners = self._owners(words)
        compound = " ".join(words[-2:]) if len(words) > 2 and self.e.kb.is_title(" ".join(words[-2:])) else None

        def described_so(m: Mention) -> bool:
            # (`the Velde campaign's press secretary` needs Velde too, and a press secretary is no
            # secretary-general)
            described = self.described_as(m)
            return bool(roles & described) and (not owners or bool(owners & described)) and (
                compound is None or compound in " ".join(w.text.lower() for w in m.before + m.after))

        for _, sid in reversed(self.history):
            speaker = self.speakers[sid]
            if speaker.kind == "person" and any(described_so(m) for m in self._named_before(sid, offset)):
                speaker.mentions.append(mention)  # what it says (`the Republican nominee`) describes them too
                return speaker
        wanted = self.e.kb.gender_words.get(head)
        limit = self.e.doc.paragraph_index(offset) - 3
        for m in self.e.person_mentions_before(offset):
            if described_so(m) and (wanted is None or self._fits(self.person_key(m.name or "", m.start),
                                                                               wanted)):
                speaker = self._resolve(m, m.start)  # `Indiana Gov. Mike Pence toured …. The governor said`
                if speaker is not None:
                    speaker.mentions.append(mention)
                    return speaker
        role = " ".join(words[-2:]) if " ".join(words[-2:]) in self.e.kb.public_roles else compound or head
        if possessed or role not in self.e.kb.public_roles:
            return None  # (`Trump's spokeswoman` is never Trump; a press secretary is not a secretary)
        # `Sanders said … The senator added`: a public role stands for the person last quoted, else the
        # person last named (`Trump toured Ohio … "…," the New York businessman said`), who fits it.
        quoted = [(off, sid, None) for off, sid in self.history if off < offset]
        named = [(m.start, "person:" + self.person_key(m.name or "", m.start), m)
                 for m in self.e.person_mentions_before(offset)]
        for candidates in (quoted, named):
            for off, sid, named_mention in sorted(candidates, key=lambda c: -c[0]):
                if self.e.doc.paragraph_index(off) < limit:
                    break
                if sid.startswith("person:") and (wanted is None or self._fits(sid[7:], wanted)) \
                        and not self.holds_another_role(sid, roles, offset):
                    speaker = self.speakers.get(sid) if named_mention is None else self._resolve(named_mention, off)
                    if speaker is not None:
                        speaker.mentions.append(mention)
                        return speaker
        return None

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

    def holds_another_role(self, sid: str, roles: set[str], offset: int) -> bool:
        """A person the draft gave offices, none of them these (`the congressman` is not the governor).
        Only titles count: a businessman may still be `the nominee`."""
        if not any(self.e.kb.is_title(role) for role in roles):
            return False  # `the New York businessman` names no office another could rule out
        held: set[str] = set()
        for m in self._named_before(sid, offset):
            described = self.described_as(m)
            if "former" not in described:  # (a former secretary of state may well be the nominee)
                held |= {w for w in described if self.e.kb.is_title(w) and self.e.kb.is_role(w)}
        return bool(held) and not held & roles

    def _named_before(self, sid: str, offset: int) -> list[Mention]:
        """Every mention of a person before `offset`, quoted or not (`Sen. Ted Cruz of Texas spoke`)."""
        return [m for m in self.e.person_mentions_before(offset)
                if "person:" + self.person_key(m.name or "", m.start) == sid] + (
            self.speakers[sid].mentions if sid in self.speakers else [])

    def described_as(self, mention: Mention) -> set[str]:
        """The words describing a name, abbreviations spelled out (`Sen.` → senator)."""
        words = set()
        for w in mention.before + mention.after:
            low = w.text.lower()
            words.update(self.e.kb.title_abbreviations.get(low, low).split())
            words.update(self.e.kb.role_synonyms.get(low, ()))  # `Rep.` is the congressman
        return words

    def _antecedent(self, mention: Mention, offset: int) -> Speaker | None:
        """He/she: the latest fitting person spoken of as a subject or speaker, else the latest named.

        A person fits a pronoun unless the draft shows the other gender (Mr./Ms., spokeswoman,
        a known first name, or he/she used right after a lone mention of them).
        """
        wanted = self.e.kb.pronouns.get(mention.text.lower())
        if self.first_person(mention):
            # The writer, whom the draft does not name (left to `unresolved_pronoun`), unless the
            # writer only cites someone (`Ruiz said, and I quote, "…"`): then the one who said it.
            speaking = self._speaking_subject(mention, wanted)
            speaker = self._resolve(speaking, speaking.start) if speaking is not None else None
            if speaker is not None:
                self.history.append((offset, speaker.id))
                self._step = "pronoun-speaking-subject"
            return speaker
        if wanted in ("neuter", "plural"):
            body = self._body_antecedent(mention, offset, wanted)
            if body is not None or wanted == "neuter":
                return body
        return self._person_antecedent(mention, offset, wanted)

    def first_person(self, mention: Mention) -> bool:
        """`I`/`we` outside quotes is the writer (`"No," I said`), never someone the draft quotes;
        inside a quote it is that quote's speaker, and the steps below may find them."""
        if mention.text.lower() not in FIRST_PERSON_PRONOUNS:
            return False
        return not self.e.inside[self.e.token_at(mention.start)]

    def _body_antecedent(self, mention: Mention, offset: int, wanted: str) -> Speaker | None:
        """`it` is a body or a document, never a person: the subject just before, else the last one quoted.
        `they` is the body its own sentence opened with (`the campaign … what they call`), if any."""
        body = self.e.body_subject_before(self.e.token_at(mention.start), 2 if wanted == "neuter" else 0)
        speaker = self._resolve(body, body.start) if body is not None else None
        if speaker is not None:
            self.history.append((offset, speaker.id))
            self._step = "pronoun-body-subject"
            return speaker
        kinds = ("organisation", "unnamed") if wanted == "plural" else ("organisation", "other")
        for _, sid in reversed(self.history):
            if self.speakers[sid].kind in kinds:
                self._step = "pronoun-last-body"
                return self.speakers[sid]
        return None

    def gender(self, key: str) -> str | None:
        """A person's gender: the draft's evidence (`Mr.`, a first name), else a he/she already shown
        by its sentence to stand for them, so that `Oduya` (whom nothing else marks) stays the `he`
        of later quotes once a `he` was his, rather than losing it to a known man named since."""
        return self.e.gender.get(key) or self.shown_gender.get(key)

    def _shows_gender(self, speaker: Speaker | None, wanted: str | None) -> None:
        if speaker is not None and speaker.id.startswith("person:") and wanted in ("male", "female"):
            self.shown_gender.setdefault(speaker.id[7:], wanted)

    def _structural(self, found: Mention, offset: int, wanted: str | None, step: str) -> Speaker | None:
        """The person the sentence structure gives a he/she: it speaks at `offset` and shows their gender."""
        speaker = self._resolve(found, found.start)
        if speaker is not None:
            self.history.append((offset, speaker.id))
            self._shows_gender(speaker, wanted)
            self._step = step
        elif step == "pronoun-speaking-subject":
            self._step = step
        return speaker

    def _person_antecedent(self, mention: Mention, offset: int, wanted: str | None) -> Speaker | None:
        """The person a he/she (or a `they` no body took) stands for."""
        speaking = self._speaking_subject(mention, wanted)
        if speaking is not None:
            return self._structural(speaking, offset, wanted, "pronoun-speaking-subject")
        chained = self._subject_chain(mention, offset, wanted)
        if chained is not None:
            speaker = self._structural(chained, offset, wanted, "pronoun-subject-chain")
            if speaker is not None:
                return speaker
        para_limit = self.e.doc.paragraph_index(offset) - 3
        recent = []  # person mentions of the last three paragraphs, newest first
        # An antecedent comes before its pronoun: in `He thanked Hines, saying "…"` Hines, named
        # between the pronoun and the quote, is who he speaks of, never who he is.
        for m in self.e.person_mentions_before(min(offset, mention.start)):
            if self.e.doc.paragraph_index(m.start) < para_limit:
                break
            if not self._names_a_thing(m):
                recent.append(m)
        candidates = [m for m in reversed(recent) if self._fits(self.person_key(m.name or "", m.start), wanted)]
        known = [m for m in candidates if self.gender(self.person_key(m.name or "", m.start)) == wanted]
        # (he/she is a person, or one unnamed source; never a body or a crowd)
        personal = ("person:", "unnamed:") if wanted in ("male", "female") else ("",)
        last_speaker = next((sid for off, sid in reversed(self.history) if off < offset and sid.startswith(personal)
                             and not self._unnamed_asker(off, sid)
                             and (not sid.startswith("person:") or self._fits(sid[7:], wanted))
                             and not (wanted in ("male", "female") and self.speakers[sid].mentions[0].plural)), None)
        if known and wanted in ("male", "female"):
            # A person the draft marks as fitting (`a spokeswoman`, `Mr.`) beats one of unknown gender,
            # unless they are only an object (`… would not support Clinton`) and the one last quoted
            # is known to fit too: the story is still about them.
            latest_known = self._salient(known)
            topic = last_speaker is not None and last_speaker.startswith("person:") \
                and self.gender(last_speaker[7:]) == wanted and self._only_an_object(latest_known)
            if not topic and not any(sid.startswith("person:") and self.gender(sid[7:]) == wanted
                                     and off > latest_known.start for off, sid in self.history if off < offset):
                speaker = self._resolve(latest_known, latest_known.start)
                if speaker is not None:
                    self.history.append((offset, speaker.id))
                self._step = "pronoun-gender"
                return speaker
        last_named = self._salient(candidates) if candidates else None
        if last_speaker and (last_named is None or self.speakers[last_speaker].mentions[-1].start >= last_named.start
                             or self._was_object(last_named)):
            speaker, step = self.speakers[last_speaker], "pronoun-last-speaker"
        elif last_named is not None:
            speaker, step = self._resolve(last_named, last_named.start), "pronoun-last-named"
        else:
            return None
        if speaker is not None:
            self.history.append((offset, speaker.id))
        self._step = step
        return speaker

    def _subject_chain(self, pronoun: Mention, offset: int, wanted: str | None) -> Mention | None:
        """`Nurse Ferris spoke first. He later thanked Councillor Beltran for the clinic. "…," he said`:
        the person the sentences before are about, so the people they only mention in passing
        (Beltran, a known `he`) and the speaker quoted before them are not candidates.

        Walks back from the pronoun's sentence over sentences with a fitting he/she (or only quoted
        words) as subject, to a sentence whose subject, or whose speaker (`…, Osei said`), is a
        fitting person's name. Any other subject (someone else, a body, a noun) ends the walk with
        no answer, and the steps after this one decide.
        """
        if wanted not in ("male", "female") or not self.e.a.has_deps:
            return None
        t = self.e.t
        at = self.e.token_at(min(offset, pronoun.start))
        own = t[at].sentence
        if any(self._role(m) != "other" for m in self.e.person_mentions_in_sentence_before(pronoun.start)):
            return None  # (`When Ruiz arrived, she said`: a subject in the pronoun's own sentence decides)
        para_limit = self.e.doc.paragraph_index(offset) - 3
        for s in range(own - 1, max(own - 8, -1), -1):
            first, _ = self.e.a.sentences[s]
            if self.e.doc.paragraph_index(t[first].start) < para_limit:
                return None
            outside = [k for k in self.e.outside_quotes(s) if t[k].upos != "PUNCT"]
            if not outside:
                continue  # only quoted words: the chain's speaker still talking
            asked = self._asked_person(outside)
            if asked is not None:  # (`Host Mo Tarrant asked Lind how …`: Lind answers, not Tarrant)
                return asked if self._fits(self.person_key(asked.name or "", asked.start), wanted) else None
            subj = self._speaking_subject_token(outside)
            if subj is None:
                subj = self._main_subject(outside)
            gender = self.e.kb.pronouns.get(self.e.low(subj)) if subj is not None and t[subj].upos == "PRON" else None
            if gender == wanted:
                if any(self._fits(self.person_key(m.name or "", m.start), wanted)
                       for m in self.e.person_mentions_in_sentence_before(t[subj].start)):
                    return None  # (`Ruiz, despite her doubts, she agreed`: the pronoun may be the name before)
                continue
            named = self._subject_person(subj, outside)
            if named is None or not self._fits(self.person_key(named.name or "", named.start), wanted):
                return None
            return named
        return None

    def _unnamed_asker(self, offset: int, sid: str) -> bool:
        """`One questioner asked: "…?"`: an unnamed source whose quote at `offset` is a question asks;
        the he/she who speaks next is the one answering."""
        if not sid.startswith("unnamed:"):
            return False
        quote = next((q for q in self.e.quotes if q.start == offset), None)
        return quote is not None and self.e.doc.text[quote.inner_start:quote.inner_end].rstrip().endswith("?")

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
                    return next((m for m in self.e.person_mentions_before(t[k].end) if m.start <= t[k].start < m.end),
                                None)
        return None

    def _speaking_subject_token(self, outside: list[int]) -> int | None:
        """The subject of a main-clause speech verb outside quotes: in `The plan failed, Osei said` the
        sentence is Osei's, whatever the parse makes its root (in `When Ward asked, Amel smiled` the
        one asking is not who the sentence is about). A name or he/she right next to the verb comes
        first: the parse often takes `Reyes, Dunmore said, remains …` for Reyes's words and
        `"…" in Brook's district, said Kessler` for words said to Kessler."""
        t, words = self.e.t, set(outside)
        for verb in outside:
            if t[verb].deprel not in ("root", "parataxis", "conj") or not self.e.speech(verb):
                continue
            before = verb - 1 if verb - 1 in words else None
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
            return subj if subj is not None and not self.e.inside[subj] else None
        return next((k for k in outside if (t[k].deprel or "").startswith("nsubj") and t[k].head is not None
                     and not self.e.inside[t[k].head]), None)

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
            return named if named is not None and all(t[k].upos == "PUNCT" for k in between) else None
        # (`Kellar, a retired judge, spoke next`: the subject noun is the name's appositive, in its mention)
        return next((m for m in self.e.person_mentions_before(t[subj].end) if m.start <= t[subj].start < m.end), None)

    def _names_a_thing(self, mention: Mention) -> bool:
        """`the Harlow administration`, `the Ruiz campaign`: a name that only modifies a common noun
        names the thing, and no he/she that follows stands for the person."""
        t, first = self.e.t, self.e.token_at(mention.start)
        last = self.e.token_at(mention.end - 1)
        for k in range(first, last + 1):  # the name's head: the word whose head is outside it
            head = t[k].head
            if head is None or not first <= head <= last:
                return t[k].deprel == "compound" and head is not None and t[head].upos == "NOUN"
        return False

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
        """`Clinton says she appreciated Machado's courage`: the subject of a speech verb earlier in
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

    def _fits(self, key: str, wanted: str | None) -> bool:
        if wanted not in ("male", "female"):
            return True
        known = self.gender(key)
        return known is None or known == wanted

    def _only_an_object(self, mention: Mention) -> bool:
        """The parse shows the name is no subject (`would not support Clinton`, `by Obama`) and no
        possessor either (`Oz's advice earned him …` is still about Oz)."""
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].start < mention.end:
            head = self.e.t[k].head
            if self.e.t[k].deprel == "nmod:poss" and head is not None \
                    and (self.e.t[head].deprel or "").startswith("nsubj"):
                return False  # the possessor of the subject (`Oz's advice earned him`), not of an object
            k += 1
        return self._was_object(mention)

    def _was_object(self, mention: Mention) -> bool:
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].end <= mention.end:
            if (self.e.t[k].deprel or "").startswith("nsubj"):
                return False
            k += 1
        return self.e.a.has_deps
