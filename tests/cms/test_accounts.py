"""Accounts: the application password lives only in the real keyring (gnome-keyring over D-Bus).

Run under ``dbus-run-session`` with an unlocked gnome-keyring (tests/run.sh does; see HEADLESS.md).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from editor.cli import main
from editor.cli.messages import describe_error
from editor.cms.accounts import KEYRING_SERVICE, AccountError, AccountStore, KeyringUnavailable
from editor.cms.errors import InsecureUrl
from tests.wordpress.server import WordPressServer

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def secret_service() -> None:
    """The real Secret Service must be the keyring in use; without one these tests cannot mean anything."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "SecretService" not in name:
        reason = f"no Secret Service keyring (got {name}); run under dbus-run-session with gnome-keyring"
        if os.environ.get("CI") or os.environ.get("COPYDESK_REQUIRE_KEYRING") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


@pytest.fixture
def account_name(secret_service: None) -> Iterator[str]:
    name = f"desk-{uuid.uuid4().hex[:8]}"
    yield name
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, f"wordpress:{name}")


def run_cli(args: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str], stdin: str = "") -> tuple:
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(["--data-dir", str(data_dir), *args])
    finally:
        sys.stdin = old_stdin
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_password_goes_to_the_keyring_and_nowhere_else(data_dir: Path, account_name: str) -> None:
    store = AccountStore(data_dir)
    secret = "Abcd Efgh Ijkl Mnop Qrst Uvwx"
    store.add(account_name, "https://news.example.org/", "jane", secret)

    on_disk = (data_dir / "accounts.json").read_text()
    assert secret not in on_disk and "Abcd" not in on_disk
    assert json.loads(on_disk)["accounts"] == [
        {"name": account_name, "url": "https://news.example.org", "username": "jane", "kind": "wordpress"}
    ]
    assert keyring.get_password(KEYRING_SERVICE, f"wordpress:{account_name}") == secret
    assert AccountStore(data_dir).password(account_name) == secret
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".accounts-")]  # no temp file left

    store.remove(account_name)
    assert store.list() == []
    assert keyring.get_password(KEYRING_SERVICE, f"wordpress:{account_name}") is None


def test_plain_http_to_a_remote_site_is_refused(data_dir: Path, account_name: str) -> None:
    with pytest.raises(InsecureUrl) as raised:
        AccountStore(data_dir).add(account_name, "http://news.example.org", "jane", "secret pass")
    assert re.search("HTTPS", describe_error(raised.value))
    assert not (data_dir / "accounts.json").exists()


def test_duplicate_and_unknown_names_are_explained(data_dir: Path, account_name: str) -> None:
    store = AccountStore(data_dir)
    store.add(account_name, "https://a.example.org", "jane", "pw one")
    with pytest.raises(AccountError) as raised:
        store.add(account_name, "https://b.example.org", "john", "pw two")
    assert re.search("already an account", describe_error(raised.value))
    assert store.password(account_name) == "pw one"
    with pytest.raises(AccountError) as raised:
        store.get("nope")
    assert re.search("No account named 'nope'", describe_error(raised.value))
    store.remove(account_name)


def test_cli_add_list_test_remove_against_the_real_site(
    data_dir: Path, account_name: str, wordpress: WordPressServer, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = wordpress.app_password
    code, out, err = run_cli(
        [
            "account",
            "add",
            account_name,
            "--url",
            wordpress.base_url,
            "--user",
            wordpress.username,
            "--password-stdin",
        ],
        data_dir,
        capsys,
        stdin=secret + "\n",
    )
    assert (code, err) == (0, "")
    assert secret not in out

    code, out, _ = run_cli(["account", "list", "--json"], data_dir, capsys)
    assert code == 0
    assert json.loads(out) == [
        {"name": account_name, "url": wordpress.base_url, "username": wordpress.username, "kind": "wordpress"}
    ]

    code, out, err = run_cli(["account", "test", account_name], data_dir, capsys)
    assert code == 0, err
    assert "Copydesk Test Site" in out and "Ada Admin" in out

    assert secret not in (data_dir / "accounts.json").read_text()
    assert secret.replace(" ", "") not in "".join(
        p.read_text(errors="ignore") for p in data_dir.rglob("*") if p.is_file()
    )

    code, out, _ = run_cli(["account", "remove", account_name], data_dir, capsys)
    assert code == 0
    assert keyring.get_password(KEYRING_SERVICE, f"wordpress:{account_name}") is None


def test_cli_test_with_a_wrong_password_says_so_without_the_password(
    data_dir: Path, account_name: str, wordpress: WordPressServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = "zzzz yyyy xxxx wwww vvvv uuuu"
    AccountStore(data_dir).add(account_name, wordpress.base_url, wordpress.username, wrong)
    code, out, err = run_cli(["account", "test", account_name], data_dir, capsys)
    assert code == 1
    assert "application password" in err
    assert "Traceback" not in err
    assert wrong not in err + out and "zzzz" not in err + out
    AccountStore(data_dir).remove(account_name)


def test_without_a_keyring_add_refuses_and_stores_nothing(tmp_path: Path) -> None:
    """With only keyring's `fail` backend the CLI refuses, and the password lands in no file."""
    data_dir = tmp_path / "data"
    secret = "Only In Keyring 1234"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONPATH": str(REPO)}
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from editor.cli import main; sys.exit(main())",
            "--data-dir",
            str(data_dir),
            "account",
            "add",
            "desk",
            "--url",
            "https://news.example.org",
            "--user",
            "jane",
            "--password-stdin",
        ],
        input=secret + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 1
    assert "No system keyring is available" in completed.stderr
    assert "will not store the password anywhere else" in completed.stderr
    assert "Traceback" not in completed.stderr
    assert secret not in completed.stderr + completed.stdout
    assert not (data_dir / "accounts.json").exists()
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and secret in p.read_text(errors="ignore")]
    assert leftovers == []


def test_fail_backend_is_refused_in_process(data_dir: Path) -> None:
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable) as raised:
            AccountStore(data_dir).add("desk", "https://news.example.org", "jane", "pw")
        assert re.search("No system keyring is available", describe_error(raised.value))
    finally:
        keyring.set_keyring(previous)
    assert not (data_dir / "accounts.json").exists()


def test_a_damaged_account_list_is_reported_not_overwritten(data_dir: Path, account_name: str) -> None:
    (data_dir / "accounts.json").write_text('{"version": 1, "accounts": [')
    store = AccountStore(data_dir)
    with pytest.raises(AccountError) as raised:
        store.list()
    assert re.search("unreadable", describe_error(raised.value))
    with pytest.raises(AccountError) as raised:
        store.add(account_name, "https://news.example.org", "jane", "pw")
    assert re.search("unreadable", describe_error(raised.value))
    assert (data_dir / "accounts.json").read_text() == '{"version": 1, "accounts": ['
    assert keyring.get_password(KEYRING_SERVICE, f"wordpress:{account_name}") is None


def test_an_account_of_an_unknown_kind_is_one_clear_error(data_dir: Path) -> None:
    """Clients are made by kind (editor.cms.kinds): a kind this Copydesk does not know is said so."""
    (data_dir / "accounts.json").write_text(
        json.dumps(
            {
                "version": 1,
                "accounts": [{"name": "x", "url": "https://x.example", "username": "", "kind": "drupal"}],
            }
        )
    )
    with pytest.raises(AccountError) as raised:
        AccountStore(data_dir).client("x")
    assert re.search("kind this Copydesk does not know", describe_error(raised.value))
    with pytest.raises(AccountError) as raised:
        AccountStore(data_dir).candidate("y", "https://y.example", "", "secret", "drupal")
    assert re.search("Unknown kind of CMS 'drupal'", describe_error(raised.value))
