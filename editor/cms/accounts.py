"""Publishing accounts: non-secret settings in ``<data_dir>/accounts.json``, the secret in the keyring.

An account has a kind (``wordpress``, ``ghost``: see :mod:`editor.cms.kinds`). Its secret (WordPress:
the application password; Ghost: the Admin API key) is stored ONLY in the system keyring (service
``Copydesk``, one entry per account). When no real keyring works (no Secret Service, a locked one, or
only the ``fail``/``null``/plaintext-file backends), adding an account is refused with a clear message;
there is no fallback to a file, the database or settings.

``accounts.json`` is written atomically (temp file in the same folder, fsync, ``os.replace``), so a crash
leaves the old or the new list, never half of one.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

import keyring
import keyring.errors

from editor.cms.client import CmsClient
from editor.cms.errors import CmsError
from editor.cms.kinds import KINDS, client_kind, make_client
from editor.cms.site_url import normalize_site_url

KEYRING_SERVICE = "Copydesk"
ACCOUNTS_FILE = "accounts.json"
FORMAT_VERSION = 1
# Backends that are no keyring at all, or that keep the secret in a readable file.
_UNSAFE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class AccountError(CmsError):
    """A problem with the account list (unknown name, duplicate, bad value)."""

    key = "account_error"


class KeyringUnavailable(AccountError):
    """No secure place for the password: Copydesk refuses to store it anywhere else."""

    key = "keyring_unavailable"


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    url: str
    username: str
    kind: str = "wordpress"


def _keyring_key(name: str, kind: str = "wordpress") -> str:
    return f"{kind}:{name}"


def _unavailable(reason: str) -> KeyringUnavailable:
    """``reason`` is the keyring error's type."""
    return KeyringUnavailable("no_keyring", params={"reason": reason})


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_keyring() -> None:
    """Raise KeyringUnavailable unless the active keyring backend is a real, secure one."""
    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)
    candidates = list(inner) if inner is not None else [backend]
    if not any(not _backend_name(b).startswith(_UNSAFE_BACKENDS) for b in candidates):
        names = ", ".join(_backend_name(b) for b in candidates) or "none"
        raise KeyringUnavailable("insecure_keyring", params={"backends": names})


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(unicodedata.category(ch).startswith("C") for ch in name):
        raise AccountError("bad_account_name", params={})
    return name


class AccountStore:
    """The accounts of one Copydesk data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / ACCOUNTS_FILE

    # --- the non-secret list ------------------------------------------------------------------------

    def list(self) -> list[Account]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Account(**{k: str(v) for k, v in item.items()}) for item in data["accounts"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AccountError(
                "accounts_unreadable", params={"path": str(self.path), "type": type(exc).__name__}
            ) from None

    def get(self, name: str) -> Account:
        for account in self.list():
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.list())
        raise AccountError(
            "no_such_account" if known else "no_account_yet", params={"name": name, "known": known}
        )

    def _write(self, accounts: list[Account]) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"version": FORMAT_VERSION, "accounts": [asdict(a) for a in accounts]},
            indent=2,
            ensure_ascii=False,
        )
        handle, temp_name = tempfile.mkstemp(prefix=".accounts-", suffix=".tmp", dir=self.data_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as temp:
                temp.write(payload + "\n")
                temp.flush()
                os.fsync(temp.fileno())
            os.replace(temp_name, self.path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    # --- with the secret ----------------------------------------------------------------------------

    def candidate(
        self, name: str, url: str, username: str, password: str, kind: str = "wordpress"
    ) -> Account:
        """The account :meth:`add` would store, checked (name free, keyring usable); stores nothing."""
        name = _valid_name(name)
        if kind not in KINDS:
            raise AccountError("unknown_kind", params={"cms_kind": kind, "known": ", ".join(KINDS)})
        needs_username = client_kind(kind).needs_username
        account = Account(name, normalize_site_url(url), username.strip() if needs_username else "", kind)
        if needs_username and not account.username:
            raise AccountError("username_missing", params={})
        if not password.strip():
            raise AccountError("password_empty" if needs_username else "admin_key_empty", params={})
        if kind == "ghost":
            from editor.cms.ghost_auth import check_admin_key

            check_admin_key(password.strip())
        if any(a.name == name for a in self.list()):
            raise AccountError("account_exists", params={"name": name})
        check_keyring()
        return account

    def candidate_client(
        self, name: str, url: str, username: str, password: str, kind: str = "wordpress"
    ) -> CmsClient:
        """A client for an account not stored yet, to test the login before anything is saved."""
        account = self.candidate(name, url, username, password, kind)
        return make_client(account.kind, account.url, account.username, password.strip(), account.name)

    def add(self, name: str, url: str, username: str, password: str, kind: str = "wordpress") -> Account:
        """Store a new account (the secret goes to the keyring). Does not contact the site."""
        account = self.candidate(name, url, username, password, kind)
        name = account.name
        try:
            keyring.set_password(KEYRING_SERVICE, _keyring_key(name, account.kind), password.strip())
        except keyring.errors.KeyringError as exc:
            raise _unavailable(type(exc).__name__) from None
        try:
            self._write([*self.list(), account])
        except BaseException:
            self._forget_secret(name, account.kind)
            raise
        return account

    def remove(self, name: str) -> None:
        """Forget the account and delete its password from the keyring."""
        account = self.get(name)
        self._write([a for a in self.list() if a.name != account.name])
        self._forget_secret(account.name, account.kind)

    def _forget_secret(self, name: str, kind: str) -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, _keyring_key(name, kind))
        except keyring.errors.PasswordDeleteError:
            pass  # already gone
        except keyring.errors.KeyringError as exc:
            raise _unavailable(type(exc).__name__) from None

    def password(self, name: str) -> str:
        account = self.get(name)
        check_keyring()
        try:
            secret = keyring.get_password(KEYRING_SERVICE, _keyring_key(account.name, account.kind))
        except keyring.errors.KeyringError as exc:
            raise _unavailable(type(exc).__name__) from None
        if not secret:
            raise AccountError("password_not_in_keyring", params={"name": name})
        return secret

    def client(self, name: str) -> CmsClient:
        """A client for the account, of its kind (editor.cms.kinds)."""
        account = self.get(name)
        if account.kind not in KINDS:
            raise AccountError("account_kind_unknown", params={"name": name, "cms_kind": account.kind})
        return make_client(account.kind, account.url, account.username, self.password(name), account.name)
