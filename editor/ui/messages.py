"""The window's words for the core's messages (editor.messages), through ``tr()``.

Same codes as editor.cli.messages; the wording of a CMS error is the client's (its ``text`` parameter).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.messages import Message

_CONTEXT = "Messages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def describe(message: Message) -> str:
    """The sentence for ``message`` ("" for no message)."""
    code, params = message.code, message.params
    if not code:
        return ""
    if "text" in params and code not in ("internal_error",):
        return str(params["text"])
    if code == "conflict":
        changed = ", ".join(str(name) for name in params.get("changed_fields") or ())
        text = _tr(
            "The post was edited on the site (changed %1 UTC; Copydesk last saw %2). Nothing was sent: "
            "choose keep mine, take theirs or cancel."
        )
        text = text.replace("%1", str(params.get("remote_version") or _tr("recently")))
        text = text.replace("%2", str(params.get("expected") or _tr("no version")))
        return text + (_tr(" Changed there: %1.").replace("%1", changed) if changed else "")
    if code == "post_deleted":
        return _tr(
            "The post (id %1) was deleted on the site: publish the article as a new post or unbind it."
        ).replace("%1", str(params.get("post_id")))
    if code == "replaced":
        return _tr("replaced by a newer request")
    if code == "interrupted_replaced":
        return _tr("interrupted; replaced by a newer request")
    if code == "post_gone":
        return _tr("the post was deleted on the site")
    if code == "edited_while_sending":
        return _tr("edited while sending: changed since publish")
    if code == "internal_error":
        return (
            _tr("internal error (%1): %2")
            .replace("%1", str(params.get("type")))
            .replace("%2", str(params.get("text")))
        )
    return f"{code} {params}" if params else code
