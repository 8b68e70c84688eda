#!/usr/bin/env bash
# Regenerate the example reports of the two fixture articles (run from anywhere): text, JSON,
# SARIF, GitHub annotations and HTML, plus a screenshot of article_v1's HTML report when
# Chromium is installed. Uses this checkout's code, not whatever `quoteguard` is on PATH.
# The check runs inside the fixtures directory, so report paths are just the file names.
set -u
cd "$(dirname "$0")/.."
here=$PWD
export STANZA_RESOURCES_DIR="$(cd "${STANZA_RESOURCES_DIR:-../shared/stanza_resources}" && pwd)"
export PYTHONPATH="$here/src${PYTHONPATH:+:$PYTHONPATH}"
cd ../shared/fixtures/seeds
for name in article_v1 article_v2; do
  for fmt in json text sarif github html; do
    case "$fmt" in json) ext=json ;; text) ext=txt ;; sarif) ext=sarif ;; github) ext=github.txt ;; html) ext=html ;; esac
    GITHUB_STEP_SUMMARY= python -m quoteguard.cli check --format "$fmt" --no-color -o "$here/reports/$name.$ext" \
      "$name.txt"
    status=$?
    if [ "$status" -gt 1 ]; then echo "failed on $name ($fmt), exit $status" >&2; exit "$status"; fi
  done
done
# What changed between the two versions: quotes added, removed, reworded, re-attributed; findings.
python -m quoteguard.cli diff -o "$here/reports/diff_v1_v2.txt" article_v1.txt article_v2.txt \
  || { echo "failed on the diff, exit $?" >&2; exit 2; }
cd "$here"
chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chromium_bin" ]; then
  profile=$(mktemp -d)
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --window-size=1280,2200 --screenshot="$here/reports/article_v1.html.png" \
    "file://$here/reports/article_v1.html" 2>/dev/null
  rm -rf "$profile"
else
  echo "chromium not found: screenshot not refreshed" >&2
fi
echo "reports regenerated in reports/"
