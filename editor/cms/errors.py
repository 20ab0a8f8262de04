"""What can go wrong talking to a CMS, as exceptions the outbox and the user can act on.

Every error carries ``transient`` (retrying later may work: connection refused, timeouts, 5xx, 429),
``retry_after`` (seconds the server asked us to wait, if it said), ``status`` (HTTP status, if there was
an answer) and ``maybe_applied`` (the request may have reached the server and been acted on although no
answer came back: the outbox must look the post up by its marker before sending a create again).

An error says what happened as a message code (:attr:`CmsError.key`) and the parameters the words need
(:attr:`CmsError.params`: the site's address, an HTTP status, the server's own words); the sentence is
made where it is shown (editor.cli.messages, editor.ui.messages through ``tr()``), so no English is
stored. Parameters never contain the password or the Authorization header: every string parameter and
detail passes through :func:`editor.cms.redact.redact` (a server may echo the credentials back).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from editor.cms.redact import redact, redact_data


class CmsError(Exception):
    """Base of every CMS failure.

    ``CmsError(key, params={...})``: ``key`` is the message code the CLI and the window word
    (editor.cli.messages, editor.ui.messages), ``params`` what the words need; ``str(error)`` is for
    logs. The class's own ``key`` names the kind of failure when an error is raised without a code.
    """

    transient_default = False
    key = "cms_error"

    def __init__(
        self,
        message: str,
        *,
        params: dict[str, Any] | None = None,
        transient: bool | None = None,
        retry_after: float | None = None,
        status: int | None = None,
        code: str = "",
        maybe_applied: bool = False,
        details: dict | None = None,
    ) -> None:
        if params is None:  # no code of its own: the words are the message itself
            message = redact(message)
            self._params: dict[str, Any] = {"text": message, "status": status}
        else:
            self.key = message
            self._params = {name: redact(v) if isinstance(v, str) else v for name, v in params.items()}
            message = f"{self.key} {self._params}"
        super().__init__(message)
        self.message = message
        self.transient = self.transient_default if transient is None else transient
        self.retry_after = retry_after
        self.status = status
        self.code = code  # WordPress's error code (e.g. "rest_post_invalid_id"), when it gave one
        self.maybe_applied = maybe_applied
        self.details = redact_data(details or {})  # the "data" of a WordPress error answer (e.g. term_id)

    def __str__(self) -> str:
        return self.message

    @property
    def params(self) -> dict[str, Any]:
        """What the words of :attr:`key` need (stored with it in the outbox)."""
        return dict(self._params)


class ConnectionFailed(CmsError):
    """Nothing answered: refused, unreachable host, DNS failure, connection dropped."""

    key = "connection_failed"
    transient_default = True


class Timeout(CmsError):
    """The server took too long. Unless it was the connect phase, it may have acted on the request."""

    key = "timeout"
    transient_default = True


class ServerError(CmsError):
    """5xx: the server failed; usually temporary."""

    key = "server_error"
    transient_default = True


class RateLimited(CmsError):
    """429: too many requests; ``retry_after`` says when to try again, if the server said."""

    key = "rate_limited"
    transient_default = True


class AuthFailed(CmsError):
    """401/403: wrong credentials, a user without the right role, or an Authorization header stripped."""

    key = "auth_failed"


class NotWordPress(CmsError):
    """Something answers at the address, but no WordPress REST API."""

    key = "not_the_cms"


class RestDisabled(CmsError):
    """A WordPress site whose REST API is switched off or blocked (plugin, firewall, host)."""

    key = "api_disabled"


class TlsError(CmsError):
    """The HTTPS certificate could not be verified. Verification is never switched off."""

    key = "tls_error"


class InsecureUrl(CmsError):
    """An address Copydesk refuses: plain http to a remote host, credentials in the URL, no host..."""

    key = "insecure_url"


class NotFound(CmsError):
    """The post (or media, term) does not exist on the site (any more)."""

    key = "not_found"


class Rejected(CmsError):
    """Another 4xx: the site refused the request as invalid; retrying the same thing will not help."""

    key = "rejected"


class BadResponse(CmsError):
    """The answer was not what a WordPress REST API gives (not JSON, unexpected shape)."""

    key = "bad_response"


class RedirectedAway(CmsError):
    """The site sent a request on to another origin; the password is never sent after it."""

    key = "redirected_away"


class NotAnImage(CmsError):
    """A file the article names as an image is not one by its contents: it is never uploaded."""

    key = "not_an_image"


class MissingMedia(CmsError):
    """An image the article refers to (featured or in the body) is not on this computer."""

    key = "missing_media"


class NotPlaced(CmsError):
    """A local file the journalist did not place (``editor.image_origin``): it is never uploaded."""


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
