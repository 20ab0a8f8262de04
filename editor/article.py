"""The vocabulary of Copydesk: what a news article is made of.

Plain dataclasses with no I/O, so they can cross thread boundaries, be snapshotted into revisions and
be compared. Field names follow ARTICLE_MODEL.md (IPTC ninjs where one exists). ``to_dict`` /
``from_dict`` give the one JSON-friendly shape used by revisions, front matter and the store.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from editor.languages import normalize_tag, primary

# Newsroom guidance: longer headlines are cut off in search results and on social media (a warning).
HEADLINE_GUIDANCE_CHARS = 70


class Status(StrEnum):
    """Where an article is in its life; the publishing states are set by the outbox."""

    DRAFT = "draft"
    READY = "ready"
    QUEUED = "queued"
    SENDING = "sending"
    PUBLISHED = "published"
    CHANGED = "changed"  # edited locally since it was published
    CONFLICT = "conflict"
    FAILED = "failed"


class BylineRole(StrEnum):
    REPORTER = "reporter"
    CORRESPONDENT = "correspondent"
    PHOTOGRAPHER = "photographer"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    CONTRIBUTOR = "contributor"


class SourceKind(StrEnum):
    NEWS_AGENCY = "news agency"
    BROADCASTER = "broadcaster"
    PUBLICATION = "publication"
    DOCUMENT = "official document"
    INTERVIEW = "interview"
    SOCIAL_MEDIA = "social media"
    OTHER = "other"


class Severity(StrEnum):
    ERROR = "error"  # blocks publishing
    WARNING = "warning"  # shown, does not block


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of validation or of the pre-publish checklist.

    ``field`` names the Article attribute to jump to (``"sources"``, ``"headline"``...); ``index`` the
    row for list fields. ``code`` says what is wrong and ``params`` the values the words need (a
    number, a URL, a line): the sentence is made where it is shown (``editor.ui.findings`` through
    ``tr()``, ``editor.cli.findings`` on the command line).
    """

    field: str
    code: str
    params: Mapping[str, str | int | None] = field(default_factory=dict)
    severity: Severity = Severity.ERROR
    index: int | None = None


@dataclass(slots=True)
class Byline:
    name: str
    role: BylineRole = BylineRole.REPORTER

    def __post_init__(self) -> None:
        # Widgets and parsers hand over plain strings; the rest of the code may rely on the enum.
        self.role = BylineRole(self.role)


@dataclass(slots=True)
class Source:
    """Structured attribution: who said or reported what."""

    name: str
    kind: SourceKind = SourceKind.OTHER
    url: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        self.kind = SourceKind(self.kind)


@dataclass(slots=True)
class RelatedLink:
    """A link to another article: local (``local_id``), remote (``remote_id``) or any URL."""

    title: str
    url: str = ""
    local_id: str = ""
    remote_id: int | str | None = None


@dataclass(slots=True)
class FeaturedImage:
    path: str  # local file path, or a URL once uploaded
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(slots=True)
class Origin:
    """Where the article's local pictures may come from: only those are uploaded (``editor.image_origin``).

    Bookkeeping kept by the store, never read from or written to a file: an imported file cannot claim
    that a picture was placed through the window.
    """

    folder: str = ""  # the absolute folder of the file the article was imported from; "" if made in the app
    placed: list[str] = field(default_factory=list)  # absolute paths of images put in through the window


@dataclass(slots=True)
class RemoteBinding:
    """Which remote post this article is bound to, and what we last knew of it."""

    account: str
    remote_id: int | str  # the CMS's post id (WordPress: an int, Ghost: a hex string)
    url: str = ""
    # The post's version last seen: an opaque token of the CMS (WordPress's modified_gmt, Ghost's updated_at)
    version: str = ""
    content_hash: str = ""  # hash of the payload last sent
    last_sync: datetime | None = None
    remote_status: str = ""  # the post's status on the site after our last send ("publish", "future")
    # What the site held when we last sent or pulled (editor.cms.client.remote_fields_hash): an edit there in
    # the same second as ours leaves the version alone but changes this. "" when unknown (older bindings).
    remote_fields_hash: str = ""


def scheduled_for(
    status: Status, remote: RemoteBinding | None, embargo: datetime | None, now: datetime | None = None
) -> datetime | None:
    """The embargo time when a "published" article is in fact a scheduled post on the site.

    WordPress holds a post with a future date as ``future`` and publishes it itself at that time, so
    past the embargo it is simply published.
    """
    if status not in (Status.PUBLISHED, Status.CHANGED) or remote is None or embargo is None:
        return None
    if remote.remote_status != "future" or embargo <= (now or utcnow()):
        return None
    return embargo


def local_time_text(moment: datetime) -> str:
    """A moment as the user's wall-clock time, e.g. "2026-12-02 09:00"."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def post_id(value: Any) -> int | str:
    """A CMS post id as stored: WordPress's are whole numbers, Ghost's 24 hex digits (kept as text)."""
    try:
        return int(value)
    except ValueError:
        if isinstance(value, str) and _GHOST_ID.fullmatch(value.strip()):
            return value.strip()
        raise


_GHOST_ID = re.compile(r"[0-9a-f]{24}")


def new_id() -> str:
    import uuid  # imported on first use: the window opens a stored story before any id is made

    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class Article:
    id: str = field(default_factory=new_id)
    headline: str = ""
    standfirst: str = ""
    body: str = ""  # Markdown
    bylines: list[Byline] = field(default_factory=list)
    credit_line: str = ""
    dateline: str = ""
    sources: list[Source] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    section: str = ""
    tags: list[str] = field(default_factory=list)
    slug: str = ""
    featured_image: FeaturedImage | None = None
    embargo: datetime | None = None  # UTC
    editors_note: str = ""  # internal, never published
    language: str = ""  # BCP 47 tag ("en-GB", "fr", "ar"); "" when not stated (an old or foreign file)
    # Front matter keys Copydesk has no field for (a site generator's ``layout``…), kept as they came
    # (JSON values, dates as ISO text) so that an export gives them back; never published.
    extra: dict[str, Any] = field(default_factory=dict)
    status: Status = Status.DRAFT
    remote: RemoteBinding | None = None
    origin: Origin = field(default_factory=Origin)
    created: datetime = field(default_factory=utcnow)
    updated: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        image = self.featured_image
        if image is not None and not (image.path or image.caption or image.credit or image.alt):
            self.featured_image = None  # an empty image slot is no image: exports and the CMS agree

    def copy(self, **changes: Any) -> Article:
        """A deep copy with ``changes`` applied (lists are never shared between copies)."""
        return from_dict({**to_dict(self), **{k: _plain(v) for k, v in changes.items()}})

    def content_equals(self, other: Article) -> bool:
        """True when the two differ at most in bookkeeping (timestamps, status, remote binding)."""
        return content_dict(self) == content_dict(other)


# The ``extra`` key that marks Copydesk's own sample text (the welcome article's front matter sets it): the
# checklist never lets a sample go out, and a duplicate (the way to keep what was written in it) drops it.
SAMPLE_KEY = "copydesk_sample"


def is_sample(article: Article) -> bool:
    return article.extra.get(SAMPLE_KEY) is True


# Fields that are bookkeeping rather than what the journalist wrote.
BOOKKEEPING_FIELDS = frozenset({"created", "updated", "status", "remote", "origin"})


def _plain(value: Any) -> Any:
    """Turn dataclasses, enums and datetimes into JSON-friendly values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return _as_utc(value).isoformat()
    return value


def to_dict(article: Article) -> dict[str, Any]:
    """The article as JSON-friendly data (the shape of revisions and of exported front matter)."""
    return _plain(article)


def content_dict(article: Article) -> dict[str, Any]:
    data = to_dict(article)
    for name in BOOKKEEPING_FIELDS:
        data.pop(name, None)
    return data


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_datetime(value: Any) -> datetime | None:
    """Parse an ISO 8601 string (or pass a datetime through) into an aware UTC datetime."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return _as_utc(value)
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError as exc:
        raise ValueError(f"not a date and time: {value!r}") from exc


def _enum(kind: type[StrEnum], value: Any, default: StrEnum) -> Any:
    if value in (None, ""):
        return default
    try:
        return kind(str(value).strip().lower())
    except ValueError as exc:
        allowed = ", ".join(m.value for m in kind)
        raise ValueError(f"unknown {kind.__name__} {value!r} (one of: {allowed})") from exc


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if isinstance(value, str):
        return {"name": value} if what != "related link" else {"title": value, "url": value}
    if not isinstance(value, dict):
        raise ValueError(f"each {what} must be a mapping, not {type(value).__name__}")
    return value


def from_dict(data: dict[str, Any]) -> Article:
    """Build an Article from :func:`to_dict` data; missing keys take defaults.

    Raises ValueError with a readable message for malformed values, so importers can report them.
    """
    if not isinstance(data, dict):
        raise ValueError("an article must be a mapping of fields")
    known = {f.name for f in dataclasses.fields(Article)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(unknown)}")
    kwargs: dict[str, Any] = {}
    for name in (
        "id",
        "headline",
        "standfirst",
        "body",
        "credit_line",
        "dateline",
        "section",
        "slug",
        "editors_note",
    ):
        if name in data and data[name] is not None:
            kwargs[name] = _text(data[name])
    bylines = []
    for raw in data.get("bylines") or []:
        item = _mapping(raw, "byline")
        bylines.append(
            Byline(_text(item.get("name")), _enum(BylineRole, item.get("role"), BylineRole.REPORTER))
        )
    kwargs["bylines"] = bylines
    kwargs["sources"] = [
        Source(
            _text(s.get("name")),
            _enum(SourceKind, s.get("kind"), SourceKind.OTHER),
            _text(s.get("url")),
            _text(s.get("note")),
        )
        for s in (_mapping(raw, "source") for raw in data.get("sources") or [])
    ]
    related = []
    for raw in data.get("related") or []:
        item = _mapping(raw, "related link")
        remote_id = item.get("remote_id")
        related.append(
            RelatedLink(
                _text(item.get("title")),
                _text(item.get("url")),
                _text(item.get("local_id")),
                post_id(remote_id) if remote_id not in (None, "") else None,
            )
        )
    kwargs["related"] = related
    tags = data.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in (p.strip() for p in tags.split(",")) if t]
    elif not isinstance(tags, list):
        tags = [tags]  # "tags: 2024" in front matter is one tag
    kwargs["tags"] = [_text(t) for t in tags]
    image = data.get("featured_image")
    if image:
        item = _mapping(image, "featured image")
        if "name" in item and "path" not in item:
            item = {"path": item["name"]}
        kwargs["featured_image"] = FeaturedImage(
            _text(item.get("path")),
            _text(item.get("caption")),
            _text(item.get("credit")),
            _text(item.get("alt")),
        )
    kwargs["language"] = normalize_tag(_text(data.get("language")))
    extra = data.get("extra") or {}
    if not isinstance(extra, dict) or not all(isinstance(k, str) for k in extra):
        raise ValueError("extra must be a mapping of names to values")
    kwargs["extra"] = dict(extra)
    kwargs["embargo"] = parse_datetime(data.get("embargo"))
    kwargs["status"] = _enum(Status, data.get("status"), Status.DRAFT)
    remote = data.get("remote")
    if remote:
        item = _mapping(remote, "remote binding")
        kwargs["remote"] = RemoteBinding(
            _text(item.get("account")),
            post_id(item.get("remote_id") or 0),
            _text(item.get("url")),
            _text(item.get("version", item.get("modified_gmt"))),  # the key before 0006_remote_version
            _text(item.get("content_hash")),
            parse_datetime(item.get("last_sync")),
            _text(item.get("remote_status")),
            _text(item.get("remote_fields_hash")),
        )
    origin = data.get("origin")
    if origin:
        item = _mapping(origin, "origin")
        placed = item.get("placed") or []
        kwargs["origin"] = Origin(_text(item.get("folder")), [_text(p) for p in placed])
    for name in ("created", "updated"):
        stamp = parse_datetime(data.get(name))
        if stamp is not None:
            kwargs[name] = stamp
    return Article(**kwargs)


# --- validation ------------------------------------------------------------------------------

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_valid_url(url: str) -> bool:
    """An absolute http(s) URL with a host: what a reader's browser can open."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url.strip()


# How a language writes its letters in ASCII where that differs from dropping the accent (which
# text-unidecode does for every other letter): German "über" is "ueber", not "uber".
_SLUG_REPLACEMENTS: dict[str, list[list[str]]] = {
    "de": [["ä", "ae"], ["ö", "oe"], ["ü", "ue"], ["Ä", "Ae"], ["Ö", "Oe"], ["Ü", "Ue"], ["&", " und "]],
    "da": [["æ", "ae"], ["ø", "oe"], ["å", "aa"], ["Æ", "Ae"], ["Ø", "Oe"], ["Å", "Aa"], ["&", " og "]],
    "nb": [["æ", "ae"], ["ø", "oe"], ["å", "aa"], ["Æ", "Ae"], ["Ø", "Oe"], ["Å", "Aa"], ["&", " og "]],
    "sv": [["&", " och "]],
    "en": [["&", " and "]],
    "fr": [["&", " et "], ["œ", "oe"], ["Œ", "Oe"]],
    "es": [["&", " y "]],
    "it": [["&", " e "]],
    "pt": [["&", " e "]],
    "nl": [["&", " en "]],
}


def slugify(text: str, max_length: int = 80, language: str = "") -> str:
    """A URL slug from a headline: lower case ASCII letters, digits and single hyphens.

    Any script is transliterated (python-slugify with text-unidecode): "Шторм" gives "shtorm",
    "مرحبا" "mrhb", "Straße" "strasse", French accents are dropped; ``language`` (the article's BCP 47
    tag) adds its own spellings, so a German "Straße über" gives "strasse-ueber".
    """
    from slugify import slugify as python_slugify  # ~20 ms to import: only once a slug is made

    replacements = _SLUG_REPLACEMENTS.get(primary(language), []) if language else []
    return python_slugify(
        text, max_length=max_length, word_boundary=True, save_order=True, replacements=replacements
    )


def validate(article: Article, *, now: datetime | None = None) -> list[Problem]:
    """Problems in the fields themselves (malformed values), whatever the article's stage.

    The stricter pre-publish checklist (required fields, attribution of quotes...) lives in
    ``editor.render.checklist`` and includes these.
    """
    problems: list[Problem] = []
    if article.slug and not SLUG_RE.match(article.slug):
        problems.append(Problem("slug", "slug_malformed"))
    for i, source in enumerate(article.sources):
        if not source.name.strip():
            problems.append(Problem("sources", "source_unnamed", {"number": i + 1}, index=i))
        if source.url and not is_valid_url(source.url):
            params = {"number": i + 1, "url": source.url}
            problems.append(Problem("sources", "source_link_invalid", params, index=i))
    for i, link in enumerate(article.related):
        if not link.title.strip():
            problems.append(Problem("related", "related_untitled", {"number": i + 1}, index=i))
        if link.url and not is_valid_url(link.url):
            params = {"number": i + 1, "url": link.url}
            problems.append(Problem("related", "related_url_invalid", params, index=i))
        if not (link.url or link.local_id or link.remote_id):
            problems.append(Problem("related", "related_nowhere", {"number": i + 1}, index=i))
    for i, byline in enumerate(article.bylines):
        if not byline.name.strip():
            problems.append(Problem("bylines", "byline_unnamed", {"number": i + 1}, index=i))
    if (
        article.embargo is not None
        and article.status in (Status.DRAFT, Status.READY)
        and article.embargo <= (now or utcnow())
    ):
        problems.append(Problem("embargo", "embargo_past", severity=Severity.WARNING))
    if article.featured_image is not None and not article.featured_image.alt.strip():
        problems.append(Problem("featured_image", "image_alt_missing", severity=Severity.WARNING))
    return problems


_WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_MARKUP_RE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>]+>|^\s{0,3}(?:[#>]+|[-*+]|\d+[.)])\s", re.MULTILINE
)
READING_WORDS_PER_MINUTE = 230


def word_count(markdown: str) -> int:
    """Words a reader sees in a Markdown text: link targets, image references and markup left out."""
    return len(_WORD_RE.findall(_MARKUP_RE.sub(" ", markdown)))


def reading_minutes(words: int) -> int:
    """Reading time rounded up to whole minutes (at least 1 for any text)."""
    return 0 if words == 0 else max(1, -(-words // READING_WORDS_PER_MINUTE))
