"""The reuse meter: which runs of a body are verbatim from the incoming copy it was written from.

A run is eight words or more (``MIN_RUN_WORDS``) that stand in the same order in the stored wire text;
words are compared case-folded with typographic apostrophes and quotes unified, so retyped quotes do
not hide a copied sentence, and Markdown markup and link targets are not words. The share is the part of
the body's words inside such runs. Linear in the length of both texts (8-word shingles in a set), so a
long story is measured in milliseconds; the window still runs it off the GUI thread.

Two checklist rules come from it (:func:`reuse_problems`): agency text kept verbatim while the credit
line does not name the agency is a warning; a body verbatim over ``threshold`` (default 80%) with no
such credit is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.article import Article, Problem, Severity

MIN_RUN_WORDS = 8
DEFAULT_THRESHOLD = 0.8
_WORD = re.compile(r"\d+(?:[.,]\d+)*(?![^\W_])|[^\W_]+(?:['’][^\W_]+)*")  # "80,000" is one word
# Link and image targets, autolinks and inline HTML: not words a reader sees (kept as spaces: offsets hold).
_NOT_TEXT = re.compile(r"\]\([^)]*\)|<[^>\n]*>")


@dataclass(frozen=True, slots=True)
class Reuse:
    verbatim_words: int
    total_words: int
    runs: tuple[tuple[int, int], ...]  # (start, end) character offsets into the body's Markdown

    @property
    def share(self) -> float:
        return self.verbatim_words / self.total_words if self.total_words else 0.0

    @property
    def percent(self) -> int:
        return round(self.share * 100)


def _normal(word: str) -> str:
    return word.casefold().replace("’", "'")


def _words(text: str) -> list[re.Match[str]]:
    blanked = _NOT_TEXT.sub(lambda m: " " * len(m.group()), text)
    return list(_WORD.finditer(blanked))


def measure(body: str, wire_text: str, min_words: int = MIN_RUN_WORDS) -> Reuse:
    """The verbatim runs of ``body`` (Markdown) found in ``wire_text``."""
    body_words = _words(body)
    wire_words = [_normal(m.group()) for m in _words(wire_text)]
    shingles = {tuple(wire_words[i : i + min_words]) for i in range(len(wire_words) - min_words + 1)}
    normal = [_normal(m.group()) for m in body_words]
    copied = [False] * len(normal)
    if shingles:
        for i in range(len(normal) - min_words + 1):
            if tuple(normal[i : i + min_words]) in shingles:
                copied[i : i + min_words] = [True] * min_words
    runs: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate([*copied, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((body_words[start].start(), body_words[i - 1].end()))
            start = None
    return Reuse(sum(copied), len(normal), tuple(runs))


def names_agency(credit_line: str, agency: str) -> bool:
    """True when the credit line names the agency ("with AFP", "AFP/Reuters")."""
    return (
        bool(agency)
        and re.search(rf"(?<!\w){re.escape(agency)}(?!\w)", credit_line, re.IGNORECASE) is not None
    )


def reuse_problems(
    article: Article, reuse: Reuse, agency: str, threshold: float = DEFAULT_THRESHOLD
) -> list[Problem]:
    """The two checklist rules on verbatim agency copy."""
    if not agency or reuse.verbatim_words == 0 or names_agency(article.credit_line, agency):
        return []
    params = {"percent": reuse.percent, "agency": agency}
    if reuse.share >= threshold:
        return [Problem("credit_line", "wire_copy_uncredited", params)]
    return [Problem("credit_line", "wire_copy_credit_missing", params, Severity.WARNING)]
