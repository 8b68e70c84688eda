"""What several rule tests share: a draft that trips most rules once, source texts, and a filter for findings."""

from __future__ import annotations

from quoteguard.sources import SourceText

DRAFT = (
    "The so-called “reforms” were delayed. "
    "Visitors admired the bas-relief \"Suvorov soldiers in battle\" in the hall.\n"
    "The council met on Monday. “Nobody told us the school would close in June.”\n"
    "“We were told to stay quiet,” said a senior official.\n"
    "“The school will reopen in the autumn,” said Lydia Brennan, the mayor of Eastfield.\n"
    "“The money for the roof is there,” Brenan said.\n"
    "“I am worried about the roof,” said Oscar Pelt.\n"
    "“The trains will run,” said Greta Lomond, a spokeswoman for the Northern Rail Company.\n"
)

# What a speaker said, for quote-not-in-source and the matching behind it.
TRANSCRIPT = """PRESS CONFERENCE, 12 JUNE
ARAGHCHI: We will not accept this deal. It is a trap, and we know it — everyone knows it.
Our partners in Moscow have been "very clear" with us. Putin said he would come.
"""
SOURCES = [SourceText("transcript.txt", TRANSCRIPT), SourceText("release.txt", "The ministry welcomes the talks.")]


def findings(doc: dict, rule: str) -> list[dict]:
    """The report document's findings of one rule."""
    return [f for f in doc["findings"] if f["rule"] == rule]
