"""Give each quote its kind (full, partial, scare/term, title, nested) and say whether it is nobody's words.

The evidence is local: the quote's length and case, where it stands in its sentence, the words
right before and after it, and a speech verb in its sentence. Word lists come from `Knowledge`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..grammar import NOUN_PHRASE_OPENERS, POSSESSIVE, PREPOSITIONS
from ..knowledge import Knowledge
from ..marks import ALL_MARKS, CLOSERS, TERMINAL
from ..model import Quote, QuoteScan, TextView
from ..nlp import Analysis, Token

_WORD = re.compile(r"[\w][\w’'\-]*")
STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[^\W\d_][\w.]*$")  # a given name or initial, not a sentence's first word
FIRST_WORD = re.compile(r"\b[^\W\d_][\w.]*$")  # … or a sentence's first word, which must be a name


def classify(doc: TextView, scan: QuoteScan, analysis: Analysis | None, kb: Knowledge) -> list[Quote]:
    """Give each quote its kind from local evidence: length, position, case, the words before it."""
    classified: list[Quote] = []
    starts = [tok.start for tok in analysis.tokens] if analysis is not None else []
    for q in scan.quotes:
        if _inscribed(doc.text, q, analysis, kb) or classified and _joined_to_inscription(doc.text, classified[-1], q):
            classified.append(replace(q, kind="title", unspoken=True, takes_tag_after=False))
            continue  # the words on a sign: an inscription, nobody's speech
        unspoken = _unspoken(doc.text, q, kb)
        kind = "scare" if unspoken else _kind(doc.text, q, analysis, kb)
        if kind == "title" and (_nickname(doc.text, q, analysis, kb)
                                or analysis is not None and _names_a_work(q, analysis, starts, kb)):
            unspoken = True  # part of a name, or a work's title: nobody's words
        classified.append(replace(q, kind=kind, unspoken=unspoken, takes_tag_after=_takes_tag_after(doc.text, q, kind)))
    return classified


def _inscribed(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> bool:
    """`a banner reading "…"`, `a placard that read "…"`, `a T-shirt bearing the words "…"`, `"…," read one
    sign`: the words on a thing are nobody's speech. (`a letter reading "…"` is a document: its writer's.)"""
    if q.depth > 0 or q.parent or q.continued_from:
        return False
    return _inscription_before(text, q, analysis, kb) or _inscription_after(text, q, kb)


def _inscription_before(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> bool:
    """An inscription noun right before a cue that ends on the quote: `signs saying`, `a sign that read`,
    `a shirt bearing the words`. Only `that` or `which` may stand between noun and cue (after a comma or a
    dash: `the sign — which read`); a comma alone sets the noun off (`seeing a red flag, said "…"`)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    words = list(_WORD.finditer(text, line_start, q.start))
    if not words or text[words[-1].end():q.start].strip(" ,:—–-"):
        return False
    low = [w.group().lower() for w in words]
    for cue in kb.inscription_cues:
        for obj in ((), *kb.inscription_objects):
            n = len(cue) + len(obj)
            if len(low) <= n or tuple(low[-n:]) != cue + obj:
                continue
            k = len(low) - n - 1  # the word before the cue
            linked = low[k] in ("that", "which") and k > 0 and not text[words[k].end():words[k + 1].start()].strip()
            noun = k - 1 if linked else k
            if not _inscription_noun(words[noun].group(), kb) \
                    or not _inscription_gap(text[words[noun].end():words[noun + 1].start()], linked):
                continue
            if linked or cue[-1].endswith("ing") or _subject_of_cue(analysis, words[noun].start()):
                return True
    return False


def _inscription_gap(gap: str, linked: bool) -> bool:
    """Between noun and cue: only spaces, or before a relative `that`/`which` a comma or a dash as well."""
    return not gap.strip() or linked and not gap.strip(" ,—–-")


def _subject_of_cue(analysis: Analysis | None, offset: int) -> bool:
    """`One sign read "…"`: the noun before a finite cue is its subject, no one's object (`protesters
    waving a flag said "…"`, `marchers with signs said "…"`: the marchers said it). Without a parse, or with
    the noun misread (`one city sign read`, the noun tagged a verb), taken as the subject."""
    if analysis is None:
        return True
    index = analysis.token_index_at(offset)
    deprel = analysis.tokens[index].deprel if index is not None else None
    return deprel is None or not deprel.startswith(("obj", "iobj", "obl", "nmod", "conj"))


def _inscription_after(text: str, q: Quote, kb: Knowledge) -> bool:
    """`"Go home," read one sign`, `"…," said a hand-lettered placard outside`: a one-word cue right after
    the quote, then the inscription noun within three words, heading the first noun phrase and ending it
    (`"…," said marchers with signs`, `said a man holding a sign`: the people speak)."""
    line_end = text.find("\n", q.end)
    rest = text[q.end:line_end if line_end >= 0 else len(text)]
    rest = re.split(r"[.!?;]", rest, maxsplit=1)[0]
    if rest[:1] not in (" ", ","):
        return False
    found = _WORD.findall(rest)[:6]
    low = [w.lower() for w in found]
    if not low or (low[0],) not in kb.inscription_cues:
        return False
    for k in range(1, min(len(low), 5)):
        if low[k] in PREPOSITIONS or low[k].endswith("ing") and low[k + 1:k + 2] and low[k + 1] in NOUN_PHRASE_OPENERS:
            return False  # (`a man holding a sign`; `a flashing sign` is the sign)
        if _inscription_noun(found[k], kb):
            return k + 1 == len(low) or low[k + 1] in PREPOSITIONS or low[k + 1] in ("that", "which")
    return False


def _inscription_noun(word: str, kb: Knowledge) -> bool:
    """A common noun for a thing that bears words (`sign`, `T-shirt`); a capitalised one is a name (`Ann Banner`,
    `New Jersey`)."""
    return word.lower() in kb.inscription_nouns and not (word[:1].isupper() and word[1:2].islower())


def _joined_to_inscription(text: str, earlier: Quote, later: Quote) -> bool:
    """`signs saying "…" and "…"`, `starred in "…" and "…"`: a quote joined by `and`, `or` or a comma to an
    inscription or a work's title (nobody's words) is one more of them."""
    between = " ".join(text[earlier.end:later.start].replace(",", " , ").split())
    return earlier.kind == "title" and earlier.unspoken and not earlier.depth and not later.depth \
        and between in (",", "and", "or", ", and", ", or")


def _names_a_work(q: Quote, analysis: Analysis, starts: list[int], kb: Knowledge) -> bool:
    """`on NBC's "Sunday Desk,"`, `during a "Veterans Town Forum"`, `a report titled "…"`: the name of a show,
    event or work, nobody's words. (`what he called "Lady Thrift"` is a name someone gave: it keeps
    its speaker, and so does `hailed Ruiz as "The Iron Mayor"`.)"""
    tokens = analysis.tokens
    if not tokens:
        return False
    k = min(bisect.bisect_left(starts, q.start), len(tokens) - 1) - 1
    while k >= 0 and tokens[k].text in ALL_MARKS:
        k -= 1
    if k >= 1 and tokens[k].text == ",":
        k -= 1
        return _work_noun(tokens[k], kb)  # `his new book, "Hard Choices,"`
    if k >= 1 and tokens[k].upos == "DET":
        k -= 1  # `during a "…"`
    if k < 0:
        return False
    word = tokens[k].text.lower()
    return word in POSSESSIVE or word in kb.titling_words or _work_noun(tokens[k], kb) \
        or tokens[k].upos == "ADP" and word not in ("as", "like")


def _work_noun(token: Token | None, kb: Knowledge) -> bool:
    """A noun for a work (book, song, show); the verbs spelt alike (`polls show "…"`) name nothing."""
    return token is not None and token.text.lower() in kb.work_nouns and token.upos not in ("VERB", "AUX")


def _takes_tag_after(text: str, q: Quote, kind: str) -> bool:
    """A quote that can take a trailing attribution: it ends in punctuation or is a whole utterance.

    `the leaflet "plainly and falsely" implies …` is a fragment inside a clause;
    the verb after it is not its attribution.
    """
    inner = text[q.inner_start:q.inner_end].rstrip()
    after = text[q.end:q.end + 2].lstrip()[:1]
    return kind == "full" or inner[-1:] in ",.!?…—-" or after in (",", "—", "–")


def _unspoken(text: str, q: Quote, kb: Knowledge) -> bool:
    """Nobody's words: a transcript's `"(CROSSTALK.)`, a scrape's `"Follow Ann Lee on Twitter."`, a term being
    defined (`a "growth zone," which is defined as …`)."""
    if q.depth > 0 or q.parent:
        return False
    inner = text[q.inner_start:q.inner_end].strip()
    if STAGE_DIRECTION.fullmatch(inner) or any(pattern.search(inner) for pattern in kb.boilerplate):
        return True
    after = " ".join(_WORD.findall(text[q.end:q.end + 40].lower()))
    return any(after.startswith(cue) for cue in kb.definition_cues)


def _kind(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> str:
    if q.depth > 0 or q.parent:
        return "nested"
    inner = text[q.inner_start:q.inner_end].strip()
    if q.continued_from:
        return "full"
    words = _WORD.findall(inner)
    if not words:
        return "scare"
    para = text[: q.start]
    line_start = max(para.rfind("\n"), -1) + 1
    before = text[line_start:q.start].rstrip()
    starts_sentence = not before or before[-1] in TERMINAL + ":;—–(" or before[-1] in CLOSERS or before[-1] in '"'
    ends_sentence = inner.rstrip(" ,”’\"'")[-1:] in TERMINAL if inner else False
    preceding = [w.lower() for w in _WORD.findall(before)][-3:]
    if not starts_sentence and any(" ".join(preceding[k:]) in kb.term_cues for k in range(len(preceding))):
        # (`a man named "…"`; not `, who asked not to be named. "…"`: a sentence ends between)
        return "title" if _title_case(words, kb) else "scare"
    # `his book "Harbor Days"`, `Lowe's column, "Ana, tell your story,"`. A title starts with a
    # capital: `the data show "a steady decline,"` quotes words (and Stanza may read that verb as a noun).
    if preceding and preceding[-1] in kb.work_nouns and (inner[:1].isupper() or inner[:1].isdigit()) and (
            analysis is None or _work_noun(_token_before(analysis, q.start, skip=(",",)), kb)):
        return "title"
    if _nickname(text, q, analysis, kb):
        return "title"  # a nickname inside a name: Robert T. "Robin" Marsh
    if _cried(preceding, kb):
        return "full" if inner[:1].isupper() and ends_sentence else "partial"
    content = [w for w in words if w.lower() not in kb.title_small_words]
    capitalised = sum(w[0].isupper() for w in content) / len(content) if content else 0
    if not before and 2 <= len(words) <= 8 and _title_case(words, kb) and _ends_paragraph(text, q.end):
        return "title"  # a subhead set in quotes: 'A Mill Town Waits.'
    # `"Here comes the boss man," she said`: a sentence of its own handed to a cue is speech, capitals or not.
    handed_over = starts_sentence and inner.rstrip(" ”’\"'")[-1:] in ",!?" and capitalised < 1
    if len(words) >= 2 and capitalised >= 0.75 and not ends_sentence and not handed_over:
        return "title"
    if len(words) >= 2 and _title_case(words, kb) and re.search(r"\w['’]s?$", before):
        return "title"  # `on NBC's "Sunday Desk."`: a show's name, the full stop set inside by house style
    if 2 <= len(words) <= 8 and capitalised == 1 and preceding and preceding[-1] in kb.work_prepositions \
            and inner.rstrip(" ”’\"'")[-1:] == "." and not starts_sentence:
        return "title"  # `he said on "Meet the Harbor."`, `to the tune of "Silent Harbor."`: a work's name
    if analysis is not None and analysis.has_pos and inner[:1].isupper() and len(words) <= 8 and not ends_sentence:
        prev = _token_before(analysis, q.start)
        if prev is not None and prev.upos in ("NOUN", "PROPN") and not starts_sentence:
            return "title"  # the bas-relief "Suvorov soldiers in battle"
    follows = _WORD.findall(text[q.end:q.end + 30].lower())[:2]
    set_off = "," in text[q.end - 2:q.end + 1]  # (the comma inside the closing mark or right after it)
    if set_off and len(follows) == 2 and follows[0] in kb.language_nouns and follows[1] in ("that", "which"):
        return "partial"  # `only if it is "approved by the county board," wording that …`: quoted wording
    if len(words) <= 4 and not starts_sentence and not _sentence_has_cue(text, q, analysis, kb):
        return "scare"
    if starts_sentence or (ends_sentence and len(words) >= 5 and inner[:1].isupper()):
        return "full"
    return "partial"


def _cried(preceding: list[str], kb: Knowledge) -> bool:
    """`chants of "…"`, `cries of "…"`: words a crowd or a person shouted, speech whatever their case
    (whether anyone in the draft is named for them is attribution's call)."""
    return len(preceding) >= 2 and preceding[-1] == "of" and preceding[-2] in kb.chant_nouns


def _sentence_has_cue(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> bool:
    """Is there a speech verb in the quote's sentence, outside the quote (`she told reporters`)?"""
    if analysis is None:
        return False
    sentence = analysis.tokens[analysis.token_index_before(q.start) + 1].sentence \
        if analysis.token_index_before(q.start) + 1 < len(analysis.tokens) else -1
    if sentence < 0:
        return False
    first, last = analysis.sentences[sentence]
    # A sentence split inside a quote: look one sentence either side as well.
    first = analysis.sentences[max(0, sentence - 1)][0] if analysis.tokens[first].start > q.start - 2 else first
    for token in analysis.tokens[first:last + 1]:
        if q.start <= token.start < q.end:
            continue
        if abs(token.start - q.start) > 300:
            continue
        if kb.speech_lemma(token.text, token.lemma, token.upos) and token.text.lower() not in kb.participles:
            return True
    return False


def _ends_paragraph(text: str, end: int) -> bool:
    """Nothing but punctuation and quote marks between `end` and the end of its line."""
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not any(ch.isalnum() for ch in rest)


def _title_case(words: list[str], kb: Knowledge) -> bool:
    """Every word capitalised but the small words a title leaves in lower case (of, the, vs)."""
    content = [w for w in words if w.lower() not in kb.title_small_words]
    return bool(content) and all(w[0].isupper() for w in content)


def _nickname(text: str, q: Quote, analysis: Analysis | None, kb: Knowledge) -> bool:
    """A short quote in title case between a given name and a capitalised surname: Robert T. "Robin" Marsh,
    Dwayne "The Hammer" Lanter, Thomas "Tip" Marsh. A sentence's first word counts only when Stanza
    reads it as a name."""
    words = _WORD.findall(text[q.inner_start:q.inner_end])
    after = text[q.end:q.end + 3]
    if not 1 <= len(words) <= 3 or not _title_case(words, kb) or after[:1] != " " or not after[1:2].isupper() \
            or not (after[2:3].isalpha() or after[2:3] in "'’"):
        return False
    before = text[max(0, q.start - 60):q.start].rstrip()
    name = NAME_BEFORE.search(before) or FIRST_WORD.search(before)
    if name is None or not name.group()[0].isupper() or name.group().lower() in kb.title_small_words:
        return False
    if NAME_BEFORE.search(before):
        return True
    prev = _token_before(analysis, q.start) if analysis is not None and analysis.has_pos else None
    return prev is not None and prev.upos == "PROPN"


def _token_before(analysis: Analysis, offset: int, skip: tuple[str, ...] = ()) -> Token | None:
    """The last word before `offset` that is not a quotation mark (nor one of the `skip` words)."""
    index = analysis.token_index_before(offset)
    while index >= 0 and (analysis.tokens[index].text in ALL_MARKS or analysis.tokens[index].text in skip):
        index -= 1
    return analysis.tokens[index] if index >= 0 else None
