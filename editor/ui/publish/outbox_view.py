"""The outbox view: every queued, failed or conflicting operation, with Retry, Cancel and Retry now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.sync import outbox
from editor.ui.messages import describe

if TYPE_CHECKING:
    from editor.app.changes import Changes
    from editor.ui.bridge import ChangeBridge
    from editor.ui.publish.controller import PublishingController

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxDialog", "Article"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Action"),
    QT_TRANSLATE_NOOP("OutboxDialog", "State"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Next try"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Last error"),
)
# What the outbox's actions and states are called in the window (the values are the store's codes).
ACTION_NAMES = {
    outbox.Action.PUBLISH: QT_TRANSLATE_NOOP("OutboxDialog", "publish"),
    outbox.Action.UNPUBLISH: QT_TRANSLATE_NOOP("OutboxDialog", "unpublish"),
}
STATE_NAMES = {
    outbox.OpState.PENDING: QT_TRANSLATE_NOOP("OutboxDialog", "waiting"),
    outbox.OpState.SENDING: QT_TRANSLATE_NOOP("OutboxDialog", "sending"),
    outbox.OpState.DONE: QT_TRANSLATE_NOOP("OutboxDialog", "done"),
    outbox.OpState.FAILED: QT_TRANSLATE_NOOP("OutboxDialog", "failed"),
    outbox.OpState.CONFLICT: QT_TRANSLATE_NOOP("OutboxDialog", "conflict"),
    outbox.OpState.CANCELLED: QT_TRANSLATE_NOOP("OutboxDialog", "cancelled"),
}


class OutboxDialog(QDialog):
    def __init__(
        self, controller: PublishingController, bridge: ChangeBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_dialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.controller = controller
        self.operations: list[outbox.Operation] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = buttons.addButton(self.tr("Retry"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_op_button = buttons.addButton(
            self.tr("Cancel operation"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sync_button = buttons.addButton(self.tr("Retry now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(lambda: self._act(controller.retry))
        self.cancel_op_button.clicked.connect(lambda: self._act(controller.cancel))
        self.sync_button.clicked.connect(controller.retry_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 360)
        bridge.library_changed.connect(self._on_library_changed)
        self.refresh()

    def _on_library_changed(self, changes: Changes) -> None:
        if changes.outbox or changes.elsewhere:
            self.refresh()

    def refresh(self) -> None:
        store = self.controller.store
        if store is None:
            return
        self.controller.tasks.run_query(
            lambda: outbox.operations(store, states=outbox.OPEN_STATES),
            success=self.show_operations,
            label="outbox list",
        )

    def show_operations(self, operations: list[outbox.Operation]) -> None:
        self.operations = operations
        self.table.setRowCount(len(operations))
        for row, op in enumerate(operations):
            next_try = op.next_attempt_at.astimezone().strftime("%H:%M:%S") if op.state == "pending" else ""
            values = (
                op.headline,
                self.tr(ACTION_NAMES.get(op.action, op.action.value)),
                self.tr(STATE_NAMES.get(op.state, op.state.value)),
                str(op.attempts),
                next_try,
                describe(op.last_error),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> outbox.Operation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.operations[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        op = self.selected()
        self.retry_button.setEnabled(
            op is not None and op.state in (outbox.OpState.FAILED, outbox.OpState.PENDING)
        )
        self.cancel_op_button.setEnabled(op is not None and op.state != outbox.OpState.SENDING)

    def _act(self, action: Any) -> None:
        op = self.selected()
        if op is not None:
            action(op.id)
