"""The store's error codes in words, for the terminal (the window's are in ``editor.ui.errors``)."""

from __future__ import annotations

from editor.store.errors import StoreError

TEMPLATES = {
    "article_not_found": "No article with id {article_id}.",
    "revision_not_found": "Article {article_id} has no revision {revision_id}.",
    "disk_full": "Could not save: the disk is full",
    "damaged": "The database file is not a Copydesk database or is damaged: {path}",
    "damaged_check": (
        "The database file is not a Copydesk database or is damaged: {path} (SQLite's check says: "
        "{check}). Copydesk has not written to it; restore it from a backup or copy, or let someone "
        "recover it with the sqlite3 tool's .recover."
    ),
    "busy": "The database is busy: another Copydesk process kept it locked for too long. Try again.",
    "read_only": "Could not save: the database file is read-only: {path}",
    "cannot_open": "Could not open the database file: {path}",
    "disk_io": "Could not read or write the database file (disk I/O error): {path}",
    "database_error": "Database error: {detail}",
    "newer_schema": (
        "The database {path} was written by a newer version of Copydesk (schema {schema}); "
        "update Copydesk to open it."
    ),
    "broken_references": "Upgrading the database left {count} broken references: {path}",
    "folder_failed": "Could not create the folder for the database {path}: {detail}",
    "article_damaged": "Article {article_id} is damaged in the database: {detail}",
    "revision_damaged": "Revision {revision_id} of {article_id} is damaged: {detail}",
}


def describe(error: StoreError) -> str:
    """The error as the one line the command prints."""
    template = TEMPLATES.get(error.code)
    return template.format(**error.params) if template else str(error)
