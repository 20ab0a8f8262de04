"""The application core for one library (no Qt): :class:`~editor.app.library.Library` owns the store, the
accounts, the CMS client pool and the outbox policy of one data folder; its operations return
:class:`~editor.app.changes.Changes` and announce them to the listeners (the CLI and the window call the
same operations). Importing this package is cheap: SQLAlchemy and httpx load when a library opens.
"""

from editor.app.changes import ChangeListeners, Changes

__all__ = ["ChangeListeners", "Changes"]
