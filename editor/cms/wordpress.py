"""WordPress over its REST API (wp/v2), logged in with an application password (HTTP Basic auth).

One :class:`WordPressClient` per account; it finds the API on first use (``/wp-json/`` or
``?rest_route=``, see wordpress_http), keeps one HTTP connection pool and caches term ids. Both can be
handed in from an earlier run (:class:`~editor.cms.site_cache.SiteCache`) and read back with
:meth:`WordPressClient.site_cache`; a remembered root is checked by its first answer (rediscovered once
if it is not the API any more) and a remembered term that was deleted on the site is healed after the
write (see :meth:`WordPressClient._heal_terms`). Not thread-safe: use one client per worker thread.
Timeouts are explicit: 5 s to connect, 30 s to read, 5 minutes for uploads, and a total deadline per
request (60 s, uploads 10 min) that a server dripping its answer cannot stretch; answers are read up to
16 MB (see http_limits). Redirects are followed only within the site's own origin: the password never
goes anywhere else, and an answer from elsewhere is never taken for the site's.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

import httpx

from editor.article import Article
from editor.cms.client import MediaItem, PostId, RemotePost, SiteInfo
from editor.cms.draft import PostDraft
from editor.cms.errors import (
    AuthFailed,
    BadResponse,
    CmsError,
    MissingMedia,
    NotAnImage,
    NotWordPress,
    RestDisabled,
)
from editor.cms.http_limits import (
    MAX_ANSWER_BYTES,
    REQUEST_DEADLINE,
    UPLOAD_DEADLINE,
    transport_with_deadline,
)
from editor.cms.media import is_image_file
from editor.cms.redact import remember
from editor.cms.site_cache import SiteCache, Term, term_key
from editor.cms.site_http import RefusalCodes, same_origin, send_within_site
from editor.cms.site_url import normalize_site_url
from editor.cms.wordpress_auth import explain_401
from editor.cms.wordpress_http import (
    INDEX_FIELDS,
    RestRoot,
    api_link,
    error_for_response,
    expect_list,
    expect_object,
    json_or_none,
    looks_like_wordpress,
    shared_ssl_context,
)
from editor.cms.wordpress_mapping import META_KEY, add_marker, find_marker, plain, post_fields, unescape_title

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
UPLOAD_TIMEOUT = httpx.Timeout(300.0, connect=5.0)
POST_FIELDS = (
    "id,link,status,modified_gmt,date_gmt,slug,title,excerpt,content,featured_media,categories,tags,meta"
)
TAXONOMIES = {"categories", "tags"}
RECENT_POSTS_CHECKED = 50
_REFUSALS = RefusalCodes("wp_redirected_away", "wp_answer_too_large")


class WordPressClient:
    """The CmsClient for WordPress. ``account_name`` only labels pulled articles' remote binding."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        account_name: str = "",
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        site_cache: SiteCache | None = None,
        deadline: float = REQUEST_DEADLINE,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.site_url = normalize_site_url(url)
        self.username = username
        self.account_name = account_name
        self._password = password
        remember(username, password)  # hidden from every message, whatever a server echoes back
        self._deadline = deadline
        self._max_answer = max_answer_bytes
        transport, self._limits = transport_with_deadline(shared_ssl_context())
        self._http = httpx.Client(
            auth=httpx.BasicAuth(username, password),
            timeout=timeout,
            transport=transport,
            follow_redirects=False,  # followed by _send, and only within the site's origin
            trust_env=True,  # the system's proxy settings and CA bundle (SSL_CERT_FILE): still verified
            headers={"User-Agent": "Copydesk", "Accept": "application/json"},
        )
        self._root: RestRoot | None = None
        self._root_unchecked = False  # a remembered root no answer has confirmed yet
        self._index: dict[str, Any] = {}  # the API index found by discovery (site name, namespaces)
        self._terms: dict[tuple[str, str], Term] = {}
        if site_cache is not None:
            self.remember(site_cache)

    def __repr__(self) -> str:  # never show the password
        return f"WordPressClient({self.site_url!r}, user={self.username!r})"

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def remember(self, cache: SiteCache) -> None:
        """Start from what an earlier run learnt; what this client has learnt itself is kept."""
        if cache.api_root and self._root is None and same_origin(cache.api_root, self.site_url):
            self._root = RestRoot.from_link(cache.api_root)
            self._root_unchecked = True
        for key, term in cache.terms.items():
            self._terms.setdefault(key, term)

    def site_cache(self) -> SiteCache:
        """What the client knows about the site now, to hand to the next client (see :meth:`remember`)."""
        return SiteCache(self._root.display if self._root else "", dict(self._terms))

    # --- HTTP ---------------------------------------------------------------------------------------

    def _send(self, method: str, url: str, *, deadline: float | None = None, **kwargs: Any) -> httpx.Response:
        """One HTTP exchange within the total deadline, redirects followed inside the site's origin only."""
        seconds = deadline or self._deadline
        request = self._http.build_request(method, url, **kwargs)
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
        self,
        method: str,
        route: str,
        what: str,
        *,
        params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """One REST call; a non-2xx answer raises the matching CmsError (``what`` names the action)."""
        url, query = self.root.url_and_params(route, params)
        response = self._send(method, url, params=query, **kwargs)
        if self._root_unchecked:
            self._root_unchecked = False
            if _not_the_api(response):  # moved (e.g. permalinks switched to plain): find it again, once
                self._root = None
                url, query = self.root.url_and_params(route, params)
                response = self._send(method, url, params=query, **kwargs)
        if response.status_code >= 400:
            error = error_for_response(response, what)
            if isinstance(error, AuthFailed) and response.status_code == 401:
                with self._limits.limit(self._deadline):
                    error = explain_401(error, self._http, self.site_url, self.username, self._password)
            raise error
        return response

    @property
    def root(self) -> RestRoot:
        if self._root is None:
            self._root = self._discover()
        return self._root

    def _discover(self) -> RestRoot:
        candidates = [RestRoot(self.site_url + "/wp-json/", False), RestRoot(self.site_url + "/", True)]
        refusal: CmsError | None = None
        for candidate in candidates:
            url, params = candidate.url_and_params("/", {"_fields": INDEX_FIELDS})
            response = self._send("GET", url, params=params)
            data = json_or_none(response)
            if (
                response.status_code == 200
                and isinstance(data, dict)
                and isinstance(data.get("namespaces"), list)
            ):
                return self._accept_index(candidate, data)
            if isinstance(data, dict) and str(data.get("code", "")).startswith("rest_"):
                refusal = error_for_response(response, "use_rest_api")
        home = self._send("GET", self.site_url + "/")
        link = api_link(home)
        if link and same_origin(link, self.site_url):  # never send the password to another host
            linked = RestRoot.from_link(link)
            url, params = linked.url_and_params("/", {"_fields": INDEX_FIELDS})
            data = json_or_none(self._send("GET", url, params=params))
            if isinstance(data, dict) and isinstance(data.get("namespaces"), list):
                return self._accept_index(linked, data)
        if refusal is not None or link or looks_like_wordpress(home):
            refused = {"code": refusal.key, "params": refusal.params} if refusal else None
            raise RestDisabled("wp_rest_silent", params={"where": self.site_url, "refusal": refused})
        raise NotWordPress("no_wordpress", params={"where": self.site_url})

    def _accept_index(self, root: RestRoot, index: dict[str, Any]) -> RestRoot:
        if "wp/v2" not in index["namespaces"]:
            raise RestDisabled("wp_no_posts_api", params={"where": self.site_url})
        self._index = index
        return root

    # --- site ---------------------------------------------------------------------------------------

    def test(self) -> SiteInfo:
        if not self._index:  # a remembered root has no index: the site's name comes from discovery
            self._root, self._root_unchecked = self._discover(), False
        me = expect_object(
            self.request("GET", "/wp/v2/users/me", "log_in", params={"context": "edit"}), "log_in"
        )
        if not isinstance(me.get("id"), int) or me["id"] <= 0 or "capabilities" not in me:
            raise AuthFailed("wp_who_unknown", params={"where": self.site_url})
        index = self._index
        return SiteInfo(
            name=unescape_title(str(index.get("name", ""))),
            url=str(index.get("home") or index.get("url") or self.site_url),
            rest_base=self.root.display,
            user_name=str(me.get("name") or me.get("username") or self.username),
            user_id=int(me.get("id") or 0),
            description=unescape_title(str(index.get("description", ""))),
        )

    # --- posts --------------------------------------------------------------------------------------

    def fields(self, draft: PostDraft) -> dict[str, Any]:
        """The ``wp/v2/posts`` body for ``draft``: its section and tags as ids (made if missing)."""
        category_ids = self.ensure_terms("categories", [draft.section]) if draft.section else []
        return post_fields(
            draft, category_ids=category_ids, tag_ids=self.ensure_terms("tags", list(draft.tags))
        )

    def create(self, draft: PostDraft) -> RemotePost:
        return self.create_fields(self.fields(draft))

    def create_fields(self, fields: dict[str, Any]) -> RemotePost:
        """Create a post from ``wp/v2/posts`` fields already mapped."""
        response = self.request(
            "POST", "/wp/v2/posts", "create_post", params={"context": "edit"}, json=fields
        )
        post = _post(expect_object(response, "create_post"))
        try:
            return self._heal_terms(post, fields)
        except CmsError as error:
            error.maybe_applied = True  # the post exists: a retry must find it by its marker, not add one
            raise

    def update(self, post_id: PostId, draft: PostDraft, *, version: str = "") -> RemotePost:
        """WordPress has no conditional update: ``version`` was compared by the caller just before."""
        return self.update_fields(post_id, self.fields(draft))

    def update_fields(self, post_id: PostId, fields: dict[str, Any]) -> RemotePost:
        return self._heal_terms(self._update(post_id, fields), fields)

    def carries(self, remote: RemotePost, draft: PostDraft) -> bool:
        return remote.title == plain(draft.title) and remote.content == add_marker(draft.html, draft.marker)

    def _update(self, post_id: PostId, fields: dict[str, Any]) -> RemotePost:
        response = self.request(
            "POST", f"/wp/v2/posts/{int(post_id)}", "update_post", params={"context": "edit"}, json=fields
        )
        return _post(expect_object(response, "update_post"))

    def _heal_terms(self, post: RemotePost, fields: dict[str, Any]) -> RemotePost:
        """Set again the terms WordPress dropped because their remembered ids no longer exist.

        WordPress skips a category or tag id that does not exist (deleted on the site since we learnt it)
        without an error: the post comes back without it. Those names are forgotten, looked up (or
        created) again and the post's terms set once more, in one more update of the same post.
        """
        repaired: dict[str, list[int]] = {}
        for taxonomy in sorted(TAXONOMIES):
            sent = [int(i) for i in fields.get(taxonomy) or ()]
            lost = set(sent) - set(getattr(post, taxonomy))
            names = self._forget_terms(taxonomy, lost)
            if names:
                kept = [i for i in sent if i not in lost]
                repaired[taxonomy] = list(dict.fromkeys(kept + self.ensure_terms(taxonomy, names)))
        return self._update(post.id, repaired) if repaired else post

    def _forget_terms(self, taxonomy: str, ids: set[int]) -> list[str]:
        """Drop remembered terms with these ids; their names (ids we never handed out are ignored)."""
        stale = [key for key, term in self._terms.items() if key[0] == taxonomy and term.id in ids]
        return [self._terms.pop(key).name for key in stale]

    def get(self, post_id: PostId) -> RemotePost:
        response = self.request(
            "GET", f"/wp/v2/posts/{int(post_id)}", "read_post", params={"context": "edit"}
        )
        return _post(expect_object(response, "read_post"))

    def unpublish(self, post_id: PostId, *, version: str = "") -> RemotePost:
        return self.update_fields(post_id, {"status": "draft"})

    def find_by_marker(self, article_id: str) -> RemotePost | None:
        """The post carrying this article's marker, in any status but trash; None if there is none.

        First a search for the id (WordPress searches the raw content, where the marker is), keeping only
        exact marker matches. Search plugins may index titles only, so when that finds nothing the most
        recently modified posts (any status) are checked too: a post whose creation answer was lost is
        among them. Several matches should not happen; the oldest (lowest id) wins.
        """
        base = {"status": "any", "context": "edit", "_fields": POST_FIELDS}
        searched = self._posts_with_marker(article_id, {**base, "search": article_id, "per_page": 20})
        if searched:
            return searched
        recent = {**base, "orderby": "modified", "order": "desc", "per_page": RECENT_POSTS_CHECKED}
        return self._posts_with_marker(article_id, recent)

    def _posts_with_marker(self, article_id: str, params: dict[str, Any]) -> RemotePost | None:
        found = expect_list(self.request("GET", "/wp/v2/posts", "find_post", params=params), "search")
        matches = [post for post in map(_post, found) if post.marker == article_id]
        return min(matches, key=lambda post: post.id) if matches else None

    def search_posts(self, query: str, *, limit: int = 10) -> list[RemotePost]:
        params = {
            "per_page": max(1, min(limit, 100)),
            "_fields": "id,link,status,modified_gmt,date_gmt,slug,title,excerpt",
        }
        if query.strip():  # no words: the most recent posts (the site's default order)
            params["search"] = query
        found = self.request("GET", "/wp/v2/posts", "search_posts", params=params)
        return [_post(item) for item in expect_list(found, "search")]

    def pull(self, post_id: PostId) -> Article:
        from editor.cms.wordpress_pull import article_from_post

        return article_from_post(self, self.get(post_id))

    # --- media and terms ----------------------------------------------------------------------------

    def upload_media(
        self, path: Path, *, alt_text: str = "", caption: str = "", title: str = "", marker: str = ""
    ) -> MediaItem:
        """Upload a file; ``marker`` goes into its description, where :meth:`find_media` finds it."""
        path = Path(path)
        if not path.is_file():
            raise MissingMedia("image_missing", params={"path": str(path)})
        if not is_image_file(path):  # whatever its name says: a text file is never put on the site
            raise NotAnImage("not_an_image", params={"path": str(path)})
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        data = {
            key: value
            for key, value in (
                ("alt_text", alt_text),
                ("caption", caption),
                ("title", title),
                ("description", f"<!-- {marker} -->" if marker else ""),  # not shown on the site
            )
            if value
        }
        with path.open("rb") as handle:
            response = self.request(
                "POST",
                "/wp/v2/media",
                f"upload:{path.name}",
                files={"file": (path.name, handle, mime)},
                data=data,
                timeout=UPLOAD_TIMEOUT,
                deadline=UPLOAD_DEADLINE,
            )
        item = expect_object(response, f"upload:{path.name}")
        return MediaItem(
            id=int(item["id"]),
            source_url=str(item.get("source_url", "")),
            alt_text=str(item.get("alt_text", "")),
            caption=_text(item.get("caption")),
        )

    def find_media(self, marker: str) -> MediaItem | None:
        """The upload whose description carries ``marker`` (WordPress searches it), None if none does."""
        params = {"search": marker, "context": "edit", "per_page": 10}
        response = self.request("GET", "/wp/v2/media", "find_upload", params=params)
        for item in expect_list(response, "find_upload"):
            description = item.get("description")
            raw = description.get("raw", "") if isinstance(description, dict) else ""
            if marker in str(raw):
                return MediaItem(
                    int(item["id"]),
                    str(item.get("source_url", "")),
                    str(item.get("alt_text", "")),
                    _text(item.get("caption")),
                )
        return None

    def get_media(self, media_id: int) -> MediaItem:
        response = self.request(
            "GET", f"/wp/v2/media/{int(media_id)}", "read_image", params={"context": "edit"}
        )
        item = expect_object(response, "read_image")
        return MediaItem(
            int(item["id"]),
            str(item.get("source_url", "")),
            str(item.get("alt_text", "")),
            _text(item.get("caption")),
        )

    def ensure_terms(self, taxonomy: str, names: list[str]) -> list[int]:
        if taxonomy not in TAXONOMIES:
            raise ValueError(f"unknown taxonomy {taxonomy!r}")
        ids: list[int] = []
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            key = term_key(taxonomy, name)
            if key not in self._terms:
                term_id = self._find_term(taxonomy, name) or self._create_term(taxonomy, name)
                self._terms[key] = Term(term_id, name)
            ids.append(self._terms[key].id)
        return list(dict.fromkeys(ids))  # "Harbour" and "harbour" are one term

    def term_names(self, taxonomy: str, ids: list[int] | tuple[int, ...]) -> list[str]:
        if not ids:
            return []
        params = {"include": ",".join(str(i) for i in ids), "per_page": 100, "_fields": "id,name"}
        found = expect_list(
            self.request("GET", f"/wp/v2/{taxonomy}", f"read_terms:{taxonomy}", params=params),
            f"terms:{taxonomy}",
        )
        by_id = {int(term["id"]): unescape_title(str(term.get("name", ""))) for term in found}
        return [by_id[i] for i in ids if i in by_id]

    def _find_term(self, taxonomy: str, name: str) -> int | None:
        params = {"search": name, "per_page": 100, "_fields": "id,name"}
        found = expect_list(
            self.request("GET", f"/wp/v2/{taxonomy}", f"look_up:{name}", params=params), f"terms:{taxonomy}"
        )
        for term in found:
            if unescape_title(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        return None

    def _create_term(self, taxonomy: str, name: str) -> int:
        what = f"{'create_category' if taxonomy == 'categories' else 'create_tag'}:{name}"
        try:
            response = self.request("POST", f"/wp/v2/{taxonomy}", what, json={"name": name})
        except CmsError as error:
            existing = _existing_term_id(error)
            if existing is None:
                raise
            return existing
        return int(expect_object(response, what)["id"])


def _not_the_api(response: httpx.Response) -> bool:
    """A web page where the API was, or WordPress saying there is no such route: nothing was done.

    Only a success or a 404/410: a 5xx or a 429 may come from a gateway in front of the API after it
    acted, and must reach the outbox as such (a resent create could make a second post).
    """
    status = response.status_code
    if not (200 <= status < 300 or status in (404, 410)):
        return False
    if "json" not in response.headers.get("content-type", ""):
        return True
    data = json_or_none(response)
    return status == 404 and isinstance(data, dict) and data.get("code") == "rest_no_route"


def _existing_term_id(error: CmsError) -> int | None:
    """The id WordPress puts in a ``term_exists`` refusal (a race with another writer)."""
    if error.code != "term_exists":
        return None
    term_id = error.details.get("term_id")
    return int(term_id) if term_id is not None else None


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")))
    return "" if value is None else str(value)


def _post(item: dict[str, Any]) -> RemotePost:
    if "id" not in item:
        raise BadResponse("wp_not_a_post")
    content = _text(item.get("content"))
    meta = item.get("meta")
    marker = find_marker(content)
    if not marker and isinstance(meta, dict):
        marker = str(meta.get(META_KEY) or "")
    return RemotePost(
        id=int(item["id"]),
        link=str(item.get("link", "")),
        status=str(item.get("status", "")),
        version=str(item.get("modified_gmt", "")),
        slug=str(item.get("slug", "")),
        title=unescape_title(_text(item.get("title"))),
        date_gmt=str(item.get("date_gmt") or ""),
        excerpt=_text(item.get("excerpt")),
        content=content,
        featured_media=int(item.get("featured_media") or 0),
        categories=tuple(int(i) for i in item.get("categories") or ()),
        tags=tuple(int(i) for i in item.get("tags") or ()),
        marker=marker,
        raw=item,
    )
