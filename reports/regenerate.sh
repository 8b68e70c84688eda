#!/usr/bin/env bash
# Regenerate the example reports of the two fixture articles (run from anywhere).
set -u
cd "$(dirname "$0")/.."
export STANZA_RESOURCES_DIR="${STANZA_RESOURCES_DIR:-../shared/stanza_resources}"
seeds=../shared/fixtures/seeds
for name in article_v1 article_v2; do
  for fmt in json text; do
    ext=$([ "$fmt" = json ] && echo json || echo txt)
    quoteguard check --format "$fmt" --no-color -o "reports/$name.$ext" "$seeds/$name.txt"
    status=$?
    if [ "$status" -gt 1 ]; then echo "failed on $name ($fmt), exit $status" >&2; exit "$status"; fi
  done
done
echo "reports regenerated in reports/"
