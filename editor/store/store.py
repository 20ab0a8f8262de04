"""ArticleStore: articles, revisions, trash and search on one SQLite file.

Every public method runs in one transaction of its own (one per ``save``); writes are serialized with a
lock inside the process and ``BEGIN IMMEDIATE`` between processes. Calls made inside
``with store.transaction():`` on the same thread join that transaction instead, so the outbox can write
its rows and change an article's status atomically.
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Text, cast, delete, func, select, update

from editor.article import Article, RemoteBinding, Status, utcnow
from editor.store import rows, search, wire
from editor.store.changes import ChangeWatcher
from editor.store.database import check_integrity, create_store_engine, upgrade, writer
from editor.store.errors import ArticleNotFound, RevisionNotFound, StoreError, translated_errors
from editor.store.models import (
    ArticleSummary,
    ListFilter,
    RevisionInfo,
    RevisionPolicy,
    SaveResult,
    SearchHit,
)
from editor.store.origins import load_origin
from editor.store.queries import filter_clauses, ordering, tag_lookup_for_page
from editor.store.saving import POLICIES, REVISION_INTERVAL, newest_revision_holds, save_article
from editor.store.tables import article_tags, articles, revisions
from editor.wirecopy import WireCopy, WireText

LIVE = ListFilter()  # the default filter: live articles, newest first


class ArticleStore:
    """The local library. Create with :meth:`open`; safe to use from several threads."""

    def __init__(self, engine: Engine, path: Path, clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.path = path
        self._clock = clock
        # How often typing keeps a revision (see :meth:`save`); the editor sets the one from Preferences.
        self.revision_interval: timedelta = REVISION_INTERVAL
        self._writer = writer(engine)
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._watchers: list[ChangeWatcher] = []

    @classmethod
    def open(cls, path: Path, *, clock: Callable[[], datetime] | None = None) -> ArticleStore:
        """Open (creating or upgrading to the newest schema) the database file at ``path``.

        A damaged file is refused (:func:`~editor.store.database.check_integrity`): nothing is written.

        ``clock`` gives "now" for updated stamps, revisions and the trash (tests pass a fake one).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError("folder_failed", path=path, detail=str(error)) from error
        engine = create_store_engine(path)
        try:
            check_integrity(engine, path)  # before the migration and every other write
            upgrade(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path, clock or utcnow)

    def close(self) -> None:
        """Close every connection, first letting SQLite refresh its query-planner statistics."""
        try:
            with suppress(StoreError), translated_errors(self.path), self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")  # an optimisation: never a reason to fail
        finally:
            for watcher in self._watchers:
                watcher.close()
            self._watchers = []
            self.engine.dispose()

    def watch_changes(self) -> ChangeWatcher:
        """A watcher that tells when another process wrote to this library (see editor.store.changes)."""
        watcher = ChangeWatcher(self.path)
        self._watchers.append(watcher)
        return watcher

    # --- transactions ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction as a Connection; store calls on this thread inside it join it."""
        with self._writing() as connection:
            yield connection

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        active: Connection | None = getattr(self._local, "connection", None)
        if active is not None:
            yield active
            return
        with translated_errors(self.path), self._write_lock:
            with self._writer.connect() as connection, connection.begin():
                self._local.connection = connection
                try:
                    # BEGIN IMMEDIATE ran at begin(): nobody else commits until we do
                    for watcher in self._watchers:
                        watcher.before_own_commit()
                    yield connection
                finally:
                    self._local.connection = None
            for watcher in self._watchers:
                watcher.after_own_commit()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        active: Connection | None = getattr(self._local, "connection", None)
        if active is not None:
            yield active
            return
        with translated_errors(self.path), self.engine.connect() as connection, connection.begin():
            yield connection

    # --- saving ----------------------------------------------------------------------------------

    def save(
        self,
        article: Article,
        *,
        revision: RevisionPolicy = "auto",
        reason: str = "",
        base_version: int | None = None,
    ) -> SaveResult:
        """Store the content of ``article`` in one transaction.

        A new row takes status, remote, created and updated as given. On an existing row ``status``
        and ``remote`` are never taken from ``article`` (they belong to :meth:`set_status`,
        :meth:`set_remote` and the outbox), ``created`` is kept, and ``updated`` becomes now when the
        content changed; a PUBLISHED article whose content changed becomes CHANGED. A trashed article
        stays in the trash.

        Revisions: ``"auto"`` records one when the content changed and there is none yet, the newest
        is older than :attr:`revision_interval` or ``reason`` is given (so autosaves while typing do not
        pile up); ``"always"`` unless the newest revision already holds exactly this content (an
        explicit save: the text is then in the history either way); ``"never"`` none.

        Versions: every change of the content adds one to the row's version (see
        :meth:`get_versioned`). A save that names the ``base_version`` its content was based on never
        overwrites a newer row: when the row's version is another (a save from another process came
        first) and the content differs, the row keeps its text and this content becomes a revision;
        the result says ``superseded``. Without ``base_version`` the save is unconditional.
        """
        return self.save_many([article], revision=revision, reason=reason, base_version=base_version)[0]

    def save_many(
        self,
        batch: Iterable[Article],
        *,
        revision: RevisionPolicy = "auto",
        reason: str = "",
        base_version: int | None = None,
    ) -> list[SaveResult]:
        """Save several articles in ONE transaction (imports): all of them land, or none."""
        if revision not in POLICIES:
            raise ValueError(f"unknown revision policy {revision!r} (one of: {', '.join(POLICIES)})")
        with self._writing() as connection:
            return [
                save_article(
                    connection,
                    article,
                    policy=revision,
                    reason=reason,
                    now=self._clock(),
                    base_version=base_version,
                    revision_interval=self.revision_interval,
                )
                for article in batch
            ]

    # --- reading ---------------------------------------------------------------------------------

    def get(self, article_id: str) -> Article:
        """The article, trashed or not; raises ArticleNotFound."""
        return self.get_versioned(article_id)[0]

    def get_versioned(self, article_id: str) -> tuple[Article, int]:
        """The article and its row's version, read together (what a later save names as its base)."""
        with self._reading() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).one_or_none()
            if row is None:
                raise ArticleNotFound(article_id)
            origin = load_origin(connection, row.pk)
        try:
            article = rows.article_from_row(row)
            article.origin = origin
            return article, row.version
        except (ValueError, TypeError, AttributeError) as error:  # only a hand-edited or damaged file
            raise StoreError("article_damaged", article_id=article_id, detail=str(error)) from error

    def exists(self, article_id: str) -> bool:
        with self._reading() as connection:
            found = connection.execute(select(articles.c.pk).where(articles.c.id == article_id)).first()
        return found is not None

    def list(self, filter: ListFilter = LIVE, *, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        """One page of summaries, bodies never loaded."""
        limit, offset = max(0, limit), max(0, offset)
        with self._reading() as connection:
            lookup = (
                "set" if filter.tag is None else tag_lookup_for_page(connection, filter.tag, limit + offset)
            )
            statement = (
                select(*rows.SUMMARY_COLUMNS)
                .where(*filter_clauses(filter, tag_lookup=lookup))
                .order_by(*ordering(filter))
                .limit(limit)
                .offset(offset)
            )
            return [rows.summary_from_row(row) for row in connection.execute(statement)]

    def count(self, filter: ListFilter = LIVE) -> int:
        with self._reading() as connection:
            return connection.execute(
                select(func.count()).select_from(articles).where(*filter_clauses(filter))
            ).scalar_one()

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filter: ListFilter | None = None
    ) -> list[SearchHit]:
        """Ranked full-text search; whatever the user typed, never a syntax error."""
        with self._reading() as connection:
            return search.run(connection, query, filter or ListFilter(), max(0, limit), max(0, offset))

    # --- incoming copy ---------------------------------------------------------------------------

    def attach_wire_copy(self, article_id: str, copy: WireCopy) -> None:
        """Keep ``copy`` as the incoming copy of the article (replacing an older copy of the same item).

        Call it inside the transaction that saves the draft, so the two are written together."""
        with self._writing() as connection:
            wire.put(connection, self._pk(connection, article_id), copy)

    def wire_copy(self, article_id: str) -> WireCopy | None:
        """The article's incoming copy, raw original included; None when it was written here."""
        with self._reading() as connection:
            return wire.get(connection, self._pk(connection, article_id))

    def wire_text(self, article_id: str) -> WireText | None:
        """Just the story text and agency of the incoming copy (for the reuse meter), or None."""
        with self._reading() as connection:
            return wire.stored_text(connection, self._pk(connection, article_id))

    def bound_to(self, account: str, remote_id: int | str) -> str | None:
        """The id of the live article bound to post ``remote_id`` of ``account`` (the newest, should
        there be several), or None."""
        remote = articles.c.remote
        statement = (
            select(articles.c.id)
            .where(
                articles.c.deleted.is_(None),
                func.json_extract(remote, "$.account") == account,
                cast(func.json_extract(remote, "$.remote_id"), Text) == str(remote_id),
            )
            .order_by(articles.c.updated.desc())
            .limit(1)
        )
        with self._reading() as connection:
            return connection.execute(statement).scalar_one_or_none()

    def published_with_slug(self, slug: str, *, exclude_id: str, account: str = "") -> list[tuple[str, str]]:
        """(id, headline) of the live articles other than ``exclude_id`` that went out under ``slug``:
        bound to a post (on ``account``, when given) and not a mere draft. The site would give a second
        post with that slug another address ("storm-2"), or the two stories would be confused."""
        if not slug:
            return []
        statement = select(articles.c.id, articles.c.headline, articles.c.status, articles.c.remote).where(
            articles.c.slug == slug, articles.c.deleted.is_(None), articles.c.id != exclude_id
        )
        with self._reading() as connection:
            found = connection.execute(statement).all()
        return [
            (row.id, row.headline)
            for row in found
            if isinstance(row.remote, dict)
            and row.status != Status.DRAFT.value
            and (not account or row.remote.get("account") == account)
        ]

    def tags(self) -> list[str]:
        """Every tag in use (trash included), sorted ignoring case."""
        with self._reading() as connection:
            statement = select(article_tags.c.tag).group_by(article_tags.c.tag).order_by(article_tags.c.tag)
            return list(connection.execute(statement).scalars())

    def sections(self) -> list[str]:
        with self._reading() as connection:
            statement = select(articles.c.section).where(articles.c.section != "").distinct()
            return sorted(connection.execute(statement).scalars(), key=str.casefold)

    # --- revisions -------------------------------------------------------------------------------

    def revisions(self, article_id: str) -> list[RevisionInfo]:
        """The article's revisions, newest first."""
        with self._reading() as connection:
            pk = self._pk(connection, article_id)
            result = connection.execute(
                select(
                    revisions.c.id,
                    revisions.c.created,
                    revisions.c.word_count,
                    revisions.c.headline,
                    revisions.c.reason,
                )
                .where(revisions.c.article_pk == pk)
                .order_by(revisions.c.id.desc())
            )
            return [
                RevisionInfo(r.id, article_id, r.created, r.word_count, r.headline, r.reason) for r in result
            ]

    def revision(self, article_id: str, revision_id: int) -> Article:
        """The article as it was in that revision."""
        with self._reading() as connection:
            return self._revision(connection, article_id, revision_id)

    def restore(self, article_id: str, revision_id: int) -> Article:
        """Make an old revision's content current, recording a revision "restored revision N".

        The text it replaces is kept in the history first (see :meth:`replace`).
        """
        with self._writing() as connection:
            old = self._revision(connection, article_id, revision_id)
            self.checkpoint(article_id, f"before restoring revision {revision_id}")
            save_article(
                connection,
                old.copy(id=article_id),
                policy="always",
                reason=f"restored revision {revision_id}",
                now=self._clock(),
                force_revision=True,
            )
            return self.get(article_id)

    def replace(self, article: Article, *, reason: str, kept_reason: str) -> Article:
        """Make ``article``'s content current, keeping the text it replaces in the history.

        THE rule for every operation that puts other text in place of what the journalist has
        (restore, taking the site's version, importing a file with the article's id, a pull): in one
        transaction, the stored text becomes a revision (``kept_reason``) unless the newest revision
        already holds exactly it, then the new content is saved with a revision (``reason``) as
        :meth:`save` does. A new id is simply saved. Joins the caller's :meth:`transaction`.
        """
        with self._writing():
            if self.exists(article.id):
                self.checkpoint(article.id, kept_reason)
            self.save(article, revision="always", reason=reason)
            return self.get(article.id)

    def checkpoint(self, article_id: str, reason: str) -> int | None:
        """Make sure the current text is in the history before something replaces it.

        Records a revision of the stored content (``reason`` says why) unless the newest revision
        already holds exactly that content; returns the new revision's id, or None. Joins the caller's
        :meth:`transaction` when there is one.
        """
        with self._writing() as connection:
            current = self.get(article_id)
            if newest_revision_holds(connection, self._pk(connection, article_id), current):
                return None
            result = save_article(
                connection,
                current,
                policy="always",
                reason=reason,
                now=self._clock(),
                force_revision=True,
            )
            return result.revision_id

    def _revision(self, connection: Connection, article_id: str, revision_id: int) -> Article:
        pk = self._pk(connection, article_id)
        blob = connection.execute(
            select(revisions.c.snapshot).where(revisions.c.id == revision_id, revisions.c.article_pk == pk)
        ).scalar_one_or_none()
        if blob is None:
            raise RevisionNotFound(article_id, revision_id)
        try:
            return rows.unpack_snapshot(blob)
        except (ValueError, TypeError, AttributeError, zlib.error) as error:
            raise StoreError(
                "revision_damaged", article_id=article_id, revision_id=revision_id, detail=str(error)
            ) from error

    @staticmethod
    def _pk(connection: Connection, article_id: str) -> int:
        pk = connection.execute(select(articles.c.pk).where(articles.c.id == article_id)).scalar_one_or_none()
        if pk is None:
            raise ArticleNotFound(article_id)
        return pk

    # --- status, remote binding, trash -----------------------------------------------------------

    def set_status(self, article_id: str, status: Status) -> None:
        self._update(article_id, status=Status(status).value)

    def set_remote(self, article_id: str, binding: RemoteBinding | None) -> None:
        self._update(article_id, remote=rows.remote_value(binding))

    def delete(self, article_id: str) -> None:
        """Move to the trash (nothing is destroyed until :meth:`empty_trash`)."""
        with self._writing() as connection:
            self._pk(connection, article_id)
            connection.execute(
                update(articles)
                .where(articles.c.id == article_id, articles.c.deleted.is_(None))
                .values(deleted=self._clock())
            )

    def undelete(self, article_id: str) -> None:
        self._update(article_id, deleted=None)

    def empty_trash(self) -> int:
        """Destroy the trashed articles with their revisions and index entries; returns how many."""
        with self._writing() as connection:
            result = connection.execute(delete(articles).where(articles.c.deleted.is_not(None)))
            return result.rowcount

    def _update(self, article_id: str, **values: Any) -> None:
        with self._writing() as connection:
            result = connection.execute(update(articles).where(articles.c.id == article_id).values(**values))
            if result.rowcount == 0:
                raise ArticleNotFound(article_id)
