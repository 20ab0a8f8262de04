"""Local images → site media: upload once, rewrite references, never let a local path reach the site.

Uploads are remembered by the SHA-256 of the file's bytes (``known``: hash → :class:`MediaRef`), so the same
picture is uploaded once even if it moved or was renamed. The caller persists ``known`` per account (as
JSON via ``MediaRef.to_dict``); it is only a cache: each upload carries its hash in its description
(:func:`media_marker`) and an unknown file is looked up on the site first, so neither a lost cache nor a
lost upload answer uploads a picture twice.

Which references count as local: ``file://`` URLs, absolute paths, and relative paths (resolved against
the folder the article was imported from). Only those the journalist placed are uploaded (the rule is
``editor.image_origin``); any other raises NotPlaced. Web URLs (http/https), ``data:`` and other schemes
are left alone. Images are found with markdown-it (so a path shown inside a code block is
text, not an image) and rewritten in the Markdown source, keeping alt text and titles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import filetype
from markdown_it import MarkdownIt

from editor.article import Origin
from editor.cms.client import MediaItem
from editor.cms.errors import MissingMedia, NotAnImage, NotPlaced
from editor.image_origin import check_image

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"})


@dataclass(frozen=True, slots=True)
class MediaRef:
    """An uploaded file: its media id and public URL on the site."""

    id: int
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MediaRef:
        return cls(int(data["id"]), str(data["url"]))


Uploaded = Callable[[str, MediaRef], None]  # (file digest, where it went): called as each upload lands


class Uploader(Protocol):
    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem: ...

    def find_media(self, marker: str) -> MediaItem | None: ...


def media_marker(digest: str) -> str:
    """What an upload carries in its description, so a retry after a lost answer finds it by its bytes."""
    return f"copydesk-media-{digest}"


# Inline image destinations: ![alt](dest "title") with dest bare or in <...>; and reference definitions.
_INLINE_IMAGE = re.compile(r"(!\[(?:[^\]\\]|\\.)*\]\(\s*)(<[^>\n]*>|[^\s()]+)")
_REFERENCE_DEF = re.compile(r"^( {0,3}\[(?:[^\]\\]|\\.)+\]:\s*)(<[^>\n]*>|\S+)", re.MULTILINE)


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table"])


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_image_file(path: Path) -> bool:
    """A regular file whose first bytes are those of a PNG, JPEG, GIF, WebP or AVIF image (not its name)."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    return filetype.guess_mime(head) in IMAGE_TYPES


def placed_file(reference: str, origin: Origin) -> Path | None:
    """The file a reference points to on this computer (None for web or other URLs), if it may be uploaded.

    Raises NotPlaced, naming it, when the journalist did not place it (see ``editor.image_origin``).
    """
    image = check_image(reference, origin)
    if image is None:
        return None
    if image.refusal:
        folder = str(origin.folder or "")
        raise NotPlaced("upload_" + image.refusal, params={"reference": image.reference, "folder": folder})
    return image.path


def _scan(markdown: str) -> tuple[set[str], set[int]]:
    """The (normalised) src of every image markdown-it sees (paragraphs, tables, links...), and the
    0-based lines of code blocks, where an image-like text is shown as text and left alone."""
    sources: set[str] = set()
    code_lines: set[int] = set()
    stack = list(_parser().parse(markdown))
    while stack:
        token = stack.pop()
        if token.type == "image":
            sources.add(str(token.attrGet("src") or ""))
        elif token.type in ("fence", "code_block") and token.map:
            code_lines.update(range(token.map[0], token.map[1]))
        stack.extend(token.children or ())
    return sources, code_lines


def upload_file(
    client: Uploader,
    path: Path,
    *,
    known: dict[str, MediaRef],
    alt_text: str = "",
    caption: str = "",
    uploaded: Uploaded | None = None,
) -> MediaRef:
    """Upload ``path`` unless a file with the same bytes is in ``known`` (which this call updates).

    ``uploaded(digest, ref)`` hears of a real upload at once, so the caller can record it before anything
    else can fail: a publish that stops at a later image never uploads this one again.
    """
    if not path.is_file():
        raise MissingMedia("image_gone", params={"path": str(path)})
    if not is_image_file(path):
        raise NotAnImage("not_an_image", params={"path": str(path)})
    digest = file_digest(path)
    if digest not in known:
        # Not known here, but an earlier upload may have landed with its answer lost: look before sending.
        marker = media_marker(digest)
        item = client.find_media(marker) or client.upload_media(
            path, alt_text=alt_text, caption=caption, marker=marker
        )
        known[digest] = MediaRef(item.id, item.source_url)
        if uploaded is not None:
            uploaded(digest, known[digest])
    return known[digest]


class _LocalImages:
    """Finds the body's image references that point at local files (not the ones shown as code)."""

    def __init__(self, markdown: str) -> None:
        self.parser = _parser()
        self.sources, self.code_lines = _scan(markdown)

    def reference(self, match: re.Match[str]) -> str | None:
        """The destination of an ``_INLINE_IMAGE`` / ``_REFERENCE_DEF`` match if it is an image, else None."""
        if match.string.count("\n", 0, match.start()) in self.code_lines:
            return None
        destination = match.group(2)
        bare = destination[1:-1] if destination.startswith("<") else destination
        # markdown-it refuses file: links (they would be shown as text, path included): always ours.
        is_file_url = bare.lower().startswith("file:")
        known_image = self.parser.normalizeLink(bare) in self.sources or bare in self.sources
        return destination if is_file_url or known_image else None


def image_references(markdown: str) -> list[tuple[int, str]]:
    """Every image destination of the body (web or local), with its 1-based line, in order of lines."""
    if "![" not in markdown:
        return []
    finder = _LocalImages(markdown)
    found = []
    for pattern in (_INLINE_IMAGE, _REFERENCE_DEF):
        for match in pattern.finditer(markdown):
            reference = finder.reference(match)
            if reference is not None:
                found.append((markdown.count("\n", 0, match.start()) + 1, reference))
    return sorted(found, key=lambda item: item[0])


def refuse_unplaced(markdown: str, origin: Origin) -> None:
    """Raise NotPlaced for the first body image the journalist did not place (before any upload)."""
    for _line, reference in image_references(markdown):
        placed_file(reference, origin)


def local_images(markdown: str, origin: Origin) -> list[Path]:
    """The local files the body's images point at that may be uploaded, in order, each once."""
    images = (check_image(reference, origin) for _line, reference in image_references(markdown))
    return list(dict.fromkeys(i.path for i in images if i is not None and not i.refusal))


def upload_local_images(
    client: Uploader,
    markdown: str,
    *,
    known: dict[str, MediaRef],
    origin: Origin,
    progress: Callable[[Path], None] | None = None,
    uploaded: Uploaded | None = None,
) -> tuple[str, dict[str, MediaRef]]:
    """Upload the body's local images and return the Markdown pointing at the site's copies.

    ``known`` is not modified; the returned dict is ``known`` plus this call's uploads. ``progress(path)``
    is called before each file that really has to be uploaded, ``uploaded`` after it (see upload_file).
    Raises MissingMedia when a referenced file does not exist, rather than publishing a path to nowhere,
    and NotPlaced (before anything is uploaded) when one was not placed by the journalist (``origin``).
    """
    known = dict(known)
    if "![" not in markdown:  # no image at all: spare the parse (every Markdown image starts so)
        return markdown, known
    refuse_unplaced(markdown, origin)
    finder = _LocalImages(markdown)
    replacements: dict[str, str] = {}

    def rewrite(match: re.Match[str]) -> str:
        reference = finder.reference(match)
        path = None if reference is None else placed_file(reference, origin)
        if path is None:
            return match.group(0)
        destination = match.group(2)
        if destination not in replacements:
            if progress is not None and path.is_file() and file_digest(path) not in known:
                progress(path)
            replacements[destination] = upload_file(client, path, known=known, uploaded=uploaded).url
        return match.group(1) + replacements[destination]

    rewritten = _INLINE_IMAGE.sub(rewrite, markdown)
    rewritten = _REFERENCE_DEF.sub(rewrite, rewritten)
    return rewritten, known
