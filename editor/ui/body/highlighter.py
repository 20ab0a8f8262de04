"""Styling Markdown in place: headings larger, emphasis as such, links and quotes coloured, markup
dimmed, misspelled words underlined.

Everything is decided per block (paragraph) from that block's text and one state bit (inside a fenced
code block), so a keystroke costs one paragraph. Spans are collected as (start, end, style) and swept
into runs, each run getting a cached QTextCharFormat for its combination of styles.
"""

from __future__ import annotations

import re
from enum import IntFlag

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.ui.body import colors
from editor.ui.body.spelling import SpellChecking


class Style(IntFlag):
    NONE = 0
    MARKUP = 1
    BOLD = 2
    ITALIC = 4
    LINK = 8
    CODE = 16
    QUOTE = 32
    MISSPELLED = 64
    HEADING = 128


NORMAL, IN_FENCE = 0, 1
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
    def __init__(self, document: QTextDocument, spelling: SpellChecking, palette: QPalette) -> None:
        super().__init__(document)
        self._spelling = spelling
        self._palette = palette
        self._formats: dict[tuple[int, int], QTextCharFormat] = {}
        spelling.dictionary_ready.connect(self.rehighlight)

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._formats.clear()
        self.rehighlight()

    # --- formats ---------------------------------------------------------------------------------

    def _format(self, style: int, level: int) -> QTextCharFormat:
        key = (style, level)
        cached = self._formats.get(key)
        if cached is not None:
            return cached
        fmt = QTextCharFormat()
        palette = self._palette
        base_size = self.document().defaultFont().pointSizeF()
        if style & Style.HEADING:
            fmt.setFontWeight(QFont.Weight.Bold)
            if base_size > 0:
                fmt.setFontPointSize(base_size * HEADING_SCALE.get(level, 1.0))
        if style & Style.BOLD:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style & Style.ITALIC:
            fmt.setFontItalic(True)
        if style & Style.QUOTE:
            fmt.setForeground(colors.quote_text(palette))
            fmt.setFontItalic(True)
        if style & Style.LINK:
            fmt.setForeground(colors.link_text(palette))
            fmt.setFontUnderline(True)
        if style & Style.CODE:
            fmt.setFontFamilies(["monospace"])
            fmt.setFontFixedPitch(True)
            fmt.setBackground(colors.code_background(palette))
        if style & Style.MARKUP:
            fmt.setForeground(colors.dimmed_text(palette))
            fmt.setFontUnderline(False)
        if style & Style.MISSPELLED:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(QColor("#e53935"))
        self._formats[key] = fmt
        return fmt

    # --- the per-block work ----------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        spans: list[tuple[int, int, int]] = []
        self.setCurrentBlockState(NORMAL)
        if self.previousBlockState() == IN_FENCE:
            if not _FENCE.match(text):
                self.setCurrentBlockState(IN_FENCE)
                self._apply([(0, len(text), Style.CODE)], len(text), 0)
                return
            self._apply([(0, len(text), Style.CODE | Style.MARKUP)], len(text), 0)
            return
        if _FENCE.match(text):
            self.setCurrentBlockState(IN_FENCE)
            self._apply([(0, len(text), Style.CODE | Style.MARKUP)], len(text), 0)
            return

        level = 0
        heading = _HEADING.match(text)
        if heading:
            level = heading.group(1).count("#")
            spans.append((0, len(text), Style.HEADING))
            spans.append((0, heading.end(), Style.MARKUP))
        else:
            quote = _QUOTE.match(text)
            if quote:
                spans.append((quote.end(), len(text), Style.QUOTE))
                spans.append((0, quote.end(), Style.MARKUP))
            marker = _LIST_MARKER.match(text, quote.end() if quote else 0)
            if marker:
                spans.append((marker.start(1), marker.end(1), Style.MARKUP))

        no_spelling: list[tuple[int, int]] = []
        masked = text
        for match in _CODE_SPAN.finditer(text):
            spans.append((match.start(), match.end(), Style.CODE))
            spans.append((match.start(), match.start(2), Style.MARKUP))
            spans.append((match.end(2), match.end(), Style.MARKUP))
            no_spelling.append((match.start(), match.end()))
            masked = _blank(masked, match.start(), match.end())
        for match in _LINK.finditer(masked):
            spans.append((match.start(2), match.end(2), Style.LINK))
            spans.append((match.start(1), match.end(1), Style.MARKUP))
            spans.append((match.start(3), match.end(5), Style.MARKUP))
            no_spelling.append((match.start(3), match.end(5)))
            masked = _blank(masked, match.start(3), match.end(5))
        for match in _AUTOLINK.finditer(masked):
            spans.append((match.start(), match.end(), Style.LINK))
            no_spelling.append((match.start(), match.end()))
        for match in _HTML_TAG.finditer(masked):
            spans.append((match.start(), match.end(), Style.MARKUP))
            no_spelling.append((match.start(), match.end()))
        for match in _BOLD.finditer(masked):
            spans.append((match.start(), match.end(), Style.BOLD))
            spans.append((match.start(), match.start(2), Style.MARKUP))
            spans.append((match.end(2), match.end(), Style.MARKUP))
            masked = (
                masked[: match.start()]
                + "\0\0"
                + masked[match.start() + 2 : match.end() - 2]
                + "\0\0"
                + masked[match.end() :]
            )
        for match in _ITALIC.finditer(masked):
            spans.append((match.start(), match.end(), Style.ITALIC))
            spans.append((match.start(), match.start() + 1, Style.MARKUP))
            spans.append((match.end() - 1, match.end(), Style.MARKUP))

        if self._spelling.enabled and self._spelling.ready:
            spans.extend(self._misspellings(text, no_spelling))
        self._apply(spans, len(text), level)

    def _misspellings(self, text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        found = []
        is_misspelled = self._spelling.is_misspelled
        for match in WORD_PATTERN.finditer(text):
            start, end = match.span()
            if skip and any(s < end and start < e for s, e in skip):
                continue
            if is_misspelled(match.group()):
                found.append((start, end, Style.MISSPELLED))
        return found

    def _apply(self, spans: list[tuple[int, int, int]], length: int, level: int) -> None:
        """Sweep the spans into runs of identical style and set one format per run."""
        if not spans:
            return
        events: dict[int, list[tuple[int, int]]] = {}
        for start, end, style in spans:
            if end > start:
                events.setdefault(start, []).append((style, +1))
                events.setdefault(end, []).append((style, -1))
        counts: dict[int, int] = {}
        positions = sorted(events)
        for index, position in enumerate(positions[:-1]):
            for style, delta in events[position]:
                counts[style] = counts.get(style, 0) + delta
            combined = 0
            for style, count in counts.items():
                if count > 0:
                    combined |= style
            if combined:
                end = min(positions[index + 1], length)
                self.setFormat(position, end - position, self._format(combined, level))


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with a range replaced by NULs, so later patterns don't match inside it."""
    return text[:start] + "\0" * (end - start) + text[end:]
