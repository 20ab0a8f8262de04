"""Ghost over its Admin API (``/ghost/api/admin/``, ``Accept-Version: v5.0``), with an Admin API key.

One :class:`GhostClient` per account, like the WordPress client: one HTTP connection pool, the same
timeouts, total deadline per request, answer-size cap and same-origin-only redirects
(:mod:`editor.cms.http_limits`), and a fresh five-minute token per request (:mod:`editor.cms.ghost_auth`).
Not thread-safe: one client per worker thread.

Mapping: :mod:`editor.cms.ghost_mapping` (HTML with ``?source=html``, custom excerpt, tags by name with
the section as primary tag, the internal marker tag, feature image with caption and alt text, an
embargo as a scheduled post). The editor's note is not in a draft, so it is never sent.

No silent overwrites
--------------------
Every edit sends the ``updated_at`` it is based on; Ghost refuses a stale one with 409
``UPDATE_COLLISION`` (and names the ``changedFields``), which this client raises as the same
:class:`~editor.cms.client.ConflictDetected` the WordPress path raises. Ghost stamps ``updated_at`` to the
second, so an edit made on the site within the same second as our last write leaves ``updated_at``
unchanged and would pass that check. The outbox therefore does for Ghost what it does for WordPress:
before an update it reads the post and compares, besides the version, a hash of what the site held when
Copydesk last sent or pulled it (:func:`editor.cms.client.remote_fields_hash`: title, HTML, excerpt,
status, tags, feature image, kept in the binding); a same-second edit changes the hash and stops the
publish with a conflict. What remains open is an edit landing in the same second *between* that read
and our write: about the time of one request, as on WordPress.

Lost answers
------------
A create whose answer was lost is found again by its marker tag before any retry creates a second post
(:meth:`GhostClient.find_by_marker`). Ghost cannot search its images, so :meth:`find_media` finds
nothing: an image upload whose answer was lost is uploaded again, leaving an unused file on the site
(never a second post, never a visible duplicate).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

import httpx

from editor.article import Article
from editor.cms.client import ConflictDetected, MediaItem, PostId, RemotePost, SiteInfo
from editor.cms.draft import PostDraft
from editor.cms.errors import (
    AuthFailed,
    BadResponse,
    CmsError,
    MissingMedia,
    NotAnImage,
    NotFound,
    RateLimited,
    Rejected,
    ServerError,
    parse_retry_after,
)
from editor.cms.ghost_auth import admin_token, check_admin_key
from editor.cms.ghost_mapping import marker_slug, post_body, remote_post, text_of
from editor.cms.http_limits import (
    MAX_ANSWER_BYTES,
    REQUEST_DEADLINE,
    UPLOAD_DEADLINE,
    transport_with_deadline,
)
from editor.cms.media import is_image_file
from editor.cms.redact import redact, remember
from editor.cms.site_cache import SiteCache
from editor.cms.site_http import RefusalCodes, send_within_site
from editor.cms.site_url import normalize_site_url
from editor.cms.wordpress_http import json_or_none, shared_ssl_context

API_PATH = "/ghost/api/admin"
ACCEPT_VERSION = "v5.0"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
UPLOAD_TIMEOUT = httpx.Timeout(300.0, connect=5.0)
_REFUSALS = RefusalCodes("ghost_redirected_away", "ghost_answer_too_large")
WRITE_PARAMS = {"source": "html", "formats": "html", "include": "tags"}
READ_PARAMS = {"formats": "html", "include": "tags"}


class NotGhost(CmsError):
    """Something answers at the address, but no Ghost Admin API."""

    key = "not_the_cms"


class GhostClient:
    """The CmsClient for Ghost. ``account_name`` only labels pulled articles' remote binding."""

    def __init__(
        self,
        url: str,
        admin_key: str,
        *,
        account_name: str = "",
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        deadline: float = REQUEST_DEADLINE,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.site_url = normalize_site_url(url)
        self.account_name = account_name
        self._key_id, self._secret = check_admin_key(admin_key)
        remember("", admin_key.strip())  # hidden from every message, whatever a server echoes back
        remember("", self._secret.hex())
        self._deadline = deadline
        self._max_answer = max_answer_bytes
        transport, self._limits = transport_with_deadline(shared_ssl_context())
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport,
            follow_redirects=False,  # followed by _send, and only within the site's origin
            trust_env=True,
            headers={
                "User-Agent": "Copydesk",
                "Accept": "application/json",
                "Accept-Version": ACCEPT_VERSION,
            },
        )

    def __repr__(self) -> str:  # never show the key
        return f"GhostClient({self.site_url!r})"

    def __enter__(self) -> GhostClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def remember(self, cache: SiteCache) -> None:
        """Ghost needs nothing learnt: its API lives at a fixed path and tags go by name."""

    def site_cache(self) -> SiteCache:
        return SiteCache()

    # --- HTTP ---------------------------------------------------------------------------------------

    def _send(
        self, method: str, url: str, *, deadline: float | None = None, auth: bool = True, **kwargs: Any
    ) -> httpx.Response:
        """One exchange within the total deadline, redirects followed inside the site's origin only."""
        seconds = deadline or self._deadline
        headers = dict(kwargs.pop("headers", None) or {})
        if auth:
            headers["Authorization"] = f"Ghost {admin_token(self._key_id, self._secret)}"
        request = self._http.build_request(method, url, headers=headers, **kwargs)
        return send_within_site(
            self._http,
            self._limits,
            request,
            site_url=self.site_url,
            seconds=seconds,
            max_answer=self._max_answer,
            codes=_REFUSALS,
        )

    def request(
        self, method: str, route: str, what: str, *, params: dict[str, Any] | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        """One Admin API call; its JSON object, or the matching CmsError (``what`` names the action)."""
        response = self._send(method, f"{self.site_url}{API_PATH}{route}", params=params, **kwargs)
        if response.status_code >= 400:
            raise self._error(response, what)
        data = json_or_none(response)
        if not isinstance(data, dict):
            kind = response.headers.get("content-type", "")
            raise BadResponse(
                "ghost_not_json",
                params={"where": self.site_url, "what": what, "kind": kind},
                status=response.status_code,
                maybe_applied=method != "GET",
            )
        return data

    def _error(self, response: httpx.Response, what: str) -> CmsError:
        status = response.status_code
        data = json_or_none(response)
        first = data["errors"][0] if _has_errors(data) else {}
        said = " ".join(
            dict.fromkeys(str(first.get(k) or "").strip() for k in ("message", "context") if first.get(k))
        )
        details = first.get("details") if isinstance(first.get("details"), dict) else {}
        common = {
            "status": status,
            "code": str(first.get("code") or first.get("type") or ""),
            "details": details,
        }
        words = {"what": what, "status": status, "said": said, "where": self.site_url}
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            return RateLimited(
                "ghost_rate_limited",
                params={**words, "retry_after": retry_after},
                retry_after=retry_after,
                **common,
            )
        if status >= 500:
            return ServerError("ghost_server_error", params=words, **common)
        if not first:
            return BadResponse("ghost_not_ghost_error", params=words, **common)
        if status == 401:
            return AuthFailed("ghost_key_refused", params=words, **common)
        if status == 403:
            return AuthFailed("ghost_not_allowed", params=words, **common)
        if status == 404:
            return NotFound("ghost_not_found", params=words, **common)
        return Rejected("ghost_refused", params=words, **common)

    # --- site ---------------------------------------------------------------------------------------

    def test(self) -> SiteInfo:
        """Ghost's site endpoint (no key needed) says it is Ghost and which version; then one call with
        the key proves it works."""
        response = self._send("GET", f"{self.site_url}{API_PATH}/site/", auth=False)
        data = json_or_none(response)
        site = data.get("site") if isinstance(data, dict) else None
        if response.status_code != 200 or not isinstance(site, dict) or "version" not in site:
            raise NotGhost("no_ghost", params={"where": self.site_url})
        self.request("GET", "/posts/", "log_in", params={"limit": 1, "fields": "id"})
        return SiteInfo(
            name=str(site.get("title") or ""),
            url=str(site.get("url") or self.site_url),
            rest_base=f"{self.site_url}{API_PATH}/",
            user_name="",
            description=str(site.get("description") or ""),
            cms="Ghost",
            cms_version=str(site.get("version") or ""),
        )

    # --- posts --------------------------------------------------------------------------------------

    def create(self, draft: PostDraft) -> RemotePost:
        data = self.request(
            "POST", "/posts/", "create_post", params=WRITE_PARAMS, json={"posts": [post_body(draft)]}
        )
        return self._post(data, "create_post")

    def update(self, post_id: PostId, draft: PostDraft, *, version: str = "") -> RemotePost:
        return self._edit(post_id, post_body(draft, version=version or self.get(post_id).version), version)

    def unpublish(self, post_id: PostId, *, version: str = "") -> RemotePost:
        return self._edit(
            post_id, {"status": "draft", "updated_at": version or self.get(post_id).version}, version
        )

    def _edit(self, post_id: PostId, post: dict[str, Any], version: str) -> RemotePost:
        try:
            data = self.request(
                "PUT",
                f"/posts/{_ghost_id(post_id)}/",
                "update_post",
                params=WRITE_PARAMS,
                json={"posts": [post]},
            )
        except Rejected as refused:
            if refused.status != 409:
                raise
            changed = tuple(str(name) for name in refused.details.get("changedFields") or ())
            raise ConflictDetected(
                self.get(post_id), version or str(post.get("updated_at", "")), changed
            ) from None
        return self._post(data, "update_post")

    def carries(self, remote: RemotePost, draft: PostDraft) -> bool:
        """Ghost rewrites the HTML it is sent, so its words are compared, with title and excerpt."""
        return (
            remote.title == draft.title
            and remote.excerpt == draft.excerpt
            and text_of(remote.content) == text_of(post_body(draft)["html"])
        )

    def get(self, post_id: PostId) -> RemotePost:
        data = self.request("GET", f"/posts/{_ghost_id(post_id)}/", "read_post", params=READ_PARAMS)
        return self._post(data, "read_post")

    def find_by_marker(self, article_id: str) -> RemotePost | None:
        """The post carrying this article's marker tag, in any status; the oldest if several."""
        params = {**READ_PARAMS, "filter": f"tag:{marker_slug(article_id)}", "limit": 20}
        found = [
            remote_post(item)
            for item in self._posts(self.request("GET", "/posts/", "find_post", params=params))
        ]
        matches = [post for post in found if post.marker == article_id]
        return min(matches, key=lambda post: str(post.id)) if matches else None

    def search_posts(self, query: str, *, limit: int = 10) -> list[RemotePost]:
        words = _nql_string(query.strip())
        matching = f"+(title:~{words},plaintext:~{words})" if query.strip() else ""  # none: the newest
        params = {
            "filter": f"status:published{matching}",
            "limit": max(1, min(limit, 100)),
            "order": "published_at desc",
            "include": "tags",
        }
        data = self.request("GET", "/posts/", "search_posts", params=params)
        return [remote_post(item) for item in self._posts(data)]

    def pull(self, post_id: PostId) -> Article:
        from editor.cms.ghost_pull import article_from_post

        return article_from_post(self.get(post_id), self.account_name)

    def _posts(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        posts = data.get("posts")
        if not isinstance(posts, list) or not all(isinstance(p, dict) and "id" in p for p in posts):
            raise BadResponse("ghost_not_posts", params={"where": self.site_url})
        return posts

    def _post(self, data: dict[str, Any], what: str) -> RemotePost:
        posts = self._posts(data)
        if not posts:
            raise BadResponse("ghost_not_a_post", params={"what": what})
        return remote_post(posts[0])

    # --- media ----------------------------------------------------------------------------------------

    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem:
        """Upload an image (``POST /images/upload/``); Ghost keeps alt text and caption on the post."""
        path = Path(path)
        if not path.is_file():
            raise MissingMedia("image_missing", params={"path": str(path)})
        if not is_image_file(path):  # whatever its name says: a text file is never put on the site
            raise NotAnImage("not_an_image", params={"path": str(path)})
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with path.open("rb") as handle:
            data = self.request(
                "POST",
                "/images/upload/",
                f"upload:{path.name}",
                files={"file": (path.name, handle, mime)},
                data={"ref": marker} if marker else None,
                timeout=UPLOAD_TIMEOUT,
                deadline=UPLOAD_DEADLINE,
            )
        images = data.get("images")
        url = (
            images[0].get("url")
            if isinstance(images, list) and images and isinstance(images[0], dict)
            else None
        )
        if not isinstance(url, str) or not url:
            raise BadResponse("ghost_no_image_address", params={"name": path.name})
        return MediaItem(0, url, alt_text, caption)

    def find_media(self, marker: str) -> MediaItem | None:
        """Ghost cannot search its images: see the module docstring (a lost upload is sent again)."""
        return None


def _has_errors(data: Any) -> bool:
    errors = data.get("errors") if isinstance(data, dict) else None
    return isinstance(errors, list) and bool(errors) and isinstance(errors[0], dict)


def _ghost_id(post_id: PostId) -> str:
    """A Ghost post id is 24 hex digits: anything else never reaches a URL."""
    text = str(post_id).strip().lower()
    if len(text) != 24 or any(ch not in "0123456789abcdef" for ch in text):
        raise NotFound("not_a_ghost_id", params={"post_id": redact(text)[:40]})
    return text


def _nql_string(text: str) -> str:
    """A value for Ghost's filter language: single-quoted, quotes and backslashes escaped."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
