"""The first-run welcome article.

A first-time user opens an empty library; instead of a blank window they find one article, written by us
in the app's own format (``resources/welcome/welcome.md``, Markdown with front matter), that explains the
fields, saving, publishing and shortcuts, and asks them to add a CMS account. An interface in another
language gets that language's article when there is one (``welcome.fr.md``).

It is created once per data folder. A marker file, ``<data_dir>/.welcomed``, records that the question
was settled, so a user who deletes the article (and empties the trash) does not get it back on every
start, and a library that already has articles (an upgrade, a copied database) never gets it at all.
The article is saved before the marker is written: a crash in between leaves a non-empty library, which
by itself prevents a second copy.

Core code (no Qt). It writes to the database, so the GUI must call it from a background task.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from editor.resources import read_text

if TYPE_CHECKING:
    from editor.article import Article
    from editor.store import ArticleStore

WELCOME_RESOURCE = ("welcome", "welcome.md")
WELCOME_LANGUAGES = ("fr",)  # resources/welcome/welcome.<code>.md besides the English one
MARKER_NAME = ".welcomed"

log = logging.getLogger(__name__)


def welcome_resource(language: str = "en") -> tuple[str, str]:
    """The resource of the welcome article in ``language`` (the interface's), English if there is none."""
    if language in WELCOME_LANGUAGES:
        return ("welcome", f"welcome.{language}.md")
    return WELCOME_RESOURCE


def load_welcome(language: str = "en") -> Article:
    """The welcome article as a new draft (a fresh id each time it is loaded)."""
    from editor.importers import frontmatter

    return frontmatter.loads(read_text(*welcome_resource(language)))


def database_folder(store: ArticleStore) -> Path:
    """The folder holding the store's database file: the data folder."""
    database = store.engine.url.database
    if not database:
        raise ValueError("the store has no database file (in-memory?): pass data_dir explicitly")
    return Path(database).resolve().parent


def ensure_welcome(store: ArticleStore, data_dir: Path | None = None, language: str = "en") -> str | None:
    """Create the welcome article on the first run; return its id, or None when nothing was created.

    "First run" means: the marker is absent and the library (trash included) holds no article.
    ``data_dir`` defaults to the folder of the store's database file; ``language`` is the interface's.
    """
    from editor.store import ListFilter

    marker = (data_dir or database_folder(store)) / MARKER_NAME
    if marker.exists():
        return None
    article_id = None
    if store.count(ListFilter()) == 0 and store.count(ListFilter(trashed=True)) == 0:
        article_id = store.save(load_welcome(language), reason="welcome article").article_id
        log.info("created the welcome article %s", article_id)
    try:
        marker.write_text("The first-run welcome article was offered in this data folder.\n")
    except OSError as exc:  # the library is not empty now, so no duplicate can follow
        log.warning("could not write %s: %s", marker, exc)
    return article_id
