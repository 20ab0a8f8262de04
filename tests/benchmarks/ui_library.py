"""A large demo library for the UI benchmark (100,000 articles), built once and cached in /tmp.

Written through ArticleStore.save_many in batches, so it is the real schema, FTS index included.
Run alone to build it: ``python -m tests.benchmarks.ui_library [COUNT]``.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from editor.article import Article, Byline, Source, SourceKind, Status

CACHE_ROOT = Path("/tmp/copydesk-bench")
BATCH = 1000
_WORD_TEXT = (
    "council budget storm coast river mayor election court police school hospital market price energy "
    "train station bridge harbour festival museum farmer village city region minister report witness "
    "government plan vote strike union worker family child teacher doctor nurse water road weather "
    "the a of to and in on for with at by from said would could after before during while since"
)
WORDS = _WORD_TEXT.split()
SECTIONS = ("News", "Politics", "Business", "Sport", "Culture", "Science", "World")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def make_body(rng: random.Random, words: int) -> str:
    """Markdown paragraphs of roughly ``words`` words, with a subhead every few paragraphs."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        if paragraphs and len(paragraphs) % 6 == 0:
            paragraphs.append(f"## {_sentence(rng)[:-1]}")
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def make_article(rng: random.Random, number: int, now: datetime, body_words: int = 250) -> Article:
    stamp = now - timedelta(minutes=number * 7)
    return Article(
        headline=f"{_sentence(rng)[:-1][:70]} ({number})",
        standfirst=_sentence(rng),
        body=make_body(rng, body_words),
        bylines=[Byline(rng.choice(("Ana Ruiz", "Tom Berg", "Lea Martin", "Sam Okafor")))],
        section=rng.choice(SECTIONS),
        tags=[rng.choice(WORDS) for _ in range(2)],
        sources=[Source("Reuters", SourceKind.NEWS_AGENCY)],
        status=rng.choice((Status.DRAFT, Status.DRAFT, Status.READY, Status.PUBLISHED)),
        created=stamp,
        updated=stamp,
    )


def library(count: int) -> Path:
    """The data folder of a library of ``count`` articles (built on first use, then reused)."""
    from editor.store import ArticleStore

    folder = CACHE_ROOT / f"library-{count}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "copydesk.sqlite3"
    database.unlink(missing_ok=True)
    (folder / ".welcomed").write_text("benchmark library\n")
    rng = random.Random(20261125)
    now = datetime.now(UTC)
    store = ArticleStore.open(database)
    started = time.perf_counter()
    try:
        for first in range(0, count, BATCH):
            batch = [make_article(rng, n, now) for n in range(first, min(count, first + BATCH))]
            store.save_many(batch, revision="never")
            if first % 10_000 == 0:
                print(
                    f"  library: {first + len(batch)}/{count} ({time.perf_counter() - started:.0f} s)",
                    file=sys.stderr,
                )
    finally:
        store.close()
    done.write_text("ok\n")
    return folder


if __name__ == "__main__":
    print(library(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
