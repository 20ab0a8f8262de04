"""Which local pictures may leave this computer: the one rule publishing and the checklist share.

A story names files; only those the journalist placed are ever uploaded to a public site:

* put in through the window (Insert Image, a drop into the body, the featured image's picker), recorded in
  ``Article.origin.placed``; or
* lying inside the folder of the file the article was imported from (``Article.origin.folder``), named by
  a path: relative paths resolve against that folder, never against the current directory.

A path from an imported file that leaves its folder (``../``, ``~``, an absolute path elsewhere, a symlink
pointing out), or a ``file:`` URL that came with an imported item, is refused, as is anything in an article
made in the app that was typed rather than placed. Whether the file is a picture at all is checked
separately, by its bytes (``editor.cms.media.is_image_file``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from editor.article import Origin

# Why a picture is refused (LocalImage.refusal; the checklist's finding codes too).
NOT_PLACED = "image_not_placed"  # an article made in the app: typed, not put in through the window
FILE_URL = "image_file_url"  # a file: URL that came with an imported item
OUTSIDE_FOLDER = "image_outside_folder"  # leaves the folder of the imported file


@dataclass(frozen=True, slots=True)
class LocalImage:
    """A reference to a file on this computer: where it points, why it is never uploaded (a code above;
    "" if it may be)."""

    reference: str
    path: Path
    refusal: str = ""


def _unwrapped(reference: str) -> str:
    text = reference.strip()
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


def shown(reference: str) -> str:
    """The reference as one line of text for a message (line breaks and other controls escaped)."""
    text = reference.strip()
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _inside(path: str, folder: str) -> bool:
    """Whether ``path``, symlinks followed, lies in ``folder``: ``..``, ``~`` or a link cannot escape it."""
    try:
        real_path, real_folder = os.path.realpath(path), os.path.realpath(folder)
    except ValueError:  # a NUL in the name: no file of this computer
        return False
    return os.path.commonpath([real_path, real_folder]) == real_folder


def check_image(reference: str, origin: Origin) -> LocalImage | None:
    """The local file ``reference`` names and whether it may be uploaded; None for web (or other) URLs."""
    text = _unwrapped(reference)
    parts = urlsplit(text)
    file_url = parts.scheme.lower() == "file"
    if file_url:
        path = Path(unquote(parts.path))
    elif parts.scheme or text.startswith("//") or not text:
        return None  # http(s), data:, mailto: ... or protocol-relative: not ours to upload
    else:
        path = Path(os.path.expanduser(unquote(text)))  # "~nobody" stays as it is (Path would raise)
    if not path.is_absolute():
        path = Path(origin.folder or os.getcwd()) / path
    named = shown(reference)
    placed = {os.path.abspath(os.path.expanduser(p)) for p in origin.placed}
    if os.path.abspath(path) in placed:
        return LocalImage(named, path)
    if not origin.folder:
        refusal = NOT_PLACED
    elif file_url:
        refusal = FILE_URL
    elif not _inside(str(path), origin.folder):
        refusal = OUTSIDE_FOLDER
    else:
        refusal = ""
    return LocalImage(named, path, refusal)
