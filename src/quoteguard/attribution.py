"""Link each quote to its speaker: a short list of sieves tried in order, then coreference.

Sieves look at the words outside the quote in its own sentence first (`"…," said X`,
`X said: "…"`, `…, saying, "…"`, `according to X`, `X's remarks — "…"`, `"…" — X`), then at
the dependency tree when the pipeline has one, then at the neighbourhood (a quote continuing the
same speaker in the paragraph, or after an attribution in the previous paragraph). Speaker
phrases are resolved to entities: a surname or pronoun to the full name it refers back to, a
nominal phrase (`a senior official`) to an unnamed source, never to an invented name.

The stage is written to survive tagging errors: every decision that uses POS, dependencies or
entities has a surface fallback, so the engine also runs on a tokenize-only pipeline.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .io import Document
from .knowledge import Knowledge
from .model import Attribution, AttributionResult, Mention, Quote, Speaker, Word
from .nlp import Analysis, Token
from .quotes import ALL_MARKS

SENTENCE_END = {".", "!", "?", "…", "..."}
PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # R-Ky., D-N.Y.
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
OBJECT_ONLY_PRONOUNS = {"him", "them", "us", "me"}
PERSON_LINKS = {"for", "to", "in", "with", "at", "of", "from"}  # `an aide to X`, `a lawyer for X`
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which"}
TRANSCRIPT_LABEL = re.compile(r"\s*([A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s")
DASHES = {"—", "–", "-", "--", "―"}
CLAUSE_BREAK = {",", ";", ":", "(", ")"} | DASHES
FUNCTION_WORDS = {
    "a", "an", "the", "my", "his", "her", "our", "their", "its", "your", "this", "that", "these", "those",
    "some", "one", "another", "many", "several", "both", "each", "every", "any", "no", "all", "most",
}
SUBORDINATORS = {"that", "which", "who", "whom", "whose", "what", "when", "because", "if", "while", "as", "after",
                 "before", "since", "although", "though", "where", "whether", "but", "and", "or", "so", "than"}
AUX_OR_ADVERB = {"has", "have", "had", "also", "later", "then", "once", "would", "will", "could", "can",
                 "did", "does", "do", "was", "is", "were", "recently", "previously", "reportedly",
                 "again", "further", "simply", "just", "not", "never", "only", "often", "earlier", "repeatedly",
                 "may", "might", "should", "must", "shall", "first", "still", "even", "finally",
                 "publicly", "privately", "bluntly", "flatly", "frankly", "openly", "quickly", "tersely"}


@dataclass(frozen=True)
class _Phrase:
    """A speaker phrase found by a sieve: a token range, the cue, and how it was found."""

    first: int
    last: int
    cue: int | None
    sieve: str
    confidence: float


class _Engine:
    def __init__(self, doc: Document, analysis: Analysis, quotes: list[Quote], kb: Knowledge):
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
        self.children: dict[int, list[int]] = {}
        for tok in self.t:
            if tok.head is not None:
                self.children.setdefault(tok.head, []).append(tok.index)
        self.person_surnames: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self.object_names: set[int] = set()  # offsets of person names the parse shows are no subject
        self._mention_starts: list[int] = []
        self._full_names: dict[str, tuple[list[int], list[tuple[str, ...]]]] = {}
        self.person_mentions: list[Mention] = []
        self.gender: dict[str, str] = {}  # person key (lower-case full name) -> male/female
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

    # -- token helpers --------------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.t[i].text.lower()

    def is_cap(self, i: int) -> bool:
        text = self.t[i].text
        return text[:1].isupper() and text.lower() not in FUNCTION_WORDS and any(c.isalpha() for c in text)

    def is_name_token(self, i: int) -> bool:
        tok = self.t[i]
        if not self.is_cap(i) or tok.text.lower() in self.kb.not_names or self.in_title[i]:
            return False
        if tok.upos in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "VERB", "ADV"):
            return tok.ner == "PERSON"
        common = tok.upos in ("NOUN", "ADJ") and tok.ner is None
        if common and (self.sentence_initial(i) or tok.text.lower() in self.kb.person_nouns):
            return False  # `Demonstrators said …`, `Officials said …`: a capital that only starts the sentence
        return self.kb.speech_lemma(tok.text, tok.lemma, tok.upos) is None or tok.upos in ("PROPN",)

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
        """`"…," she yells`: an inflected speech verb right after a pronoun or a name, whatever its tag."""
        lemma = self.kb.verb_forms.get(self.low(i))
        if lemma is None or self.low(i) == lemma or self.inside[i] or i == 0:
            return False
        prev = i - 1
        return self.low(prev) in self.kb.pronouns or self.is_name_token(prev)

    def boundary(self, i: int) -> bool:
        """Sentence-final punctuation outside quotes and outside parentheses (`Rep. X (R-Fla.) said`)."""
        if self.t[i].text not in SENTENCE_END or self.inside[i]:
            return False
        return not (i + 1 < len(self.t) and self.t[i + 1].text == ")" and self.t[i + 1].start == self.t[i].end)

    def quote_tokens(self, q: Quote) -> tuple[int, int]:
        """The quote's first and last tokens; a mark glued to the token before (`’“`) counts as in it."""
        first = min(bisect.bisect_left(self.starts, q.start), len(self.t) - 1)
        last = bisect.bisect_left(self.starts, q.end) - 1
        return first, max(first, last)

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
        return tuple(Word(self.t[i].text, self.t[i].upos, self.t[i].ner) for i in range(first, last + 1))

    def span_text(self, first: int, last: int) -> str:
        return self.doc.text[self.t[first].start:self.t[last].end]

    def name_text(self, first: int, last: int) -> str:
        """A name as written, without the nickname inside it."""
        if not any(k in self.nickname_tokens for k in range(first, last + 1)):
            return self.span_text(first, last)
        return " ".join(self.t[k].text for k in range(first, last + 1) if k not in self.nickname_tokens)

    # -- name runs ------------------------------------------------------------------------
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
                    or (self.low(j + 1) in self.kb.name_particles and j + 2 <= last and self.is_name_token(j + 2))
                    or (self.t[j + 1].text in ("-", ".") and j + 2 <= last and self.is_name_token(j + 2)
                        and self.t[j + 1].start == self.t[j].end)
                    or (self.t[j].text == "-" and self.t[j + 1].start == self.t[j].end and self.t[j + 1].text.isalpha())
                    # `Securities and Exchange Commission`: an `and` inside an organisation's name
                    or (self.low(j + 1) in ("and", "&") and j + 2 <= last and self.is_name_token(j + 2)
                        and self.inside_organisation_name(j + 1))
                    # `Park Geun-hye`: a hyphen glued on both sides to a lower-case name part
                    or (self.t[j + 1].text == "-" and j + 2 <= last and self.t[j + 1].start == self.t[j].end
                        and self.t[j + 2].start == self.t[j + 1].end and self.t[j + 2].text.isalpha())
                ):
                    j += 1
                runs.append((i, j))
                i = j + 1
            else:
                i += 1
        return runs

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
        while first <= last and (self.is_descriptor_word(first) or self.t[first].text in ("-",)):
            first += 1
        while last >= first and self.t[last].text in ("-", "."):
            last -= 1
        if first > last and start == end and self.t[end].ner == "PERSON" and (
                end == 0 or self.t[end - 1].upos not in ("DET", "PRON") and self.low(end - 1) not in ("’s", "'s")):
            return end, end  # `Dean, a former party chairman`: a surname that is also a title word
        return (first, last) if first <= last else None

    def run_kind(self, first: int, last: int) -> str:
        """person, organisation or place for a stripped capitalised run, trusting NER least."""
        text = self.span_text(first, last)
        lows = [self.low(i) for i in range(first, last + 1)]
        if self.kb.organisation(text) is not None:
            return "organisation"
        if self.kb.country_of(text) or text in self.kb.demonyms:
            return "place"
        surname = lows[-1]
        if surname in self.person_surnames:
            return "person"
        labels = {self.t[i].ner for i in range(first, last + 1)}
        if any(w in self.kb.org_words for w in lows) or (len(text) >= 2 and text.isupper() and "." not in text):
            return "organisation"
        prev = first - 1
        if prev >= 0 and self.low(prev) == "the":
            return "organisation"
        if "PERSON" in labels or (last > first and self.t[first].text in self.kb.first_names):
            return "person"
        if labels & {"ORG"}:
            return "organisation"
        if labels & {"GPE", "LOC"}:
            return "place"
        if last == first and (lows[0] in self.kb.person_nouns or labels in ({"MISC"}, {"NORP"})):
            return "other"  # `Democratic presidential nominee`: a party or nationality word names no one
        return "person"

    # -- registry of people named anywhere ------------------------------------------------
    def collect_people(self) -> None:
        # `(D-Ore.)`: the state in a party tag is no person, whatever the tagger says.
        tags = [m.span() for m in PARTY_TAG.finditer(self.doc.text)]
        tag_starts = [start for start, _ in tags]

        def in_party_tag(token: int) -> bool:
            k = bisect.bisect_right(tag_starts, self.t[token].start) - 1
            return k >= 0 and self.t[token].start < tags[k][1]

        for ent in self.a.entities:
            if ent.label != "PERSON" or all(self.inside[i] for i in range(ent.first, ent.last + 1)):
                continue
            for run in self.name_runs(ent.first, ent.last):
                stripped = self.strip_descriptors(*run)
                if stripped is None or in_party_tag(stripped[0]):
                    continue
                first, last = stripped
                key = tuple(self.low(i) for i in range(first, last + 1))
                self.person_surnames.setdefault(key[-1], []).append((self.t[first].start, key))
                if self.t[first].deprel is not None and not any(
                        (self.t[i].deprel or "").startswith("nsubj") for i in range(first, last + 1)):
                    self.object_names.add(self.t[first].start)
        for ent in self.a.entities:
            if ent.label != "PERSON":
                continue
            for run in self.name_runs(ent.first, ent.last):
                stripped = self.strip_descriptors(*run)
                if stripped and not in_party_tag(stripped[0]) \
                        and not all(self.inside[i] for i in range(stripped[0], stripped[1] + 1)):
                    mention = self.person_mention(*stripped)
                    if mention is not None:
                        self.person_mentions.append(mention)
        # A later bare surname the tagger missed (`Holt's advice earned him …`) is a mention all the same.
        known = {m.start for m in self.person_mentions}
        for first, last in self.name_runs(0, len(self.t) - 1):
            if first == last and self.low(last) in self.person_surnames and self.t[first].start not in known \
                    and not self.inside[first] and self.t[first].ner is None and self.t[first].upos == "PROPN" \
                    and self.person_surnames[self.low(last)][0][0] < self.t[first].start:
                mention = self.person_mention(first, last)
                if mention is not None:
                    self.person_mentions.append(mention)
        self.person_mentions.sort(key=lambda m: m.start)  # in draft order, for mentions_before
        self._mention_starts = [m.start for m in self.person_mentions]

    def infer_genders(self, full_name: Callable[[Mention], str]) -> None:
        """Gender evidence per person: honorifics, gendered titles, first names, nearby pronouns."""
        votes: dict[str, Counter] = {}
        # How many person mentions start in each sentence (one count, not a scan per mention).
        start_sentence = [self.t[self.token_at(m.start)].sentence for m in self.person_mentions]
        per_sentence = Counter(start_sentence)
        for mention, own_sentence in zip(self.person_mentions, start_sentence, strict=True):
            if self.shared_surname(mention):
                continue  # `Scott` in a story of Keith and Rakeyia Scott is evidence for neither
            key = full_name(mention)
            tally = votes.setdefault(key, Counter())
            words = [w.text.lower() for w in mention.before + mention.after]
            for word in words:
                if word in self.kb.gender_words:
                    tally[self.kb.gender_words[word]] += 3
            first_word = key.split()[0].capitalize() if key else ""
            if first_word in self.kb.first_names and len(key.split()) > 1:
                tally[self.kb.first_names[first_word]] += 2
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

    def person_mentions_before(self, offset: int) -> Iterator[Mention]:
        """Person mentions that start before `offset`, nearest first (a bisect, not a scan from the end)."""
        k = bisect.bisect_left(self._mention_starts, offset)
        return (self.person_mentions[j] for j in range(k - 1, -1, -1))

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
            self._full_names[surname] = ([c[0] for c in full], [c[1] for c in full])
        return self._full_names[surname]

    def family(self, surname: str) -> bool:
        """Two or more people named in full with this surname (a family, two Johnsons)."""
        return len(set(self.full_names(surname)[1])) > 1

    def shared_surname(self, mention: Mention) -> bool:
        """A bare surname that two people named in full share."""
        words = (mention.name or "").lower().split()
        return len(words) == 1 and self.family(words[0])

    def person_mention(self, first: int, last: int) -> Mention | None:
        if self.run_kind(first, last) != "person":
            return None
        pre_first = self.descriptor_before(first, last)
        post_last = self.descriptor_after(last)
        return Mention(
            text=self.span_text(pre_first, post_last) if post_last > last else self.span_text(pre_first, last),
            start=self.t[pre_first].start, end=self.t[max(last, post_last)].end, kind="person",
            name=self.name_text(first, last),
            before=self.words(pre_first, first - 1) if pre_first < first else (),
            after=self.words(last + 1, post_last) if post_last > last else (),
            full=last > first,
        )

    def descriptor_before(self, first: int, last: int) -> int:
        """Leftmost token of the title/organisation phrase right before a name.

        Also `The new mayor, Lydia Brennan, …`: a title phrase set off by a comma before the name,
        unless the name goes straight on to its verb (`These employees, Stamp explained, were …`:
        the name opens an aside).
        """
        verb_follows = last + 1 < len(self.t) and self.t[last + 1].upos in ("VERB", "AUX")
        if first >= 2 and self.t[first - 1].text == "," and self.para[first - 2] == self.para[first] \
                and not verb_follows:
            k = first - 2
            while k - 1 >= 0 and self.para[k - 1] == self.para[first] and not self.inside[k - 1] \
                    and (self.t[k - 1].upos in ("DET", "ADJ", "NOUN", "PROPN") or self.low(k - 1) in FUNCTION_WORDS
                         or self.is_descriptor_word(k - 1)):
                k -= 1
            starts_clause = k == 0 or self.para[k - 1] != self.para[first] or self.t[k - 1].text in CLAUSE_BREAK \
                or self.boundary(k - 1)
            if starts_clause and self.low(k) in FUNCTION_WORDS and (
                    self.is_descriptor_word(first - 2) or self.low(first - 2) in self.kb.person_nouns):
                return k
        i = first - 1
        start = first
        if i >= 0 and self.t[i].upos == "NOUN" and not self.is_descriptor_word(i) \
                and self.low(i) not in self.kb.person_nouns:
            return first  # `In a Reuters interview Halvorsen declared`: the noun before the name is no title
        while i >= 0 and not self.inside[i] and self.para[i] == self.para[first]:
            tok = self.t[i]
            low = tok.text.lower()
            if self.is_descriptor_word(i) or low in self.kb.person_nouns:
                start = i
            elif tok.upos in ("NOUN", "ADJ", "PROPN") or (tok.upos is None and self.is_cap(i)):
                if low in SUBORDINATORS or self.speech(i):
                    break
                start = i
            elif tok.text == "-" and i > 0 and self.t[i - 1].end == tok.start:
                start = i
            elif low in ("of", "for", "and", "on") and i - 1 >= 0 and (
                self.is_descriptor_word(i - 1) or self.t[i - 1].upos in ("NOUN", "ADJ", "PROPN")
            ):
                pass
            else:
                break
            i -= 1
        while start < first and (self.low(start) in ("of", "for", "and", "on", "-") or self.t[start].upos == "ADP"):
            start += 1
        # A phrase that carries no title, person noun or organisation is not a descriptor.
        if not any(self.is_descriptor_word(k) or self.low(k) in self.kb.person_nouns
                   or self.t[k].ner in ("ORG",) for k in range(start, first)):
            return first
        return start

    def descriptor_after(self, last: int) -> int:
        """Rightmost token of an appositive (`, a spokesman for X,`) or `at/of ORG` after a name."""
        n = len(self.t)
        i = last + 1
        if i >= n or self.inside[i] or self.para[i] != self.para[last]:
            return last
        if self.t[i].text in ("’s", "'s"):
            return last
        if self.t[i].text == "(":
            # `Rep. Ann Roe (D-N.C.), head of the caucus`: the party tag, then the appositive.
            close = next((k for k in range(i + 1, min(i + 8, n)) if self.t[k].text == ")"), None)
            if close is None or close + 1 >= n or self.t[close + 1].text != ",":
                return last
            described = self.descriptor_after(close)
            return described if described > close else last
        if self.low(i) in ("at", "of", "from", "with"):
            j = i + 1
            while j < n and self.low(j) in FUNCTION_WORDS:
                j += 1
            end = j
            while end < n and not self.inside[end] and (
                self.is_cap(end) or self.low(end) in ("of", "for", "and", "&", "on")
                and end + 1 < n and self.is_cap(end + 1) or end > j and self.within_organisation(end - 1, end, n - 1)
            ):
                end += 1
            if end > j and any(self.t[k].ner == "ORG" or self.low(k) in self.kb.org_words
                               or self.kb.organisation(self.t[k].text) for k in range(j, end)):
                return end - 1
            return last
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
        if self.t[i].text == "," and i + 1 < n and self.t[i + 1].upos not in ("ADP", "SCONJ"):
            # (`, on his first day in the job,` is when he spoke, not who he is)
            end = self.appositive_end(i + 1, last)
            if end is None:
                return last
            # `, a lawyer at Dorn & Pike, who represents the county,`: a relative clause about the
            # person may follow it (`, which represents …` is about the organisation).
            if end + 2 < n and self.t[end + 1].text == "," and self.low(end + 2) in ("who", "whose") \
                    and self.low(i + 1) not in RELATIVE_PRONOUNS:
                end = self.appositive_end(end + 2, last, described=True) or end
            return end
        return last

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
        while end < n and not self.inside[end] and self.t[end].text not in (",", ";", ":", ".") \
                and self.para[end] == self.para[last] and end - j < 20:
            if self.speech(end) and self.t[end].upos in ("VERB", None) and self.low(end) not in self.kb.titles:
                return None
            relative = relative or self.low(end) in RELATIVE_PRONOUNS | {"that"}
            if self.t[end].upos == "VERB" and not relative and not self.low(end).endswith(("ed", "ing")):
                return None  # `, the move reeks of …`: a clause of its own, not a description
            end += 1
        if end == j:
            return None
        words = {self.low(k) for k in range(j, end)}
        opener = self.low(j)
        describes = described or words & self.kb.titles or words & self.kb.person_nouns or (
            opener in ("a", "an", "the") and any(self.t[k].upos == "NOUN" for k in range(j, end)))
        if not describes:
            return None
        if opener not in {"a", "an", "the"} | RELATIVE_PRONOUNS and self.names_someone_else(j, end - 1):
            return None
        return end - 1

    def names_someone_else(self, first: int, last: int) -> bool:
        """A person named in the span, other than a capitalised word that only qualifies the next title."""
        for run in self.name_runs(first, last):
            stripped = self.strip_descriptors(*run)
            if stripped is None or self.run_kind(*stripped) != "person":
                continue
            if stripped[0] == stripped[1] and self.t[stripped[0]].ner in ("GPE", "LOC", "ORG"):
                continue
            after = stripped[1] + 1
            if after <= last and self.kb.is_title(self.low(after)):
                continue
            return True
        return False

    # -- speaker phrases ------------------------------------------------------------------
    def np_after(self, i: int, limit: list[int]) -> tuple[int, int] | None:
        """A noun phrase starting at token i (a cue's object side: `said Kremlin aide Yuri Ushakov`)."""
        allowed = set(limit)
        j = i
        while j in allowed and (self.t[j].text not in CLAUSE_BREAK | SENTENCE_END or self.glued_hyphen(j)) \
                and not self.inside[j]:
            low = self.low(j)
            if j > i and low in ("and", "&") and j + 1 in allowed and not self.has_name(i, j - 1) and (
                self.is_cap(j + 1) or self.t[j + 1].upos in ("NOUN", "ADJ") or self.kb.is_title(self.low(j + 1))
            ):
                j += 1
                continue
            if j > i and low in ("and", "&") and self.is_cap(j - 1) and self.inside_organisation_name(j):
                j += 1  # `the Securities and Exchange Commission`: one name
                continue
            if j > i and self.within_organisation(j - 1, j, max(allowed)):
                j += 1  # `the Alliance to Protect Our Parks`: one name
                continue
            if j > i and (low in SUBORDINATORS or low in ("who", "during", "in", "on", "at", "after", "before",
                                                           "when", "to", "about", "while", "as", "from", "with",
                                                           "by", "of", "for")):
                if low in ("of", "for") and j + 1 in allowed and self.is_cap(j + 1) and self.is_cap(j - 1) \
                        and not self.has_name(i, j - 1):
                    j += 1
                    continue
                break
            if j > i and self.t[j].upos == "VERB" and low.endswith("ed") and self.low(j + 1) == "by" \
                    and j + 2 in allowed and not self.has_name(i, j - 1):
                j += 2  # `a complaint filed by the federal commission`: who made the document is part of it
                continue
            if j > i and self.t[j].upos in ("VERB", "AUX") and not self.is_cap(j):
                break
            j += 1
        return (i, j - 1) if j > i else None

    def within_organisation(self, prev: int, k: int, last: int) -> bool:
        """Does token k go on the organisation name that `prev` is in (one ORG entity, to a capitalised word)?"""
        ent = self.org_entity[prev]
        if ent < 0 or self.org_entity[k] != ent:
            return False
        end = k
        while end <= last and self.org_entity[end] == ent and not self.is_cap(end):
            if self.low(end) in ("of", "and", "&"):
                return False  # (the tagger runs `Arthur Quell of Dunmore Legal` into one name; `of` has its own rules)
            end += 1  # `to`, `for the`: small words inside the name
        return end <= last and self.org_entity[end] == ent and end - k <= 2

    def inside_organisation_name(self, conjunction: int) -> bool:
        """Does the capitalised run after this `and` end in an organisation word (`… and Exchange Commission`)?"""
        k = conjunction + 1
        while k < len(self.t) and self.is_cap(k) and not self.inside[k]:
            if self.low(k) in self.kb.org_words:
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
            if i in allowed and self.t[i].text == "," and not self.has_person(i + 1, k - 1 if k > i + 1 else i + 1):
                continue
            if i in allowed and self.t[i].text == ")":
                continue  # `Rep. Jim Jordan (R-Ohio), a panel member, said`: the party tag too
            break
        start = i
        while start - 1 in allowed:
            prev = start - 1
            tok = self.t[prev]
            low = tok.text.lower()
            breaks = tok.text in CLAUSE_BREAK and not self.glued_hyphen(prev)
            if breaks or self.boundary(prev) or low in SUBORDINATORS:
                break
            if tok.upos in ("VERB", "AUX") and not self.is_cap(prev) and low not in self.kb.titles:
                break
            if self.speech(prev) and tok.upos != "PROPN" and not self.is_cap(prev):
                break
            start = prev
        if start > end:
            return None
        if aside is not None and self.names_the_nominal(start, end, aside):
            return start, aside[1]  # `Jones's cousin, Maria Lopez, said`: the name says who the cousin is
        return start, (i if self.t[i].text not in (",", ")") else end)

    def names_the_nominal(self, first: int, last: int, aside: tuple[int, int]) -> bool:
        """Is the aside only the name of a nameless person phrase before it (`the mayor's spokeswoman, Ana Ruiz,`)?"""
        head = self.t[last]
        if head.upos not in ("NOUN", "PROPN") or self.is_cap(last) or any(
                self.t[k].upos in ("ADP", "VERB", "AUX") for k in range(first, last + 1)):
            return False
        runs = self.name_runs(*aside)
        if len(runs) != 1 or runs[0][1] != aside[1] or not self.has_person(*aside):
            return False
        return all(self.is_descriptor_word(k) or self.t[k].upos in ("ADJ", "NOUN", "DET")
                   for k in range(aside[0], runs[0][0]))

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
                if subj is not None and subj in clause:
                    return self.named_before_appositive(self.expand(subj, clause), clause)
                verb = self.t[verb].head
        for pos, k in enumerate(clause):
            tok = self.t[k]
            is_verb = tok.upos in ("VERB",) or (tok.upos is None and self.speech(k))
            if is_verb and pos > 0 and not self.is_cap(k):
                return clause[0], clause[pos - 1]
        return None

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
        person = self.has_person(start, comma - 1) or any(self.t[k].ner == "PERSON" for k in range(start, comma))
        return (start, comma - 1) if person else span

    def glued_hyphen(self, k: int) -> bool:
        """A hyphen inside a word (`Geun-hye`, `AFL-CIO`), not a dash between clauses."""
        return self.t[k].text == "-" and 0 < k < len(self.t) - 1 \
            and self.t[k - 1].end == self.t[k].start and self.t[k].end == self.t[k + 1].start

    def subject_of(self, verb: int) -> int | None:
        for child in self.children.get(verb, []):
            if (self.t[child].deprel or "").startswith("nsubj"):
                return child
        return None

    def expand(self, head: int, allowed: list[int]) -> tuple[int, int]:
        """Grow a subject head to its phrase: the contiguous names, titles and modifiers around it."""
        ok = set(allowed)
        first = last = head
        while first - 1 in ok and (self.t[first - 1].text not in CLAUSE_BREAK or self.glued_hyphen(first - 1)) and \
                self.t[first - 1].upos not in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") and \
                self.low(first - 1) not in SUBORDINATORS:
            first -= 1
        while last + 1 in ok and (self.is_name_token(last + 1) or self.t[last + 1].deprel in ("flat", "flat:name")):
            last += 1
        if last == head:
            last = self.title_chain_end(head, ok)
        if last + 2 in ok and self.t[last + 1].text in ("’s", "'s") and self.t[last + 2].upos in ("NOUN", "PROPN") \
                and not self.is_cap(last + 2):
            last += 2  # `candidate Gary Johnson's doctor`, however the parse split it: the doctor is the head
        return first, last

    def title_chain_end(self, head: int, ok: set[int]) -> int:
        """`the former secretary of state and current party nominee`: one person's titles, joined.

        From a noun, go on over `of` + a noun; from a title noun also over `and` + modifiers + another
        title noun (no article: `the governor and the mayor` are two people).
        """
        def title_word(k: int) -> bool:
            return self.kb.is_title(self.low(k)) or self.low(k) in self.kb.person_nouns

        if self.t[head].upos != "NOUN" and not title_word(head):
            return head
        last = head
        while True:
            k = last + 1
            if self.low(k) == "of" and k + 1 in ok and self.t[k + 1].upos in ("NOUN", "PROPN") \
                    and not self.is_name_token(k + 1):
                last = k + 1  # `the secretary of state`, `small groups of marchers`
                continue
            if self.low(k) == "and" and title_word(head):
                stretch = []
                j = k + 1
                while j in ok and j <= k + 5 and self.t[j].upos in ("ADJ", "PROPN", "NOUN"):
                    stretch.append(j)
                    j += 1
                titles = [j for j in stretch if title_word(j) and not self.is_cap(j)]
                if titles:
                    last = titles[-1]
                    while last + 1 in ok and self.is_name_token(last + 1):
                        last += 1  # `his wife and current party nominee Jane Doyle`
                    continue
            return last

    # -- sieves ---------------------------------------------------------------------------
    def sieve_after(self, post: list[int]) -> _Phrase | None:
        """`"…," said X` / `"…," X said` / `"…" — X`."""
        k = 0
        while k < len(post) and self.t[post[k]].text in (",",):
            k += 1
        if k >= len(post):
            return None
        rest = post[k:]
        first = rest[0]
        if self.t[first].text in DASHES and len(rest) > 1:
            np = self.np_after(rest[1], rest)
            if np and self.name_runs(*np):
                return _Phrase(np[0], np[1], None, "dash", 0.8)
            return None
        j = 0
        while j < len(rest) and self.low(rest[j]) in AUX_OR_ADVERB:
            j += 1
        if j < len(rest) and self.speech(rest[j]) and self.low(rest[j]) not in self.kb.participles:
            np = self.np_after(rest[j] + 1, rest)
            if np:
                np = self.with_appositive_name(np, rest)
                return _Phrase(np[0], np[1], rest[j], "said-speaker", 0.95)
        for pos, i in enumerate(rest[:25]):
            if pos > 0 and (self.speech(i) or self.speech_after_subject(i)) and self.low(i) not in self.kb.participles:
                if self.says_yes_or_no(i):
                    break
                np = self.np_before(i, rest[:pos])
                if np and np[0] == rest[0] or (np and self.t[rest[0]].text == "," and np[0] == rest[1]):
                    return _Phrase(np[0], np[1], i, "speaker-said", 0.95)
                if np and all(self.t[x].text in (",",) or x >= np[0] for x in rest[:pos]):
                    return _Phrase(np[0], np[1], i, "speaker-said", 0.9)
                break
            if self.t[i].upos in ("VERB",) and not self.is_cap(i) and not self.speech(i):
                break
        return self.long_aside_cue(rest)

    def long_aside_cue(self, rest: list[int]) -> _Phrase | None:
        """`"…," Ann Roe, the lawyer of a family suing the city, said`: an aside with verbs of its own.

        The surface walk stops at the aside's first verb. Here the name opens the window, the aside
        is closed by a comma right before the speech verb, and the parse (when it found a subject
        at all) agrees that the name is that verb's subject.
        """
        if not self.is_name_token(rest[0]):
            return None
        head_end = next((pos for pos, k in enumerate(rest) if self.t[k].text in (",", "(")), None)
        if head_end is None or not self.has_person(rest[0], rest[head_end - 1]):
            return None
        for pos in range(head_end + 2, min(len(rest), 40)):
            i = rest[pos]
            if not self.speech(i) or self.low(i) in self.kb.participles or self.t[rest[pos - 1]].text != ",":
                continue
            subj = self.subject_of(i) if self.a.has_deps else None
            if subj is not None and subj not in rest[:head_end]:
                return None
            return _Phrase(rest[0], rest[pos - 1], i, "speaker-said", 0.85)
        return None

    def sieve_before(self, pre: list[int]) -> _Phrase | None:
        """`X said: "…"`, `X said that "…"`, `X told Y "…"`, `…, saying, "…"`, `X expressed …: "…"`.

        The nearest speech verb wins, unless it sits in a relative clause
        (`X told a woman who suggested … that "…"` → told).
        """
        if not pre:
            return None
        near = pre[-30:]
        cues = [pos for pos in range(len(near) - 1, -1, -1) if self.speech(near[pos])]
        relative = [p for p in cues if self.in_relative_clause(near[p])]
        cues = [p for p in cues if p not in relative] + relative
        for pos in cues:
            i = near[pos]
            lemma = self.speech(i)
            low = self.low(i)
            if low in self.kb.participles or (low.endswith("ing") and self.t[i].upos in ("VERB", None)):
                if lemma in self.kb.thought_verbs and low not in self.kb.participles:
                    continue  # `appeared to be feeling better`: a state of mind, not a cue
                named = self.name_before(i, pre)
                if named:
                    # `footage of Trump saying, "…"`: the participle's own subject is the name before it.
                    return _Phrase(named[0], named[1], i, "participle", 0.85)
                subj = self.clause_subject(i, pre)
                if subj:
                    return _Phrase(subj[0], subj[1], i, "participle", 0.85)
                continue
            # Inverted: `said Smith: "…"` (the name must end the window, before a colon or comma).
            after = near[pos + 1:]
            if after and lemma not in self.kb.listener_verbs and self.is_cap(after[0]) \
                    and self.t[after[-1]].text in (",", ":") + tuple(DASHES):
                np = self.np_after(after[0], after)
                if np and self.has_name(*np) and np[0] == after[0] and np[1] == after[-2]:
                    return _Phrase(np[0], np[1], i, "said-speaker", 0.85)
            candidates = []
            np = self.np_before(i, [k for k in pre if k < i])
            if np and np[0] == np[1] and self.low(np[0]) in SUBJECT_PRONOUNS:
                return _Phrase(np[0], np[1], i, "speaker-said", 0.85)
            if self.a.has_deps:
                subj = self.subject_of(i)
                if subj is not None and subj in pre and subj < i:
                    span = self.expand(subj, [k for k in pre if k < i])
                    last = i - 1
                    while last > span[1] and (self.low(last) in AUX_OR_ADVERB or self.t[last].upos in ("AUX", "ADV")):
                        last -= 1
                    # `These employees, Stamp explained`: a comma between the parse's subject and a cue
                    # that follows the next phrase directly means the subject is that phrase (found
                    # on the surface below); `The mayor, Ann Roe, said` keeps the whole apposition.
                    if self.t[last].text == "," or not any(self.t[k].text == "," for k in range(span[1] + 1, last)):
                        candidates.append(_Phrase(span[0], last, i, "speaker-said", 0.9))
            np = self.np_before(i, [k for k in pre if k < i])
            if np:
                candidates.append(_Phrase(np[0], np[1], i, "speaker-said", 0.85))
            elif self.conjunct_cue(i, pre) or (i - 1 in pre and self.low(i - 1) == "to"):
                # `X outlined a plan and vowed "…"` / `X took to Twitter to accuse …`
                # `X outlined a plan and vowed "…"`: the subject of the first conjunct.
                subj = self.clause_subject(i - 1, pre)
                if subj:
                    candidates.append(_Phrase(subj[0], subj[1], i, "speaker-said", 0.8))
            if candidates:
                return self.prefer_named(candidates)
        if self.t[pre[-1]].text == ":":
            subj = self.clause_subject(pre[-1], pre[:-1] + [pre[-1]])
            if subj:
                return _Phrase(subj[0], subj[1], None, "colon", 0.75)
            if self.name_runs(pre[0], pre[-1]) and len(pre) <= 8:
                return _Phrase(pre[0], pre[-2], None, "colon", 0.7)
        return None

    def conjunct_cue(self, cue: int, window: list[int]) -> bool:
        """`… and repeatedly says, "…"`: the cue is a second verb sharing the clause's subject."""
        k = cue - 1
        while k in window and (self.low(k) in AUX_OR_ADVERB or self.t[k].upos in ("ADV", "AUX")):
            k -= 1
        return k in window and self.low(k) in ("and", "but", "or", "then")

    def prefer_named(self, candidates: list[_Phrase]) -> _Phrase:
        """Of several readings of a subject, the one naming a person most surely, else the first."""
        best, best_strength = candidates[0], 0
        for phrase in candidates:
            mention = self.mention_for(phrase)
            if mention is not None and mention.kind == "person":
                strength = self.person_strength(mention)
                if strength > best_strength:
                    best, best_strength = phrase, strength
        return best

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

    def sieve_according(self, window: list[int]) -> _Phrase | None:
        """`according to X` / `in the words of X` anywhere in the quote's sentence."""
        for pos, i in enumerate(window):
            for phrase in self.kb.according:
                parts = phrase.split()
                if pos + len(parts) < len(window) and all(
                    self.low(window[pos + k]) == parts[k] for k in range(len(parts))
                ) and window[pos + len(parts) - 1] == window[pos] + len(parts) - 1:
                    np = self.np_after(window[pos + len(parts)], window)
                    if np and not self.has_name(*np):
                        # `according to conservative talk radio host Rush Limbaugh,`: a mistagged
                        # `talk` must not cut the phrase short of its name.
                        np = self.up_to_clause_break(np[0], window) or np
                    if np:
                        return _Phrase(np[0], np[1], i, "according-to", 0.9)
        return None

    def up_to_clause_break(self, first: int, window: list[int], limit: int = 12) -> tuple[int, int] | None:
        """From `first` to the last word before a comma (or the window's end), if that names someone."""
        allowed = set(window)
        last = first
        while last + 1 in allowed and last + 1 - first < limit and \
                self.t[last + 1].text not in CLAUSE_BREAK | SENTENCE_END and not self.inside[last + 1]:
            last += 1
        return (first, last) if self.has_name(first, last) else None

    def sieve_speech_noun(self, pre: list[int]) -> _Phrase | None:
        """`X's remarks — "…"`, `the remarks of X: "…"`."""
        for pos in range(len(pre) - 1, -1, -1):
            i = pre[pos]
            if self.low(i) not in self.kb.speech_nouns:
                continue
            k = i - 1
            while k in pre and (self.t[k].upos == "ADJ" or self.low(k) in ("recent", "latest", "own")):
                k -= 1
            if k in pre and self.t[k].text in ("’s", "'s", "’", "'"):
                start = k - 1
                while start - 1 in pre and (self.is_cap(start - 1) or self.is_descriptor_word(start - 1)):
                    start -= 1
                if start <= k - 1 and self.is_cap(k - 1):
                    return _Phrase(start, k - 1, i, "speech-noun", 0.85)
            if pos + 2 < len(pre) and self.low(pre[pos + 1]) in ("by", "of", "from"):
                np = self.np_after(pre[pos + 2], pre)
                if np and self.name_runs(*np):
                    return _Phrase(np[0], np[1], i, "speech-noun", 0.8)
        return None

    def sieve_transcript_label(self, q: Quote) -> _Phrase | None:
        """`"PENCE: Well, look, …"`: a transcript quote names its speaker in capitals before a colon."""
        match = TRANSCRIPT_LABEL.match(self.doc.text, q.inner_start, q.inner_end)
        if match is None:
            return None
        first = bisect.bisect_left(self.starts, match.start(1))
        last = bisect.bisect_left(self.starts, match.end(1)) - 1
        if first > last:
            return None
        return _Phrase(first, last, None, "transcript-label", 0.9)

    def ends_sentence(self, q: Quote) -> bool:
        """`“… neighborhood.” Russia insisted …`: a period inside the marks and a capital after."""
        inner = self.doc.text[q.inner_start:q.inner_end].rstrip()
        after = self.doc.text[q.end:q.end + 3].lstrip()[:1]
        return inner.endswith((".", "…")) and after.isupper()

    def work_title(self, q: Quote) -> bool:
        """`on CBS's "Face the Nation,"`, `during a "Commander-in-Chief Forum"`: the name of a show,
        event or work, nobody's words. (`what he called "Miss Piggy"` is a name someone gave: it keeps
        its speaker.)"""
        if q.kind != "title":
            return False
        first, _ = self.quote_tokens(q)
        k = first - 1
        while k >= 0 and self.t[k].text in ALL_MARKS:
            k -= 1
        if k >= 1 and self.t[k].upos == "DET":
            k -= 1  # `during a "…"`
        # `hailed Trump as "The Comeback Kid"` is a name someone gave, like `called`.
        return k >= 0 and (self.low(k) in ("’s", "'s", "’", "'") or self.low(k) in self.kb.work_nouns
                           or self.t[k].upos == "ADP" and self.low(k) not in ("as", "like"))

    def utterance(self, q: Quote) -> bool:
        """A quote that can take a trailing attribution: it ends in punctuation or starts a sentence.

        `the advertisement "unmistakably and wrongfully" suggests …` is a fragment inside a clause;
        the verb after it is not its attribution.
        """
        inner = self.doc.text[q.inner_start:q.inner_end].rstrip()
        after = self.doc.text[q.end:q.end + 2].lstrip()[:1]
        return q.kind == "full" or inner[-1:] in ",.!?…—-" or after in (",", "—", "–")

    def in_relative_clause(self, verb: int) -> bool:
        k = verb - 1
        while k >= 0 and (self.low(k) in AUX_OR_ADVERB or self.t[k].upos == "ADV"):
            k -= 1
        if k >= 1 and self.low(k) == "that" and self.t[k - 1].upos == "NOUN":
            return True  # `a comment that described …`
        return k >= 0 and self.low(k) in ("who", "which", "whom")

    def says_yes_or_no(self, verb: int) -> bool:
        """`"…," Melanie said yes, yes`: the verb has words of its own, not the quote's."""
        return verb + 1 < len(self.t) and self.low(verb + 1) in ("yes", "no")

    def name_before(self, cue: int, window: list[int]) -> tuple[int, int] | None:
        """A person's name directly before the cue, with no comma between (`of Trump saying`)."""
        k = cue - 1
        if k not in window or not self.is_name_token(k):
            return None
        start = k
        while start - 1 in window and self.is_name_token(start - 1):
            start -= 1
        stripped = self.strip_descriptors(start, k)
        # (a name the tagger calls an organisation still speaks: `footage of Trump saying`)
        return stripped if stripped and self.run_kind(*stripped) in ("person", "organisation") else None

    def sieve_dependency(self, q_first: int, q_last: int) -> _Phrase | None:
        """A speech verb outside the quote that governs a word inside it: its subject speaks."""
        if not self.a.has_deps:
            return None
        sentence = self.t[q_first].sentence
        for i in range(q_first, q_last + 1):
            head = self.t[i].head
            if head is None or q_first <= head <= q_last or self.inside[head]:
                continue
            if self.t[head].sentence != sentence or not self.speech(head) or self.says_yes_or_no(head):
                continue
            span = self.subject_phrase(head)
            if span is not None:
                return _Phrase(span[0], span[1], head, "dependency", 0.7)
        return None

    def sieve_tag(self, q_first: int, q_last: int) -> _Phrase | None:
        """`A cashier who "…" is let go, Warrick said.` / `…, Mr. Holt said, voters believe "…"`.

        A reporting tag set off by commas (`, NAME said,`, `, NAME said on Monday.` ending the
        sentence, `, as a memo put it.`) frames its whole sentence, so it covers every quote in it,
        however deep.
        """
        first, last = self.a.sentences[self.t[q_first].sentence]
        for comma in range(first, last):
            # the comma may sit inside the marks: `a "lawful source of income," as a memo put it.`
            closes_quote = self.inside[comma] and not self.inside[comma + 1] and comma > first \
                and self.t[comma - 1].text == ","
            if not (self.t[comma].text == "," and not self.inside[comma]) and not closes_quote:
                continue
            opener = comma + 1 if self.low(comma + 1) == "as" else comma
            found = self.tag_cue(opener + 2, min(opener + 10, last + 1))
            if found is None:
                continue
            cue, length = found
            np_last = cue - 1
            while np_last > opener and (self.low(np_last) in AUX_OR_ADVERB or self.t[np_last].upos in ("AUX", "ADV")):
                np_last -= 1
            if np_last <= opener or any(self.t[k].upos == "VERB" for k in range(opener + 1, np_last + 1)):
                continue
            end = cue + length
            while end <= last and not self.inside[end] and self.t[end].text != "," and not self.boundary(end) \
                    and self.t[end].upos in ("ADV", "NOUN", "PROPN", "ADP", "DET", "NUM", "ADJ", "PRON"):
                end += 1
            closed = end > last or self.t[end].text == "," or self.boundary(end)
            if not closed or (cue + 1 <= last and self.low(cue + 1) == "that"):
                continue  # `, Smith said that …` opens a clause; it is no tag
            phrase = _Phrase(opener + 1, np_last, cue, "tag", 0.8)
            mention = self.mention_for(phrase)
            if mention is not None and mention.kind in ("person", "organisation", "pronoun", "unnamed"):
                return phrase
        return None

    def tag_cue(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first cue of a reporting tag in [lo, hi) and its length in tokens: an inflected speech
        verb (`said`, not `saying`) or a tag phrase from the data (`put it`)."""
        for k in range(lo, hi):
            if self.t[k].text in CLAUSE_BREAK or self.inside[k]:
                return None
            for phrase in self.kb.tag_phrases:
                words = phrase.split()
                if all(k + n < len(self.t) and self.low(k + n) == w for n, w in enumerate(words)):
                    return k, len(words)
            if self.speech(k):
                verb = not self.low(k).endswith("ing") and (
                    self.t[k].upos in ("VERB", None) or self.low(k) in self.kb.reliable_forms)
                return (k, 1) if verb else None
        return None

    def main_subject(self, window: list[int]) -> _Phrase | None:
        """The subject of the main verb of the sentence in `window`, when the parse shows one outside quotes."""
        root = next((k for k in window if self.t[k].deprel == "root"), None)
        subj = self.subject_of(root) if root is not None else None
        if subj is not None and self.t[subj].deprel == "nsubj:pass":
            return None  # `Smith was arrested in May.`: what happened to someone is no cue to their words
        span = self.subject_phrase(root) if root is not None else None
        if span is not None and set(range(span[0], span[1] + 1)) <= set(window):
            return _Phrase(span[0], span[1], None, "previous-sentence", 0.5)
        # On the surface (the parse found no subject): a name opening the sentence, before any verb.
        for k in window:
            if self.t[k].upos in ("VERB", "AUX"):
                return None
            if self.is_name_token(k):
                run = next(r for r in self.name_runs(k, window[-1]) if r[0] == k)
                return _Phrase(run[0], run[1], None, "previous-sentence", 0.5)
        return None

    def subject_phrase(self, verb: int) -> tuple[int, int] | None:
        """The nominal subject of `verb` grown to its phrase, when it stands outside every quote."""
        subj = self.subject_of(verb)
        if subj is None or self.inside[subj] or self.t[subj].upos not in ("PROPN", "NOUN", "PRON"):
            return None
        return self.expand(subj, self.outside_quotes(self.t[verb].sentence))

    def outside_quotes(self, sentence: int) -> list[int]:
        """The sentence's tokens that stand outside every quote."""
        first, last = self.a.sentences[sentence]
        return [k for k in range(first, last + 1) if not self.inside[k]]

    def body_subject_before(self, pronoun: int, sentences: int = 2) -> Mention | None:
        """`Trump's campaign is defending X. It's denouncing …`: what an `it` names is the subject of a
        sentence just before it, when that subject is a body or a document rather than a person."""
        if not self.a.has_deps:
            return None
        sentence = self.t[pronoun].sentence
        for s in range(sentence, max(sentence - 1 - sentences, -1), -1):
            first, _ = self.a.sentences[s]
            if self.para[first] < self.para[pronoun] - 1:
                break
            # (in the pronoun's own sentence, only a subject before it: `the Council … what it called`)
            outside = [k for k in self.outside_quotes(s) if s < sentence or k < pronoun]
            subj = next((k for k in outside if (self.t[k].deprel or "") in ("nsubj", "nsubj:pass")), None)
            if subj is None or self.t[subj].upos not in ("NOUN", "PROPN"):
                continue
            span = self.expand(subj, outside)
            mention = self.mention_for(_Phrase(span[0], span[1], None, "coreference", 0.5))
            if mention is not None and (mention.kind in ("organisation", "other") or (
                    mention.kind == "unnamed" and self.low(span[1]) in self.kb.collective_nouns)):
                return mention
            if mention is not None:
                return None  # a person or a group of people is no `it`
        return None

    def sieve_clause_subject(self, q_first: int, q_last: int) -> _Phrase | None:
        """A quoted phrase inside someone's clause is their words: `Gingrich dismissed it as a "suburb"`.

        Walks from where the quote hangs on the sentence up the dependency tree to the nearest verb
        with a subject; the caller keeps the result only when that subject names a person or an
        organisation (or is he/she), so `the "reform" failed` stays a scare quote.
        """
        if not self.a.has_deps:
            return None
        sentence = self.t[q_first].sentence
        heads = (self.t[i].head for i in range(q_first, q_last + 1))
        head = next((h for h in heads if h is not None and not q_first <= h <= q_last), None)
        seen: set[int] = set()
        while head is not None and head not in seen and self.t[head].sentence == sentence:
            seen.add(head)
            span = None if self.inside[head] else self.subject_phrase(head)
            if span is not None:
                if self.possessed_thing(self.subject_of(head)):
                    return None  # `Byrd's strategy of "massive resistance"`: a strategy says nothing
                # `Another critic, Laurence Tribe, likened …`: the name in apposition is the subject.
                span = self.with_appositive_name(span, self.outside_quotes(sentence))
                return _Phrase(span[0], span[1], head, "clause-subject", 0.5)
            head = self.t[head].head
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

    # -- resolution -----------------------------------------------------------------------
    def mention_for(self, phrase: _Phrase) -> Mention | None:
        first, last = phrase.first, phrase.last
        while first <= last and self.t[first].text in CLAUSE_BREAK | {"’s", "'s"}:
            first += 1
        while last >= first and self.t[last].text in CLAUSE_BREAK | {"’s", "'s"}:
            last -= 1
        if first > last:
            return None
        if self.low(last) in SUBJECT_PRONOUNS:
            first = last  # `On Tuesday they published …`: a pronoun takes no modifiers; what precedes is an adjunct
        for rel in (first, last):
            if (self.low(rel) in ("who", "which") and self.t[rel].upos in ("PRON", None)) or (
                    self.low(rel) == "that" and self.t[rel].upos == "PRON"):
                return self.relative_antecedent(rel)
        text = self.span_text(first, last)
        low_words = [self.low(k) for k in range(first, last + 1)]
        if last == first and low_words[0] in self.kb.pronouns:
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="pronoun")
        best = None
        strongest = 0
        head_end = self.head_segment_end(first, last)
        for run in self.name_runs(first, last):
            stripped = self.strip_descriptors(*run)
            if stripped is None:
                continue
            if self.possessor(stripped[1], head_end if stripped[1] < head_end else last):
                # `Gary Johnson's doctor is calling …`: the doctor speaks, not Johnson, nor a word
                # that describes Johnson (`Independent candidate Tom Baker's lawyer`); the name in
                # apposition does (`Jones's cousin, Del. Maria Lopez`)
                best, strongest = None, 0
                continue
            kind = self.run_kind(*stripped)
            if kind == "person":
                strength = 2 if (self.low(stripped[1]) in self.person_surnames or any(
                    self.t[k].ner == "PERSON" for k in range(stripped[0], stripped[1] + 1))) else 1
                # In the head segment the last name is the head: `Clinton campaign spokesman Brian Fallon`.
                if stripped[1] <= head_end:
                    strength += 2
                if strength >= strongest and (strength > strongest or stripped[1] <= head_end):
                    best, strongest = ("person", stripped), strength
            elif kind == "organisation" and best is None:
                best = ("organisation", stripped)
        if best and best[0] == "person" and self.modifies_a_nominal(first, best[1][0]):
            # `a spokesman for Halvorsen`, `an aide to Senator Mora`: the aide speaks, unnamed
            # (`a spokesman for the Commission` stays the Commission speaking through its spokesman)
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="unnamed")
        if best and best[0] == "person":
            s, e = best[1]
            mention = self.person_mention(s, e)
            if mention is not None:
                return mention
        if best and best[0] == "organisation":
            s, e = best[1]
            return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind="organisation",
                           name=self.span_text(s, e))
        # Organisation named by a lower-case-free known alias (the Kremlin, the EU).
        for k in range(first, last + 1):
            if self.kb.organisation(self.t[k].text):
                return Mention(text=text, start=self.t[first].start, end=self.t[last].end,
                               kind="organisation", name=self.kb.organisation(self.t[k].text).name)
        head = self.nominal_head(first, last)
        if head is None:
            return None
        kind = "unnamed" if self.low(head) in self.kb.person_nouns else "other"
        return Mention(text=text, start=self.t[first].start, end=self.t[last].end, kind=kind)

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
        mention = self.mention_for(_Phrase(np[0], np[1], None, "relative", 0.6)) if np is not None else None
        if mention is None or mention.kind == "pronoun":
            return None
        return replace(mention, text=self.t[rel].text, start=self.t[rel].start, end=self.t[rel].end,
                       name=mention.name or mention.text)

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
        mention = self.mention_for(_Phrase(span[0], span[1], None, "relative", 0.6))
        return mention if mention is not None and mention.kind != "pronoun" else None

    def modifies_a_nominal(self, first: int, name_first: int) -> bool:
        """Is the name only inside a prepositional phrase after a nameless person noun?

        `a spokesman for X`, `an aide to Senator X`, `a narrator in the X ad`; not `the secretary of
        state X` (a title chain), where no article or name follows the preposition.
        """
        prep = next((k for k in range(first + 1, name_first) if self.low(k) in PERSON_LINKS), None)
        if prep is None or not (self.t[prep + 1].upos == "DET" or self.is_cap(prep + 1)):
            return False
        if any(self.t[k].text == "," for k in range(prep, name_first)):
            return False  # `His deputy at the port, Lena Frost,`: the name is in apposition, the deputy herself
        if self.name_runs(first, prep - 1):
            return False
        head = self.nominal_head(first, prep - 1)
        # (a capitalised title heads a title chain before the name: `Secretary of State X`)
        return head is not None and not self.is_cap(head) and (
            self.low(head) in self.kb.person_nouns or self.kb.is_title(self.low(head)))

    def possessor(self, name_last: int, phrase_last: int) -> bool:
        """A name followed by 's and a lower-case head noun inside the phrase: it owns the head."""
        k = name_last + 1
        return k + 1 <= phrase_last and self.t[k].text in ("’s", "'s", "’", "'") \
            and not self.is_cap(phrase_last) and self.t[phrase_last].upos in ("NOUN", "PROPN")

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

    def token_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def nominal_head(self, first: int, last: int) -> int | None:
        """The phrase's head noun; a word the parse calls a subject counts whatever its tag (`63 percent`)."""
        head = None
        for k in range(first, last + 1):
            if self.low(k) in ("of", "for", "at", "with", "familiar", "who", "from", "in", "close"):
                break
            if self.t[k].upos in ("NOUN", "PROPN") or self.low(k) in self.kb.person_nouns or (
                    (self.t[k].deprel or "").startswith("nsubj") and self.t[k].upos not in ("PRON", "DET")):
                head = k
        return head


def attribute(doc: Document, analysis: Analysis, quotes: list[Quote], kb: Knowledge) -> AttributionResult:
    """Run the sieves over every top-level quote and resolve speakers to entities."""
    engine = _Engine(doc, analysis, quotes, kb)
    if not engine.t:  # marks the tokenizer dropped (whitespace, control characters): nothing to link
        return AttributionResult({}, {}, [], [])
    engine.collect_people()
    # A show or event's name (`on CBS's "Face the Nation,"`) gets no speaker, and the speaker before
    # it carries over it to the next quote.
    works = {q.id for q in engine.quotes if engine.work_title(q) or q.unspoken}
    found = {q.id: _local_attribution(engine, q) for q in engine.quotes if q.id not in works}
    resolver = _Resolver(engine)
    engine.infer_genders(lambda m: resolver._person_key(m.name or "", m.start))
    attributions: dict[str, Attribution] = {}
    previous: Quote | None = None
    by_id = {q.id: q for q in engine.quotes}
    for q in engine.quotes:
        if q.id in works:
            continue
        phrase, mention = found[q.id]
        attribution = None
        if mention is not None and phrase is not None:
            speaker = resolver.resolve(mention, q.start)
            if speaker is None and mention.kind == "pronoun":
                # `"…," she said` with no one named before who fits: hers, whoever she is (a rule says so).
                speaker = resolver.unresolved_pronoun(mention)
            elif speaker is not None and mention.kind == "pronoun":
                mention = resolver.named_in_sentence(mention, speaker, q.start) or mention
            if speaker is not None:
                attribution = Attribution(q.id, speaker.id, mention, _cue_text(engine, phrase.cue),
                                          engine.t[phrase.cue].start if phrase.cue is not None else None,
                                          phrase.sieve, phrase.confidence)
        if attribution is None and q.continued_from in attributions and q.kind in ("full", "partial"):
            prior = attributions[q.continued_from]
            attribution = Attribution(q.id, prior.speaker_id, prior.mention, prior.cue, prior.cue_start,
                                      "multi-paragraph", prior.confidence)
        if attribution is None:
            attribution = _continuation(engine, resolver, q, previous, attributions, by_id)
        if attribution is not None:
            attributions[q.id] = attribution
        previous = q
    _sign_offs(engine, attributions)
    # A quote split over paragraphs takes the speaker named at its end, too.
    for q in reversed(engine.quotes):
        if q.continued_from and q.id in attributions and q.continued_from not in attributions \
                and by_id[q.continued_from].kind in ("full", "partial"):
            src = attributions[q.id]
            attributions[q.continued_from] = Attribution(q.continued_from, src.speaker_id, src.mention, src.cue,
                                                         src.cue_start, "multi-paragraph", src.confidence)
    for mention in engine.person_mentions:
        resolver.resolve(mention, mention.start, register_only=True)
    proper = [(tok.text, tok.start) for tok in engine.t
              if not engine.inside[tok.index] and len(tok.text) >= 4 and engine.is_cap(tok.index)
              and (tok.upos in (None, "PROPN") or tok.ner == "PERSON")]
    return AttributionResult(attributions, resolver.speakers, engine.person_mentions + resolver.extra_people, proper)


def credited_as_speech(quotes: list[Quote], result: AttributionResult) -> list[Quote]:
    """A scare-looking quote that a sieve credited to a speaker is a partial quote of their words.

    (`Fenwick dismissed it as a "vanity project"`.) It then counts as speech for the sourcing rules,
    the verbatim check included. Titles stay titles.
    """
    return [replace(q, kind="partial") if q.kind == "scare" and q.id in result.attributions else q
            for q in quotes]


def _cue_text(engine: _Engine, cue: int | None) -> str | None:
    if cue is None:
        return None
    if engine.low(cue) == "according" and cue + 1 < len(engine.t):
        return engine.span_text(cue, cue + 1)
    return engine.t[cue].text


def _local_attribution(engine: _Engine, q: Quote) -> tuple[_Phrase | None, Mention | None]:
    first, last = engine.quote_tokens(q)
    pre = engine.pre_window(first)
    post = [] if engine.ends_sentence(q) else engine.post_window(last)
    label = engine.sieve_transcript_label(q)
    if label is not None:
        # A capitalised label is a person's name, not an acronym.
        name = " ".join(w.capitalize() for w in engine.span_text(label.first, label.last).split())
        start, end = engine.t[label.first].start, engine.t[label.last].end
        return label, Mention(text=engine.span_text(label.first, label.last), start=start, end=end,
                              kind="person", name=name, full=" " in name)
    sieves = (
        lambda: engine.sieve_after(post) if engine.utterance(q) else None,
        lambda: engine.sieve_before(pre),
        lambda: engine.sieve_according(pre + post),
        lambda: engine.sieve_speech_noun(pre),
        lambda: engine.sieve_tag(first, last),
        lambda: engine.sieve_dependency(first, last),
    )
    for sieve in sieves:
        phrase = sieve()
        if phrase is None:
            continue
        if phrase.cue is not None and engine.speech(phrase.cue) in engine.kb.thought_verbs:
            phrase = engine.sieve_tag(first, last) or phrase  # `…, Holt said, voters believe "…"`
        mention = engine.mention_for(phrase)
        if mention is not None:
            return phrase, mention
    # Titles are names, and quoted labels (`"magic" pills`) qualify a word: neither is someone's words.
    if q.kind in ("partial", "scare") and not engine.describes_next_word(last):
        phrase = engine.sieve_clause_subject(first, last)
        mention = engine.mention_for(phrase) if phrase is not None else None
        # `they` might be the Middle Powers of a headline as easily as a person: only he and she.
        if mention is not None and (mention.kind in ("person", "organisation") or (
                mention.kind == "pronoun" and engine.kb.pronouns.get(mention.text.lower()) in ("male", "female"))):
            return phrase, mention
    return None, None


def _continuation(engine: _Engine, resolver: _Resolver, q: Quote, previous: Quote | None,
                  attributions: dict[str, Attribution], by_id: dict[str, Quote]) -> Attribution | None:
    """A quote with no cue of its own continues the speaker before it (same or previous paragraph)."""
    if previous is not None and previous.id in attributions and _same_sentence(engine, previous, q):
        # `X said A was "disgusting" and "a con"`: one attribution covers the quotes of its sentence.
        prior = attributions[previous.id]
        return Attribution(q.id, prior.speaker_id, prior.mention, prior.cue, prior.cue_start, "same-sentence",
                           prior.confidence)
    if q.kind == "scare" or (q.kind not in ("full", "partial") and not q.continued_from):
        return None  # (a reopened paragraph that is only a stage direction, `"(CROSSTALK.)`, is nobody's)
    first, _ = engine.quote_tokens(q)
    if previous is not None and previous.id in attributions:
        prior = attributions[previous.id]
        same_para = previous.paragraph == q.paragraph
        adjacent_para = previous.paragraph == q.paragraph - 1 and not engine.pre_window(first)
        strong = prior.cue is None or engine.kb.speech_lemma(prior.cue) not in engine.kb.weak_verbs
        if (same_para or (adjacent_para and _paragraph_ends_with(engine, previous))) and strong \
                and prior.sieve != "dependency":
            # A paragraph that introduces someone before the quote (`Cummings, his partner, called
            # him a master. "…"`) hands the quote to them, not to the last paragraph's speaker.
            introduced = None if same_para or first == 0 or engine.para[first - 1] != q.paragraph \
                else _introduced(engine, resolver, q)
            return introduced or Attribution(q.id, prior.speaker_id, prior.mention, None, None, "continuation", 0.7)
    if engine.pre_window(first) or first == 0:
        return None
    return _introduced(engine, resolver, q)


def _introduced(engine: _Engine, resolver: _Resolver, q: Quote) -> Attribution | None:
    """The sentence before introduces the speaker, in this paragraph or the one before:
    `Smith put it this way:` / `Smith said he was worried. "…"`."""
    first, _ = engine.quote_tokens(q)
    k = first - 1
    same_paragraph = engine.para[k] == engine.para[first]
    if not same_paragraph and engine.para[k] != engine.para[first] - 1:
        return None
    if engine.inside[k]:
        return None
    end = k
    if engine.t[end].text in SENTENCE_END:
        end -= 1
    window = []
    j = end
    while j >= 0 and engine.para[j] == engine.para[k] and not engine.inside[j] and not engine.boundary(j):
        window.append(j)
        j -= 1
    window.reverse()
    phrase = engine.sieve_before(window) if window else None
    by_subject = phrase is None and bool(window) and same_paragraph and q.kind == "full"
    if by_subject:
        # `Sanders named rent as the reason. "The young are tired of waiting."`: the person the sentence
        # before is about, with no cue, hands a whole-sentence quote in the same paragraph to them.
        phrase = engine.main_subject(window)
    if phrase is None:
        return None
    mention = engine.mention_for(phrase)
    if mention is None or (by_subject and mention.kind not in ("person", "pronoun")):
        return None
    speaker = resolver.resolve(mention, q.start)
    if speaker is None:
        return None
    sieve = "previous-sentence" if same_paragraph else "previous-paragraph"
    return Attribution(q.id, speaker.id, mention, _cue_text(engine, phrase.cue), None, sieve,
                       0.5 if by_subject else 0.65)


def _sign_offs(engine: _Engine, attributions: dict[str, Attribution]) -> None:
    """`"…" And that's all he has "…" ― Ana Ruiz.`: a dash sign-off that ends its paragraph signs every
    quote of the paragraph that had no cue of its own (a reader's letter, a vox pop)."""
    borrowed = ("continuation", "multi-paragraph", "previous-paragraph", "previous-sentence", "same-sentence")
    for q in engine.quotes:
        sign = attributions.get(q.id)
        if sign is None or sign.sieve != "dash" or sign.mention is None:
            continue
        after = engine.token_at(sign.mention.end - 1) + 1
        if any(engine.para[k] == q.paragraph and engine.t[k].text not in SENTENCE_END
               for k in range(after, min(after + 3, len(engine.t)))):
            continue  # the name goes on into a sentence: no sign-off
        for earlier in engine.quotes:
            if earlier.paragraph != q.paragraph or earlier.start >= q.start or earlier.kind not in ("full", "partial"):
                continue
            own = attributions.get(earlier.id)
            if own is None or own.sieve in borrowed:
                attributions[earlier.id] = replace(sign, quote_id=earlier.id)


def _same_sentence(engine: _Engine, earlier: Quote, later: Quote) -> bool:
    if earlier.paragraph != later.paragraph:
        return False
    _, end = engine.quote_tokens(earlier)
    start, _ = engine.quote_tokens(later)
    between = range(end + 1, start)
    if engine.t[end - 1].text in SENTENCE_END if end > 0 else False:
        return False
    return not any(engine.boundary(k) for k in between)


def _paragraph_ends_with(engine: _Engine, q: Quote) -> bool:
    """True when nothing but the quote's own attribution follows it in its paragraph."""
    _, last = engine.quote_tokens(q)
    tail = engine.post_window(last)
    after = tail[-1] + 1 if tail else last + 1
    while after < len(engine.t) and engine.t[after].text in SENTENCE_END:
        after += 1
    return after >= len(engine.t) or engine.para[after] != q.paragraph


class _Resolver:
    """Turns mentions into entities: surname and pronoun second references, unnamed sources."""

    def __init__(self, engine: _Engine):
        self.e = engine
        self.speakers: dict[str, Speaker] = {}
        self.by_surname: dict[str, str] = {}
        self.extra_people: list[Mention] = []
        self.history: list[tuple[int, str]] = []  # (offset, speaker id) of resolved mentions, in order

    def _person_key(self, name: str, offset: int) -> str:
        """A lone surname takes the full name last used before it (else the first one after it)."""
        words = name.split()
        if len(words) == 1:
            offsets, names = self.e.full_names(words[0].lower())
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

    def resolve(self, mention: Mention, offset: int, register_only: bool = False) -> Speaker | None:
        if mention.kind == "pronoun":
            return self._antecedent(mention, offset)
        if mention.kind == "person" and mention.name:
            key = self._person_key(mention.name, offset)
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
        else:
            definite = self._definite_reference(mention, offset)
            if definite is not None:
                return definite
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
                if "person:" + self._person_key(m.name or "", m.start) == speaker.id:
                    return m
        return next((m for m in reversed(speaker.mentions) if m.kind != "pronoun" and m.start < pronoun.start
                     and self.e.t[self.e.token_at(m.start)].sentence == sentence), None)

    def unresolved_pronoun(self, mention: Mention) -> Speaker:
        """A pronoun that stands for no one named before it: one entity per pronoun, kept out of the
        history so that a later `he` is never taken for an unknown `she`."""
        pronoun = mention.text.lower()
        name = "I" if pronoun == "i" else pronoun
        speaker = self.speakers.setdefault("pronoun:" + pronoun, Speaker("pronoun:" + pronoun, name, "pronoun", False))
        speaker.mentions.append(mention)
        return speaker

    def _definite_reference(self, mention: Mention, offset: int) -> Speaker | None:
        """`the spokesman said` after `Kremlin spokesman Dmitry Peskov`: the same person."""
        words = mention.text.lower().split()
        if not words or words[0] != "the" or len(words) > 4:
            return None
        head = words[-1]
        if head not in self.e.kb.person_nouns and head not in self.e.kb.titles:
            return None  # `the union said` is the union, not a union official
        for _, sid in reversed(self.history):
            speaker = self.speakers[sid]
            if speaker.kind == "person" and any(
                head in " ".join(w.text.lower() for w in m.before + m.after).split() for m in speaker.mentions
            ):
                return speaker
        return None

    def _antecedent(self, mention: Mention, offset: int) -> Speaker | None:
        """He/she: the latest fitting person spoken of as a subject or speaker, else the latest named.

        A person fits a pronoun unless the draft shows the other gender (Mr./Ms., spokeswoman,
        a known first name, or he/she used right after a lone mention of them).
        """
        pronoun = mention.text.lower()
        wanted = self.e.kb.pronouns.get(pronoun)
        if wanted in ("neuter", "plural"):
            # `it` is a body or a document, never a person: the subject just before, else the last one quoted.
            # `they` is the body its own sentence opened with (`the campaign … what they call`), if any.
            body = self.e.body_subject_before(self.e.token_at(mention.start), 2 if wanted == "neuter" else 0)
            speaker = self.resolve(body, body.start) if body is not None else None
            if speaker is not None:
                self.history.append((offset, speaker.id))
                return speaker
        if wanted in ("plural", "neuter"):
            kinds = ("organisation", "unnamed") if wanted == "plural" else ("organisation", "other")
            for _, sid in reversed(self.history):
                if self.speakers[sid].kind in kinds:
                    return self.speakers[sid]
            if wanted == "neuter":
                return None
        speaking = self._speaking_subject(mention, wanted)
        if speaking is not None:
            speaker = self.resolve(speaking, speaking.start)
            if speaker is not None:
                self.history.append((offset, speaker.id))
            return speaker
        para_limit = self.e.doc.paragraph_index(offset) - 3
        recent = []  # person mentions of the last three paragraphs, newest first
        for m in self.e.person_mentions_before(offset):
            if self.e.doc.paragraph_index(m.start) < para_limit:
                break
            recent.append(m)
        candidates = [m for m in reversed(recent) if self._fits(self._person_key(m.name or "", m.start), wanted)]
        known = [m for m in candidates if self.e.gender.get(self._person_key(m.name or "", m.start)) == wanted]
        if known and wanted in ("male", "female"):
            # A person the draft marks as fitting (`a spokeswoman`, `Mr.`) beats one of unknown gender.
            latest_known = known[-1]
            if not any(sid.startswith("person:") and self.e.gender.get(sid[7:]) == wanted and off > latest_known.start
                       for off, sid in self.history if off < offset):
                speaker = self.resolve(latest_known, latest_known.start)
                if speaker is not None:
                    self.history.append((offset, speaker.id))
                return speaker
        last_speaker = next((sid for off, sid in reversed(self.history) if off < offset
                             and (not sid.startswith("person:") or self._fits(sid[7:], wanted))), None)
        last_named = candidates[-1] if candidates else None
        if last_speaker and (last_named is None or self.speakers[last_speaker].mentions[-1].start >= last_named.start
                             or self._was_object(last_named)):
            speaker = self.speakers[last_speaker]
        elif last_named is not None:
            speaker = self.resolve(last_named, last_named.start)
        else:
            return None
        if speaker is not None:
            self.history.append((offset, speaker.id))
        return speaker

    def _speaking_subject(self, pronoun: Mention, wanted: str | None) -> Mention | None:
        """`Clinton says she appreciated Machado's courage`: the subject of a speech verb earlier in
        the sentence is who the pronoun means, whoever else is named in between."""
        if wanted not in ("male", "female") or not self.e.a.has_deps:
            return None
        at = self.e.token_at(pronoun.start)
        for m in self.e.person_mentions_in_sentence_before(pronoun.start):
            k = self.e.token_at(m.start)
            while k < at and self.e.t[k].end <= m.end:
                head = self.e.t[k].head
                if (self.e.t[k].deprel or "").startswith("nsubj") and head is not None and k < head < at \
                        and self.e.speech(head):
                    return m if self._fits(self._person_key(m.name or "", m.start), wanted) else None
                k += 1
        return None

    def _fits(self, key: str, wanted: str | None) -> bool:
        if wanted not in ("male", "female"):
            return True
        known = self.e.gender.get(key)
        return known is None or known == wanted

    def _was_object(self, mention: Mention) -> bool:
        k = self.e.token_at(mention.start)
        while k < len(self.e.t) and self.e.t[k].end <= mention.end:
            if (self.e.t[k].deprel or "").startswith("nsubj"):
                return False
            k += 1
        return self.e.a.has_deps
