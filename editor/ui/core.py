"""What one Copydesk process shares between its windows: the :class:`~editor.app.library.Library`, the
one task runner, the change bridge and the one outbox drain. Made by ``editor.ui.app`` (and by tests);
windows are views over it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.app.library import Library
from editor.ui.bridge import ChangeBridge
from editor.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from editor.ui.publish.drain import OutboxDrain


class AppCore(QObject):
    """The library of one data folder with its runner, bridge and (once publishing is installed) drain."""

    def __init__(
        self,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """``clock``: "now" for the store (tests pass one they move by hand)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = Library(data_dir, clock=clock)
        self.tasks = TaskRunner(self)
        self.bridge = ChangeBridge(self.library, self)
        self.drain: OutboxDrain | None = None

    def outbox_drain(self, **options: int) -> OutboxDrain:
        """The one outbox drain, made on first use (``interval_ms``: how often it looks)."""
        if self.drain is None:
            from editor.ui.publish.drain import OutboxDrain

            self.drain = OutboxDrain(self.library, self.tasks, self.bridge, self, **options)
        return self.drain

    def shutdown(self) -> None:
        """After the event loop ended: stop the drain, let the workers finish, close the database."""
        if self.drain is not None:
            self.drain.shutdown()
        self.tasks.wait_for_workers(5000)
        self.bridge.detach()
        self.library.close()
