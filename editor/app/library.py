"""The library of one data folder: its store, accounts, CMS clients and outbox, and every operation on
them that the CLI and the window share (Anki's change operations).

Each write operation takes keyword-only arguments, commits, then announces what it changed to the
listeners and returns it (or returns its value; the :class:`Changes` are announced either way). Calls may
come from any thread: the window runs them on its workers, the CLI in its one thread. Nothing here
imports Qt or makes sentences for people: failures are the store's, importers' and CMS's exceptions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.app.changes import ChangeListeners, Changes
from editor.app.info import DATABASE_NAME

if TYPE_CHECKING:
    from editor.app.files import FilesRead, Reasons
    from editor.article import Article, RelatedLink
    from editor.cms.accounts import AccountStore
    from editor.messages import Message
    from editor.store import ArticleStore
    from editor.store.models import SaveResult
    from editor.sync.clients import ClientPool
    from editor.sync.conflicts import Choice
    from editor.sync.outbox import Operation
    from editor.sync.worker import DrainReport, OpOutcome

FINISHED_KEPT = timedelta(days=30)  # done and cancelled outbox operations are forgotten after this
LOCAL_RELATED = 10
REMOTE_RELATED = 5


class NotBound(LookupError):
    """The article is bound to no post on a site (there is no site version to compare with)."""

    def __init__(self, article_id: str) -> None:
        super().__init__(article_id)
        self.article_id = article_id


@dataclass(frozen=True, slots=True)
class Opened:
    """What a window needs once the database is open."""

    sections: list[str]
    tags: list[str]
    welcome_id: str | None


@dataclass(frozen=True, slots=True)
class Pulled:
    """A pulled post's local article; ``already_here`` when it was in the library already (not copied)."""

    article: Article
    already_here: bool


def new_article(*, headline: str = "", section: str = "", language: str = "") -> Article:
    """A new article in ``language`` (a BCP 47 tag); its slug follows the headline."""
    from editor.article import Article, slugify

    return Article(
        headline=headline, section=section, language=language, slug=slugify(headline, language=language)
    )


def duplicate_of(original: Article, *, headline: str) -> Article:
    """A new draft with ``original``'s content, bound to no post (not saved yet)."""
    from editor.article import SAMPLE_KEY, Status, new_id

    now = datetime.now(UTC)
    extra = {key: value for key, value in original.extra.items() if key != SAMPLE_KEY}  # a story of its own
    return original.copy(
        id=new_id(),
        headline=headline,
        slug="",
        status=Status.DRAFT,
        remote=None,
        extra=extra,
        created=now,
        updated=now,
    )


class Library:
    """One data folder's library. Cheap to make: the database opens on first use (or :meth:`open`)."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], datetime] | None = None) -> None:
        self.data_dir = data_dir
        self.listeners = ChangeListeners()
        self._lock = threading.Lock()
        self._clock = clock  # "now" for the store (tests pass a clock they move by hand)
        self._revision_interval: timedelta | None = None  # None: the store's default
        self._store: ArticleStore | None = None
        self._accounts: AccountStore | None = None
        self._clients: ClientPool | None = None
        self._watcher: Any = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    # --- what it owns ----------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> ArticleStore:
        """The ArticleStore, opened (created, migrated) on first use."""
        with self._lock:
            if self._store is None:
                from editor.store import ArticleStore

                self.data_dir.mkdir(parents=True, exist_ok=True)
                store = ArticleStore.open(self.database_path, clock=self._clock)
                if self._revision_interval is not None:
                    store.revision_interval = self._revision_interval
                self._store = store
            return self._store

    @property
    def revision_interval(self) -> timedelta | None:
        """How often typing keeps a revision (the editor's preference); None until one is set."""
        return self._revision_interval

    @revision_interval.setter
    def revision_interval(self, interval: timedelta) -> None:
        with self._lock:
            self._revision_interval = interval
            if self._store is not None:
                self._store.revision_interval = interval

    @property
    def accounts(self) -> AccountStore:
        with self._lock:
            if self._accounts is None:
                from editor.cms.accounts import AccountStore

                self._accounts = AccountStore(self.data_dir)
            return self._accounts

    @property
    def clients(self) -> ClientPool:
        """One warm CMS client per account, kept between drains (closed when the accounts change)."""
        accounts = self.accounts
        with self._lock:
            if self._clients is None:
                from editor.sync.clients import ClientPool

                self._clients = ClientPool(accounts)
            return self._clients

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        return self.listeners.subscribe(listener)

    def _announce(self, changes: Changes) -> Changes:
        return self.listeners.announce(changes)

    def open(self, *, welcome: bool = True, language: str = "en") -> Opened:
        """Open the database (the window's first write, on its change worker: it imports SQLAlchemy) and,
        on a first run, create the welcome article (in the interface's ``language``)."""
        store = self.store
        welcome_id = None
        if welcome:
            from editor.welcome import ensure_welcome

            try:
                welcome_id = ensure_welcome(store, self.data_dir, language)
            except Exception:  # the welcome article is a nicety; a broken one must not stop the editor
                import logging

                logging.getLogger(__name__).warning("could not create the welcome article", exc_info=True)
        self._watcher = store.watch_changes()
        return Opened(store.sections(), store.tags(), welcome_id)

    def close(self) -> None:
        with self._lock:
            store, self._store = self._store, None
            clients, self._clients = self._clients, None
        if clients is not None:
            clients.close()
        if store is not None:
            store.close()

    # --- reading ---------------------------------------------------------------------------------------

    def choices(self) -> tuple[list[str], list[str]]:
        """Sections and tags, for filters and completions."""
        return self.store.sections(), self.store.tags()

    def search(self, *, query: str, limit: int = 20) -> list[Any]:
        return self.store.search(query, limit=limit)

    def related_candidates(
        self, *, text: str, exclude_id: str | None = None, remote: bool = True
    ) -> list[RelatedLink]:
        """Articles to link to: local hits first (by id), then, with ``remote``, each account's posts (by
        URL and post id). A site that cannot be reached just adds nothing."""
        from editor.article import RelatedLink

        if not text.strip():
            return []
        links = [
            RelatedLink(hit.summary.headline, local_id=hit.summary.id)
            for hit in self.store.search(text, limit=LOCAL_RELATED)
            if hit.summary.id != exclude_id
        ]
        if remote:
            links += self._remote_related(text)
        return links

    def _remote_related(self, text: str) -> list[RelatedLink]:
        from editor.article import RelatedLink
        from editor.cms.errors import CmsError

        try:
            names = [account.name for account in self.accounts.list()]
        except CmsError:
            return []
        links: list[RelatedLink] = []
        for name in names:
            try:
                client = self.accounts.client(name)
            except CmsError:
                continue
            try:
                posts = client.search_posts(text, limit=REMOTE_RELATED)
            except CmsError:
                continue
            finally:
                client.close()
            links += [RelatedLink(post.title, post.link, remote_id=post.id) for post in posts]
        return links

    def slug_taken_by(self, *, article: Article) -> list[str]:
        """The headlines of other published stories with ``article``'s slug (on its account once bound),
        for the checklist."""
        account = article.remote.account if article.remote is not None else ""
        found = self.store.published_with_slug(article.slug, exclude_id=article.id, account=account)
        return [headline for _id, headline in found]

    def check_elsewhere(self) -> Changes:
        """Whether another process wrote to the library since the last check (announced when it did)."""
        watcher = self._watcher
        if watcher is None or not watcher.changed_elsewhere():
            return Changes()
        return self._announce(Changes(listing=True, outbox=True, elsewhere=True))

    # --- articles --------------------------------------------------------------------------------------

    def create(self, *, article: Article, reason: str = "") -> Changes:
        """Store a new article with its first revision (``reason``: the history's words for it)."""
        self.store.save(article, revision="always", reason=reason)
        return self._announce(Changes.of([article.id], listing=True))

    def save(
        self, *, article: Article, revision: str, reason: str, base_version: int | None = None
    ) -> SaveResult:
        """Save the article's text (``revision``: "auto", "always" or "never"); see ArticleStore.save."""
        store = self.store
        new = base_version is None and not store.exists(article.id)
        result = store.save(article, revision=revision, reason=reason, base_version=base_version)
        self._announce(Changes.of([article.id], listing=new))
        return result

    def delete(self, *, article_id: str) -> Changes:
        self.store.delete(article_id)
        return self._announce(Changes.of([article_id], listing=True))

    def undelete(self, *, article_id: str) -> Changes:
        self.store.undelete(article_id)
        return self._announce(Changes.of([article_id], listing=True))

    def empty_trash(self) -> int:
        destroyed = self.store.empty_trash()
        self._announce(Changes(listing=True))
        return destroyed

    def restore(self, *, article_id: str, revision_id: int) -> Article:
        """Make an old revision the current text (the replaced text stays in the history)."""
        article = self.store.restore(article_id, revision_id)
        self._announce(Changes.of([article_id]))
        return article

    def read_files(self, *, paths: list[Path], wire: bool = False) -> FilesRead:
        """Read article files, and incoming copy (every file when ``wire``); nothing is stored yet."""
        from editor.app import files

        return files.read_files(paths, wire=wire)

    def store_files(
        self, *, read: list[tuple[Path, Article]], reasons: Reasons, incoming: dict[str, Any] | None = None
    ) -> list[str]:
        """Store articles read from files, in one go per file; the ids, in the files' order.
        ``reasons(path)``: the history's words for the file's text and for the text it replaces;
        ``incoming``: ``FilesRead.incoming``, stored with their originals."""
        from editor.app import files

        ids = files.store_files(self.store, read, reasons=reasons, incoming=incoming)
        self._announce(Changes.of(ids, listing=True))
        return ids

    def store_incoming(self, *, incoming: list[Any]) -> list[str]:
        """Store incoming copy read by ``editor.importers.wire`` (a draft with its original, each in one
        transaction); the ids, in order."""
        from editor.importers.wire import save_incoming

        ids = [save_incoming(self.store, item).id for item in incoming]
        self._announce(Changes.of(ids, listing=True))
        return ids

    def read_as_new(self, *, path: Path) -> Article:
        """An article read from a file, with a fresh id when that id is already in the library."""
        from editor.app import files
        from editor.importers import read_article_file

        return files.as_new(self.store, read_article_file(path))

    def export(self, *, article: Article, path: Path, kind: str | None = None) -> Path:
        """Write the article to ``path`` as ``kind`` (default: what the extension names)."""
        from editor.app import files

        return files.export_article(article, path, kind, self.store.wire_copy(article.id))

    def rescue(self, *, articles: list[Article], folder: Path) -> list[Path]:
        from editor.app import files

        return files.rescue_articles(articles, folder)

    # --- the outbox ------------------------------------------------------------------------------------

    def tidy_outbox(self) -> Changes:
        """At start: operations interrupted mid-send become due again; old finished ones are forgotten."""
        from editor.article import utcnow
        from editor.sync import outbox

        outbox.recover_interrupted(self.store)
        outbox.purge_finished(self.store, utcnow() - FINISHED_KEPT)
        return self._announce(Changes(outbox=True))

    def queue_publish(self, *, article_id: str, account: str) -> Operation:
        from editor.sync import outbox

        op = outbox.queue_publish(self.store, article_id, account)
        self._announce(Changes.of([article_id], listing=True, outbox=True))
        return op

    def queue_unpublish(self, *, article_id: str) -> Operation:
        from editor.sync import outbox

        op = outbox.queue_unpublish(self.store, article_id)
        self._announce(Changes.of([article_id], listing=True, outbox=True))
        return op

    def retry(self, *, op_id: str) -> Operation:
        from editor.sync import outbox

        op = outbox.retry(self.store, op_id)
        self._announce(Changes.of([op.article_id], listing=True, outbox=True))
        return op

    def cancel(self, *, op_id: str) -> Operation:
        from editor.sync import outbox

        op = outbox.cancel(self.store, op_id)
        self._announce(Changes.of([op.article_id], listing=True, outbox=True))
        return op

    def retry_all(self) -> Changes:
        """Every waiting or failed operation becomes due at once."""
        from editor.sync import outbox

        stuck = outbox.operations(self.store, states=(outbox.OpState.PENDING, outbox.OpState.FAILED))
        for op in stuck:
            outbox.retry(self.store, op.id)
        return self._announce(Changes.of((op.article_id for op in stuck), listing=True, outbox=True))

    def drain(
        self,
        *,
        warm: bool = True,
        only: set[str] | None = None,
        max_wait: float = 0.0,
        stop_event: threading.Event | None = None,
        progress: Callable[[Message, int, int], None] | None = None,
        on_outcome: Callable[[OpOutcome], None] | None = None,
    ) -> tuple[DrainReport, datetime | None]:
        """Send what is due; announce each operation's outcome as it lands. ``warm``: use the kept
        clients (the window); otherwise one client per account for this drain only (the CLI).
        Returns the report and when the next retry is due."""
        from editor.sync import outbox
        from editor.sync.worker import drain

        def landed(outcome: OpOutcome) -> None:
            self._announce(Changes.of([outcome.article_id], listing=True, outbox=True))
            if on_outcome is not None:
                on_outcome(outcome)

        report = drain(
            self.store,
            self.clients if warm else self.accounts,
            close_clients=not warm,
            only=only,
            max_wait=max_wait,
            stop_event=stop_event,
            progress=progress,
            on_outcome=landed,
        )
        self._announce(Changes(outbox=True))
        return report, outbox.next_due_time(self.store)

    def resolve_conflict(self, *, article_id: str, choice: Choice | str) -> Operation | None:
        from editor.sync.conflicts import resolve_conflict

        op = resolve_conflict(self.store, self.accounts, article_id, choice)
        self._announce(Changes.of([article_id], listing=True, outbox=True))
        return op

    def publish_new(self, *, article_id: str) -> Operation:
        """The post was deleted on the site: publish the article as a new post."""
        from editor.sync.gone import publish_new

        op = publish_new(self.store, self.accounts, article_id)
        self._announce(Changes.of([article_id], listing=True, outbox=True))
        return op

    def unbind(self, *, article_id: str) -> Changes:
        """The post was deleted on the site: the article becomes a local draft again."""
        from editor.sync.gone import unbind

        unbind(self.store, article_id)
        return self._announce(Changes.of([article_id], listing=True, outbox=True))

    def fetch_both_sides(self, *, article_id: str) -> tuple[Article, Article]:
        """(the site's version, the local one) of an article bound to a post."""
        local = self.store.get(article_id)
        if local.remote is None:
            raise NotBound(article_id)
        from editor.sync.gone import gone, post_is_gone

        client = self.accounts.client(local.remote.account)
        try:
            if post_is_gone(client, local.remote.remote_id):  # nothing to compare: raise PostGone
                raise gone(local.remote.remote_id)
            theirs = client.pull(local.remote.remote_id)
        finally:
            client.close()
        return theirs, local

    def pull(self, *, account: str, post_id: int | str) -> Pulled:
        """A site's post as a local article: the one already bound to it when there is one (a second
        copy would be a second story publishing to the same post), else a new local draft bound to it."""
        from editor.sync.conflicts import pull_post

        name = self.accounts.get(account).name
        existing = self.store.bound_to(name, post_id)
        if existing is not None:
            return Pulled(self.store.get(existing), already_here=True)
        client = self.accounts.client(name)
        try:
            article = pull_post(self.store, client, name, post_id)
        finally:
            client.close()
        self._announce(Changes.of([article.id], listing=True))
        return Pulled(article, already_here=False)

    def accounts_changed(self) -> Changes:
        """An account was added, edited or removed (the window then forgets its warm clients)."""
        return self._announce(Changes(accounts=True))

    def forget_clients(self) -> None:
        """Close the warm clients: the next drain logs in afresh. Not while a drain uses them."""
        with self._lock:
            clients, self._clients = self._clients, None
        if clients is not None:
            clients.close()
