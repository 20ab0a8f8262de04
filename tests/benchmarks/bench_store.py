"""Benchmark of the article store at newsroom scale (a script, not a test: pytest does not collect it).

    python tests/benchmarks/bench_store.py [--articles 100000] [--dir DIR]

Builds a library of generated ~800-word articles whose words follow a Zipf-like distribution (so there
are very common and very rare terms, as in real text), importing them through ``ArticleStore.save_many``
in batches: one transaction per batch, each article getting its first revision, exactly the import path
of the app. Then prints import throughput, p50/p95 of single saves (with a revision), opens, list pages
(first and deep), ranked searches (common, mid and rare terms, phrase, prefix) and the database size.

Targets at 100,000 articles: save p95 < 10 ms, open < 5 ms, list page < 20 ms, search p50 < 25 ms on
common terms.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from editor.article import Article, Byline, Status
from editor.store import ArticleStore, ListFilter

WORDS_PER_ARTICLE = 800
VOCABULARY = 40_000
ZIPF_EXPONENT = 1.05
SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ei")]


def make_vocabulary(rng: random.Random) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < VOCABULARY:
        size = min(1 + int(rng.expovariate(0.6)), 5)  # frequent words come first and tend to be short
        words.setdefault("".join(rng.choice(SYLLABLES) for _ in range(size)), None)
    return sorted(words, key=len)


class TextMaker:
    """Zipf-distributed words: rank r has weight 1 / r**s."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = make_vocabulary(rng)
        weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, VOCABULARY + 1)]
        self.cumulative = list(itertools.accumulate(weights))
        self.pool = rng.choices(self.vocabulary, cum_weights=self.cumulative, k=3_000_000)

    def words(self, count: int) -> list[str]:
        start = self.rng.randrange(len(self.pool) - count)
        return self.pool[start : start + count]

    def body(self) -> str:
        words = self.words(WORDS_PER_ARTICLE)
        paragraphs, sentence, paragraph = [], [], []
        for word in words:
            sentence.append(word)
            if len(sentence) >= self.rng.randint(10, 22):
                paragraph.append(" ".join(sentence).capitalize() + ".")
                sentence = []
                if len(paragraph) >= 4:
                    paragraphs.append(" ".join(paragraph))
                    paragraph = []
        paragraphs.append(" ".join([*paragraph, " ".join(sentence)]))
        paragraphs.insert(len(paragraphs) // 2, "## " + " ".join(self.words(4)).capitalize())
        return "\n\n".join(paragraphs)

    def term(self, rank: int) -> str:
        return self.vocabulary[rank]


def make_article(maker: TextMaker, rng: random.Random, names: list[str], tags: list[str]) -> Article:
    created = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
    tag_count = rng.randint(2, 5)
    return Article(
        headline=" ".join(maker.words(rng.randint(6, 11))).capitalize(),
        standfirst=" ".join(maker.words(rng.randint(15, 30))).capitalize() + ".",
        body=maker.body(),
        bylines=[Byline(rng.choice(names))],
        section=rng.choice(["World", "Politics", "Business", "Sport", "Culture", "Science", "Local"]),
        tags=list(
            dict.fromkeys(tags[min(int(rng.paretovariate(1.2)) - 1, len(tags) - 1)] for _ in range(tag_count))
        ),
        status=rng.choice([Status.DRAFT, Status.READY, Status.PUBLISHED, Status.PUBLISHED]),
        created=created,
        updated=created + timedelta(minutes=rng.randrange(600)),
    )


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


Samples = tuple[list[float], list[float]]  # wall-clock and CPU milliseconds of each run


def timed(action: Callable[[], object], repeat: int) -> Samples:
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(label: str, samples: Samples, target: str = "") -> None:
    """Wall-clock p50/p95 (what a user waits) and CPU p50 (what the code costs on a quiet machine)."""
    p50, p95 = percentiles(samples[0])
    cpu = statistics.median(samples[1])
    print(
        f"  {label:<38} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  (cpu p50 {cpu:6.2f} ms)  {target}", flush=True
    )


def load() -> str:
    return "load average " + " ".join(f"{n:.1f}" for n in os.getloadavg()) + f" on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000, help="library size (default 100000)")
    parser.add_argument("--dir", type=Path, help="folder for the database (default: a new temp folder)")
    parser.add_argument("--batch", type=int, default=500, help="articles per import transaction")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--reuse", action="store_true", help="measure the library already in --dir (built with the same seed)"
    )
    args = parser.parse_args()

    folder = args.dir or Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    path = folder / "bench.sqlite3"
    if path.exists() != args.reuse:
        print(f"{path}: give an empty --dir, or --reuse with a built one", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    maker = TextMaker(rng)
    names = [" ".join(maker.words(2)).title() for _ in range(300)]
    tags = list(dict.fromkeys(maker.term(rank) for rank in range(200, 700)))
    print(f"Copydesk store benchmark: {args.articles} articles of ~{WORDS_PER_ARTICLE} words in {path}")
    print(f"machine: {load()}")
    ids = import_library(path, args.articles, args.batch, maker, rng, names, tags) if not args.reuse else []

    report("open the library (integrity quick_check included)", timed(lambda: open_once(path), 5))
    store = ArticleStore.open(path)  # a fresh session, as when the app starts again
    try:
        if args.reuse:
            with store.engine.connect() as connection:
                ids = list(connection.exec_driver_sql("SELECT id FROM articles").scalars())
        measure(store, ids, maker, rng, tags)
    finally:
        store.close()
    size = sum(f.stat().st_size for f in folder.glob("bench.sqlite3*")) / 1e6
    print(f"database size: {size:,.0f} MB")
    print(f"machine: {load()}")
    return 0


def open_once(path: Path) -> None:
    ArticleStore.open(path).engine.dispose()


def import_library(
    path: Path,
    count: int,
    batch_size: int,
    maker: TextMaker,
    rng: random.Random,
    names: list[str],
    tags: list[str],
) -> list[str]:
    """Import ``count`` generated articles in transactions of ``batch_size``; returns their ids."""
    store = ArticleStore.open(path)
    ids: list[str] = []
    start = time.perf_counter()
    generating = 0.0
    for first in range(0, count, batch_size):
        made = time.perf_counter()
        batch = [make_article(maker, rng, names, tags) for _ in range(min(batch_size, count - first))]
        generating += time.perf_counter() - made
        store.save_many(batch)
        ids.extend(article.id for article in batch)
        if (first // batch_size) % 40 == 0:
            print(f"  ... {first + len(batch)} imported", flush=True)
    elapsed = time.perf_counter() - start - generating
    store.close()
    print(f"import (batches of {batch_size}, one transaction each, first revision included):")
    print(f"  {count / elapsed:,.0f} articles/s ({elapsed:.1f} s, generation excluded)")
    return ids


def measure(
    store: ArticleStore, ids: list[str], maker: TextMaker, rng: random.Random, tags: list[str]
) -> None:
    print("single operations:")
    wall, cpu = [], []
    for article_id in rng.sample(ids, 300):
        article = store.get(article_id)
        edited = article.copy(body=article.body + "\n\n" + " ".join(maker.words(12)) + ".")
        one_wall, one_cpu = timed(lambda edited=edited: store.save(edited, revision="always"), 1)
        wall += one_wall
        cpu += one_cpu
    report("save (one article, revision always)", (wall, cpu), "target p95 < 10 ms")
    picks = iter(rng.choices(ids, k=500))
    report("open (get one article)", timed(lambda: store.get(next(picks)), 500), "target < 5 ms")

    print("listing (50 per page):")
    count = len(ids)
    report("first page, newest first", timed(lambda: store.list(limit=50), 50), "target < 20 ms")
    report(
        f"deep page (offset {count * 9 // 10})",
        timed(lambda: store.list(limit=50, offset=count * 9 // 10), 20),
    )
    report("first page by headline", timed(lambda: store.list(ListFilter(sort="headline"), limit=50), 20))
    report("first page, status published", timed(lambda: store.list(ListFilter(status=Status.PUBLISHED)), 20))
    report(f"first page, tag {tags[0]!r}", timed(lambda: store.list(ListFilter(tag=tags[0])), 20))
    report(f"first page, tag {tags[-1]!r}", timed(lambda: store.list(ListFilter(tag=tags[-1])), 20))
    report("count (all live)", timed(lambda: store.count(), 20))

    print("ranked search (20 hits with snippets):")
    groups = {
        "common terms (ranks 1-10)": [maker.term(r) for r in range(0, 10)],
        "mid terms (ranks 300-310)": [maker.term(r) for r in range(300, 310)],
        "rare terms (ranks 20000-20010)": [maker.term(r) for r in range(20_000, 20_010)],
        "two common terms": [f"{maker.term(r)} {maker.term(r + 1)}" for r in range(2, 12)],
        "phrase of two words": ['"' + " ".join(maker.words(2)) + '"' for _ in range(10)],
        "prefix (first 5 letters*)": [maker.term(r)[:5] + "*" for r in range(3000, 3010)],
    }
    for label, queries in groups.items():
        cycle = itertools.cycle(queries)
        target = "target p50 < 25 ms" if label.startswith("common") else ""
        report(label, timed(lambda cycle=cycle: store.search(next(cycle)), 3 * len(queries)), target)
    hits = [len(store.search(q, limit=1000)) for q in groups["rare terms (ranks 20000-20010)"][:3]]
    print(f"  (rare terms match {hits} articles in the first 1000; common ones match nearly all)")


if __name__ == "__main__":
    raise SystemExit(main())
