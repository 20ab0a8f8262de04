"""The outbox's tables, on the store's shared ``metadata`` (foreign keys to ``articles`` resolve there).

The schema itself is created by the alembic revision ``0002_outbox``; these definitions are what the code
queries through, and must stay in step with that revision.

* ``outbox``: one row per queued operation. ``id`` is a UUID made on the client: the idempotency key that
  names the operation in logs and in the GUI. ``payload`` is the article as it was queued (``to_dict``),
  so what is sent is exactly what the journalist published, whatever happens to the article afterwards.
  ``uncertain`` says an earlier attempt may have reached the server without us hearing the answer: the
  next create first looks the post up by its marker.
* ``sync_media``: files already uploaded to an account, keyed by the SHA-256 of their bytes, so a retry
  or a later update never uploads the same image twice.
* ``sync_sites`` / ``sync_terms`` (revision ``0003_site_cache``): per account, the site's REST API root and
  the ids of the categories and tags used, so a publish is one request, not a discovery and a lookup per
  name (``editor.sync.site_cache``). ``site_url`` says which site they belong to: an account pointed at
  another address starts from nothing.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Index, Integer, PrimaryKeyConstraint, Table, Text

from editor.store.tables import UtcDateTime, metadata

outbox = Table(
    "outbox",
    metadata,
    Column("id", Text, primary_key=True),
    Column("article_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("account", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("base_version", Text, nullable=False, server_default=""),
    Column("state", Text, nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", UtcDateTime, nullable=False),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("uncertain", Boolean, nullable=False, server_default="0"),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
)

Index("ix_outbox_state_next_attempt_at", outbox.c.state, outbox.c.next_attempt_at)
Index("ix_outbox_article_id_state", outbox.c.article_id, outbox.c.state)

sync_media = Table(
    "sync_media",
    metadata,
    Column("account", Text, nullable=False),
    Column("file_hash", Text, nullable=False),
    Column("remote_id", Integer, nullable=False),
    Column("url", Text, nullable=False),
    Column("source_name", Text, nullable=False, server_default=""),
    Column("created", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("account", "file_hash"),
)

sync_sites = Table(
    "sync_sites",
    metadata,
    Column("account", Text, primary_key=True),
    Column("site_url", Text, nullable=False),
    Column("api_root", Text, nullable=False, server_default=""),
    Column("updated", UtcDateTime, nullable=False),
)

sync_terms = Table(
    "sync_terms",
    metadata,
    Column("account", Text, nullable=False),
    Column("taxonomy", Text, nullable=False),
    Column("name_key", Text, nullable=False),  # the name casefolded (editor.cms.site_cache.term_key)
    Column("name", Text, nullable=False),
    Column("term_id", Integer, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("account", "taxonomy", "name_key"),
)
