"""`the former mayor` may be the person the sentences before are about, whatever office they hold now
(invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import rules_of, speaker_of


def test_a_former_role_is_the_topic_who_now_holds_another(check):
    draft = check("Sen. Dov Kessler toured the new ferry terminal in Eastport on Monday.\n\n"
                  "Kessler sent his staff home early and spent the afternoon at the docks. The 52-year-old former "
                  "mayor, who once ran the harbor board, thinks the ferry fares should be a \u201ctest of loyalty\u201d "
                  "for every island official.\n")
    speaker = speaker_of(draft, "test of loyalty")
    assert speaker["name"] == "Dov Kessler" and not speaker["anonymous"]
    assert "anonymous-source" not in rules_of(draft)
