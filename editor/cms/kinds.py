"""Which client speaks to which kind of CMS: the registry :class:`~editor.cms.accounts.Account.kind`
is looked up in. A new CMS is one entry here plus its client module.

Each entry says what an account of that kind needs (a user name or not) and makes the client from the
account and its secret (read from the keyring by the caller). Client modules are imported on first
use, so starting the app does not load every CMS's code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.cms.client import CmsClient


@dataclass(frozen=True, slots=True)
class ClientKind:
    kind: str
    name: str  # the CMS's own name, as shown ("WordPress")
    needs_username: bool  # WordPress: user + application password; Ghost: an Admin API key alone
    make: Callable[[str, str, str, str], CmsClient]  # (url, username, secret, account name)


def _wordpress(url: str, username: str, secret: str, account_name: str) -> CmsClient:
    from editor.cms.wordpress import WordPressClient

    return WordPressClient(url, username, secret, account_name=account_name)


def _ghost(url: str, username: str, secret: str, account_name: str) -> CmsClient:
    from editor.cms.ghost import GhostClient

    return GhostClient(url, secret, account_name=account_name)


KINDS: dict[str, ClientKind] = {
    "wordpress": ClientKind("wordpress", "WordPress", True, _wordpress),
    "ghost": ClientKind("ghost", "Ghost", False, _ghost),
}


def client_kind(kind: str) -> ClientKind:
    """The registry entry for ``kind``; KeyError for one Copydesk does not know."""
    return KINDS[kind]


def make_client(kind: str, url: str, username: str, secret: str, account_name: str) -> CmsClient:
    return client_kind(kind).make(url, username, secret, account_name)
