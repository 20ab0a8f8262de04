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
    # incoming copy (a saved page, an e-mail, agency XML): article id -> the draft with its original
    incoming: dict[str, Any] = field(default_factory=dict)
    warnings: list[tuple[Path, str]] = field(default_factory=list)  # read, but with something to say


def is_incoming_copy(path: Path) -> bool:
    """Files plain ``import`` reads as incoming copy (``--wire`` treats every file so)."""
    from editor.importers.wire import WIRE_SUFFIXES

    return path.suffix.lower() in WIRE_SUFFIXES


def read_files(paths: list[Path], *, wire: bool = False) -> FilesRead:
    """Read article files (every one as incoming copy when ``wire``); a problem per file that could
    not be read."""
    from editor.importers import ImportFailed, read_article_file
    from editor.importers.wire import read_incoming_file

    read = FilesRead()
    for path in paths:
        try:
            if wire or is_incoming_copy(path):
                incoming = read_incoming_file(path)
                read.articles.append((path, incoming.article))
                read.incoming[incoming.article.id] = incoming
                read.warnings.extend((path, warning) for warning in incoming.warnings)
            else:
                read.articles.append((path, read_article_file(path)))
        except ImportFailed as exc:
            read.problems.append(FileProblem(path, str(exc)))
        except OSError as exc:
            read.problems.append(FileProblem(path, f"{path.name}: {exc.strerror or exc}"))
    return read


Reasons = Callable[[Path], tuple[str, str]]


def store_files(
    store: ArticleStore,
    read: list[tuple[Path, Article]],
    *,
    reasons: Reasons,
    incoming: dict[str, Any] | None = None,
) -> list[str]:
    """Store articles read from files; ``reasons(path)`` gives the history's words for the file's text
    and for the text it replaces (made by the caller, in the user's language). Incoming copy (see
    :func:`read_files`) is stored with its original, in one transaction."""
    from editor.importers.wire import save_incoming

    ids = []
    for path, article in read:
        if incoming and article.id in incoming:
            ids.append(save_incoming(store, incoming[article.id]).id)
            continue
        if article.status not in (Status.DRAFT, Status.READY) and not store.exists(article.id):
            article.status = Status.DRAFT  # it names a remote post of another library
        reason, kept = reasons(path)
        ids.append(store.replace(article, reason=reason, kept_reason=kept).id)
    return ids


def as_new(store: ArticleStore, article: Article) -> Article:
    """The article with a fresh id when that id is already in the library (Import… makes a new one)."""
    return article.copy(id=new_id()) if store.exists(article.id) else article


def export_text(article: Article, kind: str, wire_copy: Any = None) -> str:
    """The article as ``kind``: "md" (front matter), "ninjs" (JSON, with the incoming copy it started
    from as its source's content) or "html" (a page)."""
    if kind == "ninjs":
        from editor.importers import ninjs

        return ninjs.dumps(article, wire_copy)
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


def export_article(article: Article, path: Path, kind: str | None = None, wire_copy: Any = None) -> Path:
    """Write the article to ``path`` as ``kind`` (default: what the extension names)."""
    return write_atomically(path, export_text(article, kind or kind_for(path), wire_copy))


def rescue_articles(articles: list[Any], folder: Path) -> list[Path]:
    """Unsaved snapshots as Markdown files (when the database cannot be written at quit)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        export_article(article, folder / f"{(article.slug or article.id)[:80]}.md") for article in articles
    ]
