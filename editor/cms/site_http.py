"""One HTTP exchange with a CMS site, the way every client needs it: within a total deadline, with the
answer read up to a size cap, and redirects followed only inside the site's own origin (credentials are
never sent anywhere else). Each client names its own message codes for the two refusals."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from editor.cms.errors import BadResponse, RedirectedAway, Timeout
from editor.cms.http_limits import AnswerTooLarge, DeadlineBackend, buffered, read_capped
from editor.cms.wordpress_http import transport_error

MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class RefusalCodes:
    """The calling client's message codes for an answer from another origin and an oversized one."""

    redirected_away: str
    answer_too_large: str


def send_within_site(
    http: httpx.Client,
    limits: DeadlineBackend,
    request: httpx.Request,
    *,
    site_url: str,
    seconds: float,
    max_answer: int,
    codes: RefusalCodes,
) -> httpx.Response:
    """Send ``request`` (and the redirects it leads to inside ``site_url``'s origin); the buffered
    answer, or the CmsError that says what went wrong."""
    try:
        with limits.limit(seconds):
            for _hop in range(MAX_REDIRECTS + 1):
                response = http.send(request, stream=True)
                try:
                    target = response.next_request
                    if target is None:
                        return buffered(response, read_capped(response, max_answer))
                finally:
                    response.close()
                if not same_origin(str(target.url), site_url):
                    raise RedirectedAway(codes.redirected_away, params=elsewhere(site_url, target.url))
                request = target
            raise RedirectedAway("too_many_redirects", params={"where": site_url, "count": MAX_REDIRECTS})
    except AnswerTooLarge:
        raise BadResponse(
            codes.answer_too_large,
            params={"where": site_url, "megabytes": max_answer // 2**20},
            maybe_applied=request.method != "GET",
        ) from None
    except httpx.HTTPError as exc:
        if limits.expired:
            raise Timeout(
                "deadline_passed", params={"where": site_url, "seconds": seconds}, maybe_applied=True
            ) from None
        raise transport_error(exc, site_url) from None


def same_origin(url: str, other: str) -> bool:
    first, second = httpx.URL(url), httpx.URL(other)
    return (first.scheme, first.host, first.port) == (second.scheme, second.host, second.port)


def elsewhere(site_url: str, url: httpx.URL) -> dict[str, str]:
    """The parameters of a redirect refused: the site, and the origin it pointed to."""
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    return {"where": site_url, "elsewhere": origin}
