"""Quotation marks as the article's language writes them: “ ” and ‘ ’ in English, « » with a narrow
no-break space inside in French, „ “ and ‚ ‘ in German.

A finding names the marks found that the language does not use and the ones it does (a warning:
a quoted headline from another paper may keep its marks). Only the text a reader sees is looked at
(code spans and fenced code are left out), and a straight ``"`` counts only in pairs around words,
so inch marks stay quiet. Other languages, and articles whose language is not stated, are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from editor.article import Article, Problem, Severity
from editor.languages import primary

NARROW_NO_BREAK_SPACE = "\u202f"
_NO_BREAK = "\u202f\u00a0"  # a plain no-break space is tolerated: it does not break either


@dataclass(frozen=True, slots=True)
class QuoteStyle:
    used: str  # how the finding names the language's marks, e.g. "“ ” ‘ ’"
    allowed: frozenset[str]  # the quotation marks the language uses (’ is an apostrophe everywhere)


STYLES = {
    "en": QuoteStyle("“ ” ‘ ’", frozenset("“”‘")),
    "fr": QuoteStyle(f"«{NARROW_NO_BREAK_SPACE}…{NARROW_NO_BREAK_SPACE}»", frozenset("«»")),
    "de": QuoteStyle("„ “ ‚ ‘", frozenset("„“‚‘")),
}
# Every mark a finding may name: double and single quotation marks of the languages above and
# their look-alikes. ’ is missing on purpose (the apostrophe); a straight " is found in pairs only.
_MARKS = frozenset("“”„‟«»‹›‚‘")
_STRAIGHT_PAIR = re.compile(r'"[^"\n]{2,}"')
_GUILLEMETS = re.compile(r"«([^»]*)»")


def quote_style(language: str) -> QuoteStyle | None:
    return STYLES.get(primary(language)) if language else None


def _wrong_marks(text: str, style: QuoteStyle, french: bool) -> list[str]:
    if french:
        text = _GUILLEMETS.sub("", text)  # “ ” nest inside « » in French: only what is outside counts
    found = {c for c in text if c in _MARKS and c not in style.allowed}
    if _STRAIGHT_PAIR.search(text):
        found.add('"')
    return sorted(found)


def _unspaced_guillemets(text: str) -> bool:
    """A French « or » without a no-break space on its inner side."""
    for match in _GUILLEMETS.finditer(text):
        inner = match.group(1)
        if inner and (inner[0] not in _NO_BREAK or inner[-1] not in _NO_BREAK):
            return True
    return False


def quote_problems(article: Article, body_lines: Iterable[tuple[int | None, str]]) -> Iterator[Problem]:
    """Warnings for the headline, the standfirst and the body (``body_lines``: the text a reader
    sees, with its source line) whose quotation marks are not the article language's."""
    style = quote_style(article.language)
    if style is None:
        return
    french = primary(article.language) == "fr"
    parts: list[tuple[str, int | None, str]] = [
        ("headline", None, article.headline),
        ("standfirst", None, article.standfirst),
    ]
    parts += [("body", line, text) for line, text in body_lines]
    reported: set[tuple[str, str]] = set()
    for field, line, text in parts:
        wrong = _wrong_marks(text, style, french)
        if wrong and (field, "marks") not in reported:
            reported.add((field, "marks"))
            params = {"found": " ".join(wrong), "expected": style.used, "line": line}
            yield Problem(field, "quote_marks_wrong", params, Severity.WARNING)
        if french and _unspaced_guillemets(text) and (field, "space") not in reported:
            reported.add((field, "space"))
            yield Problem(field, "quote_marks_unspaced", {"line": line}, Severity.WARNING)
