"""Where the body editor's background work runs: the application's TaskRunner (``editor.ui.tasks``).

The main window hands its runner to the form (``ArticleForm.set_task_runner``); a widget used on its
own (the ``__main__`` harnesses, tests) shares one default runner that lives as long as the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from editor.ui.tasks import TaskRunner

_default_runner: TaskRunner | None = None


def default_runner() -> TaskRunner:
    global _default_runner
    if _default_runner is None or not isValid(_default_runner):  # none yet, or its app has ended
        _default_runner = TaskRunner(QCoreApplication.instance())
    return _default_runner
