"""Failures in the window's words: the store's error codes through ``tr()``, anything else as its own
one line (the importers' and the CMS's messages). Importing this does not pull in SQLAlchemy."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def _store_templates() -> dict[str, str]:
    return {
        "article_not_found": QCoreApplication.translate("StoreErrors", "No article with id {article_id}."),
        "revision_not_found": QCoreApplication.translate(
            "StoreErrors", "Article {article_id} has no revision {revision_id}."
        ),
        "disk_full": QCoreApplication.translate("StoreErrors", "Could not save: the disk is full"),
        "damaged": QCoreApplication.translate(
            "StoreErrors", "The database file is not a Copydesk database or is damaged: {path}"
        ),
        "damaged_check": QCoreApplication.translate(
            "StoreErrors",
            "The database file is not a Copydesk database or is damaged: {path} (SQLite's check says: "
            "{check}). Copydesk has not written to it; restore it from a backup or copy, or let someone "
            "recover it with the sqlite3 tool's .recover.",
        ),
        "busy": QCoreApplication.translate(
            "StoreErrors",
            "The database is busy: another Copydesk process kept it locked for too long. Try again.",
        ),
        "read_only": QCoreApplication.translate(
            "StoreErrors", "Could not save: the database file is read-only: {path}"
        ),
        "cannot_open": QCoreApplication.translate("StoreErrors", "Could not open the database file: {path}"),
        "disk_io": QCoreApplication.translate(
            "StoreErrors", "Could not read or write the database file (disk I/O error): {path}"
        ),
        "database_error": QCoreApplication.translate("StoreErrors", "Database error: {detail}"),
        "newer_schema": QCoreApplication.translate(
            "StoreErrors",
            "The database {path} was written by a newer version of Copydesk (schema {schema}); "
            "update Copydesk to open it.",
        ),
        "broken_references": QCoreApplication.translate(
            "StoreErrors", "Upgrading the database left {count} broken references: {path}"
        ),
        "folder_failed": QCoreApplication.translate(
            "StoreErrors", "Could not create the folder for the database {path}: {detail}"
        ),
        "article_damaged": QCoreApplication.translate(
            "StoreErrors", "Article {article_id} is damaged in the database: {detail}"
        ),
        "revision_damaged": QCoreApplication.translate(
            "StoreErrors", "Revision {revision_id} of {article_id} is damaged: {detail}"
        ),
    }


def error_text(error: BaseException) -> str:
    """One line saying what went wrong, for the status bar or a message box."""
    store_errors = sys.modules.get("editor.store.errors")  # not imported: it cannot be a StoreError
    if store_errors is not None and isinstance(error, store_errors.StoreError):
        template = _store_templates().get(error.code)
        if template:
            return template.format(**error.params)
    cms_errors = sys.modules.get("editor.cms.errors")
    outbox = sys.modules.get("editor.sync.outbox")
    if (cms_errors is not None and isinstance(error, cms_errors.CmsError)) or (
        outbox is not None and isinstance(error, outbox.OutboxError)
    ):
        from editor.ui.messages import describe_error

        return describe_error(error)
    return str(error) or type(error).__name__
