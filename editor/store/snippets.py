"""Snippets for very long articles, where FTS5's ``snippet()`` is too slow.

FTS5 scores every window around every hit, so its cost grows with the square of the hits in a
document: about 0.07 s for a 100 kB body full of hits, 20 s for 1 MB. A pasted 10 MB body would stall
search for minutes. Articles above ``LONG_ARTICLE_WORDS`` get this simpler snippet instead: the first
hit with some words around it, matched words wrapped in ``[`` ``]`` like FTS5's.
"""

from __future__ import annotations

import re

from editor.store.queries import Term

LONG_ARTICLE_WORDS = 20_000
_BEFORE, _AFTER = 6, 18  # words around the first hit (24 in all, as the FTS5 snippet)
_SPAN = 400  # characters looked at on each side of the first hit


def term_pattern(terms: list[Term]) -> re.Pattern[str]:
    """Any single searched word, as a whole word (or as a word start for a prefix term)."""
    alternatives = []
    for term in terms:
        for position, word in enumerate(term.words):
            open_end = term.prefix and position == len(term.words) - 1
            alternatives.append(re.escape(word) + (r"\w*" if open_end else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def plain_snippet(texts: list[str], terms: list[Term]) -> str:
    """About 24 words around the first hit in the first text that has one."""
    pattern = term_pattern(terms)
    for text in texts:
        hit = pattern.search(text)
        if hit is None:
            continue
        start = max(0, hit.start() - _SPAN)
        words_before = text[start : hit.start()].split()
        before = words_before[-_BEFORE:]
        after = text[hit.start() : hit.start() + _SPAN].split()[:_AFTER]
        window = " ".join(before + after)
        marked = pattern.sub(lambda m: f"[{m.group(0)}]", window)
        opened = "…" if start > 0 or len(words_before) > _BEFORE else ""
        closed = "…" if hit.start() + _SPAN < len(text) else ""
        return f"{opened}{marked}{closed}"
    return ""
