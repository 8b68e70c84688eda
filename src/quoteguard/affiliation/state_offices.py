"""A state's offices (`state_offices`): the state is the body its holder serves.

`Ann Roe, the Oklahoma state treasurer`: the state named with the office is her body, and the title is the
office alone (a formal title before the name, `Nevada Secretary of State Ann Roe`, is left as written: see
`affiliation._with_state_of_office`). `Secretary of State Ann Roe` with no state named is the nation's
office (the knowledge base's department), unless the draft is about one state's government: it names a single
state, no department the office could be the nation's, and a word of a state's government (`the Legislature`).
"""

from __future__ import annotations

import re

from ..knowledge import Knowledge

MAX_STATE_WORDS = 2  # `New Hampshire`, `North Carolina`


def named_state_office(title: str | None, kb: Knowledge) -> tuple[str, str] | None:
    """(state, office) of a title opening with a state's name before one of its offices (`Oklahoma state
    treasurer` → Oklahoma, `state treasurer`), or None."""
    words = (title or "").split()
    for n in range(MAX_STATE_WORDS, 0, -1):
        state, office = " ".join(words[:n]), " ".join(words[n:])
        if len(words) > n and state.lower() in kb.state_names and state[:1].isupper() \
                and is_state_office(office, kb):
            return state, office
    return None


def is_state_office(office: str, kb: Knowledge) -> bool:
    """Whether the words are one of a state's offices (`attorney general`, `state treasurer`), as written."""
    return office.lower() in kb.state_offices


def draft_state(text: str, office: str, kb: Knowledge) -> str | None:
    """The one state a draft about a state's government names, if the nation's department the office could
    be is not named there too (`Secretary of State X` beside `the State Department` is the nation's)."""
    if not any(cue in text or cue[:1].upper() + cue[1:] in text for cue in kb.state_government_cues):
        return None  # (`State law required …`: a cue opening a sentence is capitalised there)
    states = states_named(text, kb)
    if len(states) != 1:
        return None
    for inst in kb.institutions:
        if inst.title == office.lower() and _named(inst.name, inst.short, text, kb):
            return None
    return next(iter(states))


def _named(name: str, short: str | None, text: str, kb: Knowledge) -> bool:
    """Whether the draft names the institution: by its name, its short name or a name the knowledge base gives it."""
    found = kb.organisation(name)
    names = {name, short or name, *(k for k, v in kb.organisations.items() if found is not None and v == found)}
    low = text.lower()
    return any(n.lower() in low for n in names if " " in n)


def states_named(text: str, kb: Knowledge) -> set[str]:
    """The states of the federation (`state_names`) a draft names, as it writes them. A state that shares its name
    with a city (`state_names_shared_with_cities`: `Washington` is the capital in political news) counts only as
    `Washington state`; one that opens a city's name (`Kansas City`, `Iowa City`) is no state."""
    return {m.group(0) for state in kb.state_names
            for m in re.finditer(rf"\b{re.escape(state.title())}\b", text)
            if (state not in kb.state_names_shared_with_cities or text[m.end():m.end() + 6].lower() == " state")
            and text[m.end():m.end() + 5] != " City"}


def state_chamber(title: str | None, text: str, kb: Knowledge) -> str | None:
    """`state Sen. Ann Roe`, `state Rep. Tom Ferris` in a draft that names one state: the chamber of that state's
    legislature she sits in (`Missouri Senate`), by the seat's word (`state_chambers`); None otherwise (no state
    named, or more than one, or no state legislator)."""
    words = (title or "").lower().split()
    if len(words) == 2 and words[1] not in kb.state_chambers:
        words[1] = kb.role_spelled_out(words[1]) or words[1]
    if len(words) != 2 or words[0] != "state" or words[1] not in kb.state_chambers:
        return None  # (`state Rep.` as written: a representative)
    states = states_named(text, kb)
    return f"{next(iter(states))} {kb.state_chambers[words[1]]}" if len(states) == 1 else None
