"""Styling Markdown in place: headings larger, emphasis as such, links and quotes coloured, markup
dimmed, misspelled words underlined.

Everything is decided per block (paragraph) from that block's text and one state bit (inside a fenced
code block), so a keystroke costs one paragraph. Spans are collected as (start, end, style) and swept
into runs, each run getting a cached QTextCharFormat for its combination of styles.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from editor.ui.body import colors
from editor.ui.body.spelling import SpellChecking

# Style bits, combined per character run (plain ints: IntFlag arithmetic is slow in a hot loop).
MARKUP = 1
BOLD = 2
ITALIC = 4
LINK = 8
CODE = 16
QUOTE = 32
MISSPELLED = 64
HEADING = 128
_BITS = (MARKUP, BOLD, ITALIC, LINK, CODE, QUOTE, MISSPELLED, HEADING)


NORMAL, IN_FENCE = 0, 1
BULK_CHARS = 20_000  # a change adding this much text is styled progressively
SWEEP_BUDGET_S = 0.006
MAX_SPELLCHECKED_BLOCK = 20_000  # characters; a pasted wall of text is not spell-checked
HEADING_SCALE = {1: 1.6, 2: 1.4, 3: 1.2, 4: 1.1, 5: 1.05, 6: 1.0}

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^(\s{0,3}#{1,6})(\s+|$)")
_QUOTE = re.compile(r"^(\s{0,3}>[>\s]*)")
_LIST_MARKER = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*(?:\s+\"[^\"]*\")?)(\))")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>|\bhttps?://[^\s<>()]+|\bwww\.[^\s<>()]+")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(
    r"(?<![*\w])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![_\w])(_)(?=\S)(.+?)(?<=\S)_(?![_\w])"
)
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")


class MarkdownHighlighter(QSyntaxHighlighter):
    """See the module docstring. Large changes are styled progressively.

    A change adding at least ``BULK_CHARS`` characters (opening a long story, a big paste) is not
    styled inside the change: those paragraphs only get their fence state, and are then styled in
    slices of a few milliseconds on idle timer turns. The owner styles what is on screen at once with
    :meth:`highlight_now` (``pending_started`` tells it when).
    """

    pending_started = Signal()

    def __init__(self, document: QTextDocument, spelling: SpellChecking, palette: QPalette) -> None:
        super().__init__(None)
        self.setParent(document)
        self._spelling = spelling
        self._palette = palette
        self._formats: dict[tuple[int, int], QTextCharFormat] = {}
        self._bulk = False
        self._restyling = False
        self._pending: tuple[QTextCursor, QTextCursor] | None = None
        self._sweep_timer = QTimer(self, interval=0)
        self._sweep_timer.timeout.connect(self._sweep)
        # Connected before and after Qt's own reformatting slot (which setDocument connects), so a bulk
        # change is known while Qt calls highlightBlock for it, and forgotten right after.
        document.contentsChange.connect(self._before_reformat)
        self.setDocument(document)
        document.contentsChange.connect(self._after_reformat)
        spelling.dictionary_ready.connect(self.rehighlight_progressively)

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._formats.clear()
        self.rehighlight_progressively()

    # --- progressive styling ---------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        return self._pending is not None

    @property
    def restyling(self) -> bool:
        """True while styles (not text) are being changed: the document reports a change then too."""
        return self._restyling

    def rehighlight(self) -> None:
        self._restyling = True
        try:
            super().rehighlight()
        finally:
            self._restyling = False

    def rehighlightBlock(self, block: QTextBlock) -> None:
        self._restyling = True
        try:
            super().rehighlightBlock(block)
        finally:
            self._restyling = False

    def rehighlight_progressively(self) -> None:
        """Restyle everything: at once for a short text, on idle turns for a long one."""
        document = self.document()
        if document.characterCount() < BULK_CHARS:
            self.rehighlight()
            return
        self._mark_pending(0, document.characterCount())
        self.pending_started.emit()

    def highlight_now(self, blocks: list[QTextBlock]) -> None:
        """Style ``blocks`` now if they are still waiting (the paragraphs on screen)."""
        if self._pending is None:
            return
        start, end = self._pending[0].position(), self._pending[1].position()
        for block in blocks:
            if start <= block.position() <= end:
                self.rehighlightBlock(block)

    def _before_reformat(self, position: int, _removed: int, added: int) -> None:
        self._bulk = added >= BULK_CHARS
        if self._bulk:
            self._mark_pending(position, position + added)

    def _after_reformat(self, _position: int, _removed: int, added: int) -> None:
        if self._bulk:
            self._bulk = False
            self.pending_started.emit()

    def _mark_pending(self, start: int, end: int) -> None:
        if self._pending is not None:
            start = min(start, self._pending[0].position())
            end = max(end, self._pending[1].position())
        first, last = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(start)
        last.setPosition(min(end, self.document().characterCount() - 1))
        self._pending = (first, last)
        self._sweep_timer.start()

    def _sweep(self) -> None:
        """Style waiting paragraphs for at most ``SWEEP_BUDGET_S``, then yield to the event loop."""
        if self._pending is None:
            self._sweep_timer.stop()
            return
        first, last = self._pending
        deadline = time.perf_counter() + SWEEP_BUDGET_S
        block = self.document().findBlock(first.position())
        while block.isValid() and block.position() <= last.position():
            self.rehighlightBlock(block)
            block = block.next()
            if time.perf_counter() > deadline:
                break
        if block.isValid() and block.position() <= last.position():
            first.setPosition(block.position())
        else:
            self._pending = None
            self._sweep_timer.stop()

    # --- formats ---------------------------------------------------------------------------------

    def _format(self, style: int, level: int) -> QTextCharFormat:
        key = (style, level)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        fmt = QTextCharFormat()
        palette = self._palette
        base_size = self.document().defaultFont().pointSizeF()
        if style & HEADING:
            fmt.setFontWeight(QFont.Weight.Bold)
            if base_size > 0:
                fmt.setFontPointSize(base_size * HEADING_SCALE.get(level, 1.0))
        if style & BOLD:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style & ITALIC:
            fmt.setFontItalic(True)
        if style & QUOTE:
            fmt.setForeground(colors.quote_text(palette))
            fmt.setFontItalic(True)
        if style & LINK:
            fmt.setForeground(colors.link_text(palette))
            fmt.setFontUnderline(True)
        if style & CODE:
            fmt.setFontFamilies(["monospace"])
            fmt.setFontFixedPitch(True)
            fmt.setBackground(colors.code_background(palette))
        if style & MARKUP:
            fmt.setForeground(colors.dimmed_text(palette))
            fmt.setFontUnderline(False)
        if style & MISSPELLED:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor("#e53935"))
        self._formats[key] = fmt
        return fmt

    # --- the per-block work ----------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        if self._fenced(text) or self._bulk:
            return
        spans: list[tuple[int, int, int]] = []
        level = 0
        heading = _HEADING.match(text)
        if heading:
            level = heading.group(1).count("#")
            spans.append((0, len(text), HEADING))
            spans.append((0, heading.end(), MARKUP))
        else:
            quote = _QUOTE.match(text)
            if quote:
                spans.append((quote.end(), len(text), QUOTE))
                spans.append((0, quote.end(), MARKUP))
            marker = _LIST_MARKER.match(text, quote.end() if quote else 0)
            if marker:
                spans.append((marker.start(1), marker.end(1), MARKUP))

        no_spelling: list[tuple[int, int]] = []
        masked = text
        for match in _CODE_SPAN.finditer(text):
            spans.append((match.start(), match.end(), CODE))
            spans.append((match.start(), match.start(2), MARKUP))
            spans.append((match.end(2), match.end(), MARKUP))
            no_spelling.append((match.start(), match.end()))
            masked = _blank(masked, match.start(), match.end())
        for match in _LINK.finditer(masked):
            spans.append((match.start(2), match.end(2), LINK))
            spans.append((match.start(1), match.end(1), MARKUP))
            spans.append((match.start(3), match.end(5), MARKUP))
            no_spelling.append((match.start(3), match.end(5)))
            masked = _blank(masked, match.start(3), match.end(5))
        for match in _AUTOLINK.finditer(masked):
            spans.append((match.start(), match.end(), LINK))
            no_spelling.append((match.start(), match.end()))
        for match in _HTML_TAG.finditer(masked):
            spans.append((match.start(), match.end(), MARKUP))
            no_spelling.append((match.start(), match.end()))
        for match in _BOLD.finditer(masked):
            spans.append((match.start(), match.end(), BOLD))
            spans.append((match.start(), match.start(2), MARKUP))
            spans.append((match.end(2), match.end(), MARKUP))
            masked = (
                masked[: match.start()]
                + "\0\0"
                + masked[match.start() + 2 : match.end() - 2]
                + "\0\0"
                + masked[match.end() :]
            )
        for match in _ITALIC.finditer(masked):
            spans.append((match.start(), match.end(), ITALIC))
            spans.append((match.start(), match.start() + 1, MARKUP))
            spans.append((match.end() - 1, match.end(), MARKUP))

        if self._spelling.enabled and self._spelling.ready and len(text) <= MAX_SPELLCHECKED_BLOCK:
            spans.extend(self._misspellings(text, no_spelling))
        self._apply(spans, len(text), level)

    def _fenced(self, text: str) -> bool:
        """Track fenced code blocks (the one state carried between paragraphs); True if styled here."""
        fence = _FENCE.match(text) is not None
        inside = self.previousBlockState() == IN_FENCE
        self.setCurrentBlockState(IN_FENCE if inside != fence else NORMAL)
        if not (inside or fence) or self._bulk:
            return False
        spans = [(0, len(text), CODE)] + ([(0, len(text), MARKUP)] if fence else [])
        self._apply(spans, len(text), 0)
        return True

    def _misspellings(self, text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        found = []
        is_misspelled = self._spelling.is_misspelled
        for match in WORD_PATTERN.finditer(text):
            start, end = match.span()
            if skip and any(s < end and start < e for s, e in skip):
                continue
            if is_misspelled(match.group()):
                found.append((start, end, MISSPELLED))
        return found

    def _apply(self, spans: list[tuple[int, int, int]], length: int, level: int) -> None:
        """Sweep the spans (each of one style bit) into runs of identical style, one format per run."""
        if not spans:
            return
        events: dict[int, list[tuple[int, int]]] = {}
        for start, end, style in spans:
            if end > start:
                events.setdefault(start, []).append((style, 1))
                events.setdefault(end, []).append((style, -1))
        counts = dict.fromkeys(_BITS, 0)
        positions = sorted(events)
        for index in range(len(positions) - 1):
            position = positions[index]
            for style, delta in events[position]:
                counts[style] += delta
            combined = 0
            for bit, count in counts.items():
                if count:
                    combined |= bit
            if combined:
                end = min(positions[index + 1], length)
                self.setFormat(position, end - position, self._format(combined, level))


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with a range replaced by NULs, so later patterns don't match inside it."""
    return text[:start] + "\0" * (end - start) + text[end:]
