"""Text copied from a browser or an e-mail: headline, body with ``##`` subheads, newsroom lines as fields.

A page copied as text is flat: breadcrumbs glued to the headline, the headline repeated, the date and
byline lines, share and follower counters, then paragraphs with short subhead lines between them, then
"Related News", a comment form, the footer. The story is found as the run of prose between the first
and last paragraph that reads as a sentence; what stands before it gives the headline (and a deck,
when there is one); chrome lines are dropped wherever they are, a chrome heading after the story has
begun ends it, and newsroom lines become fields (:mod:`editor.importers.newsroom`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.importers import boilerplate, newsroom

_SENTENCE_END = re.compile(r"""[.!?…:;]["'”»’)\]]*$|["”»]$""")
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\w*\.?,?\s+)?"
    r"(?:\d{1,2}(?:er)?[./ -]\s*\w+\.?[./ -]\s*\d{2,4}|\w+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:at|à|um|a las|alle|в|,|-|–)?\s*\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\w{2,5})?)?$",
    re.IGNORECASE,
)
_TIME_AGO = re.compile(
    r"^(?:il y a |vor |hace )?\d+\s*(?:min|minutes?|h|hours?|heures?|stunden?|horas?|days?|jours?)(?: ago)?$",
    re.IGNORECASE,
)
MAX_SUBHEAD_WORDS = 12
LINK_TEASER_WORDS = 20  # under a "Related" heading, lines shorter than this are other stories' titles


@dataclass(slots=True)
class Parsed:
    headline: str = ""
    standfirst: str = ""
    blocks: list[str] = field(default_factory=list)  # Markdown blocks of the body
    attribution: newsroom.Attribution = field(default_factory=newsroom.Attribution)

    @property
    def body(self) -> str:
        return "\n\n".join(self.blocks)


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    """A line that reads as running text: a sentence of some length, or a long line whatever its end."""
    words = _words(line)
    return (words >= 8 and bool(_SENTENCE_END.search(line))) or words >= 25


def is_date(line: str) -> bool:
    return bool(_DATE_LINE.match(line) or _TIME_AGO.match(line))


def _headline_like(line: str) -> bool:
    return 3 <= _words(line) <= 30 and not line.endswith((".", ":", ";", ",")) and not is_date(line)


# Markup in text that is meant to be plain (a page's source pasted as text, an e-mail's text part
# quoting HTML): scripts and styles go with their content, other tags are dropped. "a < b" stays.
_SCRIPT = re.compile(r"<(script|style|template|noscript)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--.*?(?:-->|$)", re.DOTALL)


def _lines(text: str) -> list[str]:
    text = _TAG.sub(" ", _SCRIPT.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return [" ".join(line.split()) for line in text.split("\n")]


def _pick_headline(before: list[str]) -> tuple[str, str]:
    """Headline and deck from the lines before the story (breadcrumbs, dates and chrome removed)."""
    candidates = [
        line for line in before
        if not boilerplate.is_chrome(line) and not boilerplate.opens_chrome_block(line) and not is_date(line)
    ]  # fmt: skip
    if not candidates:
        return "", ""
    # The headline is often there twice: once glued to the breadcrumbs ("HomeWorldStorm hits…").
    for i, line in enumerate(candidates):
        if not _headline_like(line):
            continue
        if any(other != line and other.endswith(line) for other in candidates[:i]):
            rest = [c for c in candidates[i + 1 :] if _words(c) >= 5]
            return line, rest[0] if rest else ""
    heads = [i for i, line in enumerate(candidates) if _headline_like(line)]
    if not heads:
        return candidates[-1], ""
    # The first headline-like line followed by a deck, or the longest of them standing alone.
    first = heads[0]
    deck = candidates[first + 1] if first + 1 < len(candidates) and _words(candidates[first + 1]) >= 5 else ""
    return candidates[first], deck


def parse(text: str, *, attribution: newsroom.Attribution | None = None) -> Parsed:
    """Split copied text into headline, deck, Markdown body blocks and newsroom fields."""
    result = Parsed(attribution=attribution or newsroom.Attribution())
    lines = [line for line in _lines(text) if line]
    remaining: list[str] = []
    for line in lines:  # newsroom lines become fields wherever they stand
        if not newsroom.take_line(line, result.attribution):
            remaining.append(line)
    prose = [i for i, line in enumerate(remaining) if is_prose(line) and not boilerplate.is_chrome(line)]
    if not prose:
        kept = [line for line in remaining if not boilerplate.is_chrome(line)]
        if kept:
            result.headline = kept[0] if _headline_like(kept[0]) else ""
            result.blocks = kept[1:] if result.headline else kept
        return result
    start = prose[0]
    # A short last line of a paragraph run ("It was not enough.") still belongs to the story.
    end = prose[-1]
    headline, deck = _pick_headline(remaining[:start])
    if deck and deck == remaining[start] and len(prose) > 1:
        start = prose[1]
    if not deck and not headline and start + 1 < len(remaining):
        headline = remaining[start] if _headline_like(remaining[start]) else ""
    result.headline, result.standfirst = headline, deck
    story = remaining[start : end + 1]
    in_link_list = False
    for i, line in enumerate(story):
        if boilerplate.ends_story(line):
            break
        if boilerplate.opens_link_list(line):
            in_link_list = True
            continue
        if in_link_list:
            if not is_prose(line) or _words(line) < LINK_TEASER_WORDS:
                continue
            in_link_list = False
        if boilerplate.is_chrome(line) or line in (headline, deck) or is_date(line):
            continue
        if i == 0 or not result.blocks:
            line = newsroom.take_dateline(line, result.attribution)
        if _is_subhead(story, i):
            result.blocks.append(f"## {line}")
        else:
            result.blocks.append(line)
    return result


def _is_subhead(story: list[str], i: int) -> bool:
    line = story[i]
    if _words(line) > MAX_SUBHEAD_WORDS or _SENTENCE_END.search(line) or line.endswith(","):
        return False
    if line[:1] in "\"“«„'‘-–—•*":
        return False
    return i + 1 < len(story) and is_prose(story[i + 1]) and i > 0
