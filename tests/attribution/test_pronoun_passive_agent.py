"""In a passive sentence (`Roe's plan was backed by Senator Ann Vale, who …`) the person of the `by`
phrase acts and the sentence is about them: the he/she of the quote after it is that person, not the
owner of the thing acted on, who may well have been quoted just before.

Each case runs the real Stanza pipeline on sentences written for it.
"""

from __future__ import annotations

import pytest

from conftest import speaker_name

PASSIVE_AGENT_CASES = [
    ("“The pier will pay for itself,” said Mayor Lena Roe.\n\nRoe's plan was backed on Monday by Senator Ann "
     "Vale of Eastland, the top Democrat on the harbor panel, who said the ferry needs the money.\n\n“It has "
     "waited long enough,” she said.", "waited long enough", "Ann Vale"),
    ("“We will keep the clinic open,” said Councillor Tom Brandt.\n\nBrandt's budget was attacked by Dov "
     "Kessler, a nurse at the clinic.\n\n“Nobody asked the staff,” he said.", "Nobody asked the staff",
     "Dov Kessler"),
]


@pytest.mark.parametrize(("text", "snippet", "speaker"), PASSIVE_AGENT_CASES)
def test_the_agent_of_a_passive_is_who_the_sentence_is_about(check, text, snippet, speaker):
    assert speaker_name(check(text), snippet) == speaker
