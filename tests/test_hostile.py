"""Hostile drafts and hostile conditions (issue "Reliability and safety").

Whatever a newsroom throws at `quoteguard check` (zip bombs, broken packages, 100,000 nested tags,
symlink loops, unreadable files, the wrong encoding, a 50 MB file, a kill in the middle of a run)
the user sees either a report, or one `quoteguard: error:` line per bad file and exit 2: never a
traceback, a hang, a memory blow-up, or a half-written report. No class of hostile input is
skipped when the tests run as root (as CI does): see `_as_unprivileged_reader`.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import MODELS_DIR, ROOT, SEEDS, assert_usage_error, cli_check, position, quote_with
from quoteguard.io import InputError, parse_document
from quoteguard.models import locate_models
from quoteguard.report.json import render as render_json
from quoteguard.report.model import build_report, validate

GOOD = "“The library will open on Sundays,” said Jane Doe, a spokeswoman for the Hillside Library.\n"


def _env() -> dict[str, str]:
    """The environment of a CLI subprocess: this tree's sources first, the test models."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    env["STANZA_RESOURCES_DIR"] = MODELS_DIR
    return env


def _cli(*args: str) -> list[str]:
    """The command line of a real `quoteguard check` process (the console script's entry point)."""
    return [sys.executable, "-m", "quoteguard", "check", "--models-dir", MODELS_DIR, *args]


def _one_line(stderr: str, *words: str) -> str:
    """stderr is exactly one `quoteguard: error:` line holding every word."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("quoteguard: error: "), stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# -- undecodable bytes ---------------------------------------------------------------------------

_PREFIX = "“Fine,” said Jane Doe.".encode()
BAD_INPUTS = {
    "empty": (b"", ("empty",)),
    "whitespace": (b"  \n\t\r\n   \n", ("whitespace",)),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ("binary",)),
    # The message names the byte offset of the first bad byte, so the user can find it.
    "invalid-utf8": (_PREFIX + b" caf\xe9 more", ("UTF-8", f"offset {len(_PREFIX) + 4}")),
    "latin1": ("Señor García".encode("latin-1"), ("UTF-8", "offset 2", "line 1, column 3")),
    # Notepad's "Unicode" is UTF-16 with a BOM: say so instead of calling it binary.
    "utf16": ("“Fine,” said Jane Doe.".encode("utf-16"), ("UTF-16", "save the draft as UTF-8")),
    # The byte offset counts the BOM: it is the offset a hex editor shows.
    "bom-then-latin1": (b"\xef\xbb\xbfCaf\xe9", ("byte offset 6", "line 1, column 4")),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_unreadable_drafts_are_usage_errors(tmp_path, models_dir, case):
    data, words = BAD_INPUTS[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(data)
    line = assert_usage_error(cli_check(models_dir, str(path)), *words)
    assert str(path) in line


def test_windows_1252_draft_names_the_byte_and_the_encoding(tmp_path, models_dir):
    """A whole draft saved as Windows-1252 (Word's smart quotes are 0x93/0x94 there) is refused, not guessed.

    Guessing could garble names in a quote; the line, column and byte offset let the editor find
    the spot, and the hint says how to fix the file.
    """
    data = b"Intro line.\r\n" + b"He said \x93we will rebuild\x94, and Ren\xe9e agreed.\r\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(data)
    line = assert_usage_error(cli_check(models_dir, str(path)))
    offset = data.index(b"\x93")
    assert line == (f"quoteguard: error: {path}: not valid UTF-8 at line 2, column 9 (byte offset {offset}: 0x93); "
                    "it looks like Windows-1252 (0x93 is “ there): save the draft as UTF-8")


def test_utf8_draft_with_pasted_windows_1252_bytes_says_which_to_retype(tmp_path, models_dir):
    """Mostly UTF-8 with a few cp1252 bytes pasted in: converting the whole file would garble the rest."""
    data = ("Intro line with “proper” UTF-8 quotes.\n“Fine,” said Zoë Ångström.\n".encode()
            + b"Then he said \x93no\x94.\n")
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    line = assert_usage_error(cli_check(models_dir, str(path)))
    offset = data.index(b"\x93")
    assert f"line 3, column 14 (byte offset {offset}: 0x93)" in line
    assert "UTF-8 with 2 Windows-1252 bytes pasted in (0x93 is “ there): retype those characters" in line


# -- DOCX: zip bombs and broken packages ---------------------------------------------------------

def _docx_bytes(text: str = "“Fine,” said Jane Doe, a spokeswoman for the library.") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]


def _repack(change) -> bytes:
    """A copy of a real .docx with each (name, data) part replaced by change(name, data); None drops it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _members(_docx_bytes()):
            new = change(name, data)
            if new is not None:
                archive.writestr(name, new)
    return out.getvalue()


def _zip_bomb(inflated_mb: int = 400) -> bytes:
    """A real .docx whose word/document.xml inflates to `inflated_mb` MB of spaces; under 1 MB packed.

    Streamed into the archive a megabyte at a time, so nothing huge is ever held or written.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in _members(_docx_bytes()):
            if name != "word/document.xml":
                archive.writestr(name, data)
                continue
            with archive.open(name, "w") as part:
                part.write(data[:-20])
                block = b" " * (1 << 20)
                for _ in range(inflated_mb):
                    part.write(block)
                part.write(data[-20:])
    return out.getvalue()


def _lie_about_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size of `member` in its local and central zip headers."""
    raw = bytearray(data)
    name = member.encode()
    # (signature, offset of the uncompressed size, offset of the name length, header length)
    for signature, size_at, name_len_at, header in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        pos = raw.find(signature)
        while pos >= 0:
            length = struct.unpack_from("<H", raw, pos + name_len_at)[0]
            if raw[pos + header:pos + header + length] == name:
                struct.pack_into("<I", raw, pos + size_at, size)
            pos = raw.find(signature, pos + 4)
    return bytes(raw)


def test_zip_bomb_docx_is_refused_fast_and_small(tmp_path):
    """400 MB of XML in a 0.4 MB .docx: refused from the declared sizes, before anything is inflated."""
    bomb = _zip_bomb(400)
    assert len(bomb) < 1024 * 1024
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    err = tmp_path / "stderr.txt"
    started = time.monotonic()
    # A small launcher measures the CLI's peak RSS: a child forked straight from this test process
    # would count the memory of the Stanza pipeline other tests loaded here before its exec.
    launcher = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")
    with err.open("wb") as stderr:
        proc = subprocess.run([sys.executable, "-c", launcher, *_cli(str(path))], env=_env(),
                              stdout=subprocess.PIPE, stderr=stderr, timeout=120)
    elapsed = time.monotonic() - started
    assert proc.returncode == 2
    _one_line(err.read_text(), str(path), "DOCX unpacks to more than the 20 MB limit",
              "word/document.xml declares 400 MB", "--max-bytes")
    peak_kib = int(proc.stdout.split()[-1])  # KiB on Linux
    assert peak_kib < 250 * 1024, f"peak RSS {peak_kib // 1024} MB"
    assert elapsed < 60, f"{elapsed:.1f} s"


def test_zip_bomb_with_lying_headers_is_caught_by_the_bounded_read(models_dir, tmp_path):
    """The headers claim 5,000 bytes; inflating stops there and the CRC check gives the lie away."""
    path = tmp_path / "liar.docx"
    path.write_bytes(_lie_about_size(_zip_bomb(400), "word/document.xml", 5000))
    started = time.monotonic()
    assert_usage_error(cli_check(models_dir, str(path)), str(path), "broken DOCX: Bad CRC-32", "word/document.xml")
    assert time.monotonic() - started < 30


def test_docx_unpacked_size_follows_max_bytes(models_dir, tmp_path):
    """The limit applies to what goes into memory; the same option raises it."""
    path = tmp_path / "plain.docx"
    path.write_bytes(_docx_bytes())
    assert_usage_error(cli_check(models_dir, "--max-bytes", "200000", str(path)),
                       "DOCX unpacks to more than the 200,000 bytes limit", "raise it with --max-bytes")


_GOOD_DOCX = _docx_bytes()
BROKEN_DOCX = {
    "not-a-zip": (b"PK\x03\x04 this is not really a zip archive", "broken DOCX: File is not a zip file"),
    "truncated": (_GOOD_DOCX[: len(_GOOD_DOCX) // 2], "broken DOCX: File is not a zip file"),
    "no-document-part": (_repack(lambda n, d: None if n == "word/document.xml" else d),
                         "broken DOCX: There is no item named 'word/document.xml' in the archive"),
    "malformed-xml": (_repack(lambda n, d: b"<w:document><w:body><w:p>cut off" if n == "word/document.xml" else d),
                      "broken DOCX: malformed XML ("),
    "plain-zip": (_repack(lambda n, d: d if n == "docProps/core.xml" else None),
                  "not a Word document: a zip archive without [Content_Types].xml"),
    "empty": (b"", "the file is empty"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_DOCX))
def test_broken_docx_is_one_line(models_dir, tmp_path, case):
    data, message = BROKEN_DOCX[case]
    path = tmp_path / f"{case}.docx"
    path.write_bytes(data)
    assert_usage_error(cli_check(models_dir, str(path)), f"{path}: {message}")


# -- HTML: broken and absurdly nested ------------------------------------------------------------

@pytest.mark.parametrize("broken, message", [
    ("<p>Unfinished <a href='x'", "unterminated tag"),
    ("<p>Text <!-- never closed", "unterminated comment"),
    ("<script>only()</script><nav>menu</nav>", "no article text"),
    ("<div>" * 100_000 + "<p>Text <!-- never closed", "unterminated comment"),
])
def test_broken_html_is_one_line_input_error(broken, message):
    with pytest.raises(InputError) as err:
        parse_document(broken.encode(), "bad.html", "html")
    assert message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("prefix", ["> " * 30, "- " * 30, "> - " * 20])
def test_markdown_nested_a_few_dozen_levels_keeps_its_text(prefix):
    """Deep but plausible nesting (a quote in a list in a quote...) is read, not dropped."""
    doc = parse_document((prefix + QUOTE + "\n").encode(), "deep.md", "markdown")
    assert QUOTE in doc.text
    start = doc.text.index(QUOTE)
    assert doc.source[doc.to_source(start):].startswith("“We will")


@pytest.mark.parametrize("prefix", ["> " * 100_000, "- " * 100_000, "> " * 99])
def test_markdown_nested_too_deep_is_one_line_not_silently_dropped(prefix):
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        parse_document((prefix + QUOTE + "\n").encode(), "deep.md", "markdown")
    assert "nested" in str(err.value) and "\n" not in str(err.value)
    assert time.monotonic() - started < 30


QUOTE = "“We will rebuild,” said Ana Ruiz, the mayor of Lisbon."
HOSTILE_HTML = {
    "100k-nested-div": "<div>" * 100_000 + QUOTE + "</div>" * 100_000,
    "100k-unclosed-b": "<b>" * 100_000 + QUOTE,
    # Each stray end tag used to scan the whole open-tag stack: quadratic, minutes at this size.
    "100k-stray-end-tags": "<div>" * 100_000 + QUOTE + "</span>" * 100_000,
    "100k-nested-mixed": "<div><b><i>" * 33_000 + QUOTE + "</div>" * 33_000,
    "200k-lone-lt": "<p>" + "< " * 100_000 + QUOTE + "</p>",
    "100k-nested-blockquote": "<blockquote>" * 100_000 + QUOTE,
}


@pytest.mark.parametrize("case", sorted(HOSTILE_HTML))
def test_hostile_html_reads_in_bounded_time(case):
    """Either a document or one InputError line, in well under the time of one Stanza run."""
    source = HOSTILE_HTML[case]
    started = time.monotonic()
    try:
        doc = parse_document(source.encode(), f"{case}.html", "html")
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert "We will rebuild" in doc.text
        start = doc.text.index("“We")
        assert doc.line_col(start) == position(source, "“We")
    assert time.monotonic() - started < 20


def test_100k_nested_tags_end_to_end(models_dir, tmp_path):
    """The full check on 100,000 nested <div>: a report with the quote where it is in the file."""
    source = HOSTILE_HTML["100k-nested-div"]
    path = tmp_path / "deep.html"
    path.write_text(source, encoding="utf-8")
    result = cli_check(models_dir, "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    validate(report)
    quote = quote_with(report["documents"][0], "We will rebuild")
    assert quote["speaker"]["name"] == "Ana Ruiz"
    assert (quote["line"], quote["column"]) == position(source, "“We")


# -- paths: symlinks, directories, permissions ---------------------------------------------------

def test_symlink_loop_is_one_line(models_dir, tmp_path):
    """a -> b -> a. As the first path it also seeds the config search, which used to crash on it."""
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    path = str(tmp_path / "a.txt")
    line = assert_usage_error(cli_check(models_dir, path), "symbolic link loop")
    assert line.startswith(f"quoteguard: error: {path}: ")


def test_symlink_to_missing_target_is_one_line(models_dir, tmp_path):
    link = tmp_path / "draft.txt"
    link.symlink_to(tmp_path / "moved-away.txt")
    assert_usage_error(cli_check(models_dir, str(link)),
                       f"{link}: broken symbolic link (its target {tmp_path / 'moved-away.txt'} does not exist)")


def test_path_through_a_file_is_one_line(models_dir, tmp_path):
    (tmp_path / "file.txt").write_text(GOOD, encoding="utf-8")
    path = str(tmp_path / "file.txt" / "draft.txt")
    assert_usage_error(cli_check(models_dir, path), f"{path}: no such file (a part of the path is a file")


def test_directory_is_a_usage_error(tmp_path, models_dir):
    assert_usage_error(cli_check(models_dir, str(tmp_path)), "directory")


def test_missing_path_is_a_usage_error(tmp_path, models_dir):
    assert_usage_error(cli_check(models_dir, str(tmp_path / "nope.txt")), "nope.txt")


_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _PR_CAPBSET_DROP = 1, 2, 24


def _drop_file_read_override() -> None:
    """In the child, before exec: give up root's right to read files whatever their mode.

    Root keeps its uid, so it can still run the interpreter under /root and read the models; only
    the capabilities that bypass file permissions leave the bounding set, so exec cannot regain them.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _as_unprivileged_reader(tmp_path: Path):
    """A preexec_fn under which mode-000 files really are unreadable, also when the tests run as root.

    Switching to `nobody` does not work here: the interpreter lives under /root (mode 700). Dropping
    the permission-bypassing capabilities does, and is checked first on a real mode-000 file.
    """
    if os.geteuid() != 0:
        return None
    probe = tmp_path / "probe.txt"
    probe.write_text("x", encoding="utf-8")
    probe.chmod(0)
    try:
        check = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"],
                               preexec_fn=_drop_file_read_override, capture_output=True, text=True)
    except subprocess.SubprocessError as exc:  # prctl refused: root without CAP_SETPCAP
        pytest.fail(f"cannot drop CAP_DAC_OVERRIDE to test unreadable files as root: {exc}")
    finally:
        probe.unlink()
    assert "PermissionError" in check.stderr, f"cannot make a mode-000 file unreadable for root: {check.stderr}"
    return _drop_file_read_override


def test_unreadable_file_and_folder_are_one_line_each(tmp_path):
    """chmod 000 on a draft and on a sub-folder: each is named, nothing is skipped in silence."""
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "desk"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "story.txt").write_text(GOOD, encoding="utf-8")
    preexec = _as_unprivileged_reader(tmp_path)
    secret.chmod(0)
    (folder / "locked").chmod(0)
    try:
        run = subprocess.run(_cli(str(secret), str(folder)), env=_env(), capture_output=True, text=True,
                             timeout=300, preexec_fn=preexec)
    finally:
        secret.chmod(0o644)
        (folder / "locked").chmod(0o755)
    assert run.returncode == 2, run.stderr
    assert run.stderr.splitlines() == [
        f"quoteguard: error: {folder / 'locked'}: cannot list the directory (Permission denied)",
        f"quoteguard: error: {secret}: permission denied",
    ]


# -- size limits ---------------------------------------------------------------------------------

def test_too_large_is_a_usage_error(tmp_path, models_dir):
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 2, encoding="utf-8")
    assert_usage_error(cli_check(models_dir, "--max-bytes", "100", str(path)), "--max-bytes")
    assert cli_check(models_dir, "--max-bytes", str(len(GOOD.encode()) * 2), str(path)).exit_code == 0


def test_50_mb_draft_hits_the_limit_from_option_or_config(models_dir, tmp_path):
    """A 50 MB file is refused from its size (it is not read); --max-bytes beats max-bytes in the config."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    huge = drafts / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB of zeros without writing them
        handle.truncate(50 * 1024 * 1024)
    started = time.monotonic()
    assert_usage_error(cli_check(models_dir, str(huge)), f"{huge}: larger than the 20 MB limit", "--max-bytes")
    assert time.monotonic() - started < 10
    config = drafts / ".quoteguard.toml"
    config.write_text("max-bytes = 10485760\n", encoding="utf-8")
    assert_usage_error(cli_check(models_dir, str(huge)), "larger than the 10 MB limit")
    # Raised above the size, the file is read, and is refused for what it holds instead.
    assert_usage_error(cli_check(models_dir, "--max-bytes", "60000000", str(huge)), f"{huge}: looks like a binary")
    config.write_text("max-bytes = 60000000\n", encoding="utf-8")
    assert_usage_error(cli_check(models_dir, str(huge)), "looks like a binary")
    assert_usage_error(cli_check(models_dir, "--max-bytes", "1000", str(huge)), "larger than the 1,000 bytes limit")
    config.write_text('max-bytes = "lots"\n', encoding="utf-8")
    assert_usage_error(cli_check(models_dir, str(huge)), str(config), "max-bytes must be a whole number")


# -- line ends and BOM ---------------------------------------------------------------------------

LINES = ["Intro line without quotes.",
         "“Rates will fall soon,” said Hana Obuya, an economist at Veltra Bank.",
         "",
         "Another line with “nobody speaking in this odd sentence at all.”",
         ""]


def _line_col(text: str, at: int) -> tuple[int, int]:
    """Independent reference: CRLF, lone CR and LF each end one line; columns count characters."""
    line, start = 1, 0
    i = 0
    while i < at:
        if text[i] == "\r" and text[i + 1:i + 2] == "\n":
            i += 1
        if text[i] in "\r\n":
            line, start = line + 1, i + 1
        i += 1
    return line, at - start + 1


def test_line_and_column_with_crlf_lone_cr_and_bom(models_dir, tmp_path):
    """Files on disk, read as bytes: the BOM is no column, and every line end counts once."""
    paths: dict[str, tuple[str, str]] = {}
    for newline, tag in (("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")):
        for bom in (False, True):
            for ext, prefix in ((".txt", ""), (".md", "# Rates\n\n".replace("\n", newline))):
                text = prefix + newline.join(LINES)
                path = tmp_path / f"{tag}{'-bom' if bom else ''}{ext}"
                path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode())
                paths[str(path)] = (text, ext)
    result = cli_check(models_dir, "--format", "json", *paths)
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert len(report["documents"]) == len(paths)
    for document in report["documents"]:
        text, ext = paths[document["path"]]
        first = quote_with(document, "Rates will fall")
        second = quote_with(document, "nobody speaking")
        assert (first["line"], first["column"]) == (_line_col(text, text.index("“Rates")))
        assert first["column"] == 1 and first["speaker"]["name"] == "Hana Obuya"
        assert (second["line"], second["column"]) == _line_col(text, text.index("“nobody"))
        unattributed = [f for f in document["findings"] if f["rule"] == "unattributed-quote"]
        assert [(f["line"], f["column"]) for f in unattributed] == [_line_col(text, text.index("“nobody"))]
        if ext == ".txt":
            assert first["text"] == text[first["start"]:first["end"]]


# -- many files, some hostile --------------------------------------------------------------------

def test_good_draft_among_hostile_files(models_dir, tmp_path):
    """One run: the good draft is checked and reported; each bad file gets its own line; exit 2."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "cp1252.txt": b"He said \x93no\x94.\n",
        "bomb.docx": _zip_bomb(100),
        "broken.docx": _GOOD_DOCX[:1000],
        "broken.html": b"<p>Unfinished <a href='x'",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "empty-folder").mkdir()
    bad_paths = [str(tmp_path / name) for name in [*bad, "loop.txt", "gone.txt", "empty-folder", "missing.txt"]]
    result = cli_check(models_dir, "--format", "json", bad_paths[0], str(good), *bad_paths[1:])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad_paths), result.stderr
    assert all(line.startswith("quoteguard: error: ") for line in lines)
    assert sorted(line.split(": ")[2] for line in lines) == sorted(bad_paths)
    report = json.loads(result.stdout)
    validate(report)
    assert [d["path"] for d in report["documents"]] == [str(good)]
    assert report["documents"][0]["quotes"][0]["speaker"]["name"] == "Jane Doe"
    assert sorted(e["path"] for e in report["errors"]) == sorted(bad_paths)


def test_bad_input_in_a_real_process_prints_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = subprocess.run(_cli(str(empty)), env=_env(), capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"quoteguard: error: {empty}: the file is empty"]


# -- killed mid-run: the previous report survives ------------------------------------------------

def _model_bytes() -> int:
    """Bytes of the model files the pipeline reads (each file once)."""
    source = locate_models(MODELS_DIR)
    files = {os.path.realpath(v) for k, v in source.kwargs.items() if k.endswith("_path")}
    if not files:
        files = {str(p) for p in Path(source.directory, source.kwargs.get("lang", "en")).rglob("*.pt")}
    return sum(os.path.getsize(f) for f in files)


def _wait_until_models_loaded(proc: subprocess.Popen, timeout: float = 240) -> None:
    """Block until the process has read every model file and then gone quiet on reads: it is analysing.

    /proc/PID/io counts the bytes the process read; once that passes the size of the models and
    stops growing for a second and a half, the pipeline is built and Stanza is busy with the draft.
    """
    needed, last, quiet_since = _model_bytes(), -1, time.monotonic()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.communicate()}"
        with open(f"/proc/{proc.pid}/io") as handle:
            read = int(next(line for line in handle if line.startswith("rchar:")).split()[1])
        if read != last:
            last, quiet_since = read, time.monotonic()
        elif read >= needed and time.monotonic() - quiet_since >= 1.5:
            return
        time.sleep(0.1)
    pytest.fail("the models did not finish loading in time")


@pytest.fixture()
def previous_report(tmp_path) -> tuple[Path, bytes]:
    """report.json from an earlier run (a valid, empty report), and its bytes."""
    target = tmp_path / "report.json"
    content = render_json(build_report([], [], ("tokenize",)))
    target.write_text(content, encoding="utf-8")
    return target, target.read_bytes()


@pytest.fixture(scope="module")
def big_draft(tmp_path_factory) -> Path:
    """A draft long enough that Stanza is still busy a few seconds after the pipeline is loaded."""
    text = "\n\n".join((SEEDS / "article_v1.txt").read_text(encoding="utf-8") for _ in range(5))
    path = tmp_path_factory.mktemp("big") / "big_draft.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _start(draft: Path, target: Path) -> subprocess.Popen:
    """The CLI as a user at a terminal starts it: Ctrl-C not ignored, even when these tests run as a background
    job, whose children inherit an ignored SIGINT (a program launched so honours that, and Ctrl-C would then
    only land while the models load)."""
    return subprocess.Popen(_cli(str(draft), "--format", "json", "-o", str(target)), env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _assert_untouched(target: Path, before: bytes) -> None:
    assert target.read_bytes() == before
    validate(json.loads(before))
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]  # no stray temp file


@pytest.mark.parametrize("when", ["after 0.5 s", "after the models loaded"])
def test_sigkill_leaves_the_previous_report(big_draft, previous_report, when):
    target, before = previous_report
    proc = _start(big_draft, target)
    if when == "after 0.5 s":
        time.sleep(0.5)
    else:
        _wait_until_models_loaded(proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    _assert_untouched(target, before)


@pytest.mark.parametrize(("sig", "code", "line"), [
    (signal.SIGINT, 130, "quoteguard: interrupted"),
    (signal.SIGTERM, 143, "quoteguard: interrupted (SIGTERM)"),
])
def test_sigint_and_sigterm_say_one_line_and_leave_the_previous_report(big_draft, previous_report, sig, code, line):
    """Ctrl-C or a CI runner's SIGTERM mid-analysis: one line, 130/143, the old report as it was."""
    target, before = previous_report
    proc = _start(big_draft, target)
    _wait_until_models_loaded(proc)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    assert (proc.returncode, stderr.splitlines(), stdout) == (code, [line], "")
    _assert_untouched(target, before)


def test_ctrl_c_while_starting_is_one_line(big_draft, previous_report):
    target, before = previous_report
    proc = _start(big_draft, target)
    time.sleep(0.5)  # importing the CLI, or already loading the models
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert (proc.returncode, stderr.splitlines()) == (130, ["quoteguard: interrupted"])
    _assert_untouched(target, before)


def test_completed_run_replaces_the_report(tmp_path, previous_report):
    target, before = previous_report
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD, encoding="utf-8")
    run = subprocess.run(_cli(str(draft), "--format", "json", "-o", str(target)), env=_env(),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    after = json.loads(target.read_text(encoding="utf-8"))
    validate(after)
    assert after["documents"][0]["quotes"][0]["speaker"]["name"] == "Jane Doe"
    assert target.read_bytes() != before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt", "report.json"]


# -- out of memory -------------------------------------------------------------------------------

RUN_ON = "“" + " ".join(["no"] * 2400) + ",” said Ana Ruiz.\n"  # a 7 KB quote of 2,400 two-letter words


def _limit_memory() -> None:
    """A 3 GB address-space limit, as an admin or a CI runner may set with ulimit."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


def test_run_on_sentence_is_checked_in_bounded_memory(tmp_path):
    """Chunks bound a sentence's characters, not its words: the first chunk of this draft is one
    sentence of ~1,670 words, which the parser would need ~6 GB for. Sentences that long are not
    parsed, so the draft is checked under 3 GB and the quote still gets its speaker."""
    run_on = tmp_path / "run-on.txt"
    run_on.write_text(RUN_ON, encoding="utf-8")
    report = tmp_path / "report.json"
    run = subprocess.run(_cli("--no-cache", str(run_on), "--format", "json", "-o", str(report)),
                         env=_env(), capture_output=True, text=True, timeout=600, preexec_fn=_limit_memory)
    assert run.returncode in (0, 1), run.stderr
    checked = json.loads(report.read_text(encoding="utf-8"))
    validate(checked)
    assert [q["speaker"]["name"] for q in checked["documents"][0]["quotes"]] == ["Ana Ruiz"]


def test_draft_that_exhausts_memory_is_one_line_and_the_others_are_checked(tmp_path):
    """When the memory does run out, that draft gets one line, the good draft is still reported, exit 2.

    The real allocation failure: the same run-on draft under the same 3 GB limit, with the parser's
    sentence-length cap lifted in the child process.
    """
    run_on = tmp_path / "run-on.txt"
    run_on.write_text(RUN_ON, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    report = tmp_path / "report.json"
    lifted = ("import sys, quoteguard.nlp as nlp; nlp.MAX_PARSE_WORDS = 10**6; "
              "from quoteguard.__main__ import run; sys.argv[0] = 'quoteguard'; run()")
    command = [sys.executable, "-c", lifted, *_cli("--no-cache", str(run_on), str(good), "--format", "json",
                                                   "-o", str(report))[3:]]
    run = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=600,
                         preexec_fn=_limit_memory)
    _failed_alone(run, report, good, f"{run_on}: ran out of memory analysing the draft", "very long sentence")


# -- time limit ----------------------------------------------------------------------------------

def test_draft_over_the_time_limit_is_one_line_and_the_others_are_checked(tmp_path):
    """`--timeout`: a draft that takes longer is given up (exit 2, one line); the model load does
    not count against the first draft, so the short draft after it is still reported. The limit
    leaves the short draft room on a loaded machine (it took over 5 s with both cores busy)."""
    slow = tmp_path / "slow.txt"
    slow.write_text("".join(f"“The pier at berth {n} needs new pilings,” said harbour engineer Ana Ruiz.\n\n"
                            for n in range(5000)), encoding="utf-8")  # ~380 KB: about a minute of Stanza, alone
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    report = tmp_path / "report.json"
    run = subprocess.run(_cli("--no-cache", "--timeout", "15", str(slow), str(good), "--format", "json",
                              "-o", str(report)), env=_env(), capture_output=True, text=True, timeout=600)
    _failed_alone(run, report, good, f"{slow}: gave up after 15 s", "--timeout")


def _failed_alone(run: subprocess.CompletedProcess, report: Path, good: Path, *words: str) -> None:
    """Exit 2 with one error line holding `words`, and a valid report of the good draft alone."""
    assert run.returncode == 2, run.stderr
    _one_line(run.stderr, *words)
    checked = json.loads(report.read_text(encoding="utf-8"))
    validate(checked)
    assert [d["path"] for d in checked["documents"]] == [str(good)]
    assert checked["documents"][0]["quotes"][0]["speaker"]["name"] == "Jane Doe"
