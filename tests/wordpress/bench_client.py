"""Benchmark: the CMS client's cost per request against the same local WordPress, vs raw httpx.

    python -m tests.wordpress.bench_client [N]

Prints the WordPress start-up timings, then medians of N (default 30) sequential requests of each kind,
done once with a bare httpx.Client and once through WordPressClient: the difference is the client's own
overhead (JSON mapping, error checks). No assertions: numbers to read.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from editor.article import Article
from editor.cms.draft import draft_from_article
from editor.cms.wordpress import POST_FIELDS, WordPressClient
from editor.cms.wordpress_mapping import post_fields
from tests.wordpress.server import WordPressServer


def paired_medians(
    bare: Callable[[], object], ours: Callable[[], object] | None, runs: int
) -> tuple[float, float]:
    """Median ms of each, measured alternately so that load changes hit both alike."""
    raw_samples: list[float] = []
    our_samples: list[float] = []
    for _ in range(runs):
        for action, samples in ((bare, raw_samples), (ours, our_samples)):
            if action is None:
                continue
            began = time.perf_counter()
            action()
            samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(raw_samples), statistics.median(our_samples) if our_samples else float("nan")


def main(runs: int) -> None:
    server = WordPressServer()
    began = time.perf_counter()
    server.start()
    print(
        f"WordPress start: {time.perf_counter() - began:.2f} s  "
        + "  ".join(f"{name} {seconds:.2f} s" for name, seconds in server.timings.items())
    )
    try:
        article = Article(headline="Benchmark story", body="Paragraph. " * 200)
        fields = post_fields(
            draft_from_article(article, f"<p>{article.body}</p>"), category_ids=[], tag_ids=[]
        )
        with (
            server.rest() as raw,
            WordPressClient(server.base_url, server.username, server.app_password) as client,
        ):
            began = time.perf_counter()
            client.test()
            print(f"client discovery + login (first call): {(time.perf_counter() - began) * 1000:.1f} ms")
            post_id = client.create_fields(fields).id
            rows = [
                (
                    "create post",
                    lambda: raw.post("/wp/v2/posts", params={"context": "edit"}, json=fields),
                    lambda: client.create_fields(fields),
                ),
                (
                    "update post",
                    lambda: raw.post(f"/wp/v2/posts/{post_id}", params={"context": "edit"}, json=fields),
                    lambda: client.update_fields(post_id, fields),
                ),
                (
                    "get post",
                    lambda: raw.get(f"/wp/v2/posts/{post_id}", params={"context": "edit"}),
                    lambda: client.get(post_id),
                ),
                (
                    "find by marker",
                    lambda: raw.get(
                        "/wp/v2/posts",
                        params={
                            "search": article.id,
                            "status": "any",
                            "context": "edit",
                            "_fields": POST_FIELDS,
                        },
                    ),
                    lambda: client.find_by_marker(article.id),
                ),
                (
                    "slug lookup (for comparison)",
                    lambda: raw.get(
                        "/wp/v2/posts", params={"slug": "benchmark-story", "status": "any", "context": "edit"}
                    ),
                    None,
                ),
            ]
            print(f"{'request':32} {'raw httpx':>10} {'client':>10} {'overhead':>10}   (median ms of {runs})")
            for name, bare, ours in rows:
                raw_ms, ours_ms = paired_medians(bare, ours, runs)
                print(f"{name:32} {raw_ms:10.1f} {ours_ms:10.1f} {ours_ms - raw_ms:10.1f}")
    finally:
        began = time.perf_counter()
        server.stop()
        print(f"WordPress stop: {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
