"""Word count and reading time, as shown in the editor's status bar and the library."""

from __future__ import annotations

from editor.article import Article
from editor.render import ArticleStats, article_stats


def test_words_and_reading_time_count_what_the_reader_reads() -> None:
    body = "## Subhead\n\nThe [council](https://city.example/council) voted **31 to 4**.\n\n" + "word " * 460
    assert article_stats(Article(headline="Not counted", body=body)) == ArticleStats(
        words=467, reading_minutes=3
    )


def test_an_empty_body_has_no_words_and_no_reading_time() -> None:
    assert article_stats(Article(headline="Only a headline")) == ArticleStats(words=0, reading_minutes=0)
