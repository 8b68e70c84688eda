"""The per-document sources summary: who is quoted or cited, named or not, and the indirect attributions."""

from __future__ import annotations


def entry(doc: dict, name: str) -> dict:
    hits = [e for e in doc["sources"]["entries"] if name.lower() in e["name"].lower()]
    assert hits, [e["name"] for e in doc["sources"]["entries"]]
    return hits[0]


def test_sources_summary_counts_quotes_and_indirect_attributions(check):
    doc = check("“We did nothing wrong,” said Finance Minister Anna Petrova. Petrova later told reporters that the "
                "budget was balanced.\n\nNorth Korea is sending workers, according to the New York Times. "
                "The BBC reports that 440 drones were sent. Officials said that the talks failed.\n")
    petrova = entry(doc, "Petrova")
    assert (petrova["type"], petrova["quotes"], petrova["indirect"]) == ("person", 1, 1)
    assert petrova["title"] == "Finance Minister"
    assert entry(doc, "New York Times")["type"] == "publication"
    assert entry(doc, "BBC")["type"] == "publication"
    officials = entry(doc, "officials")
    assert officials["type"] == "unnamed" and officials["anonymous"]
    sources = doc["sources"]
    assert (sources["named"], sources["unnamed"]) == (3, 1)
    assert sources["named_share"] == 0.8
    assert {i["cue"] for i in sources["indirect"]} == {"told", "according to", "reports", "said"}


def test_direct_quote_cue_is_not_an_indirect_attribution(check):
    doc = check("Russian-Iranian relations expert Nikita Smagin adds that “Russia must weigh the risks.”\n")
    assert entry(doc, "Smagin")["quotes"] == 1
    assert doc["sources"]["indirect"] == []
