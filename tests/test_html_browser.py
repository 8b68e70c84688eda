"""The HTML report as a browser shows it: headless Chromium renders it, the test reads what is shown."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quoteguard.engine import check_document
from quoteguard.io import read_document
from quoteguard.report.html import PALETTE
from quoteguard.report.html import render as render_html
from quoteguard.report.model import build_report

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


def chromium(page: Path, *args: str) -> str:
    with tempfile.TemporaryDirectory(prefix="qg-chromium-") as profile:
        run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                             capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


class _Shown(HTMLParser):
    """Collects the speaker names in the sources table and the highlighted quotes of a DOM dump."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self.quotes: list[dict[str, str]] = []
        self._in_name = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "span" and "speaker-name" in classes:
            self._in_name = True
        if tag == "span" and "quote" in classes:
            self.quotes.append(attrs)

    def handle_endtag(self, tag):
        self._in_name = False

    def handle_data(self, data):
        if self._in_name:
            self.names.append(data)


DRAFT = """Port strike ends after three weeks

Crowds gathered at the gates. “Nobody here expected a deal this week.”

“The strike is over,” said Maria Lopez, a spokeswoman for the Dockworkers Union.

Lopez said members voted on Sunday. “We got what we asked for, and more,” she said.

“This deal costs us 40 million euros a year,” said Tom Reed, chief executive of Harbour Lines.

“Nobody won this one,” said a senior port official.
"""


@pytest.fixture(scope="module")
def report_page(pipeline, kb, model_source, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    draft = folder / "port <strike>.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = check_document(read_document(str(draft)), pipeline, kb)
    report = build_report([result], [], model_source.processors)
    page = folder / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    return page, report["documents"][0]


def test_browser_shows_sources_and_highlighted_quotes(report_page):
    page, doc = report_page
    shown = _Shown()
    shown.feed(chromium(page, "--dump-dom"))
    assert shown.names == [s["name"] for s in doc["speakers"]]
    assert shown.names[0] == "Maria Lopez" and {"Tom Reed", "a senior port official"} <= set(shown.names)
    assert len(shown.quotes) == len(doc["quotes"]) == 5
    lopez = [q for q in shown.quotes if q.get("data-speaker") == "Maria Lopez"]
    assert len(lopez) == 2 and all("Dockworkers Union" in q["title"] for q in lopez)
    assert sum("unattributed" in q["class"] for q in shown.quotes) == 1


def test_page_csp_blocks_injected_script(report_page, tmp_path):
    page, _ = report_page
    hostile = tmp_path / "hostile.html"
    injected = "<script>document.body.setAttribute('data-state', 'pw' + 'ned')</script></body>"
    hostile.write_text(page.read_text(encoding="utf-8").replace("</body>", injected), encoding="utf-8")
    assert "pwned" not in chromium(hostile, "--dump-dom")


def _pixels(png: bytes) -> set[tuple[int, int, int]]:
    """The distinct RGB colours of an 8-bit, non-interlaced RGB(A) PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        chunk = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour_type in (2, 6)
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            data += chunk
        pos += 12 + length
    raw, stride, prev, colours = zlib.decompress(data), width * channels, bytearray(width * channels), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(tuple(line[i:i + 3]) for i in range(0, stride, channels * 7))
        prev = line
    return colours


def test_screenshot_shows_speaker_colours(report_page, tmp_path):
    page, _ = report_page
    shot = tmp_path / "shot.png"
    chromium(page, f"--screenshot={shot}", "--window-size=1000,1400")
    colours = _pixels(shot.read_bytes())
    first = tuple(int(PALETTE[0][i:i + 2], 16) for i in (1, 3, 5))
    assert first in colours, "the first speaker's colour is not on screen: the style sheet was blocked"
