"""Bytes of incoming copy to text: BOMs, a page's declared charset, then detection.

Saved pages and e-mailed copy come in every encoding a newsroom has ever used. The order: a byte order
mark wins (UTF-8/16/32); then what the document declares (``<meta charset>``, ``http-equiv``, an XML
declaration) when Python knows that codec and it decodes cleanly; then strict UTF-8; then
charset-normalizer's best guess (cp1252, Latin-1, KOI8-R…), which the caller reports as a warning.
Binary data (NUL bytes outside a UTF-16/32 BOM, or a file type ``filetype`` recognises) is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import filetype
from charset_normalizer import from_bytes

from editor.importers.errors import ImportFailed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""",
    re.IGNORECASE,
)
_HEAD_BYTES = 4096
# A declared charset that is a well-known lie: pages saying latin-1 are in practice cp1252 (the WHATWG
# encoding standard decodes them so) and the quotes and dashes in 0x80-0x9f must not become controls.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when neither a BOM, a declaration nor UTF-8 told us: say so to the user


def _codec(name: str) -> str | None:
    label = name.strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def refuse_binary(raw: bytes, name: str) -> None:
    """ImportFailed if ``raw`` is not text (an image, a PDF, an archive, or NUL bytes)."""
    kind = filetype.guess(raw[:8192])
    if kind is not None:
        raise ImportFailed(f"{name} is not a text file (it is {kind.mime} data)")
    if b"\x00" in raw[:8192] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFailed(f"{name} is not a text file (it contains binary data)")


def decode(raw: bytes, name: str) -> Decoded:
    """The text of ``raw``; raises ImportFailed for binary data or text in no encoding we can tell."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw.decode(codec), codec, False)
            except UnicodeDecodeError:
                raise ImportFailed(
                    f"{name} starts with a {codec} byte order mark but is not {codec}"
                ) from None
    refuse_binary(raw, name)
    match = _DECLARED.search(raw[:_HEAD_BYTES])
    if match:
        declared = _codec((match.group(1) or match.group(2)).decode("ascii"))
        if declared and declared not in ("utf-16", "utf-32"):
            try:
                return Decoded(raw.decode(declared), declared, False)
            except UnicodeDecodeError:
                pass  # the declaration is wrong: fall through to UTF-8 and detection
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[: 512 * 1024]).best()
    codec = _codec(best.encoding) if best is not None else None
    if codec is None:
        raise ImportFailed(f"{name}: cannot tell which character encoding the text is in; save it as UTF-8")
    try:
        return Decoded(raw.decode(codec), codec, True)
    except UnicodeDecodeError:
        return Decoded(raw.decode(codec, errors="replace"), codec, True)
