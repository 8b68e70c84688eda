"""Affiliations: title, organisation and country of each speaker, from the words around a name.

Sources, in the order they are read: a pre-nominal title (`Kremlin aide Yuri Ushakov`,
`Russian Deputy Foreign Minister Sergei Ryabkov`), an appositive (`Tom Whitaker, policy
director at the Institute`), `at/of ORG` after the name. The first mention of the person that
says anything wins, so `Smagin adds` inherits what his first mention said. Titles are normalised
to institutions through the knowledge base (Deputy Foreign Minister → Ministry of Foreign
Affairs, MFA), with the country taken from a demonym (`Russian`).

A party is read apart from the organisation (`Republican presidential nominee`, `(D-Ore.)`,
`Democrat Ann Roe`): a politician may speak for a committee and still belong to a party, and a
report shows both. Abbreviated titles are spelled out (`Sen.` → senator); courtesy titles (`Mr.`)
say nothing of a role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..attribution.words import DASHES
from ..grammar import POSSESSIVE_S, PREPOSITIONS, TITLE_COPULAS
from ..knowledge import Knowledge, Organisation
from ..model import IntroducedBody, Mention, Speaker, Word
from ..nlp import Entity
from ..roles import is_former, join, names_a_role, opens_former, trim
from .appositives import appositive_words, read_after
from .bodies import (
    NAME_LINKS,
    acronym_spelled_out,
    anaphoric_party,
    body_after_role,
    body_before_role,
    body_in_title,
    body_opening_title,
    held_there,
    lede_company,
    named_in_full,
    owner_cut_off,
    owning_word,
    place_of_noun,
    possessed_body,
    role_without_owner,
    without_portfolio,
    word_before,
)
from .body_titles import body_of_a_served_post, role_without_constituency
from .broadcasters import broadcaster_role, network_named_on
from .campaigns import campaign_named_before, campaign_served
from .chambers import chamber_of
from .contests import beaten_in_contest, contest_party, rival_set_off_before
from .departments import departments_named, known_post, portfolio_department, portfolio_of
from .employers import with_clause_employer
from .frames import framed_party, party_after_home, party_of_group, party_of_others, party_of_rivals, party_of_share
from .outlets import outlet_written_for
from .owners import kin_title, owned_body, relation_mentions
from .possessors import with_owning_body, with_owning_party, without_owning_party
from .predicates import post_predicated
from .referents import (
    body_of_unnamed_role,
    body_referred_to,
    role_at_written_body,
    role_of_unnamed_owner,
    role_without_referent,
)
from .state_offices import draft_state, is_state_office, named_state_office, state_chamber
from .stated_bodies import body_after_of, former_body
from .titles import (
    Reading,
    after_credit,
    after_shouted_heading,
    appositive_party,
    headline_end,
    headline_role,
    own_words,
    party_tag,
    read_before,
    read_institution,
    read_owning_body,
    rejoin_abbreviations,
    rejoin_party_tag,
    rejoin_title_compounds,
    title_of,
)
from .workplaces import with_workplace

SENTENCE_OPENER_TAGS = frozenset({"ADV", "CCONJ", "SCONJ"})  # `Meanwhile`, `But`, `When`: no part of a title
CURRENT_WORDS = frozenset({"now", "currently"})  # `Roe, now a radio host`: a post held today
SENTENCE_END = re.compile(r"[.?!][\"'”’]?\s")  # (`… Before." The scientist says`: a new sentence)
NOW_OPENERS = frozenset({",", "and", "who"}) | DASHES  # what `now` follows when it opens the post held today
ARTICLES = frozenset({"the", "a", "an"})  # a capitalised word right before one opens the sentence, not the title
CONTEST_SPAN = 200  # characters after a name read for the contest she runs in
PLACE_LABELS = frozenset({"GPE", "LOC"})  # the tagger's labels for a place (`Chicago lawyer`: where she works)


@dataclass(frozen=True)
class Affiliation:
    name: str
    short: str | None
    title: str | None
    country: str | None
    source: str  # title | appositive | organisation | knowledge-base
    mention_start: int  # where in the draft it was stated


@dataclass(frozen=True)
class Profile:
    """What the draft says about one speaker."""

    title: str | None
    affiliation: Affiliation | None
    party: Organisation | None = None

    @property
    def identified(self) -> bool:
        return bool(self.title or self.affiliation)  # a party alone (`Ann Holt, R-Ky.`) says no role


MEMBER_BEFORE_SPAN = 160  # characters before a name read for a party member described there


@dataclass(frozen=True)
class Description:
    """What one mention states about its person: a title, an affiliation, a party."""

    title: str | None
    affiliation: Affiliation | None
    party: Organisation | None


def describe(mention: Mention, kb: Knowledge) -> tuple[str | None, Affiliation | None]:
    """Title and affiliation stated by one mention, or (None, None)."""
    found = description(mention, kb)
    return found.title, found.affiliation


def description(mention: Mention, kb: Knowledge, text: str = "") -> Description:
    """Title, affiliation and party stated by one mention (`text`, the draft, holds the words just before
    it: `retired` may stand outside the mention)."""
    reading = Reading()
    # (`Dr. Ann Roe, the clinic's director`: `Dr.` says no role, so the appositive is the title)
    words = rejoin_title_compounds(rejoin_abbreviations(list(mention.before), kb), kb)
    before = [w for w in after_credit(after_shouted_heading(words), kb) if w.text.lower() not in kb.courtesy_titles]
    while len(before) > 1 and before[0].text[:1].isupper() and before[1].text != "-" and (
            before[0].upos in SENTENCE_OPENER_TAGS or before[1].text.lower() in ARTICLES):
        # `Meanwhile the county's treasurer, X`: the sentence's opener, whatever its tag (`Then-Gov.` is one word)
        before = before[1:]
    before = _without_counting_ordinal(before, kb)
    before = _without_rank_of_address(before, kb)
    own = own_words(before, kb)
    if not read_owning_body(own, kb, reading, word_before(text, mention.start).lower() == "the"):
        read_before(trim(own), kb, reading, text)
    if mention.party_tag:
        party_tag([Word(mention.party_tag, None, None)], kb, reading)
    after = appositive_words(rejoin_title_compounds(rejoin_party_tag(list(mention.after)), kb), kb, reading)
    if after and not _agent_clause(after):
        read_after(after, kb, reading)
        appositive_party(after, kb, reading)
    as_written = join(trim(reading.title_words))
    title = title_of(trim(reading.title_words), kb, reading) or _member_of(reading, kb)
    if mention.kind == "unnamed" and _party_member(title, kb):
        title = None  # `a Harbor County Democrat`: an unnamed party member; the party says it, no post
    if as_written:
        read_institution(as_written, kb, reading)  # (`Rep.` as written names the House)
    title = _with_national_portfolio(title, reading, kb)
    title = _with_state_of_office(title, reading, mention, text, kb)
    retired = any(w.text.lower() in kb.retired_words for w in [*mention.before, *mention.after]) \
        or word_before(text, mention.start).lower() in kb.retired_words
    if reading.org is not None and _head_in(title, kb.residence_nouns, kb):
        reading.org = reading.short = None  # (`Eastland resident Ann Roe`: where she lives, whatever the tagger says)
    if reading.org is not None and reading.source == "title" and _seeks(title, kb):
        # (`White House hopeful`, `Harbor Council candidate`: a seat sought; `Harbor Party nominee`: her party)
        sought = kb.party(reading.org) or next((p for p in kb.parties.values()
                                                if p.name.lower() == reading.org.lower()), None)
        reading.party = reading.party or sought
        title = title if sought is not None else _with_seat_sought(title, reading.org, mention, kb)
        reading.org = reading.short = None
    elif reading.org is None and (body := body_in_title(title, kb, retired, mention.name is not None)) is not None:
        reading.org = body  # (`Ferry Committee Chairman` opening a sentence: the body stayed in the title)
        if reading.party is not None and reading.party == kb.party(body.split()[-1]):
            reading.party = None  # (`Marsh Valley Republicans president`: the group's name, not her party)
    if reading.org is None and reading.place_noun is not None and text:
        # (`the city's finance director`: the city the draft names, a town's office even if a former one)
        reading.org = reading.civic = place_of_noun(reading.place_noun, text, mention.start, kb)
    if reading.org is None and (reading.country is None or not _serves_a_state(title, kb)):
        return Description(title, None, reading.party)  # (`a Fremish engineer`: where from, no body)
    name = without_portfolio(reading.org, kb) if reading.org else reading.country
    assert name is not None
    short, country = reading.short, reading.country
    found = kb.organisation(name)
    if opens_former(title, kb) and not _now_at(title) and reading.civic is None:
        # a former post's body is not whom she speaks for; a former party chairman's party is hers (a former
        # mayor's town still is: see `titles._without_civic_place`)
        party = next((p for p in kb.parties.values() if found is not None and p.name == found.name), None)
        return Description(title, None, reading.party or party)
    if found is not None:
        name, short = found.name, short or found.short
        country = country or found.country
    return Description(title, Affiliation(name, short, title, country, reading.source, mention.start), reading.party)


def _without_rank_of_address(before: list[Word], kb: Knowledge) -> list[Word]:
    """`The union's president, Sgt. Ann Roe`: a post set off before a rank that opens the name is her title; the
    rank (no elected seat: `her rival, Sen. Ann Roe` is a senator) only says how she is addressed. A body's post
    set off before a seat (`the panel's chairwoman, Rep. Ann Roe`) is the title too: the seat is how she is
    addressed, the post what she speaks as."""
    if len(before) < 3 or before[-2].text != "," or any(w.text == "," for w in before[:-2]):
        return before
    rank = before[-1].text.lower()
    role = kb.role_spelled_out(rank)
    if role is None or role in kb.party_posts and not _a_bodys_post(before[:-2], kb) \
            or not names_a_role(before[:-2], kb):
        return before
    return before[:-2]


def _a_bodys_post(words: list[Word], kb: Knowledge) -> bool:
    """`the committee's chair`, `the Harbor Board's treasurer`: a post a body owns (its noun, or a name the
    tagger marks as a body's, before the possessive), not a person's relation (`her rival`, `Roe's ally`)."""
    mark = next((k for k, w in enumerate(words) if w.text in POSSESSIVE_S), None)
    owner = [w for w in words[:mark] if w.text.lower() != "the"] if mark else []
    if not owner or kb.party(words[-1].text):
        return False  # (`the committee's top Democrat, Sen. Ann Roe`: where she sits, no post; the seat stays)
    noun = owner[-1].text.lower()
    return noun in kb.org_words or noun in kb.written_body_nouns or noun in kb.body_kinds \
        or all(w.ner == "ORG" for w in owner)


def _with_state_of_office(title: str | None, reading: Reading, mention: Mention, text: str,
                          kb: Knowledge) -> str | None:
    """`Ann Roe, the Oklahoma state treasurer`: a state's office (`state_offices`) named with its state in words set
    off after the name serves the state, whatever institution the office's words gave; the title is the office
    alone. A formal title before the name (`Nevada Secretary of State Ann Roe`) stays as written. Named alone
    (`Secretary of State Ann Roe`), the office is the state's in a draft about one state's government (see
    `state_offices.draft_state`), else the nation's as read."""
    if reading.org is not None and reading.source != "knowledge-base":
        return title
    named = named_state_office(title, kb)
    if named is not None and not reading.title_after:
        named = None  # (`Nevada Secretary of State X`: a formal title before the name, left as written)
    if named is not None:
        reading.org, reading.short, reading.source = named[0], None, "title"
        return named[1]
    if title and text and reading.country is None and is_state_office(title, kb) \
            and (state := draft_state(text, title, kb)) is not None:
        reading.org, reading.short, reading.source = state, None, "title"
    return title


def _with_national_portfolio(title: str | None, reading: Reading, kb: Knowledge) -> str | None:
    """`Portuguese Fisheries Minister Ana Rocha`, a portfolio the knowledge base does not tie to a ministry: the
    capitalised words before a government post with a portfolio (`portfolio_heads`) were read as her body, but a
    nationality and a field name no body; the field is part of her title (`Fisheries Minister`) and the nation is
    where she serves (`British Airways spokeswoman` keeps its body)."""
    words = (reading.org or "").split()
    if not title or title.split()[-1].lower() not in kb.portfolio_heads or reading.source != "title" \
            or len(words) < 2 or kb.country_of(words[0]) is None \
            or words[-1].lower() in kb.org_words | kb.body_heads or kb.organisation(reading.org or "") is not None:
        return title
    reading.country = reading.country or kb.country_of(words[0])
    reading.org = reading.short = None
    return f"{' '.join(words[1:])} {title}"


def _without_counting_ordinal(before: list[Word], kb: Knowledge) -> list[Word]:
    """`said a second official`, `another third Treasury official`: an ordinal after `a`/`another` counts the
    story's sources, no part of the title and no ranking (`the second woman to …` keeps it: see `_ranked`)."""
    return [w for k, w in enumerate(before) if not (k and w.text.lower() in kb.counting_ordinals
                                                    and before[k - 1].text.lower() in kb.counting_openers)]


def _with_seat_sought(title: str | None, sought: str, mention: Mention, kb: Knowledge) -> str | None:
    """`White House hopeful`, `Harbor Council candidate`: the seat a candidate runs for, no body she speaks for,
    is part of her role as the draft writes it right before the role (a role in lower case: `Manchurian Candidate`
    names a film). A party's name is read as her party instead."""
    if not title or not title.split()[-1].islower() or sought.split()[-1].lower() in kb.party_name_heads \
            or f"{sought} {title}".lower() not in " ".join(w.text for w in mention.before).lower():
        return title
    return f"{sought} {title}"


def _agent_clause(after: list[Word]) -> bool:
    """`a petition to Ann Roe, backed by the ferry union`, `Roe, cheered by Harbor Party members`: a participle
    with its agent says what others did, not who she is; no title, body or party is read from it."""
    return len(after) > 1 and after[0].upos == "VERB" and after[1].text.lower() == "by"


def _seeks(title: str | None, kb: Knowledge) -> bool:
    """A title whose head is a candidate's role (`Harbor Council candidate`): the body named before it is
    the seat she runs for, not one she speaks for."""
    return _head_in(title, kb.candidate_roles, kb)


def _head_in(title: str | None, heads: set[str], kb: Knowledge) -> bool:
    """Whether the title's head (its last word before any preposition) is one of `heads`."""
    words = (title or "").lower().split()
    head = words[:next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))]
    return bool(head) and (head[-1] in heads or kb.singular(head[-1]) in heads)


def _serves_a_state(title: str | None, kb: Knowledge) -> bool:
    """No title, or one whose head is a role held for a state (`diplomat`, `prince`): a country alone
    is then the body she speaks for; for any other role (`novelist`) it is only where she is from."""
    if not title:
        return True
    words = title.lower().split()
    head = words[:next((k for k, w in enumerate(words) if w in PREPOSITIONS or w in ("and", ",")), len(words))]
    return bool(head) and kb.singular(head[-1].strip(",")) in kb.state_roles


def _now_at(title: str | None) -> bool:
    """`former agency lawyer now at the Harbor Institute`: the body after `now` is where she is today."""
    words = (title or "").lower().split()
    return any(w == "now" and k + 1 < len(words) and words[k + 1] in PREPOSITIONS for k, w in enumerate(words))


def _member_of(reading: Reading, kb: Knowledge) -> str | None:
    """`a Harbor Party member`, `an NLB member`: a member of the body read before the word is the title
    (`member` alone says of what only with the body)."""
    words = trim(reading.title_words)
    if reading.org is None or len(words) != 1 or words[0].text.lower() not in kb.member_heads:
        return None
    return f"{reading.org} {words[0].text.lower()}"


def _party_member(title: str | None, kb: Knowledge) -> bool:
    """`Harbor County Democrat`, `Republican`: a party word after capitalised words (a place) at most."""
    words = (title or "").split()
    return bool(words) and kb.party(words[-1]) is not None and all(w[:1].isupper() for w in words)


# `The lone Democrat to back the bill, Sen. `: a sentence opening on one party member set apart by what she did,
# then the comma before her name (and a title written before it); a finite verb makes it a clause of its own
# (`The top Republican in the race was pressed by the host, Ann Roe`).
MEMBER_BEFORE_NAME = re.compile(r"(?:^|[.!?]\s+|\n)(?:The|A|An) (?:[a-z-]+ ){0,3}([A-Z][a-z]+) "
                                r"(?:to|on|in|among|from|who)\b(?:(?!\b(?:is|was|are|were|has|had|have|will|would|"
                                r"said|says|told)\b)[^,.;:!?\n\"“”]){0,80}, (?:[A-Z][\w.-]*\s+){0,3}$")


def _party_member_before(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`The lone Republican to back the bill, Sen. Ann Roe of Eastland, said`: a party member described right
    before her name, set off by a comma, is she; the party is hers (`The Republicans …` are a group)."""
    if mention.name is None:
        return None
    found = MEMBER_BEFORE_NAME.search(text[max(0, mention.start - MEMBER_BEFORE_SPAN):mention.start])
    word = found.group(1) if found else ""
    return kb.party(word) if found and kb.singular(word) == word and not word.lower().endswith("ic") else None


def _party_described(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """`the Eastland Republican said`: a description of a person the tagger took for a body's name (a place,
    then one party member's word, after `the`) states her party; `the Eastland Republicans` are a group."""
    if mention.kind != "organisation" or not mention.name:
        return None
    words = mention.text.split()
    opener = words[0].lower() if words and words[0].lower() in ARTICLES else word_before(text, mention.start).lower()
    name = mention.name.split()
    if opener != "the" or len(name) < 2 or name[-1].lower().endswith("s") or not _party_member(mention.name, kb):
        return None
    return kb.party(name[-1])


def profile(speaker: Speaker, kb: Knowledge, text: str = "") -> Profile:
    """What the speaker's mentions state, in draft order: the first affiliation (with the title
    stated beside it, else the first title) and the first party, wherever each is said (a
    description that names no one, `the front-runner`, counts where it stands). A party is also read
    from the contest a named mention runs in (`Ann Roe won the Republican primary`) and, for a title
    that says `party` alone, from the party named before it; a nameless description of a contest
    (`the Republican nomination`) is left to `profiles`."""
    title: str | None = None
    title_rank = (False, False, 0)
    title_start = 0
    title_now = False  # (stated with `now`: `Roe, now a radio host`, the post held today, beats an earlier one)
    title_in_body = False  # (stated below the headline, by a mention that stands for her: see `_better_title`)
    title_elsewhere = False  # (read from a nameless description that may be someone else: see `_someone_else`)
    office: str | None = None  # the fullest office a named mention says she holds now
    office_rank, office_start = (False, False, 0), 0
    seat: str | None = None  # the fullest elected seat among them (`Eastland senator`, not `nominee`)
    seat_rank, seat_start = (False, False, 0), 0
    affiliation: Affiliation | None = None
    party: Organisation | None = None
    nameless_party = False  # the party was read from a description that names no one
    headline = headline_end(text, kb)
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        found = description(mention, kb, text)
        if mention.start < headline and found.title and not headline_role(found.title, kb):
            found = replace(found, title=None)  # (`Harbor Critic Ann Roe`: capitals, no role)
        if mention.name is None and _names_a_contest(mention, text, kb):
            found = replace(found, party=None)  # (read last, by `_contest_named_near`)
        if affiliation is None and found.affiliation is not None:
            affiliation = found.affiliation
        # A title stated beside the name beats one read from a description nearby (`the front-runner`
        # may be someone else); one stated before the name (`Actor Ann Roe`, a formal title) beats an
        # appositive's description (`Roe, a longtime supporter of the union`) unless that is an office she
        # holds (`a two-term mayor of Eastland`) or says more of the same role (`Roe, author of a memoir` over
        # `author Ann Roe`); among those, the fullest (`Senate majority leader` over `leader`). A headline's
        # title counts as a description's: one the body states beside her name wins. Between two descriptions
        # with no name beside them, an office she holds now beats one that states none or a former post.
        if _bare_relation(mention, found.title, kb):
            found = replace(found, title=None)  # (`his brother Ivo Roe`, `glamorous wife Ann Roe`: whose, unsaid)
        weight = _title_weight(mention, found.title) + _body_weight(mention, found)
        rank = (mention.name is not None, mention.name is not None and bool(mention.before), weight) \
            if mention.start >= headline else (False, False, weight)
        in_body = mention.start >= headline and _stands_for_her(mention, text)
        now = mention.name is not None and mention.start >= headline and _held_now(mention, found.title, kb)
        elsewhere = _someone_else(mention, speaker, text)
        if found.title and (title is None or now and not title_now or _better_title(
                (found.title, rank), (title, title_rank), kb, (in_body, title_in_body),
                origin_rule=not (elsewhere or title_elsewhere))):
            title_now = now
            fuller = title is not None and title_in_body and in_body and _fuller_role(found.title, title, kb)
            # (a fuller statement of the role keeps the standing of the one it fills out: `Sen. Ann Roe`, then
            # `the Eastland senator`, still beats what an appositive says, as `senator` did)
            title_rank = max(rank, title_rank) if fuller else rank
            title, title_start, title_in_body, title_elsewhere = found.title, mention.start, in_body, elsewhere
        elif found.title and title is not None and title_in_body and in_body and _fuller_role(title, found.title, kb):
            title_rank = max(rank, title_rank)  # (`the Eastland senator`, then `Sen. Ann Roe`: the same standing)
        if mention.name is not None and mention.start >= headline and _current_office(found.title, kb) \
                and rank > office_rank:
            office, office_rank, office_start = found.title, rank, mention.start
        if mention.name is not None and mention.start >= headline and _current_office(found.title, kb) \
                and _seat(found.title, kb) and rank > seat_rank:
            seat, seat_rank, seat_start = found.title, rank, mention.start
        if party is None and found.party is not None and mention.name is None:
            nameless_party = True  # (`the Harbor Party candidate`, a description the draft may have meant for another)
        party = party or found.party or (_contest_run(mention, text, kb) or framed_party(mention, text, kb)
                                         or party_of_others(mention, text, kb) or party_of_group(mention, text, kb)
                                         or party_after_home(mention, text, kb) or party_of_rivals(mention, text, kb)
                                         or party_of_share(mention, text, kb)
                                         or _party_member_before(mention, text, kb)
                                         if mention.kind == "person" else None)
        if speaker.kind == "person":
            party = party or _party_described(mention, text, kb)
    if title is None:
        title = _fallback_title(speaker, kb, text)
    if nameless_party and _speaks_for_a_body(affiliation, title, kb):
        party = None  # (`Harbor Post columnist Ann Roe` … `the Harbor Party candidate`: someone else, a candidate)
    if office is not None and is_former(title, kb):
        title, title_start = office, office_start  # (`Governor Ann Roe`, elsewhere `a former senator`: she governs now)
    if seat is not None and _seeks(title, kb) and not _names_a_seat(title, kb):
        title, title_start = seat, seat_start  # (`Sen. Ann Roe`, elsewhere `candidate Ann Roe`: the seat she holds)
    if party is None and not is_former(title, kb):
        party = anaphoric_party(title, text, title_start, kb)  # (`party chairman Ann Roe`: the party named before)
    if affiliation is None and speaker.kind == "organisation" and speaker.name and not _owned_person(speaker.name):
        # (a body speaks for itself: `Harbor Rail said in a statement` is Harbor Rail's, as the knowledge base would
        # say of a body it knows, so a report's organisation column is never empty where a body spoke)
        start = speaker.mentions[0].start if speaker.mentions else 0
        known = kb.organisation(speaker.name)
        affiliation = Affiliation(known.name, known.short, None, known.country, "knowledge-base", start) \
            if known is not None else Affiliation(speaker.name, None, None, None, "speaker", start)
    return Profile(title, affiliation, party)


def _fallback_title(speaker: Speaker, kb: Knowledge, text: str) -> str | None:
    """`Ann Roe came … The senator spoke`: the title of the first description that stands for her only by the
    sentences around it (`Speaker.standing`), read when none of her mentions states one."""
    for mention in sorted(speaker.standing, key=lambda m: m.start):
        found = description(mention, kb, text)
        if found.title:
            return found.title
    return None


def _owned_person(name: str) -> bool:
    """`Eastland's Cal Brook`: a name after a possessive, which may be a person the tagger took for a body; no body
    that surely speaks for itself."""
    return any(mark in name for mark in ("'s ", "’s "))


def _speaks_for_a_body(affiliation: Affiliation | None, title: str | None, kb: Knowledge) -> bool:
    """`Harbor Post columnist Ann Roe`: a named mention states a body she speaks for, in a role that is neither a
    party's post nor a candidacy (nor the party itself), so a nameless description of a party's candidate linked to
    her (`the Harbor Party candidate`) speaks of someone else."""
    if affiliation is None or not title or affiliation.source == "knowledge-base" \
            or any(kb.party(word) for word in affiliation.name.split()):
        return False  # (`Harbor County GOP`: the party's own branch)
    return not (_seat(title, kb) or _seeks(title, kb) or _names_a_seat(title, kb))


def _contest_run(mention: Mention, text: str, kb: Knowledge) -> Organisation | None:
    """The party of the contest a named mention runs in: as its subject (`Ann Roe won the Republican
    primary`, `Ann Roe, who is running in the Republican primary,`), as the rival set off before her name, or as
    the one beaten in it (`Ferris defeated Ann Roe in the Republican primary`)."""
    after = text[mention.end:mention.end + CONTEST_SPAN]
    before = text[max(0, mention.start - CONTEST_SPAN):mention.start]
    set_off = " ".join(w.text for w in mention.after)
    return contest_party(after, kb) or (contest_party(set_off, kb) if set_off else None) \
        or rival_set_off_before(before, kb) or beaten_in_contest(before, after, kb)


def _contest_named_near(speaker: Speaker, kb: Knowledge, text: str) -> Organisation | None:
    """The party of the first party's contest a nameless description linked to the speaker names (`the
    Republican nomination` after her name): hers only when nothing else is said of her, since a body she
    speaks for (`Harbor Radio`) says the contest named near her is someone else's."""
    return next((found.party for mention in sorted(speaker.mentions, key=lambda m: m.start)
                 if mention.name is None and _names_a_contest(mention, text, kb)
                 and (found := description(mention, kb, text)).party is not None), None)


def _names_a_contest(mention: Mention, text: str, kb: Knowledge) -> bool:
    """`the Republican` of `the Republican nomination`: a nameless description that is a party's contest
    (linked to the person named before it, who may only be near it)."""
    following = text[mention.end:mention.end + CONTEST_SPAN].split()
    if following[:1] == ["presidential"]:
        following = following[1:]
    return bool(following) and following[0].strip(",.;:").lower() in kb.party_contests


def _bare_relation(mention: Mention, title: str | None, kb: Knowledge) -> bool:
    """`brother Ivo Roe`, `glamorous wife Ann Roe`: a family relation before the name that says whose it is
    neither in the title (`Velde's wife`, `wife of X`) nor by a possessive pronoun the mention opens with
    (`his wife, Ann Roe`, read with its relative later) nor by a capitalised qualifier (`Harbor Fire widow`):
    no post, no title."""
    if any(w[:1].isupper() for w in (title or "").split()):
        return False
    words = (title or "").lower().split()
    opener = mention.before[0].text.lower() if mention.before else ""
    return bool(words) and words[-1] in kb.kinship_nouns and not mention.after and opener not in ("his", "her") \
        and not any(w.endswith(("'s", "’s", "'", "’")) or w in PREPOSITIONS for w in words)


def _better_title(new: tuple[str, tuple[bool, bool, int]], old: tuple[str, tuple[bool, bool, int]],
                  kb: Knowledge, in_body: tuple[bool, bool] = (True, True), origin_rule: bool = True) -> bool:
    """Whether a mention's title (with its rank: named, stated before the name, weight) beats the one read
    so far; see `profile`. Stated in the body (`in_body`, not the headline), the fuller statement of the same
    role wins whoever states it (`presumptive Harbor Party nominee` over `nominee`), unless one of the two is a
    former post and the other not. Between two nameless descriptions, an office held now comes before length. First
    of all, a role beats a description of where she comes from or what she once was (`Navy veteran`), unless
    (`origin_rule` false) the role is read from a description that may be someone else's."""
    (title, rank), (other, other_rank) = new, old
    if origin_rule and _origin_only(title, kb) != _origin_only(other, kb):
        return not _origin_only(title, kb)  # (`a Navy veteran`, elsewhere `the harbor pilot`: the role she speaks in)
    if all(in_body) and rank[2] and other_rank[2] and is_former(title, kb) == is_former(other, kb) \
            and (_fuller_role(title, other, kb) or _fuller_role(other, title, kb)):
        return _fuller_role(title, other, kb)
    if rank[0] != other_rank[0]:
        return rank[0]
    if _more_of_the_role(title, other) or _more_of_the_role(other, title):
        return _more_of_the_role(title, other)
    if not rank[0] and rank[2] and other_rank[2] and _current_office(title, kb) != _current_office(other, kb):
        # (no name beside either: the office held now says in what role she speaks, `the likely Republican
        # nominee` over `the wealthy shipyard heiress` or `the former harbor master`, whatever their length)
        return _current_office(title, kb)
    appositive = other if rank[1] else title
    if rank[1] != other_rank[1] and not _current_office(appositive, kb):
        return rank[1]
    return rank[2] > other_rank[2]


def _origin_only(title: str, kb: Knowledge) -> bool:
    """`Eastland native`, `Harbor College graduate`, `Navy veteran`, `Eastland-born`: a title whose head says where
    she comes from or what she once was, not a post; any role stated elsewhere says more of why she speaks."""
    parts = [part for part in title.replace(",", " and ").split(" and ") if part.strip()]
    return bool(parts) and all(_role_head(part) in kb.residence_nouns | kb.past_member_roles
                               or _role_head(part).endswith("-born") for part in parts)
    # (`combat veteran and former harbor pilot`: a post joined on; `Eastland native and college graduate`: none)


def _someone_else(mention: Mention, speaker: Speaker, text: str) -> bool:
    """`a judge ruled`, `As the judge spoke, Roe wept`: a nameless description with `a`/`an` brings in someone new,
    and one in the sentence that names her is another person; the role either states is not read over what a
    named mention says of her."""
    if mention.name is not None:
        return False
    words = mention.text.split()
    opener = words[0].lower() if words and words[0].lower() in ARTICLES else word_before(text, mention.start).lower()
    return opener in ("a", "an") or any(
        other.name is not None
        and not _sentence_break(text[min(other.end, mention.end):max(other.start, mention.start)])
        for other in speaker.mentions)


def _sentence_break(between: str) -> bool:
    """Whether a stretch of text between two mentions ends a sentence (`. `, `?" `, a new paragraph)."""
    return "\n" in between or SENTENCE_END.search(between) is not None


def _held_now(mention: Mention, title: str | None, kb: Knowledge) -> bool:
    """`Ferris, now a radio host`, `Roe, a former governor who now chairs X`: a post the mention's appositive
    states with `now` is the one held today, over a title of as many words stated earlier."""
    after = mention.after
    return bool(title) and not is_former(title, kb) and any(
        w.text.lower() in CURRENT_WORDS and (k == 0 or after[k - 1].text.lower() in NOW_OPENERS)
        and (k and after[k - 1].text.lower() == "who"
             or k + 1 < len(after) and after[k + 1].upos not in ("VERB", "AUX"))
        for k, w in enumerate(after))
    # (`Roe, a lawyer who filed suit and now says …`: a story, not her post)


def _more_of_the_role(stated: str, other: str) -> bool:
    """`senator from Eastland` beside `senator`, `Roe's attorney` beside `attorney`: the same role (the same
    head word) said with more."""
    return _role_head(stated) == _role_head(other) and len(stated.split()) > len(other.split())


def _stands_for_her(mention: Mention, text: str) -> bool:
    """A named mention, or a nameless description that stands for the person in its clause (`said the Eastland
    senator`, `the senator will vote`); after a preposition or a copula (`in support of the senator`, `if Velde is
    the nominee`) or owning something (`the senator's answer`) it is more often said of someone else."""
    if mention.name is not None:
        return True
    words = text[max(0, mention.start - 40):mention.start].split()
    while words and words[-1].lower() in ARTICLES:
        words.pop()
    previous = words[-1].lower().strip(",") if words else ""
    return previous not in PREPOSITIONS and previous not in TITLE_COPULAS \
        and not {text[mention.end:mention.end + 2], text[mention.end - 2:mention.end]} & POSSESSIVE_S


def _fuller_role(stated: str, other: str, kb: Knowledge) -> bool:
    """`presumptive Harbor Party nominee` beside `nominee`, `Harbor Party front-runner` beside `hopeful`: the
    same role (one head, or heads the knowledge base holds for the same role) said in more words."""
    if len(stated.split()) <= len(other.split()):
        return False
    head, other_head = _role_head(stated), _role_head(other)
    return head == other_head or _synonymous(head, other_head, kb)


def _synonymous(head: str, other: str, kb: Knowledge) -> bool:
    """Two heads of one role: either among the other's synonyms (`rep.`, `congressman`), or both a candidate's
    (`hopeful`, `front-runner`)."""
    return other in kb.role_synonyms.get(head, ()) or head in kb.role_synonyms.get(other, ()) or (
        head in kb.candidate_roles and other in kb.candidate_roles)


def _role_head(title: str) -> str:
    """A title's head: its last word before any preposition or `and` (`president` of `former president of
    X`, `consultant` of `political consultant and longtime critic`)."""
    words = title.lower().replace(",", " ").split()
    return next((words[k - 1] for k, w in enumerate(words) if k and (w in PREPOSITIONS or w == "and")),
                words[-1] if words else "")


def _seat(title: str | None, kb: Knowledge) -> bool:
    """`Eastland senator`, `Rep.`, `Gov.`: an elected seat (a party's post) as the title's head, which says more of
    a candidate who holds one than the candidacy (`presidential candidate`) does."""
    head = _role_head(title or "")
    return head in kb.party_posts or any(word in kb.party_posts for word in kb.role_synonyms.get(head, ()))


def _names_a_seat(title: str | None, kb: Knowledge) -> bool:
    """`Eastland senator and presidential candidate`: a title that names a seat beside the candidacy."""
    return any(word.strip(",") in kb.party_posts for word in (title or "").lower().split())


def _current_office(title: str | None, kb: Knowledge) -> bool:
    """`Vice President`, `Harbor Party nominee`: an office (a title's head) she holds now; `a former
    senator` held one, `a stalwart supporter` holds none."""
    return bool(title) and not is_former(title, kb) and _head_in(title, kb.titles, kb)


def _title_weight(mention: Mention, title: str | None) -> int:
    """How much a mention's title says: its words; but a nameless description read as an appositive
    (`the former chief of Harbor Rail added`) only fills a title nothing else states, since a post
    with its body may be one held long ago, while `the Republican front-runner` says what she is now."""
    if not title or mention.name is None and mention.after and not mention.before:
        return 0
    return len(title.split())


def _body_weight(mention: Mention, found: Description) -> int:
    """`Harbor Council Chairman Ann Roe`: a body named before the role, in the same words, says as much of her
    post as a title that holds it (`Harbor Council chairman`), so its words count with the title's; a nameless
    description (`the Senate majority leader said`) may be someone else's and gains nothing."""
    body = found.affiliation
    if body is None or not found.title or mention.name is None or not mention.before \
            or body.name not in " ".join(w.text for w in mention.before):
        return 0
    return len(body.name.split())


def profiles(speakers: dict[str, Speaker], kb: Knowledge, persons: list[Mention] | None = None,
             text: str = "", entities: list[Entity] | None = None,
             introduced: list[IntroducedBody] | None = None) -> dict[str, Profile]:
    """Each speaker's profile; `persons` (every person the draft names) are the relatives a
    relation may name (`his wife, Ann Roe`: wife of the Roe named before her), the draft's
    `text` says whose campaign a staff role serves (`Velde spokesman`, with `the Velde campaign`), and the
    tagger's `entities` which body a role refers back to (`its treasurer`), as do the bodies attribution read as
    `introduced` by their kind (`the budget airline Skylane`: `a spokeswoman for the airline`)."""
    found = {sid: profile(speaker, kb, text) for sid, speaker in speakers.items()}
    people = _person_names(speakers, persons or [])
    # (a speaker known by a surname alone is someone too; a lone capitalised word the tagger took for a
    # person, `Harbin's`, is not)
    named = people | {s.name.split()[-1] for s in speakers.values() if s.kind == "person" and s.name}
    shared = _shared_surnames(speakers, persons or [])
    places = frozenset(e.text for e in entities or [] if e.label in PLACE_LABELS)
    for sid, speaker in speakers.items():
        stated = found[sid] = _owner_campaign(_no_person_body(found[sid], people, kb), people, text, kb)
        stated = found[sid] = _with_former_body(_with_body_after_of(stated, speaker, text, kb, entities or [], named),
                                                speaker, text, kb, named)
        owned = owned_body(speaker, speakers, kb, text) if stated.affiliation is None and stated.title else None
        if owned is not None and not opens_former(stated.title, kb):
            body = Affiliation(owned[0], None, stated.title, None, "appositive", owned[1])
            found[sid] = Profile(stated.title, body, stated.party)
        stated_relation = relation_mentions(stated.title, speaker, kb) if stated.title else []
        if stated_relation:
            relation = kin_title(stated.title or "", stated_relation, speaker, persons or [], kb)
            # (`his father, Ann Roe`: whose father is unknown, so the relation is no title to show; what the
            # mention says after the name still is: `her husband, Ivo Roe, a retired astronaut`)
            found[sid] = Profile(relation, stated.affiliation, stated.party) if relation else profile(
                replace(speaker, mentions=[replace(m, before=()) if m in stated_relation else m
                                           for m in speaker.mentions]), kb, text)
        found[sid] = _with_possessed_body(
            _with_body_in_full(_with_campaign(found[sid], speaker, text, kb, named, persons or []), text, kb),
            speaker, text, kb, named, places)
        if found[sid].party is None and found[sid].affiliation is None:
            found[sid] = replace(found[sid], party=_contest_named_near(speaker, kb, text))
        found[sid] = _with_employer_named(_with_own_name_body(found[sid], speaker, text, kb), speaker, text, kb)
        found[sid] = _with_network(found[sid], speaker, text, kb)
        found[sid] = _with_predicated_post(_with_outlet(found[sid], speaker, text, kb, people), speaker, text, kb,
                                           people, shared)
        found[sid] = without_owning_party(with_owning_party(found[sid], speaker, text, kb), kb)
        found[sid] = with_owning_body(with_clause_employer(found[sid], speaker, text, kb, people, shared), speaker,
                                      text, kb, people)
        found[sid] = _with_body_referred_to(found[sid], speaker, text, kb, entities or [], people, introduced or [])
        found[sid] = _with_owner_cut_off(found[sid], speaker, text, kb, people)
        found[sid] = _with_chamber(_with_department(found[sid], speaker, text, kb), speaker, text, kb)
        found[sid] = _with_lede_company(found[sid], speaker, text, kb, entities or [])
        found[sid] = with_workplace(found[sid], speaker, text, kb)
        found[sid] = _role_beside_its_body(_title_beside_its_body(found[sid], speaker, kb, text), kb)
        found[sid] = role_without_constituency(body_of_a_served_post(found[sid], kb), kb)
        found[sid] = _party_read_as_a_body(_role_of_an_unnamed_body(found[sid], kb), kb)
    return found


def _party_read_as_a_body(stated: Profile, kb: Knowledge) -> Profile:
    """`Premier Ann Roe of the Prairie Party`, `the Prairie Party MLA`: a name ending as a party's does
    (`party_name_heads`), read as the body of one who holds a seat or a government post for it (`member_posts`), or
    opening such a title, is her party, though the knowledge base may not know it. One who serves the party itself
    (`a director of the Prairie Party`, `Prairie Party chairman`) speaks for it as a body, and a party already read
    stays; a body named as her party already read (`a Harbor Alliance councillor`, the tagger taking the party
    for a body too) is no body she speaks for."""
    if stated.party is not None and stated.affiliation is not None and _holds_a_members_post(stated.title, kb) \
            and stated.affiliation.name.lower() == stated.party.name.lower():
        return replace(stated, affiliation=None)
    if stated.party is not None or not _holds_a_members_post(stated.title, kb):
        return stated
    body = stated.affiliation
    if body is not None and len(body.name.split()) > 1 and body.name.split()[-1].lower() in kb.party_name_heads:
        return replace(stated, affiliation=None, party=Organisation(body.name, body.short, body.country))
    words = (stated.title or "").split()
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    for k, word in enumerate(words[:-1]):
        if not word[:1].isupper():
            break  # (`former Tamarack Party MLA`: the party opens no title of hers now)
        if k and word.lower() in kb.party_name_heads:
            return replace(stated, party=Organisation(" ".join(words[:k + 1]), None, None))
    return stated


def _holds_a_members_post(title: str | None, kb: Knowledge) -> bool:
    """A seat or a government post a party's member holds, not one in the party's own staff (`Premier`, `MLA`,
    `senator`, `energy critic`; not `chairman`)."""
    head = _role_head(title or "")
    return bool(head) and (head in kb.member_posts or head in kb.party_posts or head in kb.constituency_roles)


def _title_beside_its_body(stated: Profile, speaker: Speaker, kb: Knowledge, text: str) -> Profile:
    """`famous harbor reporter Ann Roe` and, elsewhere, `the anchor for Harbor Radio` or `Roe is director of the
    Harbor Trust`: the body she speaks for, named in its own capitalised words, is stated with a role of its own,
    which says in what post she speaks for it; a title stated apart from any body gives way to it. A seat or a
    candidacy (`Sen. Ann Roe`, `Harbor Party nominee`) stays, as do a title stated with a body of its own, the same
    role said another way (`Senate Democratic leader`, `minority leader`), a party's post, a former post and what
    she once was there (`a Harbor College grad`)."""
    body = stated.affiliation
    if body is None or not body.title or not stated.title or body.source != "appositive" \
            or _role_head(body.title) == _role_head(stated.title) or not _proper_name(body.name) \
            or any(kb.party(word) for word in body.name.split()) or opens_former(body.title, kb) \
            or _origin_only(body.title, kb) or opens_former(stated.title, kb) or _seat(stated.title, kb) \
            or _seeks(stated.title, kb) or _names_a_seat(stated.title, kb):
        return stated
    if any(found.title == stated.title and found.affiliation is not None
           for found in (description(m, kb, text) for m in speaker.mentions)):
        return stated  # (the title's own mention names a body: two posts, and ranking chose)
    return replace(stated, title=body.title)


def _proper_name(name: str) -> bool:
    """`Harbor Radio`, `The Friends of the Marsh`: capitalised words and the small words inside a name, no
    possessive (`Roe's primary opponent` is a person, no body)."""
    words = name.split()
    return bool(words) and not any(w.endswith(("'s", "’s", "'", "’")) for w in words) \
        and all(w[:1].isupper() or w in NAME_LINKS for w in words)


def _role_beside_its_body(stated: Profile, kb: Knowledge) -> Profile:
    """`Ann Roe, an adviser to the group` speaking for the body the group is: her title is the role alone
    (`adviser`), the body beside it says whose."""
    if stated.affiliation is None or not stated.title:
        return stated
    role = role_without_referent(stated.title, kb)
    if role == stated.title:
        return stated
    body = stated.affiliation
    return replace(stated, title=role, affiliation=replace(body, title=role) if body.title == stated.title else body)


def _role_of_an_unnamed_body(stated: Profile, kb: Knowledge) -> Profile:
    """`the union's director of nursing, Ann Roe` where no body is named for `the union` to point back to: the
    role alone (`director of nursing`); which union the draft does not say, so no body is shown."""
    if stated.affiliation is not None or not stated.title:
        return stated
    return replace(stated, title=role_of_unnamed_owner(stated.title, kb))


def _with_body_referred_to(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                           people: set[str], introduced: list[IntroducedBody]) -> Profile:
    """`the group's director, Ann Roe`, `Ann Roe, its treasurer`: a person of whom no body is said speaks for
    the body her role refers back to."""
    if stated.affiliation is not None or speaker.kind not in ("person", "unnamed"):
        return stated
    if speaker.kind == "unnamed":
        return _with_body_of_unnamed_role(stated, speaker, text, kb, entities, people, introduced)
    found = body_referred_to(speaker, text, kb, entities, people, introduced)
    if found is None:
        return stated
    name, short, country = _known_body(found[0], kb)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, country, "appositive", found[1]))


def _known_body(body: str, kb: Knowledge) -> tuple[str, str | None, str | None]:
    """A body's name, short name and country as the knowledge base knows it (`the FBI`: the bureau's full name, with
    its short one), else its name as the draft writes it."""
    known = kb.organisation(body)
    return (known.name, known.short, known.country) if known else (body, None, None)


def _with_body_of_unnamed_role(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                               people: set[str], introduced: list[IntroducedBody]) -> Profile:
    """`a spokeswoman for the airline`, `a company spokesman`: an unnamed source speaks for the body of that kind the
    draft named just before her."""
    start = min((m.start for m in speaker.mentions), default=0)
    described = min((m for m in speaker.mentions if m.kind == "unnamed"), key=lambda m: m.start, default=None)
    body = body_of_unnamed_role(stated.title, start, text, kb, entities, people,
                                described.text if described is not None else "", introduced)
    if body is None:
        return stated
    name, short, country = _known_body(body, kb)
    title = role_at_written_body(stated.title, kb) if stated.title else stated.title
    return replace(stated, title=title, affiliation=Affiliation(name, short, title, country, "appositive", start))


def _with_department(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`The Minister for Housing, Ann Roe` of whom no body is said, where the draft names `the Department of
    Housing`: the department of her post's field is hers (see `departments`; read before the chamber, which a
    minister who also sits in it speaks for less)."""
    body = stated.affiliation
    if body is not None and not _stands_in_for_a_department(body, stated.title, kb) or speaker.kind != "person":
        return stated
    found = portfolio_department(stated.title, text, kb)
    if found is None or body is not None and _known_body(found[0], kb)[0] == body.name:
        return stated
    if body is None and known_post(stated.title, portfolio_of(stated.title, kb) or "", kb):
        return stated  # (`Ohio Secretary of State` beside `the State Department`: the state's post, no body)
    name, short, country = _known_body(found[0], kb)
    if body is not None and country and country != body.country:
        return stated  # (`Israel's defence minister` beside `the Defense Department`: a nation's department it knows)
    country = country or (body.country if body is not None else None)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, country, "organisation", found[1]))


def _stands_in_for_a_department(body: Affiliation, title: str | None, kb: Knowledge) -> bool:
    """`Ireland's Minister for Finance` (her country read as her body) or `Health Minister Ann Roe` (the knowledge
    base's own name for a health ministry, `Ministry of Health`): a body that only stands in for the department of
    her field, which the draft may name its own way (`the Department of Health`)."""
    if kb.names_a_country_or_state(body.name):
        return True
    field = portfolio_of(title, kb)
    return field is not None and any(word == field for word, _, _ in departments_named(body.name, kb))


def _with_chamber(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`Sen. Ann Roe` of whom no body is said: the chamber she sits in (read last, so a body any other
    reading finds, and a party the draft states, come first); `state Sen. Ann Roe` in a draft naming one state
    sits in that state's chamber (`Missouri Senate`)."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    chamber = chamber_of(stated.title, kb) or state_chamber(stated.title, text, kb)
    if chamber is None:
        return stated
    start = min((m.start for m in speaker.mentions), default=0)
    return replace(stated, affiliation=Affiliation(chamber, None, stated.title, None, "knowledge-base", start))


def _with_lede_company(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity]) -> Profile:
    """`Chief Executive Officer Ann Roe` of whom no body is said: a company officer runs the firm the story opens on
    (read last, so any body the draft states of her comes first)."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    found = lede_company(stated.title, text, entities, kb)
    if found is None:
        return stated
    known = kb.organisation(found[0])
    name, short = (known.name, known.short) if known else (found[0], None)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, None, "appositive", found[1]))


def _with_owner_cut_off(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str]) -> Profile:
    """`Harbor News’ political editor Ann Roe`, the mention starting at the title: the body owning the title,
    named right before the mention, is hers."""
    if stated.affiliation is not None or not stated.title or opens_former(stated.title, kb):
        return stated
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        if mention.name is None or not mention.before:
            continue
        body = owner_cut_off(text, mention.start, kb, people)
        if body is not None:
            return replace(stated, affiliation=Affiliation(body, None, stated.title, None, "title", mention.start))
    return stated


def _with_predicated_post(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                          shared: set[str]) -> Profile:
    """`Roe is the director of the Harbor Trust.`: a post a sentence states of a person of whom no body is said
    beside her name (its role is her title if none is said)."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    found = post_predicated(speaker, text, kb, people, shared)
    if found is None:
        return stated
    role, body, start = found
    body_stated = Affiliation(body, None, role, None, "appositive", start)  # (with the role stated beside it)
    return replace(stated, title=stated.title or role, affiliation=body_stated)


def _with_outlet(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str]) -> Profile:
    """`Ann Roe, writing in The Harbor Daily`: a writer of whom no body is said writes for the outlet named beside
    her name."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    outlet = outlet_written_for(speaker, text, kb, people)
    if outlet is None:
        return stated
    return replace(stated, affiliation=Affiliation(outlet[0], None, stated.title, None, "appositive", outlet[1]))


def _with_network(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`"Sunday Ledger" host Ann Roe … on the Harbor Broadcasting Network`: a broadcaster of whom no body is said
    speaks for the network named on her introducing sentence (see `broadcasters`)."""
    if stated.affiliation is not None or speaker.kind != "person" or not broadcaster_role(stated.title, kb) \
            or opens_former(stated.title, kb):
        return stated
    network = network_named_on(speaker, text, kb)
    if network is None:
        return stated
    known = kb.organisation(network[0])
    name, short = (known.name, known.short) if known is not None else (network[0], None)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, None, "appositive", network[1]))


def _with_employer_named(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`a senior Velde employee` where the draft names `the Velde Group`: the capitalised words before an
    employee's head are the short name of the body the draft names in full with a body's word after them."""
    words = (stated.title or "").split()
    if stated.affiliation is not None or len(words) < 2 or kb.singular(words[-1].lower()) not in kb.employee_heads:
        return stated
    short = [w for w in words[:-1] if w[:1].isupper()]
    if not short or words[-1 - len(short):-1] != short:
        return stated  # (only capitalised words, right before the head)
    named = {found.group(1) for found in re.finditer(rf"\b({re.escape(' '.join(short))} ([A-Z][a-z]+))\b", text)
             if found.group(2).lower() in kb.org_words}
    if len(named) != 1:
        return stated
    start = min((m.start for m in speaker.mentions), default=0)
    return replace(stated, affiliation=Affiliation(named.pop(), None, stated.title, None, "appositive", start))


def _with_own_name_body(stated: Profile, speaker: Speaker, text: str, kb: Knowledge) -> Profile:
    """`Ann Roe` of whom nothing else is said, where the draft names `the Ann Roe Foundation`: a body she runs
    under her full name is the one she speaks for (`the Ann Roe Center`, a place named after her, is not)."""
    if stated.affiliation is not None or stated.title or speaker.kind != "person" or len(speaker.name.split()) < 2:
        return stated
    named = re.search(rf"\b{re.escape(speaker.name)} ([A-Z][a-z]+)\b", text)
    if named is None or named.group(1).lower() not in kb.namesake_bodies:
        return stated
    body = f"{speaker.name} {named.group(1)}"
    return replace(stated, affiliation=Affiliation(body, None, None, None, "organisation", named.start()))


def _with_body_in_full(stated: Profile, text: str, kb: Knowledge) -> Profile:
    """`Commission Chair Ann Roe` speaks for the one commission the draft names in full; `HCA spokesman Ann
    Roe` for the one `Harbor Conservation Alliance` whose initials the draft's acronym is."""
    body = stated.affiliation
    if body is not None and body.short is None and (spelled := acronym_spelled_out(body.name, text)) is not None:
        return replace(stated, affiliation=replace(body, name=spelled, short=body.name))
    full = named_in_full(body.name, text, kb) if body is not None else None
    if body is None or full is None or not held_there(full, stated.title, kb):
        return stated  # (`Boston businessman`, beside `the Boston Herald`: no newspaper's man)
    title = _with_head_word(stated.title, body.name, text, kb)
    return replace(stated, title=title, affiliation=replace(body, name=full))


def _with_head_word(title: str | None, head: str, text: str, kb: Knowledge) -> str | None:
    """`Board President Ann Roe`, read as `Board` and `President`: once `Board` stands for the body named in full
    (`the Tarnbury School District board`), the title keeps the word as written, `Board President`: she presides
    over its board, not over the district."""
    if not title or head.lower() not in kb.body_heads or title.lower().startswith(head.lower()) \
            or f"{head} {title}" not in text:
        return title
    return f"{head} {title}"


def _with_possessed_body(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                         places: frozenset[str] = frozenset()) -> Profile:
    """`the ferry board's treasurer` speaks for the ferry board the draft names; a `justice` for the one court
    the draft puts before that role (`the Harbor Court justice`); `leader of the Harbor League` for that league,
    whatever the tagger made of its name; `Skylane spokeswoman` for the `Skylane Airways` the draft names (`places`,
    the names the tagger marks as places, are no such short names)."""
    if stated.affiliation is not None or not stated.title or opens_former(stated.title, kb):
        return stated
    start = min((m.start for m in speaker.mentions), default=0)
    owner = owning_word(stated.title, people, kb, text)
    body = possessed_body(stated.title, text, start, kb) or owner or (
        body_before_role(stated.title, text, kb)) or body_after_role(stated.title, kb, people) \
        or body_opening_title(stated.title, text, kb, people, places)
    if body is None:
        return stated
    title = role_without_owner(stated.title, body) if body == owner else stated.title
    return replace(stated, title=title, affiliation=Affiliation(body, None, title, None, "appositive", start))


def _shared_surnames(speakers: dict[str, Speaker], persons: list[Mention]) -> set[str]:
    """Surnames two people the draft names in full share (`Ann Roe`, `Ivo Roe`): a bare `Roe` may be either."""
    names = {s.name for s in speakers.values() if s.kind == "person"} | {m.name for m in persons if m.name}
    full = [name.split() for name in names if len(name.split()) >= 2]
    return {words[-1] for words in full if sum(other[-1] == words[-1] for other in full) > 1}


def _person_names(speakers: dict[str, Speaker], persons: list[Mention]) -> set[str]:
    """The surnames of the people the draft names in full (`Harbor Rail`, a body the tagger may call a
    person, is no surname; nor is a lone word it took for a name)."""
    names = [s.name for s in speakers.values() if s.kind == "person"] + [m.name for m in persons if m.name]
    return {name.split()[-1] for name in names if len(name.split()) >= 2}


def _no_person_body(stated: Profile, people: set[str], kb: Knowledge) -> Profile:
    """`Texas Sen. Ann Roe` near `Velde's`, `a critic of Velde`, `Velde and Roe`: a person the draft names,
    taken for a body, is no organisation she speaks for; only a staff role serves a person (`Velde
    spokesman`)."""
    body = stated.affiliation
    if body is None or body.name not in people or _serves(stated.title, kb):
        return stated
    return Profile(stated.title, None, stated.party)


def _with_body_after_of(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, entities: list[Entity],
                        people: set[str]) -> Profile:
    """`said Ann Roe of Harbin Research`: a person of whom no body is said speaks for the body named by `of` right
    after her name (see `stated_bodies`)."""
    if stated.affiliation is not None or speaker.kind != "person":
        return stated
    found = body_after_of(speaker, text, kb, entities, people)
    if found is None:
        return stated
    name, short, country = _known_body(found[0], kb)
    return replace(stated, affiliation=Affiliation(name, short, stated.title, country, "organisation", found[1]))


def _with_former_body(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str]) -> Profile:
    """`Ann Roe, a former Harbin Foods chairman`, of whom no other body is said: the body of the former post, with the
    post alone as her title (`former chairman`; see `stated_bodies`)."""
    if stated.affiliation is not None or speaker.kind != "person" or not opens_former(stated.title, kb):
        return stated
    found = former_body(stated.title or "", speaker, text, kb, people)
    if found is None:
        return stated
    body, title, start = found
    name, short, country = _known_body(body, kb)
    return replace(stated, title=title, affiliation=Affiliation(name, short, title, country, "appositive", start))


def _owner_campaign(stated: Profile, people: set[str], text: str, kb: Knowledge) -> Profile:
    """`Velde's campaign manager, Ann Roe` (the tagger reads `Velde` as a body): a staff role owned by a person the
    draft names serves her campaign, when the role says so (`campaign manager`) or the draft names that campaign
    (`Velde's press secretary` beside `the Velde campaign`); the person herself is no body."""
    body, words = stated.affiliation, (stated.title or "").lower().split()
    if body is None or body.name not in people or not _serves(stated.title, kb) or is_former(stated.title, kb):
        return stated
    campaign = f"{body.name} campaign" if "campaign" in words[:-1] \
        else campaign_served(f"{body.name}'s {stated.title}", text, kb)
    return replace(stated, affiliation=replace(body, name=campaign, short=None)) if campaign else stated


def _serves(title: str | None, kb: Knowledge) -> bool:
    """`spokesman`, `deputy press secretary`: a staff role, one that works for a person."""
    words = (title or "").lower().split()
    return bool(words) and (words[-1] in kb.campaign_staff or " ".join(words[-2:]) in kb.campaign_staff)


def _with_campaign(stated: Profile, speaker: Speaker, text: str, kb: Knowledge, people: set[str],
                   persons: list[Mention] | None = None) -> Profile:
    """A staff role owned by a person whose campaign the draft names serves that campaign (a campaign role
    with no owner, the one last named after one of the `people`; `his top aide, X`: the person `his` stands
    for, among the `persons` the draft names)."""
    if stated.affiliation is not None or not stated.title or any(is_former(w, kb) for w in stated.title.split()):
        return stated
    start = min((m.start for m in speaker.mentions), default=0)
    campaign = campaign_served(stated.title, text, kb) or campaign_served(
        f"{_owner_before(speaker, stated.title, text)} {stated.title}", text, kb) \
        or campaign_named_before(stated.title, text, start, kb, people) or campaign_served(
            f"{_pronoun_owner(speaker, stated.title, persons or [], kb)} {stated.title}", text, kb)
    if campaign is None:
        return stated
    return Profile(stated.title, Affiliation(campaign, None, stated.title, None, "appositive", start), stated.party)


OWNER_PRONOUNS = {"his": "male", "her": "female"}  # `his top aide, X`: whose, by the owner's given name
PRONOUN_REACH = 400  # characters before the mention in which the owner is named


def _pronoun_owner(speaker: Speaker, title: str, persons: list[Mention], kb: Knowledge) -> str:
    """`his top aide, Tad Roe`: the surname of the person named last before the mention whose given name
    says the pronoun's gender (a name of no known gender owns nothing), or ``."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        words = [w.text for w in mention.before if w.text != ","]
        gender = OWNER_PRONOUNS.get(words[0].lower()) if words else None
        if gender is None or " ".join(words[1:]).lower() != title.lower():
            continue
        earlier = [m for m in persons if m.name and len(m.name.split()) >= 2 and m.name != speaker.name
                   and mention.start - PRONOUN_REACH <= m.start < mention.start]
        if not earlier:
            return ""
        last = max(earlier, key=lambda m: m.start)
        return last.name.split()[-1] if kb.given_names.get(last.name.split()[0]) == gender else ""
    return ""


def _owner_before(speaker: Speaker, title: str, text: str) -> str:
    """`Velde's top aide Ivo Brandt` where the mention's words start after the possessive: the owner word just
    before the mention whose words are the title, or ``."""
    for mention in sorted(speaker.mentions, key=lambda m: m.start):
        own = " ".join(w.text for w in mention.before)
        word = word_before(text, mention.start)
        if own and own.lower() == title.lower() and word.endswith(("'s", "’s", "s'", "s’")):
            return word
    return ""
