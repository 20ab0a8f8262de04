"""Reading an article file from disk: the checks every file gets before any parser sees it.

Only regular files are read (after following symlinks), and never more than ``MAX_FILE_BYTES``
whatever ``stat`` says: a FIFO would block the reader forever and ``/dev/zero`` reports size 0 but
never ends. The file is opened with ``O_NONBLOCK`` so that even a FIFO swapped in between the
check and the open cannot block; its type is checked again on the open descriptor.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from editor.article import Article, Origin
from editor.importers import frontmatter, ninjs
from editor.importers.errors import ImportFailed

MAX_FILE_BYTES = 50 * 1024 * 1024
MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
NINJS_SUFFIXES = (".json",)
_CHUNK = 1024 * 1024


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


def _too_large(name: str, size: int, limit: int = MAX_FILE_BYTES) -> ImportFailed:
    return ImportFailed(
        f"{name} is too large to be an article ({size / 1024 / 1024:.0f} MB; the limit is"
        f" {limit // 1024 // 1024} MB)"
    )


def _check_regular(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise ImportFailed(f"{name}: cannot read the file (it is a folder)")
    if not stat.S_ISREG(mode):
        raise ImportFailed(f"{name}: cannot read the file (it is not a regular file)")


def read_capped(path: Path, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, refusing special files and anything over ``limit`` bytes."""
    try:
        info = os.stat(path)  # follows symlinks: a link to /dev/zero is judged by /dev/zero
        _check_regular(info.st_mode, name)
        if info.st_size > limit:
            raise _too_large(name, info.st_size, limit)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb", buffering=0) as handle:
            _check_regular(os.fstat(fd).st_mode, name)
            chunks: list[bytes] = []
            total = 0
            while chunk := handle.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _too_large(name, total, limit)
                chunks.append(chunk)
    except OSError as exc:
        raise ImportFailed(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    return b"".join(chunks)


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
    raw = read_capped(path, name)
    if not raw.strip():
        raise ImportFailed(f"{name} is empty")
    text = _decode(raw, name)
    reader = ninjs.loads if suffix in NINJS_SUFFIXES else frontmatter.loads
    try:
        article = reader(text)
    except ImportFailed as exc:
        raise ImportFailed(f"{name}, {exc}" if str(exc).startswith("line ") else f"{name}: {exc}") from None
    # Pictures beside the file may be published; its relative image paths resolve there, from any cwd.
    article.origin = Origin(folder=os.path.dirname(os.path.abspath(path)))
    return article
