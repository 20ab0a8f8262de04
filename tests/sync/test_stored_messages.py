"""What the outbox keeps of a failure is a code and parameters, never a sentence: the words are made
where they are shown (the CLI, the window through tr())."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from editor.cli.messages import describe
from editor.store import ArticleStore
from editor.sync.outbox import latest_operation, queue_publish
from editor.sync.worker import Result, drain
from tests.sync.conftest import ACCOUNT, SiteAccounts, full_article

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

SENTENCE = re.compile(r"[A-Za-z]+ [a-z]+ [a-z]+")  # three words in a row: English, not a code or a value


def test_a_refused_login_leaves_only_a_code_and_values_in_the_outbox(
    store: ArticleStore, accounts: SiteAccounts, tmp_path: Path
) -> None:
    article = full_article(tmp_path, tag=uuid.uuid4().hex[:8])
    store.save(article)
    queue_publish(store, article.id, ACCOUNT)
    wrong = SiteAccounts(accounts.url, accounts.username, "abcd efgh ijkl mnop qrst uvwx")
    assert [o.result for o in drain(store, wrong).outcomes] == [Result.FAILED]

    with sqlite3.connect(store.path) as db:
        (stored,) = db.execute("SELECT last_error FROM outbox WHERE article_id = ?", (article.id,)).fetchone()
    data = json.loads(stored)
    assert " " not in data["code"]
    assert not SENTENCE.search(stored), stored
    assert "abcd" not in stored
    # ...and the user still reads the sentence they read before
    op = latest_operation(store, article.id)
    assert op is not None
    words = describe(op.last_error)
    assert "did not accept user" in words and "application password" in words, words
