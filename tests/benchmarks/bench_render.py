"""Render benchmark (not a test): prints how long the preview/publish HTML takes to build.

    python tests/benchmarks/bench_render.py

Bodies: "news" copy (paragraphs, a few links, quotes and subheads, like a real story) and
"markup-heavy" copy (a quarter of the words carry emphasis, links or code: a worst case).
Prints the median of 5 runs of render_body (with source lines, as the preview does),
render_article, run_checklist, article_stats, and what happens to a 10 MB body.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from editor.article import Article, Byline, Source
from editor.render import article_stats, render_article, render_body, run_checklist

NEWS_TEXT = (
    "the minister said storm would hit coast by night and people should stay indoors power was cut "
    "in parts of city a council spokesman told reporters on Tuesday after meeting"
)
NEWS_WORDS = NEWS_TEXT.split(" ")
HEAVY_WORDS = NEWS_WORDS + ["*emphasis*", "**strong**", "[link](https://example.org/x)", "`code`"] * 5


def story(words: int, vocabulary: list[str], rng: random.Random) -> str:
    blocks, count = [], 0
    while count < words:
        paragraph = " ".join(rng.choice(vocabulary) for _ in range(70))
        if len(blocks) % 5 == 4:
            paragraph += ' "We will rebuild," she said, according to [the agency](https://example.org/a).'
        if len(blocks) % 9 == 8:
            blocks.append("## A subhead")
        blocks.append(paragraph)
        count += 75
    return "\n\n".join(blocks)


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    rng = random.Random(42)
    header = f"{'body':<26}{'chars':>10}{'render_body':>13}{'article':>10}{'checklist':>11}{'stats':>8}"
    print(header + "  (ms, median of 5)")
    for label, vocabulary in (("news", NEWS_WORDS), ("markup-heavy", HEAVY_WORDS)):
        for words in (6_000, 57_000):
            body = story(words, vocabulary, rng)
            article = Article(headline="Benchmark", body=body, bylines=[Byline("A")], sources=[Source("B")])
            print(
                f"{label + f' {words:,} words':<26}{len(body):>10,}"
                f"{median_ms(lambda b=body: render_body(b, source_lines=True)):>13.1f}"
                f"{median_ms(lambda a=article: render_article(a)):>10.1f}"
                f"{median_ms(lambda a=article: run_checklist(a)):>11.1f}"
                f"{median_ms(lambda a=article: article_stats(a)):>8.1f}"
            )
    huge = Article(headline="Huge", body=story(1_700_000, NEWS_WORDS, rng))
    start = time.perf_counter()
    html = render_article(huge)
    rendered = time.perf_counter() - start
    start = time.perf_counter()
    problems = run_checklist(huge)
    checked = time.perf_counter() - start
    print(
        f"10 MB body ({len(huge.body) / 1e6:.1f} M chars): render_article {rendered * 1000:.1f} ms -> "
        f"{'notice' if 'cd-render-refused' in html else 'rendered'}; checklist {checked * 1000:.0f} ms -> "
        f"{problems[0].message}"
    )


if __name__ == "__main__":
    main()
