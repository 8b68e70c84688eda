#!/usr/bin/env bash
# Regenerate the example reports of the two fixture articles (run from anywhere).
# Runs this checkout's code (src/), whatever `quoteguard` is first on PATH.
set -u
cd "$(dirname "$0")/.."
export STANZA_RESOURCES_DIR="${STANZA_RESOURCES_DIR:-../shared/stanza_resources}"
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}"
seeds=../shared/fixtures/seeds
for name in article_v1 article_v2; do
  for fmt in json text; do
    ext=$([ "$fmt" = json ] && echo json || echo txt)
    python -m quoteguard.cli check --format "$fmt" --no-color -o "reports/$name.$ext" "$seeds/$name.txt"
    status=$?
    if [ "$status" -gt 1 ]; then echo "failed on $name ($fmt), exit $status" >&2; exit "$status"; fi
  done
done
# What changed between the two versions: quotes added, removed, reworded, re-attributed; findings.
python -m quoteguard.cli diff -o reports/diff_v1_v2.txt "$seeds/article_v1.txt" "$seeds/article_v2.txt" \
  || { echo "failed on the diff, exit $?" >&2; exit 2; }
echo "reports regenerated in reports/"
