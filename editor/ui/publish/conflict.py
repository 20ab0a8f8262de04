"""The conflict dialog: what changed on the site against what you wrote, and the three ways out.

The comparison is line by line (difflib) on the headline, standfirst and body, with the site's version
turned back into Markdown by the CMS pull, so both sides read alike.
"""

from __future__ import annotations

import difflib

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor.article import Article
from editor.sync.conflicts import Choice

_FIELDS = (("headline", "Headline"), ("standfirst", "Standfirst"), ("body", "Body"))


def diff_html(theirs: Article, mine: Article) -> str:
    """An HTML table per field that differs: the site's version on the left, yours on the right."""
    differ = difflib.HtmlDiff(wrapcolumn=60)
    parts = []
    for name, title in _FIELDS:
        left, right = getattr(theirs, name), getattr(mine, name)
        if left == right:
            continue
        table = differ.make_table(
            left.splitlines() or [""], right.splitlines() or [""], "On the site", "Yours", context=True
        )
        parts.append(f"<h3>{title}</h3>{table}")
    return "".join(parts) or "<p>The texts are the same; only other details differ.</p>"


class ConflictDialog(QDialog):
    """Ask how to settle a conflict; ``choice`` is set when the dialog closes."""

    def __init__(self, theirs: Article, mine: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Edited on the site"))
        self.choice = Choice.CANCEL
        intro = QLabel(
            self.tr(
                "Someone changed this article on the site after you last published it. Nothing was sent. "
                "Keep mine overwrites their changes; Take theirs replaces your text with the site's "
                "(yours stays in the history); Cancel leaves both as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setHtml(diff_html(theirs, mine))
        buttons = QDialogButtonBox(self)
        self.keep_mine_button = buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_theirs_button = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(Choice.CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == Choice.CANCEL:
            self.reject()
        else:
            self.accept()
