"""The one error importers raise: a message a journalist can read, on one line."""

from __future__ import annotations


class ImportFailed(Exception):
    """An article file could not be read; ``str(error)`` is one line naming the file and, when known,
    the line at fault (e.g. ``story.md, line 4: unknown source kind 'wire'``)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
