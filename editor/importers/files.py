"""Reading an article file from disk: the checks every file gets before any parser sees it."""

from __future__ import annotations

from pathlib import Path

from editor.article import Article
from editor.importers import frontmatter, ninjs
from editor.importers.errors import ImportFailed

MAX_FILE_BYTES = 50 * 1024 * 1024
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
NINJS_SUFFIXES = (".json",)


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:8192]:
        raise ImportFailed(f"{name} is not a text file (it contains binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportFailed(
            f"{name} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position {exc.start}, line {line});"
            " save it as UTF-8 and try again"
        ) from None


def read_article_file(path: Path) -> Article:
    """Read ``.md``/``.markdown``/``.txt`` (front matter) or ``.json`` (ninjs) into an Article.

    Raises ImportFailed with one line naming the file (and the line at fault when known).
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in (*MARKDOWN_SUFFIXES, *NINJS_SUFFIXES):
        raise ImportFailed(
            f"{name}: cannot import {suffix or 'files without an extension'} (use .md, .txt or .json)"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                f"{name} is too large to be an article ({size / 1024 / 1024:.0f} MB; the limit is"
                f" {MAX_FILE_BYTES // 1024 // 1024} MB)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ImportFailed(f"{name} is empty")
    text = _decode(raw, name)
    reader = ninjs.loads if suffix in NINJS_SUFFIXES else frontmatter.loads
    try:
        return reader(text)
    except ImportFailed as exc:
        raise ImportFailed(f"{name}, {exc}" if str(exc).startswith("line ") else f"{name}: {exc}") from None
