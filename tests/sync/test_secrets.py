"""No secret anywhere but the keyring: publish with known passwords, then grep every byte we wrote.

Real parts: the keyring (gnome-keyring under dbus-run-session), the SQLite file with its WAL, the data
folder, the test WordPress. Error messages come from real failures: the site down, a wrong password.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest

from editor.article import Status
from editor.cli import main
from editor.cms.accounts import AccountStore
from editor.store import ArticleStore
from editor.sync.outbox import operations
from tests.sync.conftest import full_article
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

WRONG_PASSWORD = "Zq7w Xv3k Lm9p Rt2s Hy6d Nb4c"  # looks like an application password, but is not one


def secret_forms(username: str, password: str) -> list[bytes]:
    """The password as typed, without its spaces, and inside a Basic Authorization header."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return [password.encode(), password.replace(" ", "").encode(), token.encode()]


def files_containing(folder: Path, secrets: list[bytes]) -> list[str]:
    return [
        str(path)
        for path in folder.rglob("*")
        if path.is_file() and any(secret in path.read_bytes() for secret in secrets)
    ]


def test_no_password_in_the_database_data_folder_or_messages(
    store: ArticleStore,
    data_dir: Path,
    wordpress: WordPressServer,
    keyring_account: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    accounts = AccountStore(data_dir)
    accounts.add("wrong", wordpress.base_url, wordpress.username, WRONG_PASSWORD)
    try:
        published, refused, offline = (
            full_article(tmp_path / n, tag=uuid.uuid4().hex[:8], body_image=False) for n in "abc"
        )
        for article in (published, refused, offline):
            store.save(article)
        messages = []
        assert main(["publish", published.id, "--account", keyring_account]) == 0
        assert main(["publish", refused.id, "--account", "wrong"]) == 1
        wordpress.stop_php()
        try:
            assert main(["publish", offline.id, "--account", keyring_account, "--wait", "0"]) == 0
        finally:
            wordpress.start_php()
        captured = capsys.readouterr()
        messages += [captured.out, captured.err]
        assert store.get(published.id).status == Status.PUBLISHED
        assert store.get(refused.id).status == Status.FAILED
        assert store.get(offline.id).status == Status.QUEUED
        errors = [op.last_error.to_json() for op in operations(store)]
        assert any(errors), "the failures must have left messages to check"
        messages += errors
        for article_id in (published.id, refused.id, offline.id):
            assert main(["status", article_id, "--json"]) == 0
        messages.append(capsys.readouterr().out)

        # The database, its write-ahead log, accounts.json and anything else in the data folder:
        secrets = secret_forms(wordpress.username, wordpress.app_password)
        secrets += secret_forms(wordpress.username, WRONG_PASSWORD)
        assert files_containing(data_dir, secrets) == []
        assert (data_dir / "accounts.json").is_file()
        for message in messages:
            assert not any(secret.decode() in message for secret in secrets), message
    finally:
        accounts.remove("wrong")
