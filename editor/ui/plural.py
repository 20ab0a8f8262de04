"""Counted nouns ("1 word", "2,048 words") without shipping an English translation file.

Qt's ``tr("%n word(s)", "", n)`` needs a compiled English .qm to print proper plurals; until Copydesk
ships translations, both forms are passed through ``tr`` by the caller and chosen here.
"""

from __future__ import annotations


def counted(n: int, one: str, many: str) -> str:
    """``one`` (already translated, may hold %1) for 1, else ``many`` with %1 replaced by ``n``."""
    return (one if n == 1 else many).replace("%1", f"{n:,}")
