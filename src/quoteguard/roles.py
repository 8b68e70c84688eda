"""Whether words name a role, and which of them are the role: a title's head (`politics and
outreach director`, `committee member`), other people (`aides`, `fans of X`), `one of several
veterans`, a relative clause stating a post (`who was undersecretary of state`), a post no longer held.

Shared by the affiliation stage, which reads a speaker's title from the words around a name.
"""

from __future__ import annotations

from collections.abc import Callable

from .grammar import (
    AFFILIATION_EDGE_NOISE,
    FUNCTION_WORDS,
    POSSESSIVE,
    PREPOSITIONS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TIME_NOUNS,
    TITLE_COPULAS,
    _words,
)
from .knowledge import Knowledge
from .model import Word

ASIDE_DASHES = frozenset({"—", "–", "―", "--"})
# Prepositions that link a noun to another (`mention of X`), unlike a modifier's (`outside adviser`).
LINKING_PREPOSITIONS = frozenset({"of", "for", "to", "at", "on", "with", "from", "by", "in", "behind", "about"})
ROLE_VERB_ADVERBS = frozenset({"long", "currently", "jointly", "now", "still", "also"})  # `who now runs X`
WHEN_WORDS = frozenset({"during", "until", "till", "since"})  # `… during the drafting`: when, no part of a role
# `who was X during the 2000 race`, `under President Y`, `until 2004`: when or under whom, no part of the role.
CIRCUMSTANCE_WORDS = SUBORDINATORS | WHEN_WORDS | {"under"}
DECADE_NOUNS = frozenset({"decade", "decades"})
PHASE_NOUNS = _words("phase_nouns")  # `in the early part of X's term`: when, no part of the role
MAX_PHASE_MODIFIERS = 2  # `in the very early days of`
AGO_COUNTS = frozenset({"a", "few", "several", "many"})  # `a few years ago` (a number is tagged one)
TOWN_ARTICLES = frozenset({"a", "an", "the"})  # `a Dunmore, Ohio, rabbi`
PAST_COPULAS = frozenset({"was", "served", "had", "remained", "formerly", "previously", "once"})
TAKING_OVER_VERBS = frozenset({"take", "takes", "took", "taken", "taking"})  # `who takes over as X`
TAKING_UP_COPULAS = frozenset({"became"})  # `who became head brewer in 2019`: took the post up and holds it still
POST_END_WORDS = _words("post_end_words")  # `who became mayor in 2004 until she retired`: a post left behind


def join(words: list[Word]) -> str:
    out = ""
    for w in words:
        glue = w.text in ("-", "’s", "'s", ",") or out.endswith("-") or (w.text in ("'", "’") and out.endswith("s"))
        out += w.text if glue or not out else " " + w.text
    return out.strip(" ,")


def trim(words: list[Word]) -> list[Word]:
    while words and _edge_noise(words[0].text) and not (len(words) > 2 and words[1].text == "-"
                                                        and words[0].text[:1].isalpha()):
        words = words[1:]  # (`one-time backer`, `then-governor`: the word a hyphen glues on is the title's)
    while words and _edge_noise(words[-1].text):
        words = words[:-1]
    return words


def _edge_noise(text: str) -> bool:
    """A word no title or body begins or ends with: listed noise, a run of stops (`..`, a typo's) or a
    dash that opens an aside (`who runs the Harbor Pool — which …`)."""
    return text.lower() in AFFILIATION_EDGE_NOISE or (len(text) > 1 and set(text) == {"."}) or text in ASIDE_DASHES


def names_a_role(words: list[Word], kb: Knowledge) -> bool:
    """Whether the title's head, the last word before `of`, `and` or a clause (`physicist who is
    co-director` → physicist), names a role. A hyphenated head is read whole (`co-host`); so is a
    coordination of modifiers (`politics and outreach director`); a participle after the head is a
    clause (`donor involved in …`); a member is one of a body (`committee member`, `member of X`)."""
    words = trim(words)
    cut = next((k for k, w in enumerate(words) if k and (w.text.lower() in PREPOSITIONS
                                                        or w.text.lower() in SUBORDINATORS
                                                        and not _name_opening_with_and(words, k)
                                                        or w.upos == "VERB" and kb.is_role(words[k - 1].text))),
               len(words))
    clause = participle_after_role(words, kb)
    cut = min(cut, clause) if clause is not None else cut
    head = words[:cut]
    while len(head) > 1 and head[-1].text.lower() in TIME_ADVERBS:
        head = head[:-1]  # `a former agency lawyer now at X`: when, between the role and where
    if _role_head(head, kb, words[cut].text.lower() if cut < len(words) else ""):
        return True
    if _modifier_then_role(words, cut, kb):
        return True
    owner = _owner_length(words)  # (`Velde's longtime friend and adviser`: the owner is no second person)
    if cut < len(words) and words[cut].text.lower() in ("and", "or") and cut - owner <= 3 and cut + 1 < len(words) \
            and all(w.text.islower() for w in words[owner:cut + 2]):  # (`Donald Trump and senator`: two people)
        rest = words[cut + 1:]
        end = next((k for k, w in enumerate(rest) if w.text.lower() in PREPOSITIONS | SUBORDINATORS), len(rest))
        return _role_head(rest[:end], kb, rest[end].text.lower() if end < len(rest) else "")
    return False


def _owner_length(words: list[Word]) -> int:
    """How many words a capitalised owner opening the words takes with its possessive (`Ann Roe's`), or 0."""
    mark = next((k for k, w in enumerate(words[:4]) if w.text in POSSESSIVE), None)
    if not mark or not all(w.text[:1].isupper() for w in words[:mark]):
        return 0
    return mark + 1


def participle_after_role(words: list[Word], kb: Knowledge) -> int | None:
    """Where a participle opens a clause after a role (`a journalist visiting X`, `an operative
    currently working for Y`), whatever the tagger made of it: the role ends there."""
    for k in range(1, len(words)):
        low = words[k].text.lower()
        if low.endswith("ed") and words[k].upos == "VERB" and words[k].text.islower() and len(low) > 5 \
                and words[k - 1].text.islower() and kb.is_role(words[k - 1].text, words[k - 1].upos) \
                and not (k + 1 < len(words) and kb.is_role(words[k + 1].text)) \
                and not any(w.text.lower() in PREPOSITIONS | SUBORDINATORS for w in words[:k]):
            return k  # `an inspector trusted by every captain`, `an official based in X`: the role ends there
        if not (low.endswith("ing") and len(low) > 5 and words[k].text.islower()):
            continue
        if k + 1 < len(words) and kb.is_role(words[k + 1].text):
            continue  # `chief operating officer`, `acting director`: a modifier of the role after it
        before = k - 1 if words[k - 1].text.lower().endswith("ly") and k >= 2 else k
        role = words[before - 1].text
        if role.islower() and role not in kb.org_words and kb.is_role(role) and not kb.is_role(low):
            return before
    return None


def _modifier_then_role(words: list[Word], cut: int, kb: Knowledge) -> bool:
    """`top outside Varga adviser`, `University of Eastland history professor`: the word that cut the
    head was a modifier's or a body's name's, not a link to another noun phrase: no article follows it
    and the phrase ends in a lower-case role (`policies of President X`, `fans of the senator` do not)."""
    if cut >= len(words) or words[cut].text.lower() not in PREPOSITIONS or kb.names_many(words[cut - 1].text):
        return False
    if words[cut].text.lower() in LINKING_PREPOSITIONS and not all(w.text[:1].isupper() for w in words[:cut]):
        return False  # `campaign of Democratic presidential candidate`: of links two nouns, one no role
    rest = words[cut + 1:]
    return len(rest) >= 2 and rest[-1].text.islower() and _role_head(rest, kb, "") and not any(
        (w.text.lower() in FUNCTION_WORDS | PREPOSITIONS | SUBORDINATORS or w.text in POSSESSIVE)
        and not _and_inside_name(rest, k) for k, w in enumerate(rest))


def _name_opening_with_and(words: list[Word], k: int) -> bool:
    """`Tom and Ann Roe Chair in Economics`: the `and` at k is inside the capitalised name the words open with
    (`states Tuesday and Harbor Party front-runner` opens with none)."""
    return _and_inside_name(words, k) and all(w.text[:1].isupper() for w in words[:k])


def _and_inside_name(words: list[Word], k: int) -> bool:
    """`Office of Ports and Rivers director`: an `and` between capitalised words joins a body's name."""
    return words[k].text == "and" and 0 < k < len(words) - 1 and words[k - 1].text[:1].isupper() \
        and words[k + 1].text[:1].isupper()


def _role_head(head: list[Word], kb: Knowledge, follower: str) -> bool:
    if not head:
        return False
    last = head[-1]
    if len(head) >= 2 and kb.is_title(f"{head[-2].text} {last.text}"):
        return True  # `first lady`, `running mate`: a title in two words whose last alone is none
    if kb.names_many(last.text):
        return False  # `aides and those in attendance`, `fans of X`: other people, many
    if len(head) >= 3 and head[-2].text == "-":
        return kb.is_role(join(head[-3:]))
    if last.text.lower() in kb.member_heads:
        return follower == "of" or len(head) >= 2 and (head[-2].text.lower() in kb.org_words | kb.collective_nouns
                                                       or head[-2].text[:1].isupper())
    return kb.is_role(last.text, last.upos)


def one_of(words: list[Word], kb: Knowledge) -> list[Word]:
    """`one of several steel industry veterans`: one such person, so the title is `steel industry veteran`."""
    start = 2 if [w.text.lower() for w in words[:2]] == ["one", "of"] else 0
    if len(words) < 2 or not (start or words[0].text.lower() in ("several", "many", "two", "three")):
        return words  # (`one of` itself may have been trimmed away as edge noise: `several … veterans`)
    rest = words[start:]
    while rest and rest[0].text.lower() in FUNCTION_WORDS:
        rest = rest[1:]
    cut = next((k for k, w in enumerate(rest) if w.text.lower() in PREPOSITIONS | SUBORDINATORS), len(rest))
    if cut and kb.names_many(rest[cut - 1].text):
        head = rest[cut - 1]
        rest = rest[:cut - 1] + [Word(kb.singular(head.text), head.upos, head.ner)] + rest[cut:]
    return rest


def copula_complement(clause: list[Word]) -> list[Word]:
    """The words a relative clause states the person is or was (`was undersecretary of state`,
    `has served as the director of X`); none for any other clause (`who chairs the panel` tells
    what she does, `who traveled from Ohio` a story)."""
    clause = _taking_over_as_becoming(clause)
    k = 0
    while k < len(clause) and clause[k].text.lower() in TITLE_COPULAS:
        k += 1
    verbs = {w.text.lower() for w in clause[:k]}
    if not verbs & {"is", "was", "been", "served", "serves", "became", "becomes", "remains", "remained"}:
        return []
    rest = clause[k:]
    rest = _before_circumstance(rest)
    while rest and rest[0].text.lower() in ("a", "an", "the"):
        rest = rest[1:]
    if rest and (verbs & PAST_COPULAS or _taken_up_and_left(verbs, clause)) \
            and not verbs & {"is", "has", "serves", "remains"} and rest[0].text.lower() != "former":
        # `who was ambassador`: a former ambassador (`who was Ann Roe's adviser`: her former adviser)
        mark = next((j + 1 for j, w in enumerate(rest[:4]) if w.text in POSSESSIVE), 0)
        rest = [*rest[:mark], Word("former", "ADJ", None), *rest[mark:]]
    return rest


def taking_over(clause: list[Word]) -> int | None:
    """`takes over as campaign manager`, `will take over as chief`: where the post taken over starts, or None."""
    words = [w.text.lower() for w in clause]
    k = 1 if words[:1] in (["will"], ["is"], ["has"]) else 0
    if words[k:k + 1] and words[k] in TAKING_OVER_VERBS and words[k + 1:k + 3] == ["over", "as"]:
        return k + 3
    return None


def _taking_over_as_becoming(clause: list[Word]) -> list[Word]:
    """`who takes over as campaign manager`, `who will take over as chief`: taking a post over is becoming it."""
    post = taking_over(clause)
    return clause if post is None else [Word("becomes", "VERB", None), *clause[post:]]


def _taken_up_and_left(verbs: set[str], clause: list[Word]) -> bool:
    """`who became mayor in 2004 until she retired`: becoming a post means holding it, unless the clause says
    it ended."""
    return bool(verbs & TAKING_UP_COPULAS) and any(w.text.lower() in POST_END_WORDS for w in clause)


def _before_circumstance(rest: list[Word]) -> list[Word]:
    """The words before when or under whom (`… in 2013`, `during the race`, `under President Y`)."""
    when = next((j for j, w in enumerate(rest) if j and (w.text.lower() in CIRCUMSTANCE_WORDS or (
        w.text[:1].isdigit() and rest[j - 1].text.lower() in PREPOSITIONS) or _phase_of(rest, j))), None)
    return rest[:when - 1 if when and rest[when].text[:1].isdigit() else when]  # (`… in 2013`: when, not what)


def _phase_of(words: list[Word], j: int) -> bool:
    """`in the early part of`, `at the end of`, `in the first months of`: a stretch of time opens at word j."""
    if words[j].text.lower() not in ("in", "at") or j + 3 >= len(words) or words[j + 1].text.lower() != "the":
        return False
    k = j + 2
    while k < len(words) - 1 and k - j - 2 < MAX_PHASE_MODIFIERS and words[k].text.lower() not in PHASE_NOUNS \
            and words[k].upos in ("ADJ", "ADV"):
        k += 1
    return words[k].text.lower() in PHASE_NOUNS and k + 1 < len(words) and words[k + 1].text.lower() == "of"


def before_time_tail(words: list[Word]) -> list[Word]:
    """Without when (`… campaign four years ago`, `… campaign for months`, `… director during the
    drafting of the law`, `… in 2012`): a time is no part of a role or of a body's name. What is
    joined on after it is kept (`an aide during the 2008 race and now director of X`)."""
    for k in range(1, len(words)):
        low = words[k].text.lower()
        nxt = words[k + 1].text.lower() if k + 1 < len(words) else ""
        start = k if low in WHEN_WORDS or low in ("for", "in", "over", "from") and (
            nxt in TIME_NOUNS | DECADE_NOUNS or _a_year(nxt)) else None
        if low == "ago":
            start = k
            while start > 1 and (words[start - 1].text.lower() in TIME_NOUNS | DECADE_NOUNS | AGO_COUNTS
                                 or words[start - 1].upos == "NUM"):
                start -= 1
            start = start if start < k else None
        if start is not None:
            resume = next((j for j in range(k + 1, len(words) - 1) if words[j].text == "and"
                           and words[j + 1].text.islower() and words[j + 1].upos not in ("AUX", "VERB")), len(words))
            return words[:start] + words[resume:]
    return words


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def role_verb_complement(clause: list[Word], kb: Knowledge) -> list[Word]:
    """The post a relative clause's verb states (`who chairs the Harbor Board` → chair of the Harbor
    Board, `who had headed X` → former head of X); none for a story (`who traveled from Ohio`)."""
    k = 0
    while k < len(clause) and clause[k].text.lower() in TITLE_COPULAS | ROLE_VERB_ADVERBS:
        k += 1
    pair = " ".join(w.text.lower() for w in clause[k:k + 2])
    title = kb.role_verbs.get(pair) or (kb.role_verbs.get(clause[k].text.lower()) if k < len(clause) else None)
    if title is None:
        return []
    if pair in kb.role_verbs:
        k += 1  # (`who helped found X`: the phrase's second word is its verb)
    helpers = {w.text.lower() for w in clause[:k]}
    if helpers & {"has", "have"}:
        title = title.removeprefix("former ")  # `who has led X since 2010`: she still does
    elif "had" in helpers and not title.startswith("former "):
        title = "former " + title
    rest = clause[k + 1:]
    if rest and rest[0].text.lower() in PREPOSITIONS | {"as"}:
        return []  # `who leads in the polls`: where, not a post; `who ran as a Libertarian`: how
    rest = _before_circumstance(rest)
    named = [Word(t, "ADJ" if t == "former" else "NOUN", None) for t in title.split()]
    return named + [Word("of", "ADP", None), *rest] if rest else named


def first_conjunct(words: list[Word], kb: Knowledge) -> list[Word]:
    """`the Harbor Board of Trade and a longtime friend of X`, `the Harbor Trust and advocate of Y`:
    the body ends where another noun phrase or role is joined on (`Office of Management and Budget`
    keeps its `and`)."""
    cut = next((k for k, w in enumerate(words[:-1]) if k and w.text.lower() in ("and", "or")
                and (words[k + 1].text.lower() in ("a", "an", "the")
                     or words[k + 1].text.islower() and kb.is_role(words[k + 1].text))), len(words))
    return words[:cut]


def first_description(words: list[Word], body: str | None = None,
                      post_in_body: Callable[[list[Word]], bool] | None = None) -> list[Word]:
    """`senator from Eastland and self-described harbor socialist`, `a student from Ames and a Republican`: a
    role whose own complement ends in a name, then `and` and lower-case words, is one description and a second
    joined on; the title is the first (`president and chief executive of X`, `chairman of the Ways and Means
    Committee`, `director of policy and planning` are one), unless the second is a post (`post_in_body`) in the
    body read as hers (`body`), which the first does not name: then the title is that post."""
    cut = next((k for k in range(2, len(words) - 1) if words[k].text.lower() == "and"
                and words[k - 1].text[:1].isupper() and words[k + 1].text.islower()
                and any(w.text.lower() in PREPOSITIONS for w in words[1:k - 1])), None)
    if cut is not None and post_in_body is not None and post_in_body(words[cut + 1:]) \
            and body and f" {body} " not in f" {' '.join(w.text for w in words[:cut])} ":
        return words[cut + 1:]  # `a judge in Ames and president of the Judges' Council`: the post in her body
    return words if cut is None else words[:cut]


def town_and_state(words: list[str]) -> bool:
    """`a Dunmore, Ohio, rabbi`: an article, a town, its state set off by commas, then the lower-case
    description; the commas are inside the description, not its end (read on tokens by the mention
    reader, on words by the affiliation reader)."""
    return len(words) >= 6 and words[0].lower() in TOWN_ARTICLES and words[1][:1].isupper() and words[2] == "," \
        and words[3][:1].isupper() and words[4] == "," and words[5][:1].islower()


def untagged_owner_tag(ner: str | None, articled: bool) -> bool:
    """Whether a possessor's tag leaves it free to be the outlet or body a person works for: no tag, or
    after `the` a miscellaneous one (`the Spyglass's Ann Roe`: no person's name takes the article)."""
    return ner is None or articled and ner == "MISC"


def is_former(title: str | None, kb: Knowledge) -> bool:
    """`former U.S. ambassador`, `ex-chairman of X`: a post the person no longer holds; `former governor
    and a Harbor Party candidate` holds the second post now, so the title as a whole is a current one."""
    return opens_former(title, kb) and not _current_after_and((title or "").lower().split(), kb)


def opens_former(title: str | None, kb: Knowledge) -> bool:
    """Whether the title's first post is one no longer held, whatever a coordinated second post says: a
    body read from the title (`former Harbor Union leader and a Velde supporter`) is that post's."""
    words = (title or "").lower().split()
    own = words[:next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))]
    # (`71-year-old former treasurer`: the post's own words; `adviser to former Sen. X` is current;
    # `co-founder and former …`: one of them is current)
    return any(w in kb.former_words or w.startswith("ex-") for w in own[:2])


def _current_after_and(words: list[str], kb: Knowledge) -> bool:
    """`former governor and a Harbor Party candidate`, `former mayor and now party chairman`: a second role
    opened as a post of its own and not itself former is held now, so the title is no former post
    (`former governor and senator` shares the `former`; `former governor and a former senator` held both)."""
    for k, w in enumerate(words[:-1]):
        if w == "and" and words[k + 1] in kb.current_role_openers:
            rest = words[k + 2:k + 4]
            return bool(rest) and not any(r in kb.former_words or r.startswith("ex-") for r in rest)
    return False
