"""A readable diff of two article versions, as HTML for the history dialog's QTextBrowser.

Paragraphs are compared first; a changed paragraph is then compared word by word, so a one-word edit in a
long paragraph shows as one struck-out and one highlighted word rather than two whole paragraphs.
Unchanged paragraphs far from any change are folded to keep the diff short.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from editor.article import Article

CONTEXT_PARAGRAPHS = 1
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True, slots=True)
class DiffColours:
    """Background colours for removed and added text (derived from the palette by the dialog)."""

    removed: str = "#f6d5d5"
    added: str = "#d3efd6"
    muted: str = "#888888"


def _word_changes(old: str, new: str) -> Iterator[tuple[bool, str, str]]:
    """(unchanged, old words, new words) runs of two versions of one paragraph, compared word by word."""
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        yield op == "equal", "".join(old_tokens[a1:a2]), "".join(new_tokens[b1:b2])


def _removed(text: str, colours: DiffColours) -> str:
    return f'<s style="background-color:{colours.removed}">{escape(text)}</s>' if text else ""


def _added(text: str, colours: DiffColours) -> str:
    return f'<span style="background-color:{colours.added}">{escape(text)}</span>' if text else ""


def _words(old: str, new: str, colours: DiffColours) -> str:
    parts: list[str] = []
    for unchanged, removed, added in _word_changes(old, new):
        if unchanged:
            parts.append(escape(removed))
        else:
            parts.append(_removed(removed, colours) + _added(added, colours))
    return "".join(parts)


def _word_sides(old: str, new: str, colours: DiffColours) -> tuple[str, str]:
    """One paragraph's two versions, each with its own changed words marked (for side by side)."""
    left: list[str] = []
    right: list[str] = []
    for unchanged, removed, added in _word_changes(old, new):
        left.append(escape(removed) if unchanged else _removed(removed, colours))
        right.append(escape(added) if unchanged else _added(added, colours))
    return "".join(left), "".join(right)


def _paragraph(text: str, style: str = "") -> str:
    attribute = f' style="{style}"' if style else ""
    return f"<p{attribute}>{text or '&nbsp;'}</p>"


def diff_text(old: str, new: str, colours: DiffColours = DiffColours()) -> str:
    """HTML paragraphs showing how ``old`` became ``new``; "" when they are equal."""
    if old == new:
        return ""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    opcodes = matcher.get_opcodes()
    for position, (op, a1, a2, b1, b2) in enumerate(opcodes):
        if op == "equal":
            lines = old_lines[a1:a2]
            keep_head = CONTEXT_PARAGRAPHS if position > 0 else 0
            keep_tail = CONTEXT_PARAGRAPHS if position < len(opcodes) - 1 else 0
            if len(lines) > keep_head + keep_tail + 1:
                shown = [*lines[:keep_head], None, *lines[len(lines) - keep_tail :]]
            else:
                shown = lines
            for line in shown:
                if line is None:
                    folded = len(lines) - keep_head - keep_tail
                    out.append(_paragraph(f"… {folded} unchanged line(s) …", f"color:{colours.muted}"))
                else:
                    out.append(_paragraph(escape(line)))
        elif op == "replace" and a2 - a1 == b2 - b1:
            out.extend(
                _paragraph(_words(o, n, colours))
                for o, n in zip(old_lines[a1:a2], new_lines[b1:b2], strict=True)
            )
        else:
            for line in old_lines[a1:a2]:
                out.append(_paragraph(f"<s>{escape(line)}</s>", f"background-color:{colours.removed}"))
            for line in new_lines[b1:b2]:
                out.append(_paragraph(escape(line), f"background-color:{colours.added}"))
    return "\n".join(out)


def _side_rows(old: str, new: str, colours: DiffColours) -> list[tuple[str, str]]:
    """(left, right) HTML paragraphs aligned row by row; unchanged ones far from a change folded."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    rows: list[tuple[str, str]] = []
    opcodes = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    for position, (op, a1, a2, b1, b2) in enumerate(opcodes):
        if op == "equal":
            lines = old_lines[a1:a2]
            keep_head = CONTEXT_PARAGRAPHS if position > 0 else 0
            keep_tail = CONTEXT_PARAGRAPHS if position < len(opcodes) - 1 else 0
            if len(lines) > keep_head + keep_tail + 1:
                folded = len(lines) - keep_head - keep_tail
                fold = f'<span style="color:{colours.muted}">… {folded} …</span>'
                shown = [escape(line) for line in lines[:keep_head]]
                tail = [escape(line) for line in lines[len(lines) - keep_tail :]]
                rows += [(line, line) for line in shown] + [(fold, fold)] + [(line, line) for line in tail]
            else:
                rows += [(escape(line), escape(line)) for line in lines]
        elif op == "replace" and a2 - a1 == b2 - b1:
            rows += [
                _word_sides(o, n, colours) for o, n in zip(old_lines[a1:a2], new_lines[b1:b2], strict=True)
            ]
        else:
            left = [_removed(line, colours) for line in old_lines[a1:a2]]
            right = [_added(line, colours) for line in new_lines[b1:b2]]
            width = max(len(left), len(right))
            rows += zip(left + [""] * (width - len(left)), right + [""] * (width - len(right)), strict=True)
    return rows


def side_by_side(
    old: Article,
    new: Article,
    headings: tuple[str, str],
    colours: DiffColours = DiffColours(),
    titles: dict[str, str] | None = None,
    fields: tuple[str, ...] | None = None,
) -> str:
    """An HTML page of every field (of ``fields``) that differs: ``old`` on the left, ``new`` on the right,
    each side's changed words marked, the columns headed by ``headings``; "" when nothing differs."""
    sections: list[str] = []
    for field, default_title in FIELDS:
        if fields is not None and field not in fields:
            continue
        before, after = _field_text(old, field), _field_text(new, field)
        if before == after:
            continue
        cells = "".join(
            f'<tr><td width="50%" valign="top">{left or "&nbsp;"}</td>'
            f'<td width="50%" valign="top">{right or "&nbsp;"}</td></tr>'
            for left, right in _side_rows(before, after, colours)
        )
        title = (titles or {}).get(field, default_title)
        sections.append(
            f"<h3>{escape(title)}</h3>"
            '<table width="100%" cellspacing="0" cellpadding="4">'
            f'<tr><th align="left">{escape(headings[0])}</th><th align="left">{escape(headings[1])}</th></tr>'
            f"{cells}</table>"
        )
    return "\n".join(sections)


def _field_text(article: Article, field: str) -> str:
    if field in ("bylines", "sources", "related", "tags"):
        return _list_text(article, field)
    return str(getattr(article, field))


def _list_text(article: Article, field: str) -> str:
    items = getattr(article, field)
    if field == "bylines":
        return "\n".join(f"{b.name} ({b.role.value})" for b in items)
    if field == "sources":
        return "\n".join(f"{s.name} — {s.kind.value} {s.url} {s.note}".strip() for s in items)
    if field == "related":
        return "\n".join(f"{r.title} {r.url or r.local_id}".strip() for r in items)
    return ", ".join(items)


FIELDS: tuple[tuple[str, str], ...] = (
    ("headline", "Headline"),
    ("standfirst", "Standfirst"),
    ("body", "Body"),
    ("bylines", "Bylines"),
    ("dateline", "Dateline"),
    ("credit_line", "Credit line"),
    ("section", "Section"),
    ("tags", "Tags"),
    ("slug", "Slug"),
    ("sources", "Sources"),
    ("related", "Related"),
    ("editors_note", "Editor's note"),
)


def diff_articles(
    old: Article, new: Article, colours: DiffColours = DiffColours(), titles: dict[str, str] | None = None
) -> str:
    """An HTML page of every field that differs between ``old`` and ``new``."""
    sections: list[str] = []
    for field, default_title in FIELDS:
        changes = diff_text(_field_text(old, field), _field_text(new, field), colours)
        if changes:
            title = (titles or {}).get(field, default_title)
            sections.append(f"<h3>{escape(title)}</h3>\n{changes}")
    return "\n".join(sections)
