"""The checklist pane: the pre-publish checks, live, each finding a click away from its field.

``run_checklist`` parses the whole body, so it runs on the query pool after a pause in typing, one run
at a time (rerun if the article moved on meanwhile), like the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor.article import Article, Problem, Severity
from editor.ui.findings import describe
from editor.ui.tasks import OneJob, TaskRunner, adaptive_delay

if TYPE_CHECKING:
    from editor.wirecopy import WireText

WireLookup = Callable[[str], "WireText | None"]  # article id -> its incoming copy's text, on a worker
SlugLookup = Callable[[Article], list[str]]  # headlines of other published stories with its slug, on a worker

CHECK_DELAY_MS = 600
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def check_article(
    article: Article,
    wire_lookup: WireLookup | None = None,
    reuse_threshold: float = 0.8,
    slug_lookup: SlugLookup | None = None,
) -> list[Problem]:
    """Runs on a worker; ``wire_lookup`` reads the article's incoming copy for the reuse rules,
    ``slug_lookup`` the other stories already published under its slug."""
    from editor.render import run_checklist

    wire = wire_lookup(article.id) if wire_lookup is not None else None
    taken = slug_lookup(article) if slug_lookup is not None else []
    return run_checklist(article, wire=wire, reuse_threshold=reuse_threshold, slug_taken_by=taken)


class ChecklistPane(QWidget):
    """Lists the checklist's findings; ``problem_activated(field, index)`` when one is clicked."""

    problem_activated = Signal(str, object)  # field name, row index or None
    publish_clicked = Signal()
    checked = Signal(list)  # the findings of the latest run
    # True when there is nothing to list (every check passed, or no article): the findings list is
    # hidden and the pane needs only its summary line and the Publish button.
    compact_changed = Signal(bool)

    def __init__(
        self, tasks: TaskRunner, snapshot: Callable[[], Article | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._snapshot = snapshot
        self._job = OneJob(tasks, label="checklist")
        self._problems: list[Problem] = []
        self._waiters: list[Callable[[list[Problem]], None]] = []
        self.wire_lookup: WireLookup | None = None  # set by editor.ui.wire once the library is open
        self.slug_lookup: SlugLookup | None = None  # set by the window
        self.reuse_threshold = 0.8  # the setting checklist/reuse_threshold_percent, set by editor.ui.wire

        self.summary = QLabel(self.tr("Checklist"), self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Checklist findings"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.publish_button = QPushButton(self.tr("Publish…"), self)
        self.publish_button.setToolTip(self.tr("Run the checklist and publish (Ctrl+Shift+P)"))
        self.publish_button.clicked.connect(self.publish_clicked)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

        self.compact = False

        self._error_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._run)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def schedule(self) -> None:
        self._timer.start()

    def check_now(self, then: Callable[[list[Problem]], None] | None = None) -> None:
        """Run the checklist on the current article now; ``then(problems)`` gets the result."""
        if then is not None:
            self._waiters.append(then)
        self._timer.stop()
        self._job.mark_outdated()
        self._run()

    def clear_article(self) -> None:
        self._timer.stop()
        self._show([])
        self.summary.setText(self.tr("No article open."))

    def _run(self) -> None:
        if self._job.in_flight:
            self._job.mark_outdated()
            return
        article = self._snapshot()
        if article is None:
            self.clear_article()
            self._release_waiters([])
            return
        lookup, threshold, slugs = self.wire_lookup, self.reuse_threshold, self.slug_lookup
        self._job.run(
            lambda: check_article(article, lookup, threshold, slugs),
            done=self._on_checked,
            failed=self._on_failed,
            rerun=self._rerun,
        )

    def _rerun(self) -> None:
        self._timer.setInterval(adaptive_delay(CHECK_DELAY_MS, self._job.last_run_s))
        self._run()

    def _on_checked(self, problems: list[Problem]) -> None:
        self._timer.setInterval(adaptive_delay(CHECK_DELAY_MS, self._job.last_run_s))
        self._show(problems)
        self.checked.emit(problems)
        self._release_waiters(problems)

    def _on_failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The checklist could not run: %1").replace("%1", str(error)))
        self._release_waiters([Problem("body", "checklist_failed", {"error": str(error)})])

    def _release_waiters(self, problems: list[Problem]) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter(problems)

    def _show(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self.list.clear()
        errors = [p for p in problems if p.severity == Severity.ERROR]
        warnings = [p for p in problems if p.severity != Severity.ERROR]
        for problem in errors + warnings:
            is_error = problem.severity == Severity.ERROR
            label = self.tr("Error: %1") if is_error else self.tr("Warning: %1")
            item = QListWidgetItem(
                self._error_icon if is_error else self._warning_icon, label.replace("%1", describe(problem))
            )
            item.setData(PROBLEM_ROLE, problem)
            item.setToolTip(self.tr("Click to go to the field"))
            self.list.addItem(item)
        self._set_compact(not problems)
        if not problems:
            self.summary.setText(self.tr("✓ Ready to publish: every check passed."))
        else:
            self.summary.setText(
                self.tr("%n error(s)", "", len(errors)) + " · " + self.tr("%n warning(s)", "", len(warnings))
            )

    def _set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.list.setVisible(not compact)
            self.compact_changed.emit(compact)

    def compact_height(self) -> int:
        """The height the pane needs with no findings to list."""
        layout = self.layout()
        margins = layout.contentsMargins()
        rows = (self.summary.sizeHint().height(), self.publish_button.sizeHint().height())
        return sum(rows) + layout.spacing() + margins.top() + margins.bottom()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(PROBLEM_ROLE)
        if isinstance(problem, Problem):
            self.problem_activated.emit(problem.field, problem.index)
