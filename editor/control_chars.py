"""Control characters never enter an article: the one rule every entry applies (importers, the command
line, paste in the window, and the store for single-line fields).

C0 and C1 control characters (NUL, BEL, ESC, DEL, CSI…) rewrite a terminal, end up in a WordPress title
or slug, and mean nothing in a story. Control and string sequences are removed whole (``ESC [ 2 J`` or
``ESC ] 0 ; title BEL`` leave nothing behind); another ESC is removed alone. Multi-line fields
(standfirst, body, editor's note, a source's note) keep tabs and line breaks (CR LF, a lone CR and NEL
become LF); in single-line fields any run of tabs and line breaks becomes one space. Unicode line and
paragraph separators (U+2028/9) are not control characters and are kept.
"""

from __future__ import annotations

import dataclasses
import re

from editor.article import Article

# ECMA-48 sequences: CSI (ESC [ or U+009B) params intermediates final; OSC/DCS/APC/PM/SOS strings up to
# BEL or ST (an unterminated one loses only its opener). Any other ESC goes alone: what follows it may be
# the story's own text ("storm\x1b-hits").
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
)
_BREAKS = re.compile(r"\r\n?|\x85")
_OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and LF
_SINGLE_LINE_BREAKS = re.compile(r"[\t\n]+")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

MULTI_LINE_FIELDS = ("standfirst", "body", "editors_note")
SINGLE_LINE_FIELDS = ("headline", "credit_line", "dateline", "section", "slug")


def has_controls(text: str, *, multiline: bool = False) -> bool:
    """Whether :func:`strip_controls` would change ``text`` (tabs and LF are fine in multi-line text)."""
    found = _ANY_CONTROL.search(text)
    if found is None or not multiline:
        return found is not None
    return _OTHER_CONTROLS.search(text) is not None


def strip_controls(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters (see the module docstring)."""
    if not _ANY_CONTROL.search(text):
        return text
    text = _SEQUENCE.sub("", _BREAKS.sub("\n", text))
    text = _OTHER_CONTROLS.sub("", text)
    return text if multiline else _SINGLE_LINE_BREAKS.sub(" ", text)


def _line(text: str) -> str:
    return strip_controls(text)


def clean_article(article: Article, *, single_line_only: bool = False) -> Article:
    """The article with control characters stripped from every text field it publishes or shows.

    ``single_line_only``: leave standfirst, body and editor's note alone (the store's boundary: what the
    entries let into long text is theirs to decide, and a save never rescans a long body). Returns
    ``article`` itself when nothing changes. ``extra`` (front matter kept for export, never published)
    is left as it came.
    """
    changes: dict[str, object] = {}
    for name in SINGLE_LINE_FIELDS:
        value = getattr(article, name)
        if has_controls(value):
            changes[name] = _line(value)
    for name in () if single_line_only else MULTI_LINE_FIELDS:
        value = getattr(article, name)
        if has_controls(value, multiline=True):
            changes[name] = strip_controls(value, multiline=True)
    if any(has_controls(tag) for tag in article.tags):
        changes["tags"] = [_line(tag) for tag in article.tags]
    lists = {
        "bylines": ("name",),
        "sources": ("name", "url", "note"),
        "related": ("title", "url", "local_id"),
    }
    for name, attributes in lists.items():
        items = getattr(article, name)
        if any(has_controls(getattr(item, a), multiline=a == "note") for item in items for a in attributes):
            changes[name] = [
                dataclasses.replace(
                    item,
                    **{a: strip_controls(getattr(item, a), multiline=a == "note") for a in attributes},
                )
                for item in items
            ]
    image = article.featured_image
    image_fields = ("path", "caption", "credit", "alt")
    if image is not None and any(has_controls(getattr(image, a)) for a in image_fields):
        changes["featured_image"] = dataclasses.replace(
            image, **{a: _line(getattr(image, a)) for a in image_fields}
        )
    if not changes:
        return article
    return article.copy(**changes)
