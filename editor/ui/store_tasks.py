"""Functions the window runs on the workers: they talk to the store and files, never to widgets (no Qt).

Each takes the store (and plain data) and returns plain data, so it can be handed to
``TaskRunner.run_change`` or ``run_query`` as a lambda.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.article import Article, new_id


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """What the window needs once the database is open."""

    store: Any
    sections: list[str]
    tags: list[str]
    welcome_id: str | None


def open_library(database_path: Path) -> OpenedLibrary:
    """Open (create, migrate) the database and offer the welcome article on a first run.

    Runs on the change worker: it is the first write, and it imports SQLAlchemy (≈ 0.2 s), which must
    never happen before the window is on screen.
    """
    from editor.store import ArticleStore
    from editor.welcome import ensure_welcome

    database_path.parent.mkdir(parents=True, exist_ok=True)
    store = ArticleStore.open(database_path)
    try:
        welcome_id = ensure_welcome(store, database_path.parent)
    except Exception:  # the welcome article is a nicety; a broken one must not stop the editor
        import logging

        logging.getLogger(__name__).warning("could not create the welcome article", exc_info=True)
        welcome_id = None
    return OpenedLibrary(store, store.sections(), store.tags(), welcome_id)


def load_choices(store: Any) -> tuple[list[str], list[str]]:
    """Sections and tags for the filters and the form's completions."""
    return store.sections(), store.tags()


def read_import(store: Any, path: Path) -> Article:
    """An article read from a file, with a fresh id when that id is already in the library."""
    from editor.importers import read_article_file

    article = read_article_file(path)
    if store.exists(article.id):
        article = article.copy(id=new_id())
    return article


def read_files(paths: list[Path]) -> tuple[list[tuple[Path, Article]], list[str]]:
    """Read article files (``copydesk story.md``): the articles read, and a one-line problem per file
    that could not be (naming the file)."""
    from editor.importers import ImportFailed, read_article_file

    read: list[tuple[Path, Article]] = []
    problems: list[str] = []
    for path in paths:
        try:
            read.append((path, read_article_file(path)))
        except ImportFailed as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(f"{path.name}: {exc.strerror or exc}")
    return read, problems


def save_files(store: Any, read: list[tuple[Path, Article]]) -> list[str]:
    """Store articles read from files, as ``copydesk import`` does: a file carrying the id of an article
    in the library updates it (with a revision); a new one with a publishing state starts as a draft."""
    from editor.article import Status

    saved = []
    for path, article in read:
        if article.status not in (Status.DRAFT, Status.READY) and not store.exists(article.id):
            article.status = Status.DRAFT  # it names a remote post of another library
        kept = f"before opening {path.name}"
        saved.append(store.replace(article, reason=f"opened from {path.name}", kept_reason=kept).id)
    return saved


EXPORT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".json": "ninjs", ".html": "html"}


def export_article(article: Article, path: Path) -> Path:
    """Write the article to ``path`` in the format its extension names (Markdown by default)."""
    kind = EXPORT_FORMATS.get(path.suffix.lower(), "markdown")
    if kind == "ninjs":
        from editor.importers import ninjs

        text = ninjs.dumps(article)
    elif kind == "html":
        from editor.render import render_document

        text = render_document(article)
    else:
        from editor.importers import frontmatter

        text = frontmatter.dumps(article)
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return path


def export_articles(articles: list[Article], folder: Path) -> list[Path]:
    """Rescue unsaved snapshots as Markdown files (when the database cannot be written at quit)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article in articles:
        stem = (article.slug or article.id)[:80]
        written.append(export_article(article, folder / f"{stem}.md"))
    return written
