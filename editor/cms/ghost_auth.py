"""Ghost Admin API keys: ``<id>:<secret>`` (24 hex digits, a colon, 64 hex digits), from an integration.

Each request carries a short-lived token (``Authorization: Ghost <jwt>``): HS256, signed with the
hex-decoded secret, header ``kid`` = the key id, payload ``iat``/``exp`` (5 minutes, Ghost's maximum)
and ``aud`` ``/admin/``. The key itself never leaves the process (only tokens do) and is registered with
:func:`editor.cms.redact.remember`, so no message can carry it.
"""

from __future__ import annotations

import re
import time

import jwt

from editor.cms.errors import CmsError

TOKEN_SECONDS = 300
_KEY = re.compile(r"([0-9a-f]{24}):([0-9a-f]{64})")


class BadAdminKey(CmsError):
    """What was given is not a Ghost Admin API key (a Content API key, a password, a typo)."""

    key = "bad_admin_key"


def check_admin_key(admin_key: str) -> tuple[str, bytes]:
    """The key's id and secret; BadAdminKey when it does not have the shape of an Admin API key."""
    match = _KEY.fullmatch(admin_key.strip())
    if match is None:
        raise BadAdminKey("not_an_admin_key", params={})
    return match.group(1), bytes.fromhex(match.group(2))


def admin_token(key_id: str, secret: bytes, *, now: float | None = None) -> str:
    """A token for one request (valid five minutes)."""
    issued = int(now if now is not None else time.time())
    payload = {"iat": issued, "exp": issued + TOKEN_SECONDS, "aud": "/admin/"}
    return jwt.encode(payload, secret, algorithm="HS256", headers={"kid": key_id})
