"""A multi-word token's words are spelt as the draft spells them: Stanza's expander rewrites the word it splits a
possessive from (`Conservatives'` → `Conservatiees` + `'`), and a report must never show a name the draft did not
write. Invented sentences; the pipeline tests run the real Stanza models."""

from __future__ import annotations

from conftest import quote_with
from quoteguard.nlp import Analysis, Token, analyse, surface_words

FERRY = ("Ferry costs rise again\n\n"
         "The Scottish Government faced angry exchanges at Holyrood on Wednesday over two delayed ferries.\n\n"
         "The Scottish Conservatives' transport spokesman, Graham Lockhart, said the contract had become 'a byword "
         "for incompetence' across the country. 'Every time the minister comes to this chamber the price has gone "
         "up,' he said.\n")


def _split(analysis: Analysis) -> list[list[Token]]:
    """The multi-word tokens: runs of words sharing one span of the text."""
    groups: dict[tuple[int, int], list[Token]] = {}
    for t in analysis.tokens:
        groups.setdefault((t.start, t.end), []).append(t)
    return [g for g in groups.values() if len(g) > 1]


def test_every_split_token_spells_the_draft(pipeline):
    analysis = analyse(FERRY, pipeline)
    split = _split(analysis)
    assert split, "the bundled expander no longer splits the plural possessive"
    for words in split:
        assert "".join(w.text for w in words) == FERRY[words[0].start:words[0].end]
    assert "Conservatives" in [t.text for t in analysis.tokens]


def test_the_party_a_spokesman_speaks_for_is_named_as_written(check):
    draft = check(FERRY)
    affiliation = quote_with(draft, "Every time the minister").get("affiliation") or {}
    assert affiliation.get("name") == "Scottish Conservatives"


def _token(i: int, text: str, start: int, end: int) -> Token:
    return Token(index=i, text=text, start=start, end=end, sentence=0, lemma=text)


def test_a_stored_misspelling_is_mended_and_a_whole_spelling_is_kept():
    text = "Rovers' coach won't go"
    stored = Analysis(text=text, tokens=[
        _token(0, "Roverrs", 0, 7), _token(1, "'", 0, 7), _token(2, "coach", 8, 13),
        _token(3, "wo", 14, 19), _token(4, "n't", 14, 19), _token(5, "go", 20, 22)],
        sentences=[(0, 5)], entities=[], processors=frozenset({"tokenize", "mwt", "lemma"}))
    mended = surface_words(stored)
    assert [t.text for t in mended.tokens] == ["Rovers", "'", "coach", "wo", "n't", "go"]
    assert mended.tokens[0].lemma == "Rovers"
    assert surface_words(mended) == mended
