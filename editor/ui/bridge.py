"""The one bridge from the core's change announcements to Qt: ``library_changed(Changes)`` on the GUI
thread, whichever thread the operation ran on (the change worker, the outbox drain, the GUI itself).

Views connect to :attr:`ChangeBridge.library_changed` and redraw what the :class:`Changes` name; nothing
else refreshes them by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from editor.app.changes import Changes
    from editor.app.library import Library


class ChangeBridge(QObject):
    """Re-emits a library's :class:`Changes` as one signal, always queued to the GUI thread (so a view
    never redraws in the middle of the operation that announced)."""

    library_changed = Signal(object)  # Changes
    _announced = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announced.connect(self.library_changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = library.subscribe(self._on_announced)
        self.destroyed.connect(self._unsubscribe)

    def _on_announced(self, changes: Changes) -> None:
        self._announced.emit(changes)

    def detach(self) -> None:
        """Stop listening (the library is closing)."""
        self._unsubscribe()
