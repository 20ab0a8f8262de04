"""Keep credentials out of every text a server's words end up in: messages shown, errors stored.

A misconfigured server (a debug page, a proxy, a plugin) may echo the request back, Authorization header
included, in an error message. Whatever a server says is passed through :func:`redact` before it becomes a
message, and again before the outbox stores it. It hides the exact passwords this process knows (every
client registers its own with :func:`remember`) in each form they travel in: as typed, without spaces,
URL-encoded, and base64 of ``user:password`` and of the password alone; and any ``Authorization`` header
value, ``Basic``/``Bearer`` token or signed token (a JWT, as Ghost's), known or not.
"""

from __future__ import annotations

import base64
import re
import threading
from urllib.parse import quote, quote_plus

HIDDEN = "[redacted]"
_AUTH_HEADER_RE = re.compile(r"(?i)(\bauthorization\b[\"']?\s*[:=]\s*[\"']?)[^\r\n\"',;}]*")
_TOKEN_RE = re.compile(r"(?i)\b(basic|bearer)(\s+|%20|\+)[A-Za-z0-9+/=._~%-]{4,}")

_JWT_RE = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")  # Ghost's tokens

_lock = threading.Lock()
_known: set[str] = set()


def secret_forms(username: str, password: str) -> set[str]:
    """Every spelling of ``password`` that may come back in an answer (longest are replaced first)."""
    forms: set[str] = set()
    for secret in {password, password.replace(" ", "")}:
        if not secret:
            continue
        forms.add(secret)
        forms.add(quote(secret, safe=""))
        forms.add(quote_plus(secret))
        for raw in (f"{username}:{secret}", secret):
            token = base64.b64encode(raw.encode()).decode()
            forms.update({token, token.rstrip("="), quote(token, safe="")})
    return {form for form in forms if len(form) >= 4}


def remember(username: str, password: str) -> None:
    """Register a password this process holds, so that :func:`redact` hides it wherever it appears."""
    forms = secret_forms(username, password)
    with _lock:
        _known.update(forms)


def redact(text: str, *, extra: set[str] | frozenset[str] = frozenset()) -> str:
    """``text`` with every known secret form and any Authorization value replaced by ``[redacted]``."""
    if not text:
        return text
    with _lock:
        secrets = _known | set(extra)
    for secret in sorted(secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, HIDDEN)
    text = _AUTH_HEADER_RE.sub(lambda m: m.group(1) + HIDDEN, text)
    text = _JWT_RE.sub(HIDDEN, text)
    return _TOKEN_RE.sub(lambda m: m.group(1) + " " + HIDDEN, text)


def redact_data(value: object) -> object:
    """:func:`redact` applied to every string inside a decoded JSON value (an error's ``data``)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(str(k)): redact_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(v) for v in value]
    return value
