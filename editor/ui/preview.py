"""The preview: exactly the HTML that will be published, rendered off the GUI thread.

ReText's pattern: a single-shot timer after the last change; at most one render in flight; when the text
moved on while rendering, the stale page is dropped and a new render follows the next pause.
``render_article`` marks block elements with ``data-source-line``; QTextBrowser ignores unknown
attributes, so a light post-process adds ``<a name="L12">`` anchors the browser can scroll to, and the
preview follows the editor's top line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.article import Article
from editor.ui.tasks import OneJob, TaskRunner, adaptive_delay

RENDER_DELAY_MS = 300
_SOURCE_LINE = re.compile(r'<(\w+)([^>]*?)\sdata-source-line="(\d+)"([^>]*)>')
# Containers whose direct children must be items or rows: an anchor goes before them, not inside.
_ANCHOR_BEFORE = frozenset({"ul", "ol", "table", "thead", "tbody", "tr"})

PREVIEW_STYLE = """
h1 { font-size: x-large; margin-bottom: 4px; }
p.cd-standfirst { font-size: large; margin-top: 0; }
p.cd-byline, p.cd-credit { font-style: italic; }
span.cd-dateline { font-weight: bold; }
blockquote { margin-left: 16px; font-style: italic; }
pre, code { font-family: monospace; }
"""


def add_line_anchors(html: str) -> tuple[str, list[int]]:
    """Insert ``<a name="L{n}">`` for every ``data-source-line``; also return the sorted lines."""
    lines: list[int] = []

    def anchor(match: re.Match[str]) -> str:
        tag, line = match.group(1).lower(), match.group(3)
        lines.append(int(line))
        opening = match.group(0)
        marker = f'<a name="L{line}"></a>'
        return marker + opening if tag in _ANCHOR_BEFORE else opening + marker

    return _SOURCE_LINE.sub(anchor, html), sorted(set(lines))


def preview_page(article: Article) -> tuple[str, list[int]]:
    """The published fragment with the headline and standfirst above it, as the page shows them."""
    from editor.render import render_article
    from editor.render.template import language_attributes

    # QTextBrowser drops the <article> wrapper and its dir: a div of its own lays out a right-to-left
    # story from the right, headline included (no dir, or "auto": each paragraph by its own text).
    head = f"<div{language_attributes(article.language)}>\n"
    head += f"<h1>{escape(article.headline)}</h1>\n" if article.headline.strip() else ""
    if article.standfirst.strip():
        head += f'<p class="cd-standfirst">{escape(article.standfirst)}</p>\n'
    body, lines = add_line_anchors(render_article(article, source_lines=True))
    return head + body + "</div>\n", lines


class PreviewPane(QTextBrowser):
    """Shows the rendered article; call :meth:`schedule` whenever the article changed."""

    def __init__(
        self, tasks: TaskRunner, snapshot: Callable[[], Article | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._snapshot = snapshot
        self._job = OneJob(tasks, label="preview render")
        self._lines: list[int] = []
        self._follow_line = 0
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenExternalLinks(True)  # links open in the system browser; never navigate in here
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(PREVIEW_STYLE)
        self.document().setDocumentMargin(12)
        self._timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._timer.timeout.connect(self._render)

    def schedule(self) -> None:
        """Render again after a short pause (restarting the pause while the user types)."""
        if self._job.in_flight:
            self._job.mark_outdated()
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        self._render()

    def clear_article(self) -> None:
        self._timer.stop()
        self._lines = []
        self.clear()

    def follow_line(self, line: int) -> None:
        """Scroll to the block rendered from the Markdown source line ``line`` (0-based)."""
        self._follow_line = line
        if not self._lines:
            return
        position = bisect.bisect_right(self._lines, line) - 1
        if position < 0:
            self.verticalScrollBar().setValue(0)
        else:
            self.scrollToAnchor(f"L{self._lines[position]}")

    def _render(self) -> None:
        if not self.isVisible() or self._job.in_flight:
            self._job.mark_outdated()
            return
        article = self._snapshot()
        if article is None:
            self.clear_article()
            return
        # A page rendered from text that moved on meanwhile is dropped: laying out a long story's HTML
        # costs the GUI thread tens of milliseconds, which would land between two keystrokes. It renders
        # again once the writer pauses.
        self._job.run(
            lambda: preview_page(article),
            done=self._on_rendered,
            failed=self._on_failed,
            rerun=self._on_stale,
        )

    def _on_stale(self) -> None:
        self._timer.setInterval(adaptive_delay(RENDER_DELAY_MS, self._job.last_run_s))
        self._timer.start()

    def _on_rendered(self, page: tuple[str, list[int]]) -> None:
        self._timer.setInterval(adaptive_delay(RENDER_DELAY_MS, self._job.last_run_s))
        html, self._lines = page
        scroll = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)
        if self._follow_line:
            self.follow_line(self._follow_line)

    def _on_failed(self, error: BaseException) -> None:
        self.setPlainText(self.tr("The preview could not be rendered: %1").replace("%1", str(error)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._job.outdated or not self.document().toPlainText():
            self.schedule()
