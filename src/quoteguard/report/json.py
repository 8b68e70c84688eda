"""The JSON writer: the report exactly as its schema describes it (`quoteguard schema`)."""

from __future__ import annotations

import json
from typing import Any


def to_json(data: Any) -> str:
    """Indented UTF-8 JSON ending in a newline: how every JSON file quoteguard writes looks."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: dict[str, Any], *, color: bool = False) -> str:
    return to_json(report)
