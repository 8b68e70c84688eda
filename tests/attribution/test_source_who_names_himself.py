"""`A man near the bleachers … "…!" he shouted … Outside, he identified himself as Owen Tarrant`: a he/she that
names the unnamed source the sentences before brought in (data `self_naming_phrases`) makes every quote of the
source that person's. With someone else named between, whom the he/she stands for is not certain, and the source
stays unnamed (invented sentences, real pipeline)."""

from __future__ import annotations

from conftest import speaker_of


def test_a_source_who_names_himself_is_that_person(check):
    draft = check("Rally draws protest\n\n"
                  "Midway through, a man near the bleachers unfurled a banner and began yelling through a bullhorn. "
                  "\u201cYou will shut down every dairy in this county!\u201d he shouted, before deputies walked him "
                  "out a side door. Outside, he identified himself as Owen Tarrant of nearby Millbrook.\n\n"
                  "\u201cI am not against her. I am against the plan,\u201d Tarrant said.\n")
    speaker = speaker_of(draft, "shut down every dairy")
    assert speaker["name"] == "Owen Tarrant"
    assert speaker["type"] == "person"


def test_with_someone_named_between_the_source_stays_unnamed(check):
    draft = check("Rally draws protest\n\n"
                  "Midway through, a man near the bleachers began yelling through a bullhorn. \u201cYou will shut "
                  "down every dairy in this county!\u201d he shouted, before Sheriff Dale Hoyt walked him out. "
                  "Outside, he identified himself as Owen Tarrant.\n")
    assert speaker_of(draft, "shut down every dairy")["type"] == "unnamed"
