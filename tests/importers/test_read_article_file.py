"""Importing files from disk: every kind of bad file gets one readable line, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from editor.article import Article, Byline, Origin
from editor.cli.findings import describe
from editor.importers import MAX_FILE_BYTES, ImportFailed, frontmatter, ninjs, read_article_file
from editor.render import render_article, run_checklist
from tests.render.html_checks import assert_harmless


def failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        read_article_file(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_markdown_and_ninjs_files_are_read_by_extension(tmp_path: Path) -> None:
    article = Article(headline="Storm", body="Text.", bylines=[Byline("Ann")])
    for name, text in (("a.md", frontmatter.dumps(article)), ("b.markdown", frontmatter.dumps(article)),
                       ("c.TXT", frontmatter.dumps(article)), ("d.json", ninjs.dumps(article))):  # fmt: skip
        (tmp_path / name).write_text(text, encoding="utf-8")
        # and the folder it came from is recorded: pictures beside it may be published (editor.image_origin)
        assert read_article_file(tmp_path / name) == article.copy(origin=Origin(str(tmp_path)))


def test_invalid_utf8_names_the_byte_position_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(b"---\nheadline: ok\n---\nCaf" + b"\xe9 au lait\n")
    assert failure(path) == (
        "latin1.md is not UTF-8 text (byte 0xe9 at position 24, line 4); save it as UTF-8 and try again"
    )


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert failure(path) == "photo.md is not a text file (it contains binary data)"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(content)
    assert failure(path) == "empty.md is empty"


def test_a_file_over_the_size_limit_is_refused_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written to disk
    assert failure(path) == "huge.md is too large to be an article (50 MB; the limit is 50 MB)"


def test_malformed_front_matter_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\nheadline: Storm\nsources:\n  - name: AFP\n    kind: telepathy\n---\nBody\n")
    assert failure(path).startswith("broken.md, line 3: sources: unknown source kind 'telepathy'")
    path.write_text("---\nheadline: 'unclosed\n---\nBody\n")
    assert failure(path).startswith("broken.md, line ")


def test_malformed_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    path.write_text('{\n  "uri": "x",\n  "headlines": [}\n')
    assert failure(path).startswith("item.json, line 3, column 17: not valid JSON")


def test_a_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\nheadline: Caf\xc3\xa9\r\n---\r\n\r\nOne\r\nTwo\r\n")
    article = read_article_file(path)
    assert (article.headline, article.body) == ("Café", "One\nTwo")
    json_path = tmp_path / "bom.json"
    json_path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"uri": "x:1", "headlines": [{"value": "Hi"}]}).encode()
    )
    assert read_article_file(json_path).headline == "Hi"


@pytest.mark.parametrize("name", ["story.docx", "story"])
def test_unsupported_file_types_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("text")
    assert "cannot import" in failure(path)


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    assert "cannot read the file" in failure(tmp_path / "missing.md")
    (tmp_path / "folder.md").mkdir()
    assert "cannot read the file" in failure(tmp_path / "folder.md")


def test_a_10_mb_body_imports_and_is_refused_cleanly_by_render_and_checklist(tmp_path: Path) -> None:
    paragraph = "The council met again on Tuesday to discuss the budget for next year. " * 14 + "\n\n"
    path = tmp_path / "long.md"
    path.write_text(
        "---\nheadline: A very long story\n---\n\n" + paragraph * (10 * 1024 * 1024 // len(paragraph))
    )
    article = read_article_file(path)
    assert len(article.body) > 10_000_000
    assert "too long to show" in render_article(article)
    assert any("too long to publish" in describe(p) for p in run_checklist(article))


def test_hostile_html_in_an_imported_file_is_neutralised_when_rendered(tmp_path: Path) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(
        "---\nheadline: <script>alert(1)</script>\ncredit_line: <img src=x onerror=alert(1)>\n"
        "sources:\n  - name: <svg onload=alert(1)>\n    url: JaVaScRiPt:alert(1)\n"
        "related:\n  - title: x\n    url: javascript:alert(1)\n---\n"
        "<iframe src=//evil></iframe>\n\n[click](javascript:alert(1))\n"
    )
    assert_harmless(render_article(read_article_file(path)))


def _import_in_a_subprocess(path: Path, data: Path) -> subprocess.CompletedProcess[str]:
    """``copydesk import PATH`` as a user runs it, with 1 GB of address space, so reading without a
    limit fails fast instead of taking the machine's memory, and a hang is a timeout."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run(
        [sys.executable, "-m", "editor", "--data-dir", str(data), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_memory,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize("kind", ["fifo", "symlink to /dev/zero"])
def test_a_special_file_is_refused_in_one_line_without_hanging_or_reading_forever(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "story.md"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    result = _import_in_a_subprocess(path, tmp_path / "data")
    assert result.returncode == 1, result.stderr
    first_line = result.stderr.splitlines()[0]
    assert first_line == "copydesk: story.md: cannot read the file (it is not a regular file)"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.md", "---\nheadline: " + "[" * 1000 + "]" * 1000 + "\n---\nBody."),
        ("deep-block.md", "---\ntags:\n  " + "- " * 1000 + "x\n---\nBody."),
        ("huge.md", "---\nheadline: x\nrelated:\n  - title: a\n    remote_id: " + "9" * 5000 + "\n---\n"),
        ("huge.json", '{"headlines": [{"role": "main", "value": ' + "9" * 5000 + "}]}"),
        ("alt.json", '{"altIds": [{"role": "copydesk:x", "value": ' + "1" * 5000 + "}]}"),
    ],
    ids=["yaml-flow-deep", "yaml-block-deep", "yaml-digits", "ninjs-digits", "altid-digits"],
)
def test_deep_nesting_and_huge_numbers_are_refused_in_one_line(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    message = failure(path)
    assert message.startswith(name) and ("nested too deeply" in message or "number" in message), message
