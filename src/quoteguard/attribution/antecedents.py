"""Who a pronoun that sources a quote stands for: he/she by the sentence structure, the subjects
before it, gender and the last speakers; it/they by the bodies before it.

Part of stage two of attribution (resolution): `Resolver` mixes this in; every answer names its step.
"""

from __future__ import annotations

from ..grammar import ASKING_ROLES, FIRST_PERSON_PRONOUNS, OBJECT_ONLY_PRONOUNS, PERSON_OBJECT_PRONOUNS
from ..model import Mention, Speaker
from .described_bodies import described_body
from .topics import SentenceTopics

WRITER_PRONOUNS = ("i", "me", "my")  # the one writer, not `we` (an editorial board, a newsroom)
MAX_TAKE_UP_TOKENS = 60  # how far after the name a him/her still takes them up


class PronounAntecedents(SentenceTopics):
    """The antecedent search; the resolver keeps the entities (`speakers`) and the `history` it reads."""

    speakers: dict[str, Speaker]
    history: list[tuple[int, str]]
    _step: str

    def _resolve(self, mention: Mention, offset: int, register_only: bool = False) -> Speaker | None:
        raise NotImplementedError  # (the resolver's: a mention to its entity)

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
            # (an essay's `I` is its author, when its closing lines name them: `Jo Roe is a columnist.`)
            writer = self.e.writer_signoff() if mention.text.lower() in WRITER_PRONOUNS else None
            speaker = self._resolve(writer, writer.start) if writer is not None else None
            if speaker is not None:
                self._step = "pronoun-writer"
            return speaker
        if wanted in ("neuter", "plural"):
            # (it/they is a body or a group: a `they` none of them takes is never one person, and stays
            # unresolved rather than the person last named)
            return self._body_antecedent(mention, offset, wanted)
        return self._person_antecedent(mention, offset, wanted)

    def first_person(self, mention: Mention) -> bool:
        """`I`/`we` outside quotes is the writer (`"No," I said`), never someone the draft quotes;
        inside a quote it is that quote's speaker, and the steps below may find them."""
        if mention.text.lower() not in FIRST_PERSON_PRONOUNS:
            return False
        return not self.e.inside[self.e.token_at(mention.start)]

    def _body_antecedent(self, mention: Mention, offset: int, wanted: str) -> Speaker | None:
        """`it` is a body or a document, never a person: the subject just before (a document the draft named the
        author of speaks for that author, as it does where it is the source), else the last one quoted.
        `they` is the body its own sentence opened with (`the campaign … what they call`), else the people a
        plural subject just before names (`The ferry workers marched. They chanted …`, over a body quoted
        earlier), else the last body or group quoted."""
        body = self.e.body_subject_before(self.e.token_at(mention.start), 2 if wanted == "neuter" else 0,
                                          lone_names=wanted == "neuter")
        if body is not None and body.kind == "other":
            body = self.e.issuer_of_document(body) or body  # (`"…," the letter said. "…," it said`: its author)
        speaker = self._resolve(body, body.start) if body is not None else None
        if speaker is not None:
            self.history.append((offset, speaker.id))
            self._step = "pronoun-body-subject"
            return speaker
        group = self.e.group_subject_before(self.e.token_at(mention.start)) if wanted == "plural" else None
        speaker = self._resolve(group, group.start) if group is not None else None
        if speaker is not None:
            self.history.append((offset, speaker.id))
            self._step = "pronoun-group-subject"
            return speaker
        issuer = self._issuer_of_a_document_before(self.e.token_at(mention.start)) if wanted == "neuter" else None
        speaker = self._resolve(issuer, issuer.start) if issuer is not None else None
        if speaker is not None and (body := self._body_read_as_a_person(speaker.id)) is not None:
            speaker = self._resolve(body, body.start) or speaker  # (`Brandvik Grain` for `Brandvik Grain Company`)
        if speaker is not None:
            self.history.append((offset, speaker.id))
            self._step = "pronoun-body-subject"
            return speaker
        kinds = ("organisation", "unnamed") if wanted == "plural" else ("organisation", "other")
        for _, sid in reversed(self.history):
            if self.speakers[sid].kind in kinds:
                self._step = "pronoun-last-body"
                return self.speakers[sid]
            body = self._body_read_as_a_person(sid) if wanted == "neuter" else None
            speaker = self._resolve(body, body.start) if body is not None else None
            if speaker is not None:
                self.history.append((offset, speaker.id))
                self._step = "pronoun-last-body"
                return speaker
        return None

    def _issuer_of_a_document_before(self, pronoun: int) -> Mention | None:
        """`Kell wrote in the affidavit that … . It continued: "…"`: an `it` with no body for a subject before it is
        the document last named in its sentence or the one before, outside quotes and not as a subject, and speaks
        for whoever the draft says issued it (`issuer_at`); a document with no issuer leaves the `it` to the
        steps after."""
        e = self.e
        sentence = e.t[pronoun].sentence
        first = e.a.sentences[sentence - 1][0] if sentence > 0 else e.a.sentences[sentence][0]
        for k in range(pronoun - 1, first - 1, -1):
            if e.para[k] < e.para[pronoun] - 1:
                return None
            if e.inside[k] or e.low(k) not in e.kb.document_nouns | e.kb.issued_nouns or e.t[k].upos != "NOUN" \
                    or (e.t[k].deprel or "").startswith("nsubj"):
                continue
            return e.issuer_at(k)
        return None

    def _body_read_as_a_person(self, sid: str) -> Mention | None:
        """`Harwell Grain Cooperative cut … . Harwell Grain said that …`: a quoted "person" whose name is the opening
        words of a body the draft named in full before (`body_named_in_full`) is that body, shortened; an `it`,
        never a person, that finds no body before it stands for that body."""
        speaker = self.speakers[sid]
        if speaker.kind != "person" or not speaker.mentions:
            return None
        mention = speaker.mentions[-1]
        full = self._body_opened_by(mention)
        if full is None:
            return None
        return Mention(text=mention.text, start=mention.start, end=mention.end, kind="organisation", name=full)

    def _body_opened_by(self, mention: Mention) -> str | None:
        """The one body named before `mention` whose full name opens with all of its two or more words
        (`names.body_opened_by`); a one-word name is left to `body_named_in_full`, whose checks that it names no one a
        two-word opening does not need."""
        words = (mention.name or "").split()
        return self.e.body_opened_by(words, self.e.token_at(mention.start)) if len(words) >= 2 else None

    def _document_author(self, mention: Mention, offset: int) -> Speaker | None:
        """`Roe toured the pier. She said in a statement …`, `His campaign sent an email`: a document whose author
        the draft gives as a pronoun, or as a body a possessive pronoun names, speaks for whom that pronoun means
        (None when the pronoun or the body finds no one: the document stays the source)."""
        issuer = self.e.issuer_of_document(mention, in_place=True) if mention.kind == "other" else None
        if issuer is not None and issuer.kind != "pronoun":
            issuer = described_body(self, issuer, offset)  # type: ignore[arg-type]
        return self._resolve(issuer, offset) if issuer is not None else None

    def _shows_gender(self, speaker: Speaker | None, wanted: str | None) -> None:
        """A he/she the sentence structure gave someone shows their gender: a person's by their key, an
        unnamed source's by its id (`"…," said a neighbour. She said she …`: the neighbour is a she)."""
        if speaker is None or wanted not in ("male", "female"):
            return
        if speaker.id.startswith("person:"):
            self.shown_gender.setdefault(speaker.id[7:], wanted)
        elif speaker.id.startswith("unnamed:"):
            self.shown_gender.setdefault(speaker.id, wanted)

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
        speaking = self._speaking_subject(mention, wanted) or self._addressed_person(mention, wanted)
        if speaking is not None:
            return self._structural(speaking, offset, wanted, "pronoun-speaking-subject")
        opening = self._subject_past_its_clause(mention, wanted)
        if opening is not None:
            return self._structural(opening, offset, wanted, "pronoun-sentence-subject")
        addressed = self._addressed_by_the_verb(mention, wanted)
        chained = self._subject_chain(mention, offset, wanted)
        if chained is not None and chained.kind == "unnamed" and self._speaks_to_a_pronoun(chained, wanted):
            chained = None  # (`"…," one pilot told her. "…," she said`: she is the one told; the steps below decide)
        if chained is not None and chained.kind == "unnamed" and self._asking_role(chained):
            chained = None  # (`One questioner claimed the bids were rigged. "I will look," he said`: the one answering)
        if chained is not None and self.person_key(chained.name or "", chained.start) in addressed:
            chained = None  # (`He told Roe, "…"`: the chain's head is the one he speaks to; the steps below decide)
        if chained is not None:
            speaker = self._structural(chained, offset, wanted, "pronoun-subject-chain")
            if speaker is not None:
                return speaker
        para_limit = self.e.doc.paragraph_index(offset) - 3
        said = self.e.token_at(mention.start)
        recent = []  # person mentions of the last three paragraphs, newest first
        # An antecedent comes before its pronoun: in `He thanked Hines, saying "…"` Hines, named
        # between the pronoun and the quote, is who he speaks of, never who he is.
        for m in self.e.person_mentions_before(min(offset, mention.start)):
            if self.e.doc.paragraph_index(m.start) < para_limit:
                break
            if not self.e.names_a_thing(m) and self.e.t[self.e.token_at(m.start)].sentence not in self.chain_passed \
                    and not self._reported_subject(m, said) and not self._asked_about(m, said) \
                    and self.person_key(m.name or "", m.start) not in addressed:
                recent.append(m)
        candidates = [m for m in reversed(recent) if self._fits(self.person_key(m.name or "", m.start), wanted)]
        known = [m for m in candidates if self.gender(self.person_key(m.name or "", m.start)) == wanted]
        # (he/she is a person, or one unnamed source; never a body or a crowd)
        personal = ("person:", "unnamed:") if wanted in ("male", "female") else ("",)
        last_off, last_speaker = next(((off, sid) for off, sid in reversed(self.history) if off < offset
                                       and sid.startswith(personal) and not self._unnamed_asker(off, sid)
                                       and not self._unnamed_addresser(sid, offset, wanted)
                                       and not (sid.startswith("person:") and sid[7:] in addressed)
                                       and (not sid.startswith("person:") or self._fits(sid[7:], wanted))
                                       and not self._unnamed_of_other_gender(sid, wanted)
                                       and not (wanted in ("male", "female")
                                                and self.speakers[sid].mentions[0].plural)), (offset, None))

        def passing(named: Mention) -> bool:
            return self._was_object(named) and not self._about_the_object(named, last_off, offset) \
                and not self._taken_up_again(named, mention.start, wanted)
        if known and wanted in ("male", "female"):
            # A person the draft marks as fitting (`a spokeswoman`, `Mr.`) beats one of unknown gender,
            # unless they are only an object (`… would not support Clinton`) and the one last quoted
            # is known to fit too: the story is still about them.
            latest_known = self._salient(known)
            topic = last_speaker is not None and last_speaker.startswith("person:") \
                and self.gender(last_speaker[7:]) == wanted and self._only_an_object(latest_known) \
                and passing(latest_known)
            # (`Lee won Ohio. "…," said Abel Tarr. ¶ "…," he said`: a he/she right after the quote of someone
            # whose gender nothing shows continues that quote, over a man named before it)
            adjacent = last_speaker is not None and last_speaker.startswith("person:") \
                and self.gender(last_speaker[7:]) is None and last_off > latest_known.start \
                and self.e.doc.paragraph_index(offset) - self.e.doc.paragraph_index(last_off) <= 1
            if not topic and not adjacent and not any(
                    (sid.startswith("person:") and self.gender(sid[7:]) == wanted or self._unnamed_shown(sid, wanted))
                    and off > latest_known.start for off, sid in self.history if off < offset):
                speaker = self._resolve(latest_known, latest_known.start)
                if speaker is not None:
                    self.history.append((offset, speaker.id))
                self._step = "pronoun-gender"
                return speaker
        last_named = self._salient(candidates) if candidates else None
        if last_speaker and (last_named is None or self.speakers[last_speaker].mentions[-1].start >= last_named.start
                             or passing(last_named)):
            speaker, step = self.speakers[last_speaker], "pronoun-last-speaker"
        elif last_named is not None:
            speaker, step = self._resolve(last_named, last_named.start), "pronoun-last-named"
        else:
            return None
        if speaker is not None:
            self.history.append((offset, speaker.id))
        self._step = step
        return speaker

    def _taken_up_again(self, named: Mention, before: int, wanted: str | None) -> bool:
        """`With the stubborn Kline, there is little chance of that. Just ask him. "…," he said`: a him/her of the
        wanted gender in a sentence after an object's name, with no one else named between, stands for them; the
        story has come back to them, so a he/she after it is theirs too, not the last speaker's."""
        if wanted not in ("male", "female"):
            return False
        e = self.e
        first, last = e.token_at(named.end - 1) + 1, e.token_at(before)
        if last - first > MAX_TAKE_UP_TOKENS:
            return False
        others = [m for m in e.person_mentions if named.end <= m.start < before]
        sentence = e.t[first - 1].sentence  # (a him/her in the name's own sentence may be its subject's)
        return not others and any(
            not e.inside[k] and e.t[k].sentence != sentence and e.low(k) in PERSON_OBJECT_PRONOUNS
            and e.kb.pronouns.get(e.low(k)) == wanted and (e.t[k].deprel or "").startswith(("obj", "iobj", "obl"))
            for k in range(first, last))

    def _addressed_by_the_verb(self, pronoun: Mention, wanted: str | None) -> set[str]:
        """`"…," he told Roe`, `she said of Roe`: the people named as an object of the he/she's own verb, after it.
        A he/she is never the one its own verb speaks to or about (news writes `himself`/`herself` for that)."""
        if wanted not in ("male", "female") or not self.e.a.has_deps:
            return set()
        t, at = self.e.t, self.e.token_at(pronoun.start)
        verb = t[at].head
        if verb is None or not (t[at].deprel or "").startswith("nsubj"):
            return set()
        keys = set()
        for m in self.e.person_mentions:
            if m.start <= pronoun.end or t[self.e.token_at(m.start)].sentence != t[at].sentence:
                continue
            head = self._name_head(m)
            if t[head].head == verb and (t[head].deprel or "").split(":")[0] in ("obj", "iobj", "obl"):
                keys.add(self.person_key(m.name or "", m.start))
        return keys

    def _about_the_object(self, named: Mention, quoted_at: int, offset: int) -> bool:
        """An object (`… would not support Varga`) leaves the he/she to the one last quoted, unless the
        sentence that ended the subject chain is about a thing that names them (`The book accuses Dessel
        …`, `Footage of Dessel appeared.`) and starts a paragraph after that quote: the story has moved
        on to them."""
        sentence = self.e.t[self.e.token_at(named.start)].sentence
        paragraph = self.e.doc.paragraph_index
        return sentence == self.chain_thing_sentence and paragraph(quoted_at) < paragraph(named.start) \
            and paragraph(named.start) == paragraph(offset)

    def _unnamed_shown(self, sid: str, wanted: str | None) -> bool:
        """`said the woman, a cashier`: an unnamed source whose words show the he/she's gender, who fits
        it as well as any named person does."""
        words = self.speakers[sid].name.lower().split() if sid.startswith("unnamed:") else []
        return wanted in ("male", "female") and any(self.e.kb.gender_words.get(w) == wanted for w in words)

    def _unnamed_of_other_gender(self, sid: str, wanted: str | None) -> bool:
        """`a man` is never a she, nor `a spokeswoman` a he: an unnamed source whose words show the other gender,
        or for whom an earlier he/she of the other gender stood (`_shows_gender`)."""
        words = self.speakers[sid].name.lower().split() if sid.startswith("unnamed:") else []
        shown = {self.e.kb.gender_words[w] for w in words if w in self.e.kb.gender_words}
        if sid in self.shown_gender:
            shown.add(self.shown_gender[sid])
        return wanted in ("male", "female") and bool(shown) and wanted not in shown

    def _speaks_to_a_pronoun(self, mention: Mention, wanted: str | None) -> bool:
        """`one pilot told her`, `a guard asked him`: does the verb the source is the subject of take a him/her of
        the he/she's gender for its object? The he/she who speaks next is then the one spoken to, not the source."""
        if wanted not in ("male", "female") or not self.e.a.has_deps:
            return False
        t = self.e.t
        first, last = self.e.token_at(mention.start), self.e.token_at(max(mention.start, mention.end - 1))
        subjects = [k for k in range(first, last + 1) if (t[k].deprel or "").startswith("nsubj")]
        verb = t[subjects[0]].head if subjects else None
        # (a verb of speaking: `A miner beside him`, with `beside` read as a verb, speaks to no one)
        return verb is not None and self.e.speech(verb) is not None and any(
            t[c].deprel in ("obj", "iobj") and self.e.low(c) in OBJECT_ONLY_PRONOUNS | {"her"}
            and self.e.kb.pronouns.get(self.e.low(c)) == wanted for c in self.e.children.get(verb, []))

    def _unnamed_addresser(self, sid: str, offset: int, wanted: str | None) -> bool:
        """An unnamed source whose last words before `offset` were spoken to a him/her of the he/she's gender
        (`"…," one pilot told her`): the he/she is the one answering."""
        if not sid.startswith("unnamed:"):
            return False
        said = [m for m in self.speakers[sid].mentions if m.start < offset]
        return bool(said) and self._speaks_to_a_pronoun(said[-1], wanted)

    @staticmethod
    def _asking_role(mention: Mention) -> bool:
        """`one questioner`, `the moderator`: a nameless source whose role puts the questions (`asking_roles`)."""
        words = mention.text.lower().split()
        return bool(words) and words[-1] in ASKING_ROLES

    def _unnamed_asker(self, offset: int, sid: str) -> bool:
        """`One questioner asked: "…?"`, `One questioner claimed the "…" were rigged`: an unnamed source whose
        quote at `offset` is a question, or whose role puts the questions, asks; the he/she who speaks next is the
        one answering."""
        if not sid.startswith("unnamed:"):
            return False
        if any(self._asking_role(m) for m in self.speakers[sid].mentions):
            return True
        quote = next((q for q in self.e.quotes if q.start == offset), None)
        return quote is not None and self.e.doc.text[quote.inner_start:quote.inner_end].rstrip().endswith("?")
