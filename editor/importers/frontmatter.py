"""Markdown files with YAML front matter (the Jekyll/Hugo convention), in and out.

::

    ---
    id: 0b6c…
    headline: Storm cuts power to half of the city
    bylines:
    - name: Anna Petrova
      role: reporter
    sources:
    - name: AFP
      kind: news agency
      url: https://www.afp.com/
    ---

    Winds of 140 km/h toppled lines overnight…

Keys are the Article field names (``dumps`` writes them in model order and leaves out empty ones,
except ``headline`` and ``id``: the id is what lets a story go out to another editor and come back
as the same article). ``loads`` also understands the keys Jekyll, Hugo and Pandoc write: ``title``
→ headline, ``description``/``summary``/``excerpt``/``subtitle`` → standfirst, ``credit`` → credit
line, ``date`` → created, ``lastmod`` → updated, ``categories`` → section (the first) and tags (the
rest), ``keywords`` → tags, ``byline``/``author``/``authors`` (a name or a list) → bylines,
``image`` → featured image, ``draft`` (true/false) → status draft/ready. Any other key (``layout``,
``permalink``, ``weight``…) is kept in ``Article.extra`` exactly as a JSON value (dates as ISO
text) and written back by ``dumps``; :func:`kept_keys_warning` is the line importers show for them.
YAML is read with ``safe_load`` only.

Whitespace: the body is normalised by :func:`normalise_body` (LF line endings, no leading blank
lines, no trailing whitespace at the end); a round trip returns exactly the normalised body. Every
front matter value comes back exactly, spaces, quotes and YAML-special characters included.
A file without front matter takes its headline from a first ``# `` heading (or a ``===`` underline).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import yaml

from editor.article import Article, to_dict
from editor.importers.errors import ImportFailed
from editor.importers.fields import ARTICLE_KEYS, article_from_fields

FENCE = "---"
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
# "# Headline" (ATX) or "Headline" underlined with "===" (Setext), as the very first block.
_FIRST_HEADING = re.compile(
    r"\A(?:#[ \t]+(?P<atx>.*?)[ \t]*#*[ \t]*|(?P<setext>[^\n]*\S[^\n]*)\n=+[ \t]*)(?:\n|\Z)"
)
# Characters YAML treats as line breaks; PyYAML writes them raw inside single quotes and then reads
# them back as a line break, so strings holding them are written double-quoted (escaped) instead.
_YAML_BREAKS = ("\x85", "\u2028", "\u2029")
# PyYAML is pure Python: megabytes of front matter would take minutes. Real front matter is a few KB.
MAX_FRONT_MATTER_CHARS = 1_000_000
# No front matter value is a whole number this long; Python refuses over 4,300 digits anyway.
MAX_NUMBER_DIGITS = 100
ALIASES = {"title": "headline", "description": "standfirst", "summary": "standfirst", "excerpt": "standfirst",
           "subtitle": "standfirst", "date": "created", "lastmod": "updated", "credit": "credit_line",
           "image": "featured_image"}  # fmt: skip
_PEOPLE_KEYS = ("byline", "author", "authors")
_MAPPED_KEYS = frozenset((*ARTICLE_KEYS, *ALIASES, *_PEOPLE_KEYS, "categories", "keywords", "draft"))
# An unknown key is kept as JSON: YAML aliases can make a few lines mean millions of values.
MAX_KEPT_VALUES = 10_000
MAX_KEPT_DEPTH = 50
# Keys written by dumps, in this order (the Article's own order); remote bindings stay local.
EXPORTED_KEYS = ("id", "headline", "standfirst", "bylines", "credit_line", "dateline", "sources",
                 "related", "section", "tags", "slug", "featured_image", "embargo", "editors_note",
                 "language", "status", "created", "updated")  # fmt: skip


def normalise_body(text: str) -> str:
    """The body as Copydesk keeps it in files: LF line endings, no leading blank lines, no trailing
    whitespace at the very end (indentation of the first line is kept: it can mean a code block)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\A(?:[ \t]*\n)+", "", text)
    return text.rstrip()


# --- writing ---------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if any(ch in text for ch in _YAML_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def _without_empty(value: Any, keep: tuple[str, ...] = ()) -> Any:
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if k in keep or v not in ("", None, [], {})}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def dumps(article: Article) -> str:
    """The article as a Markdown file with YAML front matter (UTF-8 text, LF line endings)."""
    data = to_dict(article)
    meta = {key: data[key] for key in EXPORTED_KEYS}
    meta = _without_empty(meta, keep=("id", "headline"))
    meta["bylines"] = [_without_empty(b, keep=("name",)) for b in meta.get("bylines", [])] or None
    meta["sources"] = [_without_empty(s, keep=("name",)) for s in meta.get("sources", [])] or None
    meta["related"] = [_without_empty(r, keep=("title",)) for r in meta.get("related", [])] or None
    meta = {k: v for k, v in meta.items() if v is not None}
    meta |= {k: v for k, v in article.extra.items() if k not in meta and k not in _MAPPED_KEYS}
    front = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)
    body = normalise_body(article.body)
    return f"{FENCE}\n{front}{FENCE}\n\n{body}\n" if body else f"{FENCE}\n{front}{FENCE}\n"


# --- reading ---------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """``safe_load`` that refuses absurdly long whole numbers with the line they are on."""

    first_line = 0

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_NUMBER_DIGITS:
            raise ImportFailed(
                f"line {node.start_mark.line + self.first_line}: a number of {digits:,} digits is too"
                f" long for front matter (the limit is {MAX_NUMBER_DIGITS})"
            )
        return super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


def _load_yaml(front: str, first_line: int) -> Any:
    loader = _Loader(front)
    loader.first_line = first_line
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _split(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, file line number where the front matter starts)."""
    first, _, rest = text.partition("\n")
    if first.rstrip() != FENCE:
        return None, text, 0
    closing = _CLOSING_FENCE.search(rest)
    if closing is None:
        raise ImportFailed("line 1: the front matter starting with --- is never closed by a --- line")
    body = rest[closing.end() :]
    return rest[: closing.start()], body.removeprefix("\n"), 2


def _key_lines(front: str, first_line: int) -> dict[str, int]:
    """Line numbers of the top-level keys, for error messages (composing never builds objects)."""
    try:
        node = yaml.compose(front, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + first_line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _impossible_date_line(front: str, first_line: int) -> str:
    """ "line N: " of the first date-looking value YAML cannot turn into a date ("" if not found)."""
    builder = yaml.SafeLoader("")
    pending = [yaml.compose(front, Loader=yaml.SafeLoader)]
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":timestamp"):
            try:
                builder.construct_yaml_timestamp(node)
            except (ValueError, OverflowError):
                return f"line {node.start_mark.line + first_line}: "
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(item for pair in node.value for item in pair)
    return ""


def _yaml_error(exc: yaml.YAMLError, first_line: int) -> ImportFailed:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"line {mark.line + first_line}: " if mark is not None else ""
    return ImportFailed(f"{where}the front matter is not valid YAML ({problem})")


def _people(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [{"name": name.strip()} for name in re.split(r",| and ", value) if name.strip()]
    if isinstance(value, list):
        return [{"name": v} if isinstance(v, str) else v for v in value]
    return value


def _words(value: Any) -> list[Any] | None:
    """A list of single values (a comma-separated string counts), or None for any other shape."""
    if isinstance(value, str):
        return [w.strip() for w in value.split(",") if w.strip()]
    if isinstance(value, list) and all(not isinstance(v, list | dict) for v in value):
        return value
    return None


def _apply_aliases(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Our keys, with the other tools' keys filled in where our own key is absent."""
    fields = {k: v for k, v in meta.items() if k in ARTICLE_KEYS}
    for alias, name in ALIASES.items():
        if alias in meta and name not in fields:
            fields[name] = meta[alias]
    for alias in _PEOPLE_KEYS:
        if alias in meta and "bylines" not in fields:
            fields["bylines"] = _people(meta[alias])
    more_tags: list[Any] = []
    if "categories" in meta:
        categories = meta["categories"]
        listed = _words(categories)
        first = listed[0] if listed else categories
        if "section" not in fields:
            fields["section"] = first if not isinstance(first, list | dict) else None
        more_tags += (listed or [])[1:]
    if "keywords" in meta:
        keywords = _words(meta["keywords"])
        if keywords is None and "tags" not in fields:
            fields["tags"] = meta["keywords"]  # reported as a bad tags value
        more_tags += keywords or []
    if more_tags:
        tags = _words(fields.get("tags", []))
        if tags is not None:
            fields["tags"] = list(dict.fromkeys([*tags, *more_tags]))
    draft = meta.get("draft")
    if isinstance(draft, bool) and "status" not in fields:
        fields["status"] = "draft" if draft else "ready"
    return fields


def _kept_value(value: Any, name: str, budget: list[int], depth: int = 0) -> Any:
    """A front matter value as JSON (dates as ISO text); ImportFailed if it is too big to keep."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_KEPT_DEPTH:
        raise ImportFailed(f"{name} is too large or deeply nested to keep")
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_kept_value(v, name, budget, depth + 1) for v in value]
    if isinstance(value, dict):
        if any(isinstance(k, list | dict | tuple) for k in value):
            raise ImportFailed(f"{name} has a key that is a list or mapping, which cannot be kept")
        return {str(k): _kept_value(v, name, budget, depth + 1) for k, v in value.items()}
    if isinstance(value, bytes):
        raise ImportFailed(f"{name} holds binary data, which cannot be kept")
    return value


def _kept(meta: Mapping[str, Any], where: Callable[[str], str]) -> dict[str, Any]:
    budget = [MAX_KEPT_VALUES]
    return {k: _kept_value(v, where(k), budget) for k, v in meta.items() if k not in _MAPPED_KEYS}


def kept_keys_warning(article: Article) -> str | None:
    """The one line to show after importing a file whose front matter had keys Copydesk has no field
    for (they are kept and exported again), or None."""
    if not article.extra:
        return None
    names = ", ".join(article.extra)
    return f"kept front matter Copydesk has no field for (exported again, never published): {names}"


def loads(text: str) -> Article:
    """Read a Markdown file's text (front matter optional); raises ImportFailed (one line)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportFailed("the file is empty")
    front, body, first_line = _split(text)
    if front is None:
        heading = _FIRST_HEADING.match(body.lstrip("\n"))
        if heading:
            headline = (heading.group("atx") or heading.group("setext") or "").strip()
            rest = body.lstrip("\n")[heading.end() :]
            return article_from_fields({"headline": headline, "body": normalise_body(rest)})
        return article_from_fields({"body": normalise_body(body)})
    if len(front) > MAX_FRONT_MATTER_CHARS:
        raise ImportFailed(
            f"the front matter is too long ({len(front):,} characters;"
            f" the limit is {MAX_FRONT_MATTER_CHARS:,})"
        )
    try:
        meta = _load_yaml(front, first_line)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, first_line) from None
    except RecursionError:
        raise ImportFailed("the front matter is nested too deeply to be an article's fields") from None
    except (ValueError, OverflowError) as exc:  # PyYAML builds dates itself: "2024-13-45" raises here
        raise ImportFailed(f"{_impossible_date_line(front, first_line)}{exc} (not a real date)") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ImportFailed(
            f"line {first_line}: the front matter must be a list of 'key: value' lines, "
            f"not a {type(meta).__name__}"
        )
    lines = _key_lines(front, first_line)
    fields = _apply_aliases({str(k): v for k, v in meta.items()})
    fields["body"] = normalise_body(body)
    aliases_of = {name: alias for alias, name in ALIASES.items()}

    def where(name: str) -> str:
        key = name if name in lines else aliases_of.get(name, name)
        return f"line {lines[key]}: {name}" if key in lines else name

    article = article_from_fields(fields, where)
    article.extra = _kept({str(k): v for k, v in meta.items()}, where)
    return article
