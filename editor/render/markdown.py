"""Markdown body → HTML, the same HTML for the preview and for publishing.

Parser choice: markdown-it-py's ``commonmark`` preset (strict CommonMark, predictable for writers who
learnt Markdown anywhere) with ``html`` turned OFF, plus tables and strikethrough (GFM habits) and
footnotes (mdit-py-plugins). ``linkify`` stays off (bare text never silently becomes a link; it would
also need an extra dependency) and so does ``typographer`` (journalists type the quotes their style
guide wants; we do not rewrite them).

Raw HTML in the body is therefore *shown escaped*, never interpreted: a pasted ``<script>`` appears as
text the writer can see and delete, rather than vanishing silently. The output still goes through
:func:`editor.render.sanitize.sanitize_html` as a second wall.

markdown-it instances are reusable but hold mutable rule chains; to be safe across the UI's worker
thread and the sync worker, each thread lazily builds its own instance (cheap, once per thread).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from editor.render.sanitize import sanitize_html

SOURCE_LINE_ATTR = "data-source-line"

# Longer than any story a desk publishes (about 170,000 words; a 6,000-word long read is 40,000
# characters). markdown-it is pure Python: a multi-megabyte body would hold the interpreter for
# seconds per render and stall the GUI thread too, so past this size we show a notice instead, and the
# checklist blocks publishing.
MAX_RENDER_CHARS = 1_000_000

_local = threading.local()


def _build_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.options["xhtmlOut"] = False  # HTML5 output (<br>, not <br />), as the sanitizer writes it
    parser.enable(["table", "strikethrough"])
    parser.use(footnote_plugin)
    return parser


def parser() -> MarkdownIt:
    """This thread's configured MarkdownIt instance."""
    instance = getattr(_local, "parser", None)
    if instance is None:
        instance = _local.parser = _build_parser()
    return instance


def is_too_long(markdown: str) -> bool:
    return len(markdown) > MAX_RENDER_CHARS


def parse_body(markdown: str) -> list[Token]:
    """The token stream of a body (used by the renderer and by the checklist); [] when too long."""
    if is_too_long(markdown):
        return []
    return parser().parse(markdown, {})


def _mark_source_lines(tokens: Sequence[Token]) -> None:
    """Put the 0-based source line on every block-level opening tag, for preview scroll sync."""
    for token in tokens:
        if token.block and token.map is not None and token.nesting >= 0 and token.type != "inline":
            token.attrSet(SOURCE_LINE_ATTR, str(token.map[0]))


def render_body(markdown: str, *, source_lines: bool = False) -> str:
    """Render a Markdown body to a sanitized HTML fragment.

    ``source_lines=True`` adds ``data-source-line="N"`` (0-based line of the Markdown source) to
    block elements so the preview can scroll along with the editor.
    """
    if is_too_long(markdown):
        return (
            '<p class="cd-render-refused">This body is too long to show: '
            f"{len(markdown):,} characters, the limit is {MAX_RENDER_CHARS:,}. "
            "Split it into several articles.</p>\n"
        )
    md = parser()
    env: dict = {}
    tokens = md.parse(markdown, env)
    if source_lines:
        _mark_source_lines(tokens)
    return sanitize_html(md.renderer.render(tokens, md.options, env))
