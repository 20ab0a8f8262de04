"""Markdown → sanitized HTML, the article template, word counts and the pre-publish checklist.

The same HTML serves the preview and the CMS. Nothing here imports Qt; everything is safe to call
from a worker thread.
"""

from editor.render.checklist import run_checklist
from editor.render.markdown import render_body
from editor.render.sanitize import sanitize_html
from editor.render.stats import ArticleStats, article_stats
from editor.render.template import render_article, render_document

__all__ = [
    "ArticleStats",
    "article_stats",
    "render_article",
    "render_body",
    "render_document",
    "run_checklist",
    "sanitize_html",
]
