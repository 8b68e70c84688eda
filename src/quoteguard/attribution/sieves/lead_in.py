"""`After the vote, Roe issued a statement, "We will appeal."`: a clause with no cue leads into a whole quote."""

from __future__ import annotations

from ..draft import Draft
from ..types import Phrase, Site
from ..words import DASHES
from .base import PARSED, Sieve
from .clause_subject import may_speak

# a comma or a dash: `Roe also backed the levy -- "…"`, `When Roe wrapped up — "…" — the crowd cheered`
LEAD_IN_MARKS = DASHES | {","}


def sieve_lead_in(d: Draft, site: Site) -> Phrase | None:
    """A whole-sentence quote set off by a comma or a dash after a clause of its own: the clause's subject speaks.

    `Roe shared her worry with the crowd, "I do not know who will show up."` The clause must have a
    subject and an active finite verb, and no speech word of its own (a cue there is the other sieves'
    to judge): `Then, "…"` has no subject, `Roe was asked, "…"` was spoken to.
    """
    pre = site.before
    if site.quote.kind != "full" or len(pre) < 3 or d.t[pre[-1]].text not in LEAD_IN_MARKS \
            or d.glued_hyphen(pre[-1]):
        return None
    clause = pre[:-1]
    if any(d.speech(k) for k in clause):
        return None
    span = d.clause_subject(pre[-1], pre)
    if span is None:
        return None
    verb = next((k for k in clause if k > span[1] and d.t[k].upos == "VERB"), None)
    if verb is None or d.low(verb).endswith("ing") or d.names_no_speaker(verb) \
            or d.t[verb].xpos not in ("VBD", "VBZ", "VBP"):
        return None
    return Phrase(span[0], span[1], None, "lead-in", 0.5)


SIEVE = Sieve("lead-in", ("lead-in",), PARSED, find=sieve_lead_in, accepts=may_speak, thought_yields_to_tag=False)
