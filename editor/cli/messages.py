"""The CLI's words for the core's messages (editor.messages): one sentence per code.

The window has its own, translatable, wording (editor.ui.messages); both cover the same codes.
"""

from __future__ import annotations

from editor.messages import Message

_CMS_ERRORS = frozenset(
    {
        "cms_error",
        "connection_failed",
        "timeout",
        "server_error",
        "rate_limited",
        "auth_failed",
        "not_the_cms",
        "api_disabled",
        "tls_error",
        "insecure_url",
        "not_found",
        "rejected",
        "bad_response",
        "redirected_away",
        "not_an_image",
        "missing_media",
        "account_error",
        "keyring_unavailable",
        "error_text",
        "stored_text",
    }
)


def conflict_text(params: dict) -> str:
    changed = [str(name) for name in params.get("changed_fields") or ()]
    named = f" Changed there: {', '.join(changed)}." if changed else ""
    return (
        f"The post was edited on the site (changed {params.get('remote_version') or 'recently'} UTC; "
        f"Copydesk last saw {params.get('expected') or 'no version'}).{named} Nothing was sent: choose "
        "keep mine, take theirs or cancel."
    )


def describe(message: Message) -> str:
    """The sentence for ``message`` ("" for no message)."""
    code, params = message.code, message.params
    if not code:
        return ""
    if code in _CMS_ERRORS:
        return str(params.get("text") or code)
    if code == "conflict":
        return conflict_text(params)
    if code == "post_deleted":
        return (
            f"The post (id {params.get('post_id')}) was deleted on the site: publish the article as a new "
            "post or unbind it."
        )
    if code == "replaced":
        return "replaced by a newer request"
    if code == "interrupted_replaced":
        return "interrupted; replaced by a newer request"
    if code == "post_gone":
        return "the post was deleted on the site"
    if code == "edited_while_sending":
        return "edited while sending: changed since publish"
    if code == "internal_error":
        return f"internal error ({params.get('type')}): {params.get('text')}"
    return f"{code} {params}" if params else code
