"""Article files in and out: the rules ``copydesk import``/``export`` and the window share.

Reading parses every file without touching the store; storing applies the library's rules (a file
carrying the id of an article here replaces its text, the replaced text staying in the history; a file
with a publishing state that names a post of another library starts as a draft).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.article import Article, Status, new_id

if TYPE_CHECKING:
    from editor.store import ArticleStore

EXPORT_FORMATS = {".md": "md", ".markdown": "md", ".json": "ninjs", ".html": "html"}


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file that could not be read: ``detail`` is the importer's one line (it names the file)."""

    path: Path
    detail: str


@dataclass(frozen=True, slots=True)
class FilesRead:
    articles: list[tuple[Path, Article]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)


def read_files(paths: list[Path]) -> FilesRead:
    """Read article files; a problem per file that could not be read."""
    from editor.importers import ImportFailed, read_article_file

    read = FilesRead()
    for path in paths:
        try:
            read.articles.append((path, read_article_file(path)))
        except ImportFailed as exc:
            read.problems.append(FileProblem(path, str(exc)))
        except OSError as exc:
            read.problems.append(FileProblem(path, f"{path.name}: {exc.strerror or exc}"))
    return read


Reasons = Callable[[Path], tuple[str, str]]


def store_files(store: ArticleStore, read: list[tuple[Path, Article]], *, reasons: Reasons) -> list[str]:
    """Store articles read from files; ``reasons(path)`` gives the history's words for the file's text
    and for the text it replaces (made by the caller, in the user's language)."""
    ids = []
    for path, article in read:
        if article.status not in (Status.DRAFT, Status.READY) and not store.exists(article.id):
            article.status = Status.DRAFT  # it names a remote post of another library
        reason, kept = reasons(path)
        ids.append(store.replace(article, reason=reason, kept_reason=kept).id)
    return ids


def as_new(store: ArticleStore, article: Article) -> Article:
    """The article with a fresh id when that id is already in the library (Import… makes a new one)."""
    return article.copy(id=new_id()) if store.exists(article.id) else article


def export_text(article: Article, kind: str) -> str:
    """The article as ``kind``: "md" (front matter), "ninjs" (JSON) or "html" (a page)."""
    if kind == "ninjs":
        from editor.importers import ninjs

        return ninjs.dumps(article)
    if kind == "html":
        from editor.render import render_document

        return render_document(article)
    from editor.importers import frontmatter

    return frontmatter.dumps(article)


def kind_for(path: Path) -> str:
    """The export format a file name asks for (Markdown when its extension says nothing)."""
    return EXPORT_FORMATS.get(path.suffix.lower(), "md")


def write_atomically(path: Path, text: str) -> Path:
    """Never leave a half-written file behind: write beside it, then rename over it."""
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return path


def export_article(article: Article, path: Path, kind: str | None = None) -> Path:
    """Write the article to ``path`` as ``kind`` (default: what the extension names)."""
    return write_atomically(path, export_text(article, kind or kind_for(path)))


def rescue_articles(articles: list[Any], folder: Path) -> list[Path]:
    """Unsaved snapshots as Markdown files (when the database cannot be written at quit)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        export_article(article, folder / f"{(article.slug or article.id)[:80]}.md") for article in articles
    ]
