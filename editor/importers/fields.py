"""Turning loosely typed data from a file into an Article, with errors that say which field is wrong.

Shared by the front matter and ninjs readers. Each field is checked on its own before the article
is built, so a bad value is reported by its name (and line, when the caller knows it) instead of as
one vague "invalid file". Shapes are checked before any value is turned into text, so a hostile
file cannot make us stringify a huge nested structure (YAML aliases) into memory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from editor.article import Article, from_dict, parse_datetime
from editor.control_chars import clean_article
from editor.importers.errors import ImportFailed

TEXT_FIELDS = ("id", "headline", "standfirst", "body", "credit_line", "dateline", "section", "slug",
               "editors_note", "status", "language")  # fmt: skip
LIST_FIELDS = ("bylines", "sources", "related", "tags")
DATE_FIELDS = ("embargo", "created", "updated")
ARTICLE_KEYS = frozenset((*TEXT_FIELDS, *LIST_FIELDS, *DATE_FIELDS, "featured_image"))

Scalar = str | int | float | bool | date | datetime
Where = Callable[[str], str]  # field name -> "story.md, line 4" style location prefix


def _no_location(name: str) -> str:
    return name


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, Scalar)


def _check_mapping(value: Any, what: str) -> None:
    if isinstance(value, str):
        return  # a bare name is accepted for bylines, sources and related links
    if not isinstance(value, Mapping):
        raise ValueError(f"each entry of {what} must be a mapping of fields")
    for key, item in value.items():
        if not _is_scalar(item):
            raise ValueError(f"{what}: {key} must be a single value, not a list or mapping")


def _check_shape(name: str, value: Any) -> None:
    if name in TEXT_FIELDS or name in DATE_FIELDS:
        if not _is_scalar(value):
            raise ValueError("must be a single value, not a list or mapping")
    elif name == "tags":
        items = value if isinstance(value, list) else [value]
        if not all(_is_scalar(t) for t in items):
            raise ValueError("must be a list of words")
    elif name in LIST_FIELDS:
        if not isinstance(value, list):
            raise ValueError("must be a list")
        for item in value:
            _check_mapping(item, name)
    elif name == "featured_image" and value is not None:
        _check_mapping(value, name)


def _as_datetime(value: Any) -> datetime | None:
    """YAML gives dates as ``date``/``datetime`` objects, JSON as strings; a bare date means midnight UTC."""
    if isinstance(value, datetime | type(None)):
        return parse_datetime(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return parse_datetime(str(value))


_FRIENDLY_NAMES = {
    "BylineRole": "byline role",
    "SourceKind": "source kind",
    "Status": "status",
    "invalid literal for int() with base 10:": "remote_id must be a whole number, not",
}


def _friendly(message: str) -> str:
    for internal, readable in _FRIENDLY_NAMES.items():
        message = message.replace(internal, readable)
    return message


def article_from_fields(data: Mapping[str, Any], where: Where = _no_location) -> Article:
    """Build an Article from field-named data; raises ImportFailed naming the first bad field."""
    clean: dict[str, Any] = {}
    for name, value in data.items():
        if value is None:
            continue
        try:
            _check_shape(name, value)
            if name in DATE_FIELDS:
                clean[name] = _as_datetime(value)
            else:
                from_dict({name: value})  # checks enums, numbers... of this one field
                clean[name] = value
        except (ValueError, OverflowError) as exc:  # OverflowError: a date beyond year 9999 in UTC
            raise ImportFailed(f"{where(name)}: {_friendly(str(exc))}") from None
    if "id" in clean and not str(clean["id"]).strip():
        raise ImportFailed(f"{where('id')}: the id is empty")
    try:
        return clean_article(from_dict(clean))  # no control character comes in from a file
    except ValueError as exc:  # each field passed alone; kept so no combination can escape as a traceback
        raise ImportFailed(_friendly(str(exc))) from None
