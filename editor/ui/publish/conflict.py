"""The conflict dialog: the site's version beside yours, and the three ways out.

Both versions are shown side by side with the History's word-level diff (``editor.render.diff``): the
site's on the left with the words it has and you do not struck out, yours on the right with your words
marked, field by field where they differ. The site's version is turned back into Markdown by the CMS
pull, so both sides read alike. The editor's note is left out: it never goes to the site.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor.article import Article, local_time_text
from editor.render.diff import FIELDS, side_by_side
from editor.sync.conflicts import Choice
from editor.ui.diff_colours import diff_colours
from editor.ui.field_titles import field_titles

COMPARED = tuple(field for field, _title in FIELDS if field != "editors_note")


def _edited_at(theirs: Article) -> datetime | None:
    """When the post was last changed on the site, from its version token (a time on WordPress and
    Ghost; the token is opaque to the core, so anything else is simply not shown)."""
    token = theirs.remote.version if theirs.remote is not None else ""
    try:
        moment = datetime.fromisoformat(token.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


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
                "Keep Mine overwrites their changes; Take Theirs replaces your text with the site's "
                "(yours stays in the history); Cancel leaves both as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setAccessibleName(self.tr("Differences"))
        self.diff_view.setOpenLinks(False)
        self.headings = (self._site_heading(theirs, mine), self._my_heading(mine))
        body = side_by_side(theirs, mine, self.headings, diff_colours(self), field_titles(), COMPARED)
        self.diff_view.setHtml(
            body or f"<p>{self.tr('The texts are the same; only other details differ.')}</p>"
        )
        buttons = QDialogButtonBox(self)
        self.keep_mine_button = buttons.addButton(
            self.tr("&Keep Mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_theirs_button = buttons.addButton(
            self.tr("&Take Theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setDefault(True)  # Enter changes nothing on either side; Esc cancels too
        self.keep_mine_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(Choice.CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 680)

    def _site_heading(self, theirs: Article, mine: Article) -> str:
        site = mine.remote.account if mine.remote is not None else self.tr("the site")
        edited = _edited_at(theirs)
        if edited is None:
            return self.tr("On %1").replace("%1", site)
        return self.tr("On %1, edited %2").replace("%1", site).replace("%2", local_time_text(edited))

    def _my_heading(self, mine: Article) -> str:
        return self.tr("My version, saved %1").replace("%1", local_time_text(mine.updated))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == Choice.CANCEL:
            self.reject()
        else:
            self.accept()
