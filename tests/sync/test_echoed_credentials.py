"""A server whose error echoes the credentials back (a debug page, a careless plugin or proxy): the password
appears in no form in anything Copydesk prints or stores. Real keyring, SQLite file and WordPress; the fault
proxy in front of WordPress answers the create with the request's Authorization header quoted."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from editor.article import Status
from editor.cli import main
from editor.store import ArticleStore
from editor.sync.outbox import operations
from tests.faultproxy import Fault, FaultProxy, FaultRule
from tests.sync.conftest import account_in_keyring, full_article
from tests.sync.test_secrets import files_containing, secret_forms
from tests.wordpress.server import WordPressServer

pytestmark = pytest.mark.wordpress


def every_form(username: str, password: str) -> list[bytes]:
    import base64

    forms = secret_forms(username, password)
    forms += [quote(password, safe="").encode(), quote_plus(password).encode()]
    forms.append(base64.b64encode(password.encode()))
    return forms


@pytest.mark.parametrize("status", [502, 400])  # queued for a retry / failed for good
def test_an_echoed_password_is_never_printed_or_stored(
    store: ArticleStore,
    data_dir: Path,
    wordpress: WordPressServer,
    proxy: FaultProxy,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    status: int,
) -> None:
    proxy.add_rule(
        FaultRule(
            Fault.ECHO_CREDENTIALS, method="POST", path_contains="/wp/v2/posts", times=99, status=status
        )
    )
    with account_in_keyring(data_dir, "echo", proxy.base_url, wordpress) as account:
        article = full_article(tmp_path, tag=uuid.uuid4().hex[:8], body_image=False)
        store.save(article)
        main(["publish", article.id, "--account", account, "--wait", "0"])
        assert store.get(article.id).status == (Status.QUEUED if status == 502 else Status.FAILED)
        main(["status", article.id])
        main(["status", article.id, "--json"])
        main(["outbox"])
        main(["outbox", "--json"])
        captured = capsys.readouterr()
    errors = [op.last_error.to_json() for op in operations(store)]
    assert any("Authorization" in error for error in errors), errors  # the echo did come back
    secrets = every_form(wordpress.username, wordpress.app_password)
    for text in [captured.out, captured.err, *errors]:
        assert not [s for s in secrets if s.decode() in text], text
    assert files_containing(data_dir, secrets) == []
