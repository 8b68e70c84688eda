"""The knowledge base: speech cues, titles, organisations, demonyms, unnamed-source phrases.

All of it lives in JSON files under `quoteguard/data/`; a user's config can add to every list
(`[tool.quoteguard.knowledge]`). Stages receive a `Knowledge` object and never hold literals
of their own about the language of attribution.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


def _load(name: str) -> dict[str, Any]:
    return json.loads(resources.files("quoteguard").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


def inflections(lemma: str, irregular: list[str]) -> set[str]:
    """Regular English verb forms (say -> says, said...), plus the listed irregular ones."""
    forms = {lemma, *irregular}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


@dataclass(frozen=True)
class Institution:
    title: str
    name: str
    short: str | None
    national: str | None
    national_only: bool = False  # `Texas Attorney General`: a state's office is no national institution
    countries: frozenset[str] = frozenset()  # where the title names it (an Australian MP sits in no House of Commons)


@dataclass(frozen=True)
class Organisation:
    name: str
    short: str | None
    country: str | None


@dataclass
class Knowledge:
    verb_forms: dict[str, str] = field(default_factory=dict)  # form -> lemma
    ambiguous_verbs: set[str] = field(default_factory=set)
    weak_verbs: set[str] = field(default_factory=set)
    thought_verbs: set[str] = field(default_factory=set)
    tag_phrases: list[str] = field(default_factory=list)
    participles: set[str] = field(default_factory=set)
    perception_passives: set[str] = field(default_factory=set)  # heard: `a reporter could be heard asking`
    reliable_forms: set[str] = field(default_factory=set)
    listener_verbs: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    gender_words: dict[str, str] = field(default_factory=dict)
    first_names: dict[str, str] = field(default_factory=dict)  # curated: also makes a capitalised run a person
    given_names: dict[str, str] = field(default_factory=dict)  # census lists + first_names: gender evidence only
    speech_nouns: set[str] = field(default_factory=set)
    according: list[str] = field(default_factory=list)
    relay_links: list[tuple[str, ...]] = field(default_factory=list)  # `obtained by`: who passed the words on
    term_cues: set[str] = field(default_factory=set)
    chant_nouns: set[str] = field(default_factory=set)
    alias_cues: list[str] = field(default_factory=list)
    definition_cues: list[str] = field(default_factory=list)
    language_nouns: set[str] = field(default_factory=set)
    phrasal_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first lemma -> the words after
    boilerplate: list[re.Pattern[str]] = field(default_factory=list)
    work_nouns: set[str] = field(default_factory=set)
    titling_words: frozenset[str] = frozenset()
    work_prepositions: frozenset[str] = frozenset()
    inscription_nouns: set[str] = field(default_factory=set)  # sign, banner: the words on them are nobody's speech
    inscription_cues: list[tuple[str, ...]] = field(default_factory=list)  # reading, emblazoned with
    inscription_objects: list[tuple[str, ...]] = field(default_factory=list)  # the words: `bearing the words "…"`
    document_nouns: set[str] = field(default_factory=set)  # `the letter`, `records`: a document as a source
    issued_nouns: set[str] = field(default_factory=set)  # `a statement`: an `it` after it speaks for who put it out
    record_nouns: frozenset[str] = frozenset()  # `Transcript as follows:`: a label of what was said, no speaker
    record_label_words: frozenset[str] = frozenset()  # the other words such a label may hold (`Full`, `as follows`)
    survey_nouns: set[str] = field(default_factory=set)  # `a poll`: the source for a share of those asked
    document_verbs: dict[str, str] = field(default_factory=dict)  # form ("began", "shows") -> lemma
    titles: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    org_words: set[str] = field(default_factory=set)
    collective_nouns: set[str] = field(default_factory=set)
    name_particles: set[str] = field(default_factory=set)
    pronouns: dict[str, str] = field(default_factory=dict)
    institutions: list[Institution] = field(default_factory=list)
    institution_by_title: dict[str, Institution] = field(default_factory=dict)  # title (lower) -> the first listed
    organisations: dict[str, Organisation] = field(default_factory=dict)  # alias (lower) -> org
    parties: dict[str, Organisation] = field(default_factory=dict)  # party word (lower: republican) -> party
    party_tags: dict[str, Organisation] = field(default_factory=dict)  # tag letter (D of `D-Ore.`) -> party
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # sen. -> senator
    role_verbs: dict[str, str] = field(default_factory=dict)  # chairs -> chair: `who chairs X` states a post
    chambers: dict[str, str] = field(default_factory=dict)  # senator -> Senate: the chamber a bare member sits in
    post_verbs: set[str] = field(default_factory=set)  # works, serves: `a professor who works at X` states where
    past_member_roles: set[str] = field(default_factory=set)  # veteran, graduate: `a Navy veteran` is no longer in it
    title_modifiers: set[str] = field(default_factory=set)  # minority, deputy: open a title after a body's name
    lesser_ranks: set[str] = field(default_factory=set)  # vice, deputy: a vice president is no president
    ranking_words: set[str] = field(default_factory=set)  # next, first: `the next president of X` holds no post
    counting_ordinals: set[str] = field(default_factory=set)  # second: `a second official` counts sources
    counting_openers: set[str] = field(default_factory=set)  # a, another: the article before a counting ordinal
    kinship_nouns: set[str] = field(default_factory=set)  # wife, son: `his wife, Ann Roe` is a title with its relative
    sole_kin: set[str] = field(default_factory=set)  # father, wife: `my father` is one person all through an essay
    couple_kin: set[str] = field(default_factory=set)  # parents: `my parents, Walter and Edith Brandt,`
    campaign_staff: set[str] = field(default_factory=set)  # spokesman, aide: `Velde spokesman` serves Velde's campaign
    body_heads: set[str] = field(default_factory=set)  # commission: `Commission Chair X`, the one named in full
    armed_services: set[str] = field(default_factory=set)  # army: `Army captain X` serves in it
    retired_words: set[str] = field(default_factory=set)  # retired: `retired Army colonel` serves no more
    former_words: set[str] = field(default_factory=set)  # former, retired: a post no longer held
    current_role_openers: set[str] = field(default_factory=set)  # a, now: `former X and a Y` holds Y now
    place_nouns: set[str] = field(default_factory=set)  # state, city: `the state's governor` names no body
    residence_nouns: set[str] = field(default_factory=set)  # resident: `Eastland resident X` names a place, no body
    credit_words: set[str] = field(default_factory=set)  # images, press: a photo credit glued to the next word
    state_names: set[str] = field(default_factory=set)  # Utah: a place a state office belongs to, no body
    state_roles: set[str] = field(default_factory=set)  # diplomat: a nationality before it names a country served
    state_offices: set[str] = field(default_factory=set)  # attorney general: a state fills one, as the nation may
    state_government_cues: set[str] = field(default_factory=set)  # `the Legislature`: a state's own government
    broadcast_roles: set[str] = field(default_factory=set)  # host: on the air, for the network named beside her
    broadcaster_words: set[str] = field(default_factory=set)  # network, radio: a broadcaster's name ends so
    candidate_roles: set[str] = field(default_factory=set)  # nominee: the person runs a campaign
    party_name_heads: set[str] = field(default_factory=set)  # party: `Harbor Party` names a party, no seat
    unlisted_party_heads: set[str] = field(default_factory=set)  # alliance: `Harbor Alliance MP`, an unlisted party
    unlisted_party_followers: set[str] = field(default_factory=set)  # member: `a Harbor Front member` is in a party
    party_family_words: set[str] = field(default_factory=set)  # liberal: `Liberal Leader X`, an unlisted party
    party_initials: dict[str, str] = field(default_factory=dict)  # PC: `PC Leader X`, a party before a post only
    party_leader_posts: set[str] = field(default_factory=set)  # leader: `NDP Leader X` leads her party
    legislature_heads: set[str] = field(default_factory=set)  # congress: `a Democratic Congress member` sits in it
    chamber_member_roles: set[str] = field(default_factory=set)  # member: `Member of the Senedd` holds a seat
    candidacy_nouns: set[str] = field(default_factory=set)  # candidacy, bid: `Velde's bid` says Velde runs
    campaign_verbs: set[str] = field(default_factory=set)  # campaigned: `Velde campaigned in X` says Velde runs
    namesake_bodies: set[str] = field(default_factory=set)  # foundation: `the Ann Roe Foundation` is Ann Roe's
    employee_heads: set[str] = field(default_factory=set)  # employee: `a Velde employee` works for the Velde Group
    desk_words: set[str] = field(default_factory=set)  # bureau: `Harbor Ledger Washington Bureau Chief`, a desk
    web_suffixes: set[str] = field(default_factory=set)  # .com: `Portwatch.com` is a site, no place or person
    classifier_nouns: set[str] = field(default_factory=set)  # firm: `communications firm Harbin Weaver` is a body
    spokespeople: set[str] = field(default_factory=set)  # spokeswoman: `a spokeswoman for Valleycare` speaks for it
    employer_verbs: set[str] = field(default_factory=set)  # runs: `Ann Roe runs Crumb & Co.` states her body
    team_roles: set[str] = field(default_factory=set)  # coach: `Westbrook coach Ann Roe` works for the team
    place_name_heads: set[str] = field(default_factory=set)  # street: `Wall Street analyst` says where, no body
    company_officers: set[str] = field(default_factory=set)  # chief executive: a firm's post, the firm the lede names
    newsroom_roles: set[str] = field(default_factory=set)  # columnist: a post at a publication, none for `businessman`
    frame_prepositions: set[str] = field(default_factory=set)  # among: `Among Republicans, Ann Roe …` sorts by party
    frame_nouns: set[str] = field(default_factory=set)  # side: `On the Republican side, …` names a party's side
    party_contests: set[str] = field(default_factory=set)  # nomination: only the party's own run in it
    party_posts: set[str] = field(default_factory=set)  # senator: a post only a party's people hold
    contest_verbs: set[str] = field(default_factory=set)  # won, running for: its subject runs in a party's contest
    contest_bids: set[str] = field(default_factory=set)  # bid, campaign: her run at a party's contest
    contest_rival_verbs: set[str] = field(default_factory=set)  # defeated: both sides ran in the contest
    rival_nouns: set[str] = field(default_factory=set)  # rival: `defeated rival Ann Roe`
    field_heads: set[str] = field(default_factory=set)  # great: a role only after its field (`tennis great`)
    praise_words: set[str] = field(default_factory=set)  # famous: how she is seen, no part of her post
    affinity_words: set[str] = field(default_factory=set)  # close (to): whom one is near, not one's body
    occasion_roles: set[str] = field(default_factory=set)  # recipient: a part in an event, no post
    served_roles: set[str] = field(default_factory=set)  # patient: one a body serves, none of its people
    written_body_nouns: set[str] = field(default_factory=set)  # panel: a body's noun beside org_words
    pointing_modifiers: set[str] = field(default_factory=set)  # same: `the same agency` points back, names none
    body_anaphors: set[str] = field(default_factory=set)  # group: `the group said`, the body last named
    body_kinds: dict[str, set[str]] = field(default_factory=dict)  # airline -> airways, air: `the airline said`
    trade_name_ends: set[str] = field(default_factory=set)  # records: `Brindle Records`, a body's name, no one's
    courtesy_titles: set[str] = field(default_factory=set)  # mr., ms., dr.: no role
    name_abbreviations: set[str] = field(default_factory=set)  # st., mt.: a full stop inside a name, no sentence end
    word_abbreviations: set[str] = field(default_factory=set)  # jan., calif., jr.: a full stop that ends no sentence
    civic_roles: set[str] = field(default_factory=set)  # mayor: `Riverton Mayor X` serves Riverton
    local_office_heads: set[str] = field(default_factory=set)  # treasurer: a town's office after `city`, `County`
    council_roles: set[str] = field(default_factory=set)  # councillor: serves the one council the draft names
    local_council_words: set[str] = field(default_factory=set)  # borough: `Thornbury Borough Council` is local
    civic_place_nouns: set[str] = field(default_factory=set)  # city: `the city's finance director` serves the city
    council_party_roles: set[str] = field(default_factory=set)  # posts before which `Conservative` is a party
    mirror_post_words: set[str] = field(default_factory=set)  # `shadow`: a post that mirrors an office it does not hold
    legal_suffixes: set[str] = field(default_factory=set)  # `Inc.`, `plc`: a company name's legal form
    constituency_roles: set[str] = field(default_factory=set)  # `MP`: `for` after it names a seat, not a body
    portfolio_heads: set[str] = field(default_factory=set)  # `Fisheries Minister`: a post named by its field
    department_words: set[str] = field(default_factory=set)  # department: `Department of Housing` is a ministry's name
    member_posts: set[str] = field(default_factory=set)  # `Premier`: a party member's post, not party staff
    council_parties: dict[str, Organisation] = field(default_factory=dict)  # `Conservative` → its party, so placed
    workplace_roles: dict[str, str] = field(default_factory=dict)  # nurse -> hospital: works in the one named
    workplace_whole_roles: set[str] = field(default_factory=set)  # officer: names its kind only as the whole title
    workplace_kinds: dict[str, set[str]] = field(default_factory=dict)  # hospital -> infirmary: a name's last words
    workplace_owner_kinds: set[str] = field(default_factory=set)  # hospital: `hospital spokeswoman` works there
    member_bodies: dict[str, set[str]] = field(default_factory=dict)  # commissioner -> commission: sits on one
    qualified_members: set[str] = field(default_factory=set)  # governor: sits on a board only as `Bank Governor`
    governed_bodies: dict[str, set[str]] = field(default_factory=dict)  # governor -> central bank: heads one alone
    place_noun_bodies: dict[str, set[str]] = field(default_factory=dict)  # district -> fire: `the district's X`
    role_words: set[str] = field(default_factory=set)  # besides titles and person nouns: heads a title may have
    role_suffixes: tuple[str, ...] = ()  # `-ist`, `-er`: a noun so ending names what someone does
    not_role_heads: set[str] = field(default_factory=set)
    member_heads: set[str] = field(default_factory=set)  # `member`: a role only as one of a body
    title_compound_tails: set[str] = field(default_factory=set)  # elect: `Mayor-elect` is a mayor's title
    not_role_suffixes: tuple[str, ...] = ()  # `-ment`: a statement, never a person
    crowd_nouns: set[str] = field(default_factory=set)  # `the crowd chanted`: people speaking together, unnamed
    signoff_verbs: set[str] = field(default_factory=set)  # `Ann Roe writes …` closing an essay: its writer
    role_heads: frozenset[str] = frozenset()  # titles, person nouns and role words: what `is_role` looks up
    role_endings: tuple[str, ...] = ()  # those of five letters or more: `superdelegate` ends in one
    state_names_shared_with_cities: set[str] = field(default_factory=set)  # `Washington`: the capital too
    state_chambers: dict[str, str] = field(default_factory=dict)  # `state Sen.`: a state legislature's chamber
    role_synonyms: dict[str, list[str]] = field(default_factory=dict)  # rep. -> congressman, lawmaker
    role_synonym_blockers: dict[str, set[str]] = field(default_factory=dict)  # secretary -> general, union: no minister
    irregular_people_plurals: set[str] = field(default_factory=set)  # children: many people, no -s
    title_modifier_suffixes: tuple[str, ...] = ()  # `presidential`: a title's modifier where no tag says so
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country
    country_adjective: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # any name (lower) -> country
    anonymity_phrases: list[str] = field(default_factory=list)
    self_naming_phrases: list[tuple[str, ...]] = field(default_factory=list)  # `he identified himself as X`
    campaign_committee_offices: frozenset[str] = frozenset()  # `Cole for President`: a campaign's committee
    justification_phrases: list[str] = field(default_factory=list)
    bare_source_heads: set[str] = field(default_factory=set)
    bare_determiners: set[str] = field(default_factory=set)
    standalone_sources: set[str] = field(default_factory=set)  # `said another`: a further unnamed source
    public_roles: set[str] = field(default_factory=set)  # `the senator` said: the person the story is about
    plural_source_heads: set[str] = field(default_factory=set)
    courtesy_roles: dict[str, list[str]] = field(default_factory=dict)  # dr. -> physician: a name's implied role
    publications: set[str] = field(default_factory=set)
    publication_words: set[str] = field(default_factory=set)
    publication_nouns: set[str] = field(default_factory=set)  # `the newspaper`: the publication named last
    publication_contrasts: set[str] = field(default_factory=set)  # `the rival newspaper`: another publication
    naming_phrases: list[str] = field(default_factory=list)  # known as: `the guard known as Rook` is Rook
    person_link_participles: list[str] = field(default_factory=list)  # representing: `a lawyer representing X`
    publication_bodies: set[str] = field(default_factory=set)  # `the editorial board`: that publication's
    loaded_verbs: dict[str, str] = field(default_factory=dict)  # form ("slammed", "lashed out") -> lemma
    alteration_marks: dict[str, list[str]] = field(default_factory=dict)  # ellipsis | sic -> marks
    title_small_words: set[str] = field(default_factory=set)  # left in lower case in a title: of, the, vs

    # -- lookups -------------------------------------------------------------------------
    def speech_lemma(self, form: str, lemma: str | None = None, upos: str | None = None) -> str | None:
        """The speech-verb lemma of a word, or None. Ambiguous base forms need a VERB tag."""
        low = form.lower()
        found = self.verb_forms.get(low)
        if found is None and lemma:
            base = lemma.lower()
            found = base if self.verb_forms.get(base) == base else None
        if found is None:
            return None
        if upos is not None and upos not in ("VERB", "AUX") and low not in self.reliable_forms:
            return None  # tagged as something else: "tweets" the noun, "state" the noun
        if upos is None and found in self.ambiguous_verbs and low in (found, found + "s"):
            return None
        return found

    def role_spelled_out(self, word: str) -> str | None:
        """The role an abbreviated title stands for (`sen.` → senator), also one kept as written in reports (`rep.`:
        a representative); None for a word that is no abbreviation."""
        return self.title_abbreviations.get(word) or next(iter(self.role_synonyms.get(word, ())), None)

    def is_title(self, word: str) -> bool:
        low = word.lower().strip(",")
        head, _, tail = low.partition("-")  # (`Mayor-elect`: a title and the tail a hyphen glues on is one)
        return low in self.titles or tail in self.title_compound_tails and head in self.titles

    def is_role(self, word: str, upos: str | None = None) -> bool:
        """Whether a title's head word names a role (`spokeswoman`, `demographer`, `co-host`), so that
        `the same partisan fire` or `two men` is never shown as someone's title."""
        low = word.lower().strip(",")
        if low in self.not_role_heads or not low[:1].isalpha():
            return False
        if low in self.role_heads or any(low.endswith(w) and len(low) - len(w) >= 2 for w in self.role_endings):
            return True  # `superdelegate`, `co-host`, `committeewoman`
        head, _, tail = low.partition("-")
        if tail in self.title_compound_tails and self.is_role(head):
            return True  # `mayor-elect`, `editor-in-chief`: a role and what the hyphen glues after it
        noun = upos in ("NOUN", None) or (upos == "PROPN" and word.islower())  # (a lower-case `PROPN` is a noun)
        return noun and low.endswith(self.role_suffixes) and len(low) > 4 \
            and not low.endswith(self.not_role_suffixes)

    def names_people(self, word: str, upos: str | None = None) -> bool:
        """Whether a nominal source's head noun is a person or people (`one questioner`, `demonstrators`,
        `the crowd`), so the source is unnamed rather than a thing."""
        low = word.lower()
        return low in self.person_nouns or low in self.crowd_nouns or self.is_title(low) or self.is_role(low, upos) \
            or (low.endswith("s") and self.is_role(low[:-1], upos)) or self._man_plural(low) is not None

    def singular_role(self, word: str) -> str | None:
        """The role a plural head noun names (`chairmen` → chairman, `senators` → senator), else None."""
        low = word.lower()
        one = self._man_plural(low) or self.singular(low)
        return one if one != low and self.is_role(one) else None

    def _man_plural(self, low: str) -> str | None:
        """`fishermen`, `policewomen`, `businessmen`: the role a plural in -men names (`fisherman`), else None."""
        for plural, one in (("women", "woman"), ("men", "man")):
            if low.endswith(plural) and len(low) > len(plural) + 2 and self.is_role(low[:-len(plural)] + one):
                return low[:-len(plural)] + one
        return None

    def names_many(self, word: str) -> bool:
        """`officials`, `demonstrators`, `congressmen`, `the crowd`: a head noun that means more than one
        person, so the source is never a he/she and is no one's title (`a witness`, `the boss`: one)."""
        low = word.lower()
        if low in self.crowd_nouns or low in self.plural_source_heads or low in ("men", "women", "people"):
            return True
        if low in self.person_nouns and low.endswith(("men", "women", "people")):
            return True  # (`congressmen`, `spokespeople`)
        if self._man_plural(low) is not None or low in self.irregular_people_plurals:
            return True  # (`fishermen`, `firemen`, `children`: many)
        singular = self.singular(low)
        return singular != low and (low in self.person_nouns or self.names_people(singular))

    def singular(self, word: str) -> str:
        """A plural noun's singular (`veterans`, `witnesses`, `deputies`); other words as they are."""
        low = word.lower()
        if not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 4:
            return word
        if low.endswith("ies"):
            return word[:-3] + "y"
        if low.endswith(("sses", "shes", "ches", "xes")):
            return word[:-2]
        return word[:-1]

    def organisation(self, text: str) -> Organisation | None:
        """A known organisation; acronyms (WHO, AP) must be written in capitals to count."""
        text = text.strip()
        return self.organisations.get(text) or self.organisations.get(text.lower())

    def party(self, words: str) -> Organisation | None:
        """The party a word or phrase names (`Republican`, `Democrats`, `Lib Dem`), or None."""
        low = words.lower()
        return self.parties.get(low) or (self.parties.get(low[:-1]) if low.endswith("s") else None)

    def party_by_its_words(self, words: str) -> Organisation | None:
        """The party capitalised words name where a party is looked for (right before a party member's post, owning
        a post) though no listed party's word need be among them: a party's initials (`PC`: `party_initials`), or
        words a party's name is made of and nothing else (`Progressive Conservative`, `Liberal`, `Greens`:
        `party_family_words`); a listing of the same words (`Conservative`, a council party word) wins. None for any
        other words."""
        if words in self.party_initials:
            name = self.party_initials[words]
            return self.party(name) or Organisation(name, words, None)
        if not words or not all(word.lower() in self.party_family_words for word in words.split()):
            return None
        return self.party(words) or self.council_parties.get(words) or Organisation(words, None, None)

    def web_address(self, word: str) -> bool:
        """`Portwatch.com`: a site's address, so a body, whatever a tagger makes of it."""
        return "." in word[1:] and word.lower().endswith(tuple(self.web_suffixes))

    def names_person_or_place(self, word: str) -> bool:
        """A given name, a demonym, a country or a state (`Ann`, `Fremish`, `Ohio`): a capitalised word that
        says who or where, so no outlet or body (`Lantern's Ann Roe` is one; `Ohio's Ann Roe` is not)."""
        return word in self.given_names or word in self.demonyms or self.names_a_country_or_state(word)

    def names_a_country_or_state(self, name: str) -> bool:
        """`Ruritania`, `Ruritanian`, `Ohio`: a name that says where, so no body a person works for."""
        return self.country_of(name) is not None or name.lower() in self.state_names

    def country_of(self, word: str) -> str | None:
        return self.demonyms.get(word) or self.country_names.get(word.lower())


def _team_positions(kb: Knowledge) -> set[str]:
    """A team's one-word roles (`goalkeeper`, `striker`, `pitcher`) head a title like any post (`said goalkeeper
    Tom Hale`); one that also says whom someone sides with (`a defender of the levy`: `stance_nouns`) does not."""
    stances = set(_load("grammar.json")["stance_nouns"])
    return {role for role in kb.team_roles if " " not in role and role not in stances}


def _merge_list(target: set[str] | list[str], extra: Any) -> None:
    for item in extra or []:
        if isinstance(target, set):
            target.add(str(item).lower())
        elif item not in target:
            target.append(item)


def build_knowledge(extra: dict[str, Any] | None = None) -> Knowledge:
    """The packaged knowledge base, extended by a config's `knowledge` table."""
    extra = {k.replace("-", "_"): v for k, v in (extra or {}).items()}
    kb = Knowledge()
    _read_speech(kb, _load("speech.json"), extra)
    _read_people(kb, _load("people.json"), _load("affiliations.json"), extra)
    _read_places(kb, _load("countries.json"), extra)
    _read_sources(kb, _load("sources.json"), extra)
    _read_style(kb, _load("style.json"), extra)
    kb.role_heads = frozenset(kb.titles | kb.person_nouns | kb.role_words | _team_positions(kb))
    kb.role_endings = tuple(sorted(w for w in kb.role_heads if len(w) >= 5))
    return kb


def _read_speech(kb: Knowledge, speech: dict[str, Any], extra: dict[str, Any]) -> None:
    """Speech verbs with their forms, cue phrases, speech nouns, boilerplate (data/speech.json)."""
    verbs = dict(speech["verbs"])
    for lemma in extra.get("speech_verbs", []):
        verbs.setdefault(str(lemma).lower(), [])
    for lemma, irregular in verbs.items():
        for form in inflections(lemma, irregular):
            kb.verb_forms.setdefault(form, lemma)
        kb.verb_forms[lemma] = lemma
    kb.ambiguous_verbs = set(speech["ambiguous"])
    kb.weak_verbs = set(speech["weak"])
    kb.thought_verbs = set(speech["thought_verbs"])
    kb.tag_phrases = list(speech["tag_phrases"])
    kb.participles = set(speech["participles"])
    kb.perception_passives = set(speech.get("perception_passives", []))
    kb.reliable_forms = set(speech["reliable_forms"])
    kb.listener_verbs = set(speech["listener_verbs"])
    kb.speech_nouns = set(speech["nouns"])
    _merge_list(kb.speech_nouns, extra.get("speech_nouns"))
    kb.according = list(speech["according"])
    kb.relay_links = [tuple(link.split()) for link in speech["relay_links"]]
    kb.term_cues = set(speech["term_cues"])
    kb.definition_cues = list(speech["definition_cues"])
    kb.language_nouns = set(speech["language_nouns"])
    kb.chant_nouns = set(speech["chant_nouns"])
    _merge_list(kb.chant_nouns, extra.get("chant_nouns"))
    kb.alias_cues = list(speech["alias_cues"])
    _merge_list(kb.alias_cues, extra.get("alias_cues"))
    for phrase in speech["phrasal_cues"]:
        first, *rest = phrase.split()
        kb.phrasal_cues.setdefault(first, []).append(tuple(rest))
    kb.boilerplate = [re.compile(p, re.IGNORECASE) for p in [*speech["boilerplate"], *extra.get("boilerplate", [])]]
    kb.work_nouns = set(speech["work_nouns"])
    kb.titling_words = frozenset(speech["titling_words"])
    kb.work_prepositions = frozenset(speech["work_prepositions"])
    kb.inscription_nouns = set(speech["inscription_nouns"])
    kb.inscription_cues = [tuple(cue.split()) for cue in speech["inscription_cues"]]
    kb.inscription_objects = [tuple(words.split()) for words in speech["inscription_objects"]]
    kb.document_nouns = set(speech["document_nouns"])
    kb.issued_nouns = set(speech.get("issued_nouns", []))
    kb.record_nouns = frozenset(speech["record_nouns"])
    kb.record_label_words = frozenset(speech["record_label_words"])
    kb.survey_nouns = set(speech["survey_nouns"])
    _merge_list(kb.survey_nouns, extra.get("survey_nouns"))
    for lemma, irregular in speech["document_verbs"].items():
        for form in inflections(lemma, irregular):
            kb.document_verbs[form] = lemma


def _read_people(kb: Knowledge, people: dict[str, Any], affil: dict[str, Any], extra: dict[str, Any]) -> None:
    """Titles, person nouns, names, pronouns, institutions and organisations (people.json, affiliations.json)."""
    kb.not_names = {w.lower() for w in people["not_names"]}
    kb.gender_words = dict(people["gender_words"])
    kb.first_names = {name: gender for gender, names in people["first_names"].items() for name in names}
    census = _load("first_names.json")
    kb.given_names = {name: gender for gender in ("male", "female") for name in census[gender]}
    kb.given_names.update(kb.first_names)
    kb.titles = {t.lower() for t in people["titles"]}
    _merge_list(kb.titles, extra.get("titles"))
    kb.person_nouns = set(people["person_nouns"])
    _merge_list(kb.person_nouns, extra.get("person_nouns"))
    kb.org_words = set(people["org_words"])
    kb.member_heads = set(people.get("member_heads", []))
    kb.title_compound_tails = set(people.get("title_compound_tails", []))
    _merge_list(kb.title_compound_tails, extra.get("title_compound_tails"))
    kb.collective_nouns = set(people["collective_nouns"])
    _merge_list(kb.collective_nouns, extra.get("collective_nouns"))
    _merge_list(kb.org_words, extra.get("org_words"))
    kb.name_particles = set(people["name_particles"])
    kb.pronouns = dict(people["pronouns"])
    kb.lesser_ranks = set(people.get("lesser_ranks", []))
    for row in [*affil["institutions"], *extra.get("institutions", [])]:
        for title in _ranked_titles(row["title"].lower(), affil.get("department_ranks", [])):
            kb.institutions.append(Institution(title, row["name"], row.get("short"), row.get("national"),
                                               bool(row.get("national_only")), frozenset(row.get("countries", []))))
            kb.titles.add(title)
    kb.institutions.sort(key=lambda inst: -len(inst.title))
    for inst in kb.institutions:
        kb.institution_by_title.setdefault(inst.title, inst)
    kb.role_verbs = dict(affil.get("role_verbs", {}))
    for word_set in ("post_verbs", "past_member_roles", "title_modifiers", "kinship_nouns", "sole_kin", "couple_kin",
                     "campaign_staff",
                     "credit_words", "state_names", "state_names_shared_with_cities", "state_roles", "candidate_roles",
                     "party_name_heads",
                     "state_offices", "state_government_cues", "broadcast_roles", "broadcaster_words",
                     "unlisted_party_heads", "unlisted_party_followers", "legislature_heads", "chamber_member_roles",
                     "party_family_words", "party_leader_posts",
                     "body_heads",
                     "armed_services", "retired_words", "former_words", "current_role_openers", "place_nouns",
                     "body_anaphors", "ranking_words", "counting_ordinals", "counting_openers",
                     "party_contests", "party_posts", "affinity_words", "residence_nouns",
                     "contest_verbs", "contest_bids", "contest_rival_verbs", "rival_nouns", "candidacy_nouns",
                     "campaign_verbs", "field_heads", "praise_words", "occasion_roles", "served_roles",
                     "written_body_nouns", "pointing_modifiers",
                     "namesake_bodies", "employee_heads", "classifier_nouns", "desk_words", "web_suffixes",
                     "spokespeople", "employer_verbs", "team_roles", "word_abbreviations",
                     "place_name_heads", "company_officers", "newsroom_roles", "name_abbreviations",
                     "civic_roles", "local_office_heads", "council_roles", "council_party_roles",
                     "local_council_words", "civic_place_nouns", "mirror_post_words", "legal_suffixes",
                     "constituency_roles", "portfolio_heads", "member_posts"):
        setattr(kb, word_set, set(affil.get(word_set, [])))  # the package's list, then the user's additions
        _merge_list(getattr(kb, word_set), extra.get(word_set))
    kb.department_words = set(affil.get("department_words", []))
    _merge_list(kb.department_words, extra.get("department_words"))
    kb.role_verbs.update({k.lower(): v for k, v in extra.get("role_verbs", {}).items()})
    kb.chambers = {k.lower(): v for k, v in {**affil.get("chambers", {}), **extra.get("chambers", {})}.items()}
    kb.state_chambers = {k.lower(): v for k, v in {**affil.get("state_chambers", {}),
                                                   **extra.get("state_chambers", {})}.items()}
    for noun, words in [*affil.get("body_kinds", {}).items(), *extra.get("body_kinds", {}).items()]:
        _merge_list(kb.body_kinds.setdefault(noun.lower(), {noun.lower()}), words)
    for noun, words in [*affil.get("trade_body_kinds", {}).items(), *extra.get("trade_body_kinds", {}).items()]:
        _merge_list(kb.body_kinds.setdefault(noun.lower(), {noun.lower()}), words)
        _merge_list(kb.trade_name_ends, words)
    kb.workplace_roles = {k.lower(): v.lower() for k, v in {**affil.get("workplace_roles", {}),
                                                             **extra.get("workplace_roles", {})}.items()}
    kb.workplace_whole_roles = set(affil.get("workplace_whole_roles", []))
    _merge_list(kb.workplace_whole_roles, extra.get("workplace_whole_roles"))
    kb.workplace_owner_kinds = set(affil.get("workplace_owner_kinds", []))
    _merge_list(kb.workplace_owner_kinds, extra.get("workplace_owner_kinds"))
    for key in ("member_bodies", "place_noun_bodies", "governed_bodies"):
        for word, ends in [*affil.get(key, {}).items(), *extra.get(key, {}).items()]:
            _merge_list(getattr(kb, key).setdefault(word.lower(), set()), [end.lower() for end in ends])
    kb.qualified_members = set(affil.get("qualified_members", []))
    _merge_list(kb.qualified_members, extra.get("qualified_members"))
    for kind, words in [*affil.get("workplace_kinds", {}).items(), *extra.get("workplace_kinds", {}).items()]:
        _merge_list(kb.workplace_kinds.setdefault(kind.lower(), {kind.lower()}), words)
    frames = affil.get("party_frames", {})
    for word_set, key in (("frame_prepositions", "prepositions"), ("frame_nouns", "nouns")):
        setattr(kb, word_set, set(frames.get(key, [])))
        _merge_list(getattr(kb, word_set), extra.get(f"party_frame_{key}"))
    for row in [*affil["organisations"], *extra.get("organisations", [])]:
        org = Organisation(row["name"], row.get("short"), row.get("country"))
        for alias in {row["name"], *row.get("aliases", [])}:
            kb.organisations[alias if alias.isupper() else alias.lower()] = org
    for row in [*affil["parties"], *extra.get("parties", [])]:
        party = Organisation(row["name"], row.get("short"), row.get("country"))
        for word in row.get("words", []):
            kb.parties[word.lower()] = party
        if row.get("tag"):
            kb.party_tags[row["tag"]] = party
    by_name = {party.name: party for party in kb.parties.values()}
    kb.party_initials = {**affil.get("party_initials", {}), **extra.get("party_initials", {})}
    for word, name in {**affil.get("council_party_words", {}), **extra.get("council_party_words", {})}.items():
        if name in by_name:
            kb.council_parties[word] = by_name[name]
    kb.title_abbreviations = dict(people["title_abbreviations"])
    kb.title_abbreviations.update({k.lower(): v for k, v in extra.get("title_abbreviations", {}).items()})
    kb.courtesy_titles = set(people["courtesy_titles"])
    kb.role_words = set(people["role_words"])
    _merge_list(kb.role_words, extra.get("role_words"))
    kb.role_suffixes = tuple(people["role_suffixes"])
    kb.not_role_heads = set(people["not_role_heads"])
    kb.not_role_suffixes = tuple(people["not_role_suffixes"])
    kb.crowd_nouns = set(people["crowd_nouns"])
    kb.title_modifier_suffixes = tuple(people["title_modifier_suffixes"])
    kb.role_synonyms = {k: list(v) for k, v in people["role_synonyms"].items()}
    for role, others in extra.get("role_synonyms", {}).items():
        kb.role_synonyms.setdefault(role.lower(), []).extend(others)
    kb.role_synonym_blockers = {k: set(v) for k, v in people.get("role_synonym_blockers", {}).items()}
    kb.irregular_people_plurals = set(people.get("irregular_people_plurals", []))
    _merge_list(kb.crowd_nouns, extra.get("crowd_nouns"))
    _merge_list(kb.signoff_verbs, [*people["signoff_verbs"], *extra.get("signoff_verbs", [])])


def _ranked_titles(title: str, ranks: list[str]) -> list[str]:
    """`harbor secretary` and, with a rank between the department and the post, `harbor deputy secretary`
    (a rank before it, `deputy harbor secretary`, already holds the title as written)."""
    head, _, post = title.rpartition(" ")
    if not head or post != "secretary":
        return [title]
    return [title, *(f"{head} {rank} {post}" for rank in ranks)]


def _read_places(kb: Knowledge, countries: dict[str, Any], extra: dict[str, Any]) -> None:
    """Demonyms and country names (data/countries.json)."""
    kb.demonyms = dict(countries["demonyms"])
    kb.demonyms.update(extra.get("demonyms", {}))
    kb.country_adjective = dict(countries["countries"])
    names = {c: c for c in kb.demonyms.values()}
    names.update(countries["aliases"])
    kb.country_names = {k.lower(): v for k, v in names.items()}


def _read_sources(kb: Knowledge, sources: dict[str, Any], extra: dict[str, Any]) -> None:
    """Unnamed-source phrases and publications (data/sources.json)."""
    kb.anonymity_phrases = list(sources["anonymity_phrases"])
    kb.self_naming_phrases = [tuple(phrase.split()) for phrase in sources["self_naming_phrases"]]
    kb.campaign_committee_offices = frozenset(sources["campaign_committee_offices"])
    _merge_list(kb.anonymity_phrases, extra.get("anonymity_phrases"))
    kb.justification_phrases = list(sources["justification_phrases"])
    kb.bare_source_heads = set(sources["bare_heads"])
    kb.bare_determiners = set(sources["bare_determiners"])
    kb.standalone_sources = set(sources["standalone_sources"])
    kb.public_roles = set(sources["public_roles"])
    _merge_list(kb.public_roles, extra.get("public_roles"))
    kb.plural_source_heads = set(sources["plural_heads"])
    kb.naming_phrases = list(sources.get("naming_phrases", []))
    _merge_list(kb.naming_phrases, extra.get("naming_phrases"))
    kb.person_link_participles = list(sources.get("person_link_participles", []))
    _merge_list(kb.person_link_participles, extra.get("person_link_participles"))
    kb.courtesy_roles = {k: list(v) for k, v in sources.get("courtesy_roles", {}).items()}
    for title, roles in extra.get("courtesy_roles", {}).items():
        kb.courtesy_roles.setdefault(title.lower(), []).extend(roles)
    kb.publications = set(sources["publications"])
    _merge_list(kb.publications, extra.get("publications"))
    kb.publication_words = set(sources["publication_words"])
    kb.publication_nouns = set(sources["publication_nouns"])
    _merge_list(kb.publication_nouns, extra.get("publication_nouns"))
    kb.publication_contrasts = set(sources["publication_contrasts"])
    _merge_list(kb.publication_contrasts, extra.get("publication_contrasts"))
    kb.publication_bodies = set(sources["publication_bodies"])
    _merge_list(kb.publication_bodies, extra.get("publication_bodies"))


def _read_style(kb: Knowledge, style: dict[str, Any], extra: dict[str, Any]) -> None:
    """Loaded attribution verbs, alteration marks, the small words of a title (data/style.json)."""
    loaded = dict(style["loaded_verbs"])
    for lemma in extra.get("loaded_verbs", []):
        loaded.setdefault(str(lemma).lower(), [])
    for lemma, irregular in loaded.items():
        first, _, rest = lemma.partition(" ")
        for form in inflections(first, irregular):
            kb.loaded_verbs[f"{form} {rest}" if rest else form] = lemma
    kb.alteration_marks = {kind: list(marks) for kind, marks in style["alteration_marks"].items()}
    kb.title_small_words = set(style["title_small_words"])


@cache
def rule_explanations() -> dict[str, dict[str, str]]:
    """Rationale, bad and good example per rule id (data/rules.json), for `quoteguard explain`."""
    return {rule_id: dict(text) for rule_id, text in _load("rules.json").items() if not rule_id.startswith("_")}


@cache
def default_knowledge() -> Knowledge:
    return build_knowledge()
