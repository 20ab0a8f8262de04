"""The preview: exactly the HTML that will be published, rendered off the GUI thread.

ReText's pattern: a single-shot timer after the last change; at most one render in flight; when the text
moved on while rendering, the stale page is dropped and a new render follows the next pause.
``render_article`` marks block elements with ``data-source-line``; QTextBrowser ignores unknown
attributes, so a light post-process adds ``<a name="L12">`` anchors the browser can scroll to, and the
preview follows the editor's top line.

The featured image shows under the standfirst, where the site's theme puts it. A local picture is decoded
off the GUI thread at the preview's width and handed to the browser as a resource; one that publishing
would refuse (``editor.image_origin``) and a web address show a line saying so instead: the preview
never loads anything from the network.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from editor.article import Article, Problem, is_valid_url
from editor.cms.prepare import featured_caption
from editor.image_origin import check_image
from editor.ui.findings import describe
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
p.cd-featured-image { margin-bottom: 2px; }
p.cd-figcaption { font-size: small; margin-top: 0; }
p.cd-image-missing { font-style: italic; }
"""
FEATURED_IMAGE_URL = "copydesk-preview:featured-image/"  # + a number: a new picture is a new resource


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """The featured image decoded for the preview, and what it was decoded from (file, time, width)."""

    key: tuple[str, int, int, int]
    image: QImage


def _decode(path: str, width: int, cached: DecodedImage | None) -> DecodedImage | None:
    """``path`` decoded at most ``width`` pixels wide (JPEGs scale while decoding); None if unreadable."""
    try:
        stat = Path(path).stat()
    except (OSError, ValueError):
        return None
    key = (path, stat.st_mtime_ns, stat.st_size, width)
    if cached is not None and cached.key == key:
        return cached
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > width > 0:
        reader.setScaledSize(size.scaled(QSize(width, size.height()), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else DecodedImage(key, image)


def featured_figure(
    article: Article, width: int, cached: DecodedImage | None = None
) -> tuple[str, DecodedImage | None]:
    """The featured image as the preview shows it (HTML naming :data:`FEATURED_IMAGE_URL`) and its pixels.

    Reads the disk: call it off the GUI thread.
    """
    image = article.featured_image
    if image is None or not image.path.strip():
        return "", None
    caption = escape(featured_caption(image.caption, image.credit))
    figcaption = f'<p class="cd-figcaption">{caption}</p>\n' if caption else ""
    local = check_image(image.path, article.origin)
    decoded = None
    if local is None:
        if not is_valid_url(image.path):
            return "", None  # data:, javascript: and friends: never shown, never published
        note = QCoreApplication.translate(
            "PreviewPane", "Featured image on the web, not loaded in the preview: %1"
        )
        shown = note.replace("%1", escape(image.path.strip()))
    elif local.refusal:
        # The checklist's own sentence: the same reason in both panes.
        params = {"url": local.reference, "folder": article.origin.folder}
        shown = escape(describe(Problem("featured_image", local.refusal, params)))
    else:
        decoded = _decode(str(local.path), width, cached)
        if decoded is None:
            note = QCoreApplication.translate("PreviewPane", "The featured image cannot be read: %1")
            shown = note.replace("%1", escape(local.reference))
    if decoded is None:
        return f'<p class="cd-image-missing">{shown}</p>\n{figcaption}', None
    picture = decoded.image
    html = (
        f'<p class="cd-featured-image"><img src="{FEATURED_IMAGE_URL}" alt="{escape(image.alt.strip())}"'
        f' width="{picture.width()}" height="{picture.height()}"></p>\n{figcaption}'
    )
    return html, decoded


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


def preview_page(article: Article, figure: str = "") -> tuple[str, list[int]]:
    """The published fragment with the headline, standfirst and ``figure`` above, as the page shows them."""
    from editor.render import render_article
    from editor.render.template import language_attributes

    # QTextBrowser drops the <article> wrapper and its dir: a div of its own lays out a right-to-left
    # story from the right, headline included (no dir, or "auto": each paragraph by its own text).
    head = f"<div{language_attributes(article.language)}>\n"
    head += f"<h1>{escape(article.headline)}</h1>\n" if article.headline.strip() else ""
    if article.standfirst.strip():
        head += f'<p class="cd-standfirst">{escape(article.standfirst)}</p>\n'
    body, lines = add_line_anchors(render_article(article, source_lines=True))
    return head + figure + body + "</div>\n", lines


@dataclass(frozen=True, slots=True)
class RenderedPage:
    html: str
    lines: list[int]
    image: DecodedImage | None


def render_preview(article: Article, width: int, cached: DecodedImage | None) -> RenderedPage:
    """Everything the preview shows for ``article``, made off the GUI thread."""
    figure, image = featured_figure(article, width, cached)
    html, lines = preview_page(article, figure)
    return RenderedPage(html, lines, image)


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
        self._image: DecodedImage | None = None  # the featured image the page shows
        self._image_number = 0
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
        self._image = None
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
        width = max(self._page_width() - 4, 64)
        cached = self._image
        self._job.run(
            lambda: render_preview(article, width, cached),
            done=self._on_rendered,
            failed=self._on_failed,
            rerun=self._on_stale,
        )

    def _on_stale(self) -> None:
        self._timer.setInterval(adaptive_delay(RENDER_DELAY_MS, self._job.last_run_s))
        self._timer.start()

    def _on_rendered(self, page: RenderedPage) -> None:
        self._timer.setInterval(adaptive_delay(RENDER_DELAY_MS, self._job.last_run_s))
        self._lines = page.lines
        if page.image is not self._image:
            self._image_number += 1  # a new address: the document caches resources by address
        self._image = page.image
        html = page.html.replace(f'src="{FEATURED_IMAGE_URL}"', f'src="{self.featured_image_url()}"')
        scroll = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(scroll)
        if self._follow_line:
            self.follow_line(self._follow_line)

    def _page_width(self) -> int:
        """The width a picture has on the page, as if the (long) page had its scroll bar already."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        scrolling = bar if not self.verticalScrollBar().isVisible() else 0
        return self.viewport().width() - scrolling - 2 * round(self.document().documentMargin())

    def featured_image_url(self) -> str:
        """The address under which the page shows the featured image (its pixels: :meth:`loadResource`)."""
        return f"{FEATURED_IMAGE_URL}{self._image_number}"

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """The decoded featured image; nothing else beyond what QTextBrowser finds on disk."""
        address = url.toString() if isinstance(url, QUrl) else str(url)
        is_image = int(kind) == QTextDocument.ResourceType.ImageResource.value
        if is_image and address.startswith(FEATURED_IMAGE_URL):
            return self._image.image if self._image and address == self.featured_image_url() else QImage()
        return super().loadResource(kind, url)

    def _on_failed(self, error: BaseException) -> None:
        self.setPlainText(self.tr("The preview could not be rendered: %1").replace("%1", str(error)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._job.outdated or not self.document().toPlainText():
            self.schedule()
