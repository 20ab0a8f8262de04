"""Spelling dictionaries wait while the window opens.

Loading a dictionary is ~0.2 s of CPU spent mostly inside single C calls (``json.loads`` of a few
megabytes) that hold the GIL throughout, so a load running on a worker while the window builds itself
stalls the GUI thread for as long. The main window holds loads from the moment it builds the form until
the story left open is on screen and the library is open; loads asked for meanwhile start then, in order.
"""

from __future__ import annotations

from collections.abc import Callable

_holds = 0
_waiting: list[Callable[[], None]] = []


def hold() -> None:
    """Make :func:`when_allowed` queue loads until the matching :func:`release`."""
    global _holds
    _holds += 1


def release() -> None:
    """End one :func:`hold`; after the last, start the loads queued meanwhile."""
    global _holds
    _holds = max(0, _holds - 1)
    while not _holds and _waiting:
        _waiting.pop(0)()


def when_allowed(start: Callable[[], None]) -> None:
    """Call ``start`` (which begins a dictionary load) now, or once no window holds loads."""
    if _holds:
        _waiting.append(start)
    else:
        start()
