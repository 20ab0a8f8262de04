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
as the same article). ``loads`` also understands the common static-site aliases: ``title`` →
headline, ``description``/``summary`` → standfirst, ``date`` → created, ``categories`` (the first)
→ section, ``author``/``authors`` (a name or a list) → bylines. Other keys (``layout``,
``permalink``…) belong to the site generator and are ignored. YAML is read with ``safe_load`` only.

Whitespace: the body is normalised by :func:`normalise_body` (LF line endings, no leading blank
lines, no trailing whitespace at the end); a round trip returns exactly the normalised body. Every
front matter value comes back exactly, spaces, quotes and YAML-special characters included.
A file without front matter takes its headline from a first ``# `` heading (or a ``===`` underline).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
ALIASES = {"title": "headline", "description": "standfirst", "summary": "standfirst", "date": "created"}
# Keys written by dumps, in this order (the Article's own order); remote bindings stay local.
EXPORTED_KEYS = ("id", "headline", "standfirst", "bylines", "credit_line", "dateline", "sources",
                 "related", "section", "tags", "slug", "featured_image", "embargo", "editors_note",
                 "status", "created", "updated")  # fmt: skip


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


def _apply_aliases(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Our keys, with static-site aliases filled in where our own key is absent; others dropped."""
    fields = {k: v for k, v in meta.items() if k in ARTICLE_KEYS}
    for alias, name in ALIASES.items():
        if alias in meta and name not in fields:
            fields[name] = meta[alias]
    if "categories" in meta and "section" not in fields:
        categories = meta["categories"]
        first = categories[0] if isinstance(categories, list) and categories else categories
        fields["section"] = first if not isinstance(first, list) else None
    for alias in ("author", "authors"):
        if alias in meta and "bylines" not in fields:
            fields["bylines"] = _people(meta[alias])
    return fields


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

    return article_from_fields(fields, where)
