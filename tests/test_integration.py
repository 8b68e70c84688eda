"""Integration files: the pre-commit hook manifest and the composite GitHub Action."""

from __future__ import annotations

import re

import yaml

from conftest import ROOT


def test_pre_commit_manifest():
    from pre_commit.clientlib import load_manifest

    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))  # pre-commit's own validation
    assert isinstance(hooks, list) and {h["id"] for h in hooks} == {"quoteguard", "quoteguard-system"}
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["entry"] == "quoteguard check"
        assert hook["require_serial"] is True  # one process (one model load) for all files
        files = re.compile(hook["files"])
        for name in ("a.md", "news/b.html", "c.htm", "d.docx", "e.txt", "f.markdown"):
            assert files.search(name), name
        assert not files.search("setup.py")


def test_action_is_composite_with_cache_and_sarif_upload():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/cache@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert all("shell" in s for s in steps if "run" in s)
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "torch==" in runs and "--format sarif" in runs
    # Inputs reach scripts through env, never by ${{ }} inside `run` (no script injection).
    assert "${{" not in runs
