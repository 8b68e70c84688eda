"""The words after a name: an appositive (`Tom Whitaker, policy director at the Institute`) or
`at/of ORG`, read into the same title, organisation, country and party as the words before it.
"""

from __future__ import annotations

from ..grammar import (
    FAME_ADVERBS,
    FAME_WORDS,
    PARTY_TAG,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    STANCE_NOUNS,
    SUBORDINATORS,
    TITLE_COPULAS,
    _words,
)
from ..knowledge import Knowledge
from ..model import Word
from ..roles import (
    ROLE_VERB_ADVERBS,
    before_time_tail,
    copula_complement,
    first_conjunct,
    join,
    names_a_role,
    role_verb_complement,
    taking_over,
    town_and_state,
    trim,
)
from .titles import (
    MAX_TITLE_WORDS,
    Reading,
    _place_owner,
    _read_place,
    appositive_party,
    elected_seat,
    party_tag,
    post_named_to,
    read_before,
    read_institution,
    read_owning_body,
    title_of,
)

BODY_NAME_LINKS = frozenset({"of", "for", "and", "&", "the", "on"})  # (`Gate of Light`, `Friends of the Marsh`)

WORKPLACE_LINKS = frozenset({"at", "for"})  # `a cook at X`, `a spokesman for X`: where she works
HOMETOWN_LINKS = frozenset({"of", "from"})  # `, 62, of Eastland`: the newsroom's hometown after an age
ONE_OF_COUNTS = frozenset({"only", "just", "a", "handful", "few", "several", "many", "of"})  # `one of only a few …`
PRESENT_COPULAS = frozenset({"is", "has", "remains", "serves"})  # `was` may be a post left behind
SUPERLATIVES = frozenset({"most", "more", "best", "least", "worst"})  # `one of the best X`: how she ranks among them
PARTY_RANK_WORDS = _words("party_rank_words")  # `the ranking Democrat`: a post within a body, not a member alone


def _skip_punctuation(words: list[Word]) -> list[Word]:
    while words and words[0].text in (",", "-", "—", "–", "--"):  # (`Ann Roe — a teacher —`: the dash sets it off)
        words = words[1:]
    return words


def appositive_words(after: list[Word], kb: Knowledge, r: Reading) -> list[Word]:
    """The words after a name that describe the person: no party tag (its party is noted), no
    story told in a relative clause."""
    if after and after[0].text == "(":  # `(D-Ore.), a longtime champion …`: the party tag is no title
        close = next((k for k, w in enumerate(after) if w.text == ")"), len(after) - 1)
        party_tag(after[1:close], kb, r)
        after = after[close + 1:]
    after = _skip_punctuation(after)
    if len(after) >= 2 and after[0].text.isdigit() and after[1].text == ",":
        after = _skip_punctuation(after[1:])  # `, 62, a retired nurse`: the age is no title
        after = _after_hometown(after)
        if after and (after[0].upos in ("AUX", "VERB") or after[0].text.lower() in TITLE_COPULAS):
            after = _predicate_after_age(after, kb)
    if len(after) >= 3 and after[0].text in kb.party_tags and after[1].text == "-":
        party_tag(after[:3], kb, r)
        after = _skip_punctuation(after[3:])  # `, R-Ky.,`: party and state, not a title
    elif after and PARTY_TAG.fullmatch(after[0].text):
        party_tag(after[:1], kb, r)
        after = _skip_punctuation(after[1:])
    after = _town_and_state_joined(_preposition_glued(after))
    after = _post_held_now(after)
    if r.title_words and _opens_one_of(after):
        return []  # `Sen. Ann Roe, one of the few co-authors still in office`: her post, not the group she is in
    after = _one_of_them(after, kb)
    relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS or _relative_that(after, k)),
                    None)
    if relative == 0:  # `, who was undersecretary of commerce in 2011,`: a role, unless one stands before the name
        stated = _post_stated(after[1:], kb)
        if _current_over_former(trim(r.title_words), stated, kb):
            r.title_words = []  # `former governor Ann Roe, who serves as chairman of X`: the post she holds now
        after = stated if not r.title_words else []
        relative = next((k for k, w in enumerate(after) if w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative is not None and relative > 0 and (now := _post_now_after_former(after[:relative],
                                                                              after[relative + 1:], kb)):
        return trim(now)
    if relative is not None and relative > 0 and taking_over(after[relative + 1:]) \
            and names_a_role(taken := _without_manner(copula_complement(after[relative + 1:])), kb):
        return trim(taken)  # `the candidate's longtime pollster, who takes over as campaign manager`: the new post
    if relative is not None and (relative == 0 or any(w.text[:1].isupper() for w in after[:relative])):
        # `the director of X who also appears in the film`: X is the organisation; `, who has campaigned
        # for Y since …` is a story, not a title.
        after = after[:relative]
    joined = _before_a_second_description(after)
    if len(joined) < len(after):
        appositive_party(after[len(joined) + 1:], kb, r)  # (`a consultant and a Republican former state senator`)
    after = _party_member_only(_before_affinity(before_time_tail(_before_fame(joined)), kb), kb, r)
    after = after[:_chamber_constituency(after, kb)]
    if after and after[0].text.lower() in ("at", "of", "from", "with"):
        return after[:1] + trim(after[1:])
    return trim(after)


def _without_kind(words: list[Word]) -> list[Word]:
    """`the conservative Heritage Institute`, `digital consulting firm Brightline`: the body's capitalised name,
    without the lower-case words before it that say what kind of body it is."""
    k = 0
    while k < len(words) - 1 and words[k].text.replace("-", "").isalpha() and words[k].text.islower():
        k += 1
    return words[k:] if words[k].text[:1].isupper() else words


def _chamber_constituency(after: list[Word], kb: Knowledge) -> int | None:
    """`the Harbor Party Member of the Eastland Assembly for Port Alder`: after a chamber's member
    (`chamber_member_roles`, `of` and the chamber's capitalised name) `for` and a capitalised name say which seat she
    holds, where: no part of her title or of the chamber's name. Where that seat's words start, or None."""
    for k in range(len(after) - 3):
        if after[k].text.lower() not in kb.chamber_member_roles or after[k + 1].text.lower() != "of":
            continue
        chamber = k + 3 if after[k + 2].text.lower() == "the" else k + 2
        end = chamber
        while end < len(after) and after[end].text[:1].isupper():
            end += 1
        if chamber < end < len(after) - 1 and after[end].text.lower() == "for" and after[end + 1].text[:1].isupper():
            return end
    return None


def _relative_that(after: list[Word], k: int) -> bool:
    """`the founder of the Harbor Liberty Project that urges families to move`: `that` as a pronoun right before
    a verb opens a relative clause as `which` would (`that` as a conjunction or a determiner opens none)."""
    return 0 < k < len(after) - 1 and after[k].text.lower() == "that" and after[k].upos == "PRON" \
        and after[k + 1].upos in ("VERB", "AUX")


def _before_a_second_description(after: list[Word]) -> list[Word]:
    """`the Marlowe campaign's senior adviser and a former trade commissioner`: a post a body owns, then a
    second description joined on with `and a`/`and an`, which says what else she is or was; the owned post is the
    role she speaks in, and its owner her body. (Other descriptions joined so are kept whole, as editors write them:
    `a consultant and a former state senator`.)"""
    cut = next((k for k in range(1, len(after) - 1) if after[k].text.lower() == "and"
                and after[k + 1].text.lower() in ("a", "an")), None)
    owned = cut is not None and any(w.text in POSSESSIVE for w in after[:cut])
    return after[:cut] if owned else after


def _before_fame(after: list[Word]) -> list[Word]:
    """`a stage actor best known for television comedy`, `a singer famous as X`: the clause saying what she is known
    by follows her title, and is no part of it."""
    for k in range(1, len(after) - 1):
        if after[k].text.lower() in FAME_WORDS and after[k + 1].text.lower() in ("for", "as"):
            while k > 1 and after[k - 1].text.lower() in FAME_ADVERBS:
                k -= 1
            return after[:k]
    return after


def _party_member_only(after: list[Word], kb: Knowledge, r: Reading) -> list[Word]:
    """`a Democrat from Ohio`, `a lifelong Republican`: one of a party's members, with where she is from at most,
    states her party, no post (`a Harbor Party MP`, `the ranking Democrat`, `the top Democrat on X` hold one).
    The party is read; only the place is left to read after the name."""
    words = trim(after)
    while words and words[0].text.lower() in ("a", "an"):
        words = words[1:]
    while len(words) > 1 and (_member_kind(words[0], kb) or _member_home(words[0], kb)):
        words = words[1:]  # (`a moderate`, `a registered`, `an Ohio`: what kind of member, still no post)
    head, rest = (words[0], words[1:]) if words else (None, [])
    party = kb.party(head.text) if head is not None and head.text[:1].isupper() else None
    if party is None or kb.singular(head.text) != head.text or head.text.lower().endswith("ic"):
        return after  # (`Democrats`: a group; `Democratic`: it describes the word after it)
    if rest and (rest[0].text.lower() not in HOMETOWN_LINKS or any(w.text.lower() in kb.org_words for w in rest)):
        return after  # (`a Democrat on the Harbor Committee`: a seat on a body)
    r.party = r.party or party
    return rest if rest and _a_place(rest[1:], kb) else []


def _member_kind(word: Word, kb: Knowledge) -> bool:
    """`moderate`, `lifelong`, `registered`: a word saying what kind of party member, no rank or role."""
    kind = word.upos == "ADJ" or word.upos == "VERB" and word.text.endswith("ed")
    return kind and word.text.islower() and word.text.lower() not in PARTY_RANK_WORDS and not kb.is_role(word.text)


def _member_home(word: Word, kb: Knowledge) -> bool:
    """`an Ohio Democrat`: the state or country a party member is from (`a House Republican` sits in a body)."""
    return word.text[:1].isupper() and kb.names_a_country_or_state(word.text) and not kb.party(word.text)


def _opens_one_of(after: list[Word]) -> bool:
    """`one of the …`: the description names a group she is one of."""
    return len(after) >= 3 and [w.text.lower() for w in after[:2]] == ["one", "of"]


def _one_of_them(after: list[Word], kb: Knowledge) -> list[Word]:
    """`one of the paper's best-known reporters`, `one of just a few Harbor Party delegates`: one of a group
    holds the group's role, read as if written of her alone (`the paper's best-known reporter`); the counting words
    (`just a few`, `several`) and a superlative's `most` go, the plural head is made singular."""
    if not _opens_one_of(after):
        return after
    rest = after[2:]
    while rest and (rest[0].text.lower() in ONE_OF_COUNTS or rest[0].upos == "NUM" or len(rest) > 1
                    and rest[0].text.lower() == "the" and rest[1].text.lower() in ONE_OF_COUNTS):
        rest = rest[1:]  # (`one of the few …`: `the` before a count goes with it)
    cut = next((k for k, w in enumerate(rest) if k and (w.text.lower() in PREPOSITIONS | RELATIVE_PRONOUNS
                                                         or w.text in (",", ";"))), len(rest))
    head = next((k for k in range(cut - 1, -1, -1) if rest[k].text.islower() and kb.names_many(rest[k].text)
                 and kb.singular(rest[k].text) != rest[k].text), None)
    if head is None:
        return after
    one = Word(kb.singular(rest[head].text), rest[head].upos, rest[head].ner)
    return _without_superlatives(rest[:head]) + [one, *rest[head + 1:]]


def _without_superlatives(words: list[Word]) -> list[Word]:
    """`the city's best glassblowers`, `its best-known potters`, `her oldest clients`: a superlative ranks her
    within the group she is one of, which says nothing of her role once she is read alone; it goes, with the word
    a hyphen joins to it (`best-known`, `longest-serving`)."""
    kept: list[Word] = []
    k = 0
    while k < len(words):
        if words[k].text.lower() in SUPERLATIVES or _superlative_after_determiner(words, k):
            k += 3 if k + 2 < len(words) and words[k + 1].text == "-" else 1
            continue
        kept.append(words[k])
        k += 1
    return kept


def _preposition_glued(words: list[Word]) -> list[Word]:
    """`a sought-after violin maker`, `a hard-up tenant`: a preposition a hyphen glues to the word before it ends
    a modifier, not a link to a body, so the three tokens are read as one adjective."""
    glued: list[Word] = []
    k = 0
    while k < len(words):
        if k + 2 < len(words) and words[k + 1].text == "-" and words[k].text.isalpha() \
                and words[k + 2].text.islower() and (words[k + 2].upos == "ADP"
                                                     or words[k + 2].text in PREPOSITIONS | SUBORDINATORS):
            glued.append(Word(f"{words[k].text}-{words[k + 2].text}", "ADJ", words[k].ner))
            k += 3
            continue
        glued.append(words[k])
        k += 1
    return glued


def _superlative_after_determiner(words: list[Word], k: int) -> bool:
    """`the oldest`, `her youngest`, `the club's longest-serving`: an adjective ending in `-est` right after an
    article, a possessive or an owner's `'s` is a superlative (`modest`, `honest` seldom stand there)."""
    low = words[k].text.lower()
    return k > 0 and words[k].upos == "ADJ" and low.endswith("est") and len(low) > 4 \
        and (words[k - 1].text.lower() in ("the", "his", "her", "its", "their", "our", "my", "your")
             or words[k - 1].text in POSSESSIVE)


def _post_held_now(after: list[Word]) -> list[Word]:
    """`a Velde campaign aide in 2008 and now director of the Harbor Institute`, `who was X's aide and is now a
    partner at Y`: the post after `and (is) now` is the one she holds; what came before it is a post she left."""
    now = next((k for k, w in enumerate(after) if k > 1 and w.text.lower() == "now" and (
        after[k - 1].text.lower() in ("and", ",")
        or k > 2 and after[k - 1].text.lower() in ("is", "are") and after[k - 2].text.lower() == "and")
        and k + 1 < len(after) and after[k + 1].upos not in ("VERB", "AUX")), None)
    return _skip_punctuation(after[now + 1:]) if now is not None else after


def _current_over_former(before: list[Word], stated: list[Word], kb: Knowledge) -> bool:
    """`former governor Ann Roe, who serves as president of the Harbor Commission`: a former post before the name,
    then a relative clause stating a post held now (no `was`, `had`): the present post is her title."""
    return bool(before) and before[0].text.lower() in kb.former_words and bool(stated) \
        and stated[0].text.lower() not in kb.former_words and names_a_role(stated, kb)


def _post_now_after_former(role: list[Word], clause: list[Word], kb: Knowledge) -> list[Word]:
    """`a former governor who now serves as chairman of the Harbor Commission`, `a Coast Guard veteran who is now a
    ferry pilot`: a former post (or what she once was), then a relative clause that states with `now` (or
    `currently`) the post she holds today: that post is her title."""
    words = trim(role)
    opening = [w.text.lower() for w in clause[:next((k for k, w in enumerate(clause)
                                                     if w.text.lower() not in TITLE_COPULAS | ROLE_VERB_ADVERBS),
                                                    len(clause))]]
    if not words or not (words[0].text.lower() in kb.former_words or _once_was(words, kb)) \
            or not {"now", "currently"} & set(opening):
        return []
    stated = _post_stated(clause, kb)
    return stated if names_a_role(stated, kb) else []


def _once_was(words: list[Word], kb: Knowledge) -> bool:
    """`a Navy veteran`, `a Harbor College graduate`, `an Eastland native`: a description of where she comes from or
    what she once was, which a clause with `now` (`who now is a ferry pilot`) follows with the post she holds."""
    head = words[-1].text.lower()
    return head in kb.past_member_roles or head in kb.residence_nouns


def _predicate_after_age(after: list[Word], kb: Knowledge) -> list[Word]:
    """`Ann Roe, 54, is the county's chief prosecutor`: the sentence's own predicate after the age states her
    post only through a present copula (`, 54, said`, `, 54, was born in Ohio` state none)."""
    if after[0].text.lower() not in PRESENT_COPULAS:
        return []
    stated = copula_complement(after)
    return stated if names_a_role(stated, kb) else []


def _town_and_state_joined(after: list[Word]) -> list[Word]:
    """`a Dunmore, Ohio, rabbi`: the commas around a town's state are inside the description, not its end."""
    if town_and_state([w.text for w in after[:6]]):
        return [after[0], after[1], *after[5:]]  # (the state is no body: `N.J.` reads as an acronym)
    return after


def _after_hometown(after: list[Word]) -> list[Word]:
    """`Ann Roe, 62, of Eastland, a retired nurse`: `of`/`from` a place right after an age is where she
    lives, not a body she works for (the tagger often takes a small town for one); what follows it may
    still describe her."""
    if not after or after[0].text.lower() not in HOMETOWN_LINKS:
        return after
    rest = next((k for k, w in enumerate(after) if w.text == ","), len(after))
    if rest + 2 < len(after) and after[rest + 1].text[:1].isupper() and after[rest + 2].text == ",":
        rest += 2  # (`of Dunmore, Ohio, a rabbi`: the state goes with the town)
    return _skip_punctuation(after[rest:])


def _before_affinity(after: list[Word], kb: Knowledge) -> list[Word]:
    """`a veteran lobbyist close to the Harbor Board`, `an aide loyal to Ann Roe`: what the person is
    near or sides with is no body she speaks for; `the hacker known as X`: what she is called is no
    part of her title. The description ends before either."""
    cut = next((k for k, w in enumerate(after) if k and k + 1 < len(after) and (
        w.text.lower() in kb.affinity_words and after[k + 1].text.lower() in PREPOSITIONS
        or w.upos == "VERB" and after[k + 1].text.lower() == "as")), None)
    return after if cut is None else trim(after[:cut])


def _without_manner(words: list[Word]) -> list[Word]:
    """`campaign manager immediately`: the post without the adverbs after it that say how or when."""
    while len(words) > 1 and (words[-1].upos == "ADV" or words[-1].text.lower().endswith("ly")):
        words = words[:-1]
    return words


def _post_stated(clause: list[Word], kb: Knowledge) -> list[Word]:
    """The post a relative clause states (`was undersecretary of commerce`, `chairs the Harbor
    Board`); none for a story (`has long traded emails with the Velde campaign`). A post joined on after a
    story (`founded a bakery and is now treasurer of X`) is the one she holds."""
    stated = copula_complement(clause)
    if names_a_role(stated, kb):
        return stated
    joined = next((k for k in range(1, len(clause) - 1)
                   if clause[k].text.lower() == "and" and clause[k + 1].text.lower() in PRESENT_COPULAS), None)
    if joined is not None and names_a_role(later := copula_complement(clause[joined + 1:]), kb):
        return later
    return role_verb_complement(clause, kb)


def _story_start(after: list[Word], kb: Knowledge) -> int | None:
    """Where a relative clause after a role opens that says nothing of where the person holds it
    (`a strategist who has been in touch with the Velde campaign`), unlike `who directs the Harbor
    program`, `who works at the Institute`, `who is a fellow at X`: no body after it is hers."""
    relative = next((k for k, w in enumerate(after) if k and w.text.lower() in RELATIVE_PRONOUNS), None)
    if relative is None:
        return None
    clause = after[relative + 1:]
    verb = next((w.text.lower() for w in clause if w.text.lower() not in TITLE_COPULAS | ROLE_VERB_ADVERBS), "")
    return None if _post_stated(clause, kb) or verb in kb.post_verbs else relative


def read_after(after: list[Word], kb: Knowledge, r: Reading) -> None:
    """An appositive or `at ORG` after the name."""
    r.source = "appositive"
    if not r.title_words and (named_to := post_named_to(after, kb)) is not None:
        r.title_words, r.title_after = named_to[0], True  # `X, the nominee to lead the Harbor Agency,`
        r.org = r.org or join(named_to[1])
        return
    head = after[0].text.lower()
    # `Gate of Light's executive director`: a body's name owns the role; no split inside that name
    mark = next((k for k, w in enumerate(after) if w.text in POSSESSIVE), 0)
    owned = mark + 1 if mark and all(w.text[:1].isupper() or w.text in BODY_NAME_LINKS for w in after[:mark]) \
        and not kb.party(after[0].text) and not kb.is_title(after[0].text.lower()) else 0
    named_first = _body_before_role(after, kb)
    if named_first is not None:  # `a University of Eastland history professor`: the body, then the role
        r.org = r.org or join(named_first)
        owned = len(after)
    splits = [k for k, w in enumerate(after)
              if k >= owned and w.text.lower() in ("at", "of", "for", "with", "from", "on", "to")
              and not _inside_a_name(after, k, kb)]
    # `director of choir at the University of Leeds`, `director of sales for the security firm Ardent`:
    # the first split that names something, unless it only says where she is from (`a ferry captain from
    # Maine and a trustee of the Eastport Sailing Club`).
    split = next((k for k in splits if _names_a_body(after, k, kb)),
                 next((k for k in splits if _a_name(join(_body_named(after[k + 1:], kb)))),
                      splits[0] if splits else None))
    story = _story_start(after, kb)
    place = owned and split is not None and _place_owner(after[:owned - 1], after[owned:split], kb)
    if place:  # `Peru's ambassador to Chile`: the post is Peru's, whatever the words after it name
        _read_place(after[:owned - 1], after[owned:split], r, kb)
    if head in ("at", "of", "from", "with"):
        if _a_place(after[1:], kb):
            r.country = r.country or kb.country_of(join(trim(after[1:])))
            return  # `Ann Roe of Concord`: where she is from, no organisation
        r.org = _fuller(r.org, join(_without_kind(trim(after[1:]))))
        r.source = "organisation"
    elif split is not None:
        in_story = story is not None and split > story  # (the body a story names is not hers)
        named = [] if in_story else _body_named(after[split + 1:], kb)
        target = join(named)
        found = kb.organisation(target)
        workplace = _workplace(after, split, named, kb)
        # (`an adviser to Ann Roe` names no body)
        person = bool(named) and named[-1].ner == "PERSON" and not workplace and not _trade_name(named, kb) \
            and not any(w.text.lower() in kb.org_words or kb.web_address(w.text) for w in named) \
            or _people_of_a_kind(named, kb)
        if kb.country_of(target) and not found:
            r.country = r.country or kb.country_of(target)  # `the Prime Minister of Ireland`
        elif _a_name(target) and not person and (workplace or not _a_place(after[split + 1:], kb)) \
                and not (after[split].text.lower() == "from" and _a_place(named, kb)) \
                and not _seat_for(after, split, kb):
            # (`advocate for clean rivers in Laos`, `a nurse from Ames` name no organisation)
            r.org = r.org or (found.name if found else target)
            if found:
                r.short = r.short or found.short
                r.country = r.country or found.country
        else:
            if not r.title_words:  # `a spokesman for the operator`: no organisation named
                # (`a host and manager at the oldest station in town`: too long whole, the role is before `at`)
                whole = len(trim(after)) <= MAX_TITLE_WORDS or any(w.upos in ("VERB", "AUX") for w in after)
                r.title_words, r.title_after = list(after) if whole else after[:split], True
        _take_fuller_title(after if len(trim(after)) <= MAX_TITLE_WORDS else after[:split], kb, r)
        office = _body_before_role(after[owned:split], kb) if owned else None
        if place:
            r.title_words = _without_owner(r.title_words, after[:owned])  # (as before a name: the role alone)
        elif r.org is None and office is not None:
            r.org = join(office)  # `Roe's Office of Harbor Budget director`: the office the title names, not its owner
        elif r.org is None and owned and read_owning_body(after[:owned], kb, r):
            # `Harbor Rail's director of policy`: the owner is her body, which stays out of her title
            r.title_words = _without_owner(r.title_words, after[:owned])
    elif not r.title_words:
        r.title_after = True
        read_before(after, kb, r)  # `the United Nations secretary-general`: the body, then the title
    elif r.org is None:
        _body_of_described_role(after, kb, r)
        if _owned_post_over_a_seat(after, kb, r):
            title_of(trim(r.title_words), kb, r)  # (reads the party of `Democratic Rep.`)
            read_institution(join(trim(r.title_words)), kb, r)
            r.title_words, r.title_after = _without_owner(list(after), after[:_owner_end(after)]), True


def _owner_end(after: list[Word]) -> int:
    """Where the possessive owner of `, the committee's chairman` ends (the index after its mark), or 0."""
    return next((k + 1 for k, w in enumerate(after[:4]) if w.text in POSSESSIVE), 0)


def _owned_post_over_a_seat(after: list[Word], kb: Knowledge, r: Reading) -> bool:
    """`Rep. Ann Roe, the committee's chairman,`: a post a body named by its common noun owns, set off after a name
    whose title is only an elected seat, says in what role she speaks; it is her title (the seat's party and chamber
    are still read)."""
    words = trim(after)
    owned = _owner_end(words)
    return bool(r.title_words) and elected_seat(trim(r.title_words), kb) and owned > 0 \
        and all(w.text.islower() for w in words[:owned - 1]) and 0 < len(words) - owned <= 3 \
        and names_a_role(words[owned:], kb) and not _stance(words)


def _body_of_described_role(after: list[Word], kb: Knowledge, r: Reading) -> None:
    """`Petty Officer Ann Roe, a Harbor Guard spokeswoman`: a rank or title before the name, then an appositive
    naming a body before a role she holds now: that body is hers (the title before the name stays hers; a former
    post's body, or the side she takes, `a Velde supporter`, is none)."""
    if not names_a_role(list(after), kb) or _stance(after) or any(w.text.lower() in kb.former_words for w in after):
        return
    found = Reading()
    read_before(after, kb, found)
    if found.org is not None and found.title_words and names_a_role(found.title_words, kb) \
            and not (found.org.lower() in kb.org_words and found.org.lower() not in kb.armed_services):
        # (`Office`, a body's word alone, is what is left of a name the reading split: no name)
        r.org, r.short, r.country = found.org, found.short, r.country or found.country


def _without_owner(title: list[Word], owner: list[Word]) -> list[Word]:
    """`Harbor Rail's director of policy`, the owner read as her body: the title is the role it owns (as it is
    before a name, `Harbor Rail's director of policy Ann Roe`)."""
    n = len(owner)
    if len(title) > n and [w.text for w in title[:n]] == [w.text for w in owner]:
        return title[n:]
    return title


def _seat_for(after: list[Word], split: int, kb: Knowledge) -> bool:
    """`the Labour MP for Harbor West`, `MLA for Cypress Hills`: after an elected member's role (`constituency_roles`),
    `for` names the seat she holds, where, no body she works for."""
    return split > 0 and after[split].text.lower() == "for" and after[split - 1].text.lower() in kb.constituency_roles


def _workplace(after: list[Word], split: int, named: list[Word], kb: Knowledge) -> bool:
    """`a professor at Eastland`, `a spokesman for Harbor Relief`, `a cook at the Marlin`: a role, then `at` or `for`
    and a name, says where she works, whatever the tagger calls the name (a place, a person), unless it is a
    country or a state (`an organizer for Ohio`); a person is named only after `for` and with no article (`a
    spokesman for Ann Roe`), a town only after `at` (`an organizer for Dunmore` works for no Dunmore body); a common
    noun may end the name only after `at the` (`a waitress at the Marlin restaurant`)."""
    link = after[split].text.lower()
    names = [w for w in named if w.text[:1].isupper()]
    if link not in WORKPLACE_LINKS or not names or not names_a_role(trim(after[:split]), kb):
        return False
    target = join(named)
    if kb.names_a_country_or_state(target) or kb.organisation(target) is not None:
        return False  # (a known body is read as one already)
    articled = split + 1 < len(after) and after[split + 1].text.lower() == "the"
    if link != "at" and (any(w.ner == "GPE" for w in names)
                         or not articled and names[-1].ner == "PERSON" and not _trade_name(names, kb)):
        return False
    common = len(named) - 1 - max(k for k, w in enumerate(named) if w.text[:1].isupper())
    # (`at the Marlin restaurant` names one; `at a Reno casino`, `for the Eastland exurb`, a clause, do not)
    return common == 0 or common == 1 and link == "at" and articled and named[-1].text.lower() not in kb.place_nouns


def _trade_name(named: list[Word], kb: Knowledge) -> bool:
    """`Jessica Records`, `Owen Pictures`: two capitalised words or more ending in a line of work
    (`trade_name_ends`) name a body trading under them, whatever the tagger calls them (no one's surname is
    `Records`)."""
    names = [w for w in named if w.text[:1].isupper()]
    return len(names) >= 2 and names[-1] is named[-1] and names[-1].text.lower() in kb.trade_name_ends


def _inside_a_name(words: list[Word], k: int, kb: Knowledge) -> bool:
    """`Bureau of Parks and Trails`, `University of Eastland`: an `of` between a capitalised organisation
    word and a capitalised word is inside a body's name, no link to another."""
    return words[k].text.lower() == "of" and 0 < k < len(words) - 1 and words[k - 1].text[:1].isupper() \
        and words[k - 1].text.lower() in kb.org_words and words[k + 1].text[:1].isupper()


def _names_a_body(words: list[Word], k: int, kb: Knowledge) -> bool:
    """The words after the link at k name something, and not only the place she is from."""
    named = _body_named(words[k + 1:], kb)
    return _a_name(join(named)) and not (words[k].text.lower() == "from" and _a_place(named, kb))


def _people_of_a_kind(named: list[Word], kb: Knowledge) -> bool:
    """`the daughter of Greek immigrants`, `an adviser to Iowa farmers`: capitalised words before a lower-case plural
    for people name a kind of people, not a body."""
    last = named[-1].text if named else ""
    one = kb.singular(last)
    return last.islower() and one != last and kb.names_people(one, "NOUN") \
        and not {one, last} & (kb.collective_nouns | kb.crowd_nouns) \
        and not any(w.text.lower() in kb.org_words for w in named)  # (`the Ricketts family`, a campaign: bodies)


def _a_name(text: str) -> bool:
    """Capitalised, or an ordinal before a capitalised word (`9th Avenue Boxing Club`)."""
    words = text.split()
    return text[:1].isupper() or (text[:1].isdigit() and len(words) > 1 and words[1][:1].isupper())


def _body_before_role(after: list[Word], kb: Knowledge) -> list[Word] | None:
    """`a University of Eastland history professor`: a capitalised body's name (with an organisation
    word, `of` inside it) and then only lower-case words ending in a role: that body's name."""
    words = trim(after)
    end = next((k for k, w in enumerate(words) if w.text.islower() and w.text not in BODY_NAME_LINKS), len(words))
    body, role = words[:end], words[end:]
    if not body or not role or not body[-1].text[:1].isupper() or not body[0].text[:1].isupper() \
            or not any(w.text.lower() in kb.org_words for w in body) or kb.party(body[0].text):
        return None
    if any(not w.text.islower() or w.text in PREPOSITIONS | SUBORDINATORS for w in role) \
            or not kb.is_role(role[-1].text) or role[-1].text in kb.past_member_roles:
        return None  # (`a Navy veteran`: once in it, not now)
    return body


def _body_named(words: list[Word], kb: Knowledge) -> list[Word]:
    """The body named after a link word, without what else is joined on or describes it."""
    return _without_place_after(_described_body(trim(first_conjunct(words, kb)), kb), kb)


def _without_place_after(named: list[Word], kb: Knowledge) -> list[Word]:
    """`the Brindle Institute in Denver`, `Rider University in Lawrenceville`: a place after a body's name says
    where it is, no part of the name."""
    at = max((k for k, w in enumerate(named) if w.text == "in"), default=0)
    if at < 1 or not named[at - 1].text[:1].isupper():
        return named
    place = named[at + 1:]
    written = join(place)
    if _a_place(place, kb) or kb.country_of(written) or written.lower() in kb.state_names:
        return named[:at]
    return named


def _a_place(words: list[Word], kb: Knowledge) -> bool:
    """Words the tagger marks as a place and no organisation word (`Concord`, `Fort Pierce`)."""
    if words and words[0].text == "The":
        return False  # `of The Atlantic`: a capitalised article makes it a title, a magazine's
    words = trim(words)
    names = [w for w in words if w.text[:1].isupper()]
    return bool(names) and all(w.ner in ("LOC", "GPE") for w in names) \
        and not any(w.text.lower() in kb.org_words or kb.web_address(w.text) for w in words) \
        and kb.organisation(join(words)) is None


def _described_body(named: list[Word], kb: Knowledge) -> list[Word]:
    """`the progressive Harbor Policy Institute`, `the advocacy group Citizens for Rivers`, `the assembly's
    Harbor Committee`: the body's name after the words that describe or own it (`a casino in Reno`, `the oldest
    station in town` name none)."""
    if not named:
        return named
    classified = _name_after_classifier(named, kb)
    if classified:
        return classified
    if named[0].text[:1].isupper():
        return named
    # (`the 9th Avenue Boxing Club`: an ordinal opening the name is part of it)
    last_lower = max((k for k, w in enumerate(named) if not w.text[:1].isupper() and not (
        w.text[:1].isdigit() and k + 1 < len(named) and named[k + 1].text[:1].isupper())
        and not _link_inside_name(named, k)), default=-1)
    if last_lower < 0:
        return named
    tail = named[last_lower + 1:]
    if tail and all(w.text.islower() and w.text not in BODY_NAME_LINKS and w.upos in ("ADJ", "NOUN", "VERB")
                    or w.text == "-" or k and w.text in POSSESSIVE for k, w in enumerate(named[:last_lower + 1])) \
            and not (kb.is_role(tail[-1].text) and named[last_lower].text not in kb.classifier_nouns
                     and not _owned_body_name(named[last_lower], tail, kb)):
        # (after `firm`, a name whose ending only looks like a role's, `Harbin Weaver`, is still the body's)
        return tail
    return named


def _name_after_classifier(named: list[Word], kb: Knowledge) -> list[Word]:
    """`the Boston firm Hale & Moran`, `the Ohio-based investment company Harbin Weaver`: a description opening on
    a place's capitalised name, then a lower-case noun for a kind of body (`classifier_nouns`) and a capitalised
    name: the body is that name (the place says where it is); none when the description links or owns anything
    (`Friends of the firm Harbin`)."""
    k = next((k for k, w in enumerate(named[:-1]) if k and w.text in kb.classifier_nouns
              and named[k + 1].text[:1].isupper()), None)
    if k is None or not named[0].text[:1].isupper() \
            or any(w.text.lower() in BODY_NAME_LINKS or w.text in POSSESSIVE for w in named[:k]):
        return []
    return named[k + 1:]


def _owned_body_name(before: Word, tail: list[Word], kb: Knowledge) -> bool:
    """`the assembly's Harbor Committee`: after an owner's possessive, capitalised words ending in a body's word
    name the body, though `committee` may also be a role's word."""
    return before.text in POSSESSIVE and tail[-1].text.lower() in kb.org_words


def _link_inside_name(words: list[Word], k: int) -> bool:
    """`Democracy for America`, `Friends of the Marsh`: a small link word between capitalised words is inside the
    body's name, not the end of the words that describe it."""
    if words[k].text.lower() not in BODY_NAME_LINKS:
        return False
    before = next((w for w in reversed(words[:k]) if w.text.lower() not in BODY_NAME_LINKS), None)
    after = next((w for w in words[k + 1:] if w.text.lower() not in BODY_NAME_LINKS), None)
    return before is not None and after is not None and before.text[:1].isupper() and after.text[:1].isupper()


def _take_fuller_title(appositive: list[Word], kb: Knowledge, r: Reading) -> None:
    """`Rep. Ann Roe, the top Democrat on the Harbor Committee`: the appositive says more than
    the title before the name, so it is the title (the party the shorter one named is kept)."""
    if r.title_words and _stance(appositive):
        return  # (`Former harbor governor Ann Roe, an early supporter of X`: the post stays her title)
    if r.title_words and _membership(appositive, kb) and elected_seat(trim(r.title_words), kb):
        return  # (`Sen. Ann Roe, a member of the Harbor Committee`: one of a body's members, and her seat)
    if len(trim(appositive)) > len(trim(r.title_words)) and names_a_role(list(appositive), kb):
        if r.title_words:
            title_of(trim(r.title_words), kb, r)  # (reads the party of `Democratic Sen.`)
            read_institution(join(trim(r.title_words)), kb, r)  # (and `Rep.`'s House, if no body is named)
        r.title_words, r.title_after = list(appositive), True


def _membership(appositive: list[Word], kb: Knowledge) -> bool:
    """`a member of the Harbor Committee`, `a senior member of X`: being one of a body's members, which is no post
    that says more than an elected seat stated before the name."""
    words = trim(appositive)
    link = next((k for k, w in enumerate(words) if k and w.text.lower() in PREPOSITIONS), len(words))
    own = [w.text.lower() for w in words[:link] if w.text.lower() not in ("a", "an", "the")]
    # (`the ranking member of X`: a post within the body, as the knowledge base holds it)
    return bool(own) and kb.singular(own[-1]) in kb.member_heads and not kb.is_title(" ".join(own))


def _stance(appositive: list[Word]) -> bool:
    """`an early supporter of X`, `a longtime critic of the board`: a noun for whom or what someone sides with
    or against, before its link, heads the description."""
    words = trim(appositive)
    link = next((k for k, w in enumerate(words) if k and w.text.lower() in PREPOSITIONS), len(words))
    return link > 0 and words[link - 1].text.lower() in STANCE_NOUNS


def _fuller(known: str | None, stated: str) -> str | None:
    """`Commission Chair X of the Harbor Commission`: the organisation named in full beats its short
    mention before the name; an unrelated one after it does not replace it."""
    if known is None or set(known.lower().split()) <= set(stated.lower().split()):
        return stated or known
    return known
