"""What the core says to people, as a code and parameters; the words are made where they are shown.

The outbox stores a :class:`Message` as JSON in ``outbox.last_error`` (no English in the database), and
``editor.cli.messages.describe`` / ``editor.ui.messages.describe`` (through ``tr()``) turn it into text.
Codes are stable identifiers; a new code needs a wording in both places (an unknown one is shown by
its code and parameters, never dropped).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Message:
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=True)

    def __bool__(self) -> bool:
        return bool(self.code)

    def to_json(self) -> str:
        """The stored form; "" for no message."""
        if not self.code:
            return ""
        return json.dumps({"code": self.code, "params": self.params}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_stored(cls, text: str | None) -> Message:
        """Read back :meth:`to_json`; a row written before messages had codes is kept as ``stored_text``."""
        if not text:
            return NO_MESSAGE
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("code"), str):
            params = data.get("params")
            return cls(data["code"], dict(params) if isinstance(params, dict) else {})
        return cls("stored_text", {"text": text})


NO_MESSAGE = Message("")
