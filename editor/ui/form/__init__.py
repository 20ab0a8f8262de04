"""The article form: headline, standfirst, body, metadata, sources and related links."""

from editor.ui.form.form import ArticleForm

__all__ = ["ArticleForm"]
