"""`Former Gov. Tom Keller … Oakes did not respond to messages. The former governor … said …`: a former post someone
was named with paragraphs before is theirs, not the topic of the sentence just before, who holds no office. A
post held now still goes to the topic the draft never titled (`the senator`), as news writes of the person it is
about (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_the_former_governor_is_the_one_named_so(check):
    draft = check("Keller fires campaign manager\n\n"
                  "AMES, Iowa — Former Gov. Tom Keller of Georgia fired his campaign manager on Sunday as his bid "
                  "sagged.\n\n"
                  "\u201cI need a campaign that moves fast,\u201d Keller told reporters.\n\n"
                  "Aides said Keller's son-in-law, Trevor Oakes, a developer, had overruled the manager twice.\n\n"
                  "Oakes did not respond to messages. The former governor, asked about his son-in-law's role, said "
                  "only that family members \u201cgive me advice like anybody else.\u201d\n")
    assert speaker_of(draft, "give me advice")["name"] == "Tom Keller"
