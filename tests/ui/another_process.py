"""Another process writing to the same library while the window is open, until the test kills it.

``python -m tests.ui.another_process DATABASE ARTICLE_ID`` saves one article over and over through the
real ArticleStore, its body one word longer each time (someone typing, autosaved), and prints the number
of words once that save's transaction has committed. The stateful test SIGKILLs it at a random moment,
usually in the middle of a write, and then checks what the database holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from editor.article import Article
from editor.store import ArticleStore

HEADLINE = "Written by another process"


def text_of(words: int) -> str:
    """The body after ``words`` words were typed (the test predicts the stored text with it)."""
    return " ".join(f"word{n}" for n in range(1, words + 1))


def main(database: str, article_id: str) -> None:
    store = ArticleStore.open(Path(database))
    article = Article(id=article_id, headline=HEADLINE)
    words = 0
    while True:
        words += 1
        article.body = text_of(words)
        store.save(article)
        print(words, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
