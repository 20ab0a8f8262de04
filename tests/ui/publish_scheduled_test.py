"""An embargoed article is a scheduled post on WordPress (``future``): every view says "Scheduled for".

Against the real WordPress: the outbox publishes it, WordPress holds it as ``future``, and the library,
the publishing status bar and ``copydesk status`` show the embargo in the user's local time.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.article import Article, Status, utcnow
from editor.cli import main
from editor.store import ArticleStore
from editor.sync.outbox import queue_publish
from editor.sync.worker import Result, drain
from editor.ui.library.model import STATUS, LibraryModel
from editor.ui.publish.status import PublishStatusWidget, read_state
from editor.ui.tasks import TaskRunner
from tests.sync.conftest import ACCOUNT, SiteAccounts, posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

ZONE = "Europe/Berlin"


@pytest.fixture
def berlin_time(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_embargoed_article_shows_as_scheduled_everywhere(
    qtbot, store: ArticleStore, data_dir: Path, wordpress: WordPressServer, berlin_time, capsys
) -> None:
    embargo = (utcnow() + timedelta(days=2)).replace(second=0, microsecond=0)
    marker = uuid.uuid4().hex
    article = Article(headline=f"Embargoed report {marker[:8]}", body=f"Under embargo. {marker}")
    article.embargo = embargo
    article.status = Status.READY
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    accounts = SiteAccounts(wordpress.base_url, wordpress.username, wordpress.app_password)
    report = drain(store, accounts)
    assert [o.result for o in report.outcomes] == [Result.PUBLISHED]

    [post] = posts_marked(wordpress, article.id)
    assert post["status"] == "future"
    local = embargo.astimezone(ZoneInfo(ZONE)).strftime("%Y-%m-%d %H:%M")
    expected = f"Scheduled for {local}"

    assert main(["--data-dir", str(data_dir), "status", article.id]) == 0
    out = capsys.readouterr().out
    assert expected in out, out

    widget = PublishStatusWidget()
    qtbot.addWidget(widget)
    widget.show_state(read_state(store, article.id))
    assert widget.label.text().startswith(expected)

    tasks = TaskRunner()
    model = LibraryModel(tasks)
    model.set_store(store)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=30_000)
    assert model.index(0, STATUS).data() == expected
    tasks.wait_for_workers(5000)
