"""Nested reports: who passed a speaker's words on (`X said, according to audio obtained by Y`).

The speaker stays X; the outer source (Y, or the `according to` phrase when it names no one
further) is kept beside the attribution so that a report can show how the words reached the
draft. Only an `according to` after the speaker's own cue in the same sentence counts.
"""

from __future__ import annotations

from .draft import Draft


def outer_source(d: Draft, cue: int) -> str | None:
    """The source an `according to …` after the cue at token `cue` names, else None."""
    sentence = d.t[cue].sentence
    end = cue + 1
    while end < len(d.t) and d.t[end].sentence == sentence:
        end += 1
    window = [k for k in range(cue + 1, end) if not d.inside[k]]
    for pos in range(len(window)):
        for phrase in d.kb.according:
            parts = phrase.split()
            if [d.low(j) for j in window[pos:pos + len(parts)]] != parts or pos + len(parts) >= len(window):
                continue
            start = window[pos + len(parts)]
            return _relayed_by(d, start, window) or _phrase_text(d, start, window)
    return None


def _relayed_by(d: Draft, start: int, window: list[int]) -> str | None:
    """`audio obtained by the Tribune`: the one who obtained, released or published the words."""
    allowed = set(window)
    k = start
    while k in allowed and d.t[k].text not in (",", ";", "."):
        for link in d.kb.relay_links:
            # (the end first: a link's last words may run past the draft's last token)
            if k + len(link) in allowed and tuple(d.low(j) for j in range(k, k + len(link))) == link:
                return _phrase_text(d, k + len(link), window)
        k += 1
    return None


def _phrase_text(d: Draft, start: int, window: list[int]) -> str | None:
    np = d.np_after(start, window)
    return d.span_text(*np) if np else None
