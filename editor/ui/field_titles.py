"""The names of an article's fields as a diff heads them (History, the conflict dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_titles() -> dict[str, str]:
    """Article attribute → its name in the interface's language."""
    translate = QCoreApplication.translate  # lupdate reads the literal context of each call
    return {
        "headline": translate("FieldTitles", "Headline"),
        "standfirst": translate("FieldTitles", "Standfirst"),
        "body": translate("FieldTitles", "Body"),
        "bylines": translate("FieldTitles", "Bylines"),
        "dateline": translate("FieldTitles", "Dateline"),
        "credit_line": translate("FieldTitles", "Credit line"),
        "section": translate("FieldTitles", "Section"),
        "tags": translate("FieldTitles", "Tags"),
        "slug": translate("FieldTitles", "Slug"),
        "sources": translate("FieldTitles", "Sources"),
        "related": translate("FieldTitles", "Related"),
        "editors_note": translate("FieldTitles", "Editor's note"),
    }
