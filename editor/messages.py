"""What the core says to people, as a code and parameters; the words are made where they are shown.

The outbox stores a :class:`Message` as JSON in ``outbox.last_error`` (no English in the database), and
``editor.cli.messages.describe`` / ``editor.ui.messages.describe`` (through ``tr()``) turn it into text.
Codes are stable identifiers; a new code needs a wording in both places (an unknown one is shown by
its code and parameters, never dropped).
"""

from __future__ import annotations

import json
from collections.abc import Callable
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


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(
    template: str, params: dict[str, Any], pieces: dict[str, str], describe: Callable[[Message], str]
) -> str:
    """``template`` with ``params`` put in, for a catalogue (editor.cli.messages, editor.ui.messages).

    ``pieces`` are that catalogue's words for the parts a CMS error's sentence is built from: the action
    (``what`` is an action code, or ``code:subject`` for one that names a thing, e.g. ``upload:a.png``),
    the server's own words (``said``: "The site said: …", "Ghost said: …", empty when it said nothing),
    how long it asked to wait (``retry_after``), why a connection failed (``reason``) and an unnamed
    content type (``kind``), and the error an error was found after (``refusal``: a stored message, worded
    by ``describe``).
    """
    values = _KeepMissing({name: "" if value is None else value for name, value in params.items()})
    if "what" in params:
        action, _, subject = str(params["what"]).partition(":")
        values["what"] = pieces.get("what:" + action, action).format_map(_KeepMissing(subject=subject))
    said = str(params.get("said") or "")
    values["said_part"] = pieces["said"].format(said=said) if said else ""
    values["ghost_said_part"] = pieces["ghost_said"].format(said=said) if said else ""
    wait = params.get("retry_after")
    values["wait_part"] = pieces["wait"].format(seconds=wait) if isinstance(wait, int | float) else ""
    if "reason" in params:
        values["reason"] = pieces.get("reason:" + str(params["reason"]), str(params["reason"]))
    refusal = params.get("refusal")
    values["refusal_part"] = (
        pieces["refusal"].format(text=describe(Message.from_stored(json.dumps(refusal))))
        if isinstance(refusal, dict)
        else ""
    )
    if "kind" in params and not params["kind"]:
        values["kind"] = pieces["unknown_type"]
    return template.format_map(values)
