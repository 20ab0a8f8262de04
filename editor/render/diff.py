"""A readable diff of two article versions, as HTML for the history dialog's QTextBrowser.

Paragraphs are compared first; a changed paragraph is then compared word by word, so a one-word edit in a
long paragraph shows as one struck-out and one highlighted word rather than two whole paragraphs.
Unchanged paragraphs far from any change are folded to keep the diff short.
"""

from __future__ import annotations

import difflib
import re
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


def _words(old: str, new: str, colours: DiffColours) -> str:
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        removed, added = "".join(old_tokens[a1:a2]), "".join(new_tokens[b1:b2])
        if op == "equal":
            parts.append(escape(removed))
            continue
        if removed:
            parts.append(f'<s style="background-color:{colours.removed}">{escape(removed)}</s>')
        if added:
            parts.append(f'<span style="background-color:{colours.added}">{escape(added)}</span>')
    return "".join(parts)


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
        if field in ("bylines", "sources", "related", "tags"):
            before, after = _list_text(old, field), _list_text(new, field)
        else:
            before, after = getattr(old, field), getattr(new, field)
        changes = diff_text(before, after, colours)
        if changes:
            title = (titles or {}).get(field, default_title)
            sections.append(f"<h3>{escape(title)}</h3>\n{changes}")
    return "\n".join(sections)
