"""Length of a story, as the desk counts it: words of the body and minutes to read them."""

from __future__ import annotations

from dataclasses import dataclass

from editor.article import Article, reading_minutes, word_count


@dataclass(frozen=True, slots=True)
class ArticleStats:
    words: int
    reading_minutes: int


def article_stats(article: Article) -> ArticleStats:
    """Body words only (headline, standfirst and sources are not part of the desk's word count)."""
    words = word_count(article.body)
    return ArticleStats(words=words, reading_minutes=reading_minutes(words))
