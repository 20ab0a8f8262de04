"""Tags typed as one comma-separated line, completing the tag under the cursor from existing tags."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def split_tags(text: str) -> list[str]:
    """Tags from "a, b,  c" — trimmed, empty ones dropped, duplicates (case-insensitive) removed."""
    seen: set[str] = set()
    tags = []
    for part in text.split(","):
        tag = part.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class _LastTagCompleter(QCompleter):
    """Completes only the text after the last comma and keeps the tags before it."""

    def __init__(self, line_edit: QLineEdit) -> None:
        super().__init__(line_edit)
        self._line_edit = line_edit
        self.setModel(QStringListModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        done = self._line_edit.text().rsplit(",", 1)
        prefix = done[0] + ", " if len(done) == 2 else ""
        return prefix + str(index.data()) + ", "


class TagsEdit(QLineEdit):
    """``tags()`` / ``set_tags()``; ``set_completions()`` with the archive's existing tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. floods, weather, Normandy"))
        self.setToolTip(self.tr("Separate tags with commas"))
        self._completer = _LastTagCompleter(self)
        self.setCompleter(self._completer)

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))

    def set_completions(self, tags: list[str]) -> None:
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(set(tags), key=str.casefold))


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    edit = TagsEdit()
    edit.set_completions(["weather", "floods", "Normandy", "politics", "elections"])
    edit.set_tags(["weather"])
    edit.resize(400, 30)
    edit.show()
    sys.exit(app.exec())
