"""The rules a site address must follow before any password is sent to it."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from editor.cms.errors import InsecureUrl

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_local_host(host: str) -> bool:
    return host.lower() in LOCAL_HOSTS


def normalize_site_url(url: str) -> str:
    """The site's base URL (scheme, host, optional port and path, no trailing slash).

    HTTPS is required, except for this computer (localhost, 127.0.0.1, ::1), because the application
    password travels with every request. A missing scheme means https. Raises InsecureUrl otherwise.
    """
    text = url.strip()
    if not text:
        raise InsecureUrl("address_missing", params={})
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError as exc:
        raise InsecureUrl("address_invalid", params={"url": url.strip()}) from exc
    if parts.scheme not in ("http", "https") or not host:
        raise InsecureUrl("address_not_web", params={"url": url.strip()})
    if parts.username or parts.password:
        raise InsecureUrl("credentials_in_address", params={})
    if parts.scheme == "http" and not is_local_host(host):
        raise InsecureUrl("https_required", params={"host": host})
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
