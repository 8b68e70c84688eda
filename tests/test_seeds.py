"""Acceptance on the two fixture articles, scored by the shared scorer, end to end through the CLI."""

import json
import os
import subprocess
import sys

from conftest import MODELS_DIR, SEEDS, SHARED


def test_seed_articles_score_fully():
    env = {**os.environ, "STANZA_RESOURCES_DIR": MODELS_DIR}
    run = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_expected.py"), str(SEEDS / "expected.json"), str(SEEDS),
         "--cmd", f"{sys.executable} -m quoteguard.cli check --format json"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert run.stdout.strip().splitlines()[-1] == "speaker 20/20 affiliation 14/14 document-findings 2/2", run.stdout


def test_json_report_is_deterministic_and_valid(tmp_path):
    from quoteguard.report.model import validate

    env = {**os.environ, "STANZA_RESOURCES_DIR": MODELS_DIR}
    outputs = []
    for n in range(2):
        target = tmp_path / f"r{n}.json"
        subprocess.run([sys.executable, "-m", "quoteguard.cli", "check", "--format", "json", "-o", str(target),
                        str(SEEDS / "article_v1.txt")], env=env, check=False, timeout=300)
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    validate(json.loads(outputs[0]))
