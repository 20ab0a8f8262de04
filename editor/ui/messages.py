"""The window's words for the core's messages (editor.messages), through ``tr()``.

Same codes as editor.cli.messages; the wording of a CMS error is the client's (its ``text`` parameter).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.messages import Message, fill


def _pieces() -> dict[str, str]:
    return {
        "said": QCoreApplication.translate("Messages", " The site said: {said}"),
        "ghost_said": QCoreApplication.translate("Messages", " Ghost said: {said}"),
        "wait": QCoreApplication.translate("Messages", " It asks to wait {seconds:.0f} s."),
        "unknown_type": QCoreApplication.translate("Messages", "unknown type"),
        "refusal": QCoreApplication.translate("Messages", " ({text})"),
        "reason:refused": QCoreApplication.translate(
            "Messages", "connection refused: nothing is listening there"
        ),
        "reason:no_such_host": QCoreApplication.translate("Messages", "no such host name"),
        "reason:unreachable": QCoreApplication.translate("Messages", "network unreachable"),
        "what:log_in": QCoreApplication.translate("Messages", "log in"),
        "what:create_post": QCoreApplication.translate("Messages", "create the post"),
        "what:update_post": QCoreApplication.translate("Messages", "update the post"),
        "what:read_post": QCoreApplication.translate("Messages", "read the post"),
        "what:find_post": QCoreApplication.translate("Messages", "look for the post"),
        "what:search_posts": QCoreApplication.translate("Messages", "search the site's posts"),
        "what:search": QCoreApplication.translate("Messages", "search"),
        "what:find_upload": QCoreApplication.translate("Messages", "look for an earlier upload"),
        "what:read_image": QCoreApplication.translate("Messages", "read the image"),
        "what:upload": QCoreApplication.translate("Messages", "upload {subject}"),
        "what:read_terms": QCoreApplication.translate("Messages", "read {subject}"),
        "what:terms": QCoreApplication.translate("Messages", "{subject}"),
        "what:look_up": QCoreApplication.translate("Messages", "look up {subject!r}"),
        "what:create_category": QCoreApplication.translate("Messages", "create the category {subject!r}"),
        "what:create_tag": QCoreApplication.translate("Messages", "create the tag {subject!r}"),
        "what:use_rest_api": QCoreApplication.translate("Messages", "use the REST API"),
    }


def _cms_templates() -> dict[str, str]:
    return {
        # talking to a site
        "connect_timeout": QCoreApplication.translate(
            "Messages", "Could not connect to {where} in time. Check the address and the network."
        ),
        "answer_timeout": QCoreApplication.translate(
            "Messages",
            "{where} did not answer in time. The request may still have been carried out on the site.",
        ),
        "tls_unverified": QCoreApplication.translate(
            "Messages",
            "The HTTPS certificate of {where} could not be verified, so Copydesk did not send anything. "
            "If the site uses a self-signed or expired certificate, its administrator must fix it.",
        ),
        "connect_failed": QCoreApplication.translate(
            "Messages",
            "Could not connect to {where} ({reason}). Check the address, your network, "
            "and whether the site is up.",
        ),
        "connection_broke": QCoreApplication.translate(
            "Messages",
            "The connection to {where} broke before an answer came back. "
            "The request may have been carried out on the site.",
        ),
        "unusable_address": QCoreApplication.translate("Messages", "{where} is not a usable web address."),
        "talk_failed": QCoreApplication.translate("Messages", "Talking to {where} failed ({type})."),
        "deadline_passed": QCoreApplication.translate(
            "Messages",
            "{where} took longer than {seconds:.0f} s to answer in all, so Copydesk stopped "
            "waiting. The request may still have been carried out on the site.",
        ),
        "too_many_redirects": QCoreApplication.translate(
            "Messages", "{where} redirected Copydesk more than {count} times."
        ),
        # WordPress's answers
        "wp_redirected_away": QCoreApplication.translate(
            "Messages",
            "{where} sent Copydesk on to another address ({elsewhere}); Copydesk does not send the "
            "password anywhere but the account's own site. If the site has moved there, change the "
            "account's address.",
        ),
        "wp_answer_too_large": QCoreApplication.translate(
            "Messages",
            "The answer from {where} was larger than {megabytes} MB, far more "
            "than WordPress sends; Copydesk stopped reading it. A plugin, cache or proxy may be "
            "sending something else.",
        ),
        "wp_rest_silent": QCoreApplication.translate(
            "Messages",
            "{where} looks like WordPress, but its REST API does not answer{refusal_part}. A plugin "
            "(e.g. one that disables the REST API), a firewall or the host may be blocking it; ask the "
            "site's administrator to allow it for logged-in users.",
        ),
        "no_wordpress": QCoreApplication.translate(
            "Messages",
            "No WordPress REST API found at {where}. Check the address: it should be the "
            "site's home page, e.g. https://news.example.org.",
        ),
        "wp_no_posts_api": QCoreApplication.translate(
            "Messages",
            "The REST API of {where} does not offer posts (wp/v2 is missing); a plugin may have removed it.",
        ),
        "wp_who_unknown": QCoreApplication.translate(
            "Messages",
            "{where} did not say who is logged in (its answer to users/me is not a WordPress "
            "user seen with its own login), so the account was not confirmed.",
        ),
        "wp_not_a_post": QCoreApplication.translate(
            "Messages", "The site's answer did not describe a post (no id)."
        ),
        "wp_rate_limited": QCoreApplication.translate(
            "Messages", "The site is limiting requests (429) and refused to {what}.{wait_part}"
        ),
        "wp_refused": QCoreApplication.translate(
            "Messages", "The site refused to {what} ({status}).{said_part}"
        ),
        "wp_server_error": QCoreApplication.translate(
            "Messages", "The site had an internal error ({status}) and could not {what}.{said_part}"
        ),
        "wp_timed_out": QCoreApplication.translate(
            "Messages", "The site timed out (408) and did not {what}."
        ),
        "wp_login_refused": QCoreApplication.translate(
            "Messages", "The site refused the login (401) when trying to {what}.{said_part}"
        ),
        "wp_rest_blocked": QCoreApplication.translate(
            "Messages",
            "The server refused access (403) to its REST API when trying to {what}; a security plugin "
            "or firewall may be blocking it. Ask the site's administrator to allow the REST API.",
        ),
        "wp_not_allowed": QCoreApplication.translate(
            "Messages",
            "The account is not allowed to {what} (403).{said_part} Its WordPress role may be too low "
            "(Author or Editor is needed to publish).",
        ),
        "wp_no_route": QCoreApplication.translate(
            "Messages", "The site's REST API has no route to {what} (disabled by a plugin?)."
        ),
        "wp_not_found": QCoreApplication.translate(
            "Messages", "The site could not find what was needed to {what} ({status}).{said_part}"
        ),
        "wp_not_json_error": QCoreApplication.translate(
            "Messages", "The site answered {status} with something other than JSON to {what}."
        ),
        "wp_not_json": QCoreApplication.translate(
            "Messages",
            "The site's answer to {what} was not WordPress JSON ({kind}); a plugin, cache or proxy may "
            "be changing it.",
        ),
        "wp_not_a_list": QCoreApplication.translate(
            "Messages", "The site's answer to {what} was not a WordPress list."
        ),
        "wp_wrong_password": QCoreApplication.translate(
            "Messages",
            "{where} did not accept user {username!r} with this application password. "
            "Check the user name, and create a new application password in WordPress under "
            "Users → Profile → Application Passwords (the normal login password does not work here).",
        ),
        "wp_authorization_stripped": QCoreApplication.translate(
            "Messages",
            "The user name and application password are right, but the web server of {where} "
            "removes the Authorization header before WordPress sees it. Ask the administrator to pass "
            'it on: for Apache add "CGIPassAuth On" (or "SetEnvIf Authorization .+ '
            "HTTP_AUTHORIZATION=$0\") to the site's .htaccess; for nginx + PHP-FPM pass "
            "HTTP_AUTHORIZATION to PHP.",
        ),
        "wp_login_not_accepted": QCoreApplication.translate(
            "Messages",
            "{where} did not accept the login. Either the user name or application password is wrong, "
            'or the web server removes the Authorization header (for Apache: "CGIPassAuth On" in .htaccess).',
        ),
        # Ghost's answers
        "ghost_rate_limited": QCoreApplication.translate(
            "Messages", "Ghost is limiting requests (429) and refused to {what}.{wait_part}{ghost_said_part}"
        ),
        "ghost_server_error": QCoreApplication.translate(
            "Messages", "Ghost had an internal error ({status}) and could not {what}.{ghost_said_part}"
        ),
        "ghost_not_ghost_error": QCoreApplication.translate(
            "Messages", "{where} answered {status} to {what}, but not as Ghost does; check the address."
        ),
        "ghost_key_refused": QCoreApplication.translate(
            "Messages",
            "Ghost refused the Admin API key ({status}) when trying to {what}.{ghost_said_part} The key may "
            "have been regenerated or its integration deleted: copy the current one from Settings → "
            "Integrations and add the account again.",
        ),
        "ghost_not_allowed": QCoreApplication.translate(
            "Messages", "The Admin API key may not {what} (403).{ghost_said_part}"
        ),
        "ghost_not_found": QCoreApplication.translate(
            "Messages", "Ghost could not find what was needed to {what} (404).{ghost_said_part}"
        ),
        "ghost_refused": QCoreApplication.translate(
            "Messages", "Ghost refused to {what} ({status}).{ghost_said_part}"
        ),
        "ghost_redirected_away": QCoreApplication.translate(
            "Messages",
            "{where} sent Copydesk on to another address ({elsewhere}); "
            "Copydesk does not send the key anywhere but the account's own site. If the "
            "site has moved there, change the account's address.",
        ),
        "ghost_answer_too_large": QCoreApplication.translate(
            "Messages",
            "The answer from {where} was larger than {megabytes} MB, far more "
            "than Ghost sends; Copydesk stopped reading it.",
        ),
        "ghost_not_json": QCoreApplication.translate(
            "Messages",
            "The answer of {where} to {what} was not Ghost's JSON ({kind}); a proxy or "
            "another program may be answering at that address.",
        ),
        "no_ghost": QCoreApplication.translate(
            "Messages",
            "No Ghost Admin API found at {where}. Check the address: it should be the "
            "site's home page, e.g. https://news.example.org (for WordPress, add a WordPress account).",
        ),
        "ghost_not_posts": QCoreApplication.translate(
            "Messages", "The answer of {where} did not list Ghost posts."
        ),
        "ghost_not_a_post": QCoreApplication.translate(
            "Messages", "Ghost's answer to {what} did not describe a post."
        ),
        "ghost_no_image_address": QCoreApplication.translate(
            "Messages", "Ghost's answer to the upload of {name} did not give the image's address."
        ),
        "not_a_ghost_id": QCoreApplication.translate(
            "Messages", "{post_id!r} is not a Ghost post id (24 hex digits)."
        ),
        # accounts and addresses
        "no_keyring": QCoreApplication.translate(
            "Messages",
            "No system keyring is available ({reason}); Copydesk will not store the password anywhere else. "
            "Start your desktop's keyring (GNOME Keyring, KWallet) and unlock it, then try again.",
        ),
        "insecure_keyring": QCoreApplication.translate(
            "Messages",
            "No system keyring is available (only {backends}); Copydesk will not store the password anywhere "
            "else. Start your desktop's keyring (GNOME Keyring, KWallet) and unlock it, then try again.",
        ),
        "bad_account_name": QCoreApplication.translate(
            "Messages", 'An account name must be 1 to 64 printable characters, e.g. "newsroom".'
        ),
        "accounts_unreadable": QCoreApplication.translate(
            "Messages", "The account list {path} is unreadable ({type})."
        ),
        "no_such_account": QCoreApplication.translate(
            "Messages", "No account named {name!r} (accounts: {known})."
        ),
        "no_account_yet": QCoreApplication.translate(
            "Messages", "No account named {name!r} (accounts: none yet)."
        ),
        "unknown_kind": QCoreApplication.translate(
            "Messages", "Unknown kind of CMS {cms_kind!r} (known: {known})."
        ),
        "username_missing": QCoreApplication.translate(
            "Messages", "Give the WordPress user name the application password belongs to."
        ),
        "password_empty": QCoreApplication.translate("Messages", "The application password is empty."),
        "admin_key_empty": QCoreApplication.translate("Messages", "The Admin API key is empty."),
        "account_exists": QCoreApplication.translate(
            "Messages", "There is already an account named {name!r}; remove it first."
        ),
        "password_not_in_keyring": QCoreApplication.translate(
            "Messages",
            "The keyring has no password for account {name!r} (was it deleted there?). "
            "Remove the account and add it again.",
        ),
        "account_kind_unknown": QCoreApplication.translate(
            "Messages", "Account {name!r} is of a kind this Copydesk does not know ({cms_kind!r})."
        ),
        "address_missing": QCoreApplication.translate(
            "Messages", "Give the address of the site, e.g. https://news.example.org."
        ),
        "address_invalid": QCoreApplication.translate("Messages", "{url!r} is not a valid web address."),
        "address_not_web": QCoreApplication.translate(
            "Messages", "{url!r} is not a web address (it must start with https://)."
        ),
        "credentials_in_address": QCoreApplication.translate(
            "Messages", "Do not put a user name or password in the address; give them separately."
        ),
        "https_required": QCoreApplication.translate(
            "Messages",
            "Copydesk only connects to {host} over HTTPS (https://{host}...), because the application "
            "password would otherwise travel unencrypted. Plain http is only allowed for this computer.",
        ),
        "not_an_admin_key": QCoreApplication.translate(
            "Messages",
            "That is not a Ghost Admin API key: it looks like 24 hex digits, a colon and 64 more "
            "(Ghost: Settings → Integrations → your integration → Admin API key).",
        ),
        # the outbox
        "being_sent": QCoreApplication.translate(
            "Messages", "The article is being sent right now; try again in a moment."
        ),
        "published_elsewhere": QCoreApplication.translate(
            "Messages",
            "This article is already published on account {account!r}; "
            "publish it there or pull a copy for the other account.",
        ),
        "never_published": QCoreApplication.translate(
            "Messages", "This article has not been published, so there is nothing to unpublish."
        ),
        "no_operation": QCoreApplication.translate("Messages", "No outbox operation {op_id}."),
        "not_retryable": QCoreApplication.translate(
            "Messages", "Only failed or waiting operations can be retried (this one is {state})."
        ),
        "cannot_cancel_sending": QCoreApplication.translate(
            "Messages", "This operation is being sent right now and cannot be cancelled."
        ),
        "not_bound": QCoreApplication.translate("Messages", "This article is not bound to a post."),
        "not_bound_publish": QCoreApplication.translate(
            "Messages", "This article is not bound to a post: publish it as usual."
        ),
        "post_still_there": QCoreApplication.translate(
            "Messages", "The post is still on the site: publishing again updates it."
        ),
        "not_bound_here": QCoreApplication.translate(
            "Messages", "This article is not bound to a post on that account: nothing to unpublish."
        ),
        "no_conflict": QCoreApplication.translate("Messages", "This article has no conflict to resolve."),
        "not_bound_any_more": QCoreApplication.translate(
            "Messages", "This article is not bound to a post any more."
        ),
        "no_post_id": QCoreApplication.translate(
            "Messages", "The site's answer did not say which post it was."
        ),
        "upload_image_file_url": QCoreApplication.translate(
            "Messages",
            "“{reference}” is a file: address that came with the imported file; Copydesk never "
            "uploads one. Put the picture in {folder} and name it by its file name, or insert it with "
            "Insert Image (or choose it as the featured image).",
        ),
        "upload_image_outside_folder": QCoreApplication.translate(
            "Messages",
            "“{reference}” lies outside {folder}, the folder of the imported file, so it is "
            "not uploaded. Move the picture into that folder, or insert it with Insert Image (or choose it "
            "as the featured image).",
        ),
        "upload_image_not_placed": QCoreApplication.translate(
            "Messages",
            "“{reference}” was typed, not put in through the window, so it is not uploaded: insert it with "
            "Insert Image (or choose it as the featured image).",
        ),
        # progress of a publish
        "uploading": QCoreApplication.translate("Messages", "Uploading {name} ({number} of {of})"),
        "sending_post": QCoreApplication.translate("Messages", "Sending the post"),
        # images
        "image_gone": QCoreApplication.translate(
            "Messages", "The image {path} is not on this computer any more (moved or deleted?)."
        ),
        "image_missing": QCoreApplication.translate(
            "Messages", "The image {path} does not exist (moved or deleted?)."
        ),
        "not_an_image": QCoreApplication.translate(
            "Messages",
            "{path} is not an image file (its contents are not PNG, JPEG, GIF, WebP or AVIF), so Copydesk "
            "does not put it on the site. Remove it from the article, or insert the right picture.",
        ),
    }


def describe_error(error: BaseException) -> str:
    """The one line for a CMS or outbox error (they carry ``key`` and ``params``)."""
    return describe(Message(str(getattr(error, "key", "")), dict(getattr(error, "params", {})))) or str(error)


def describe(message: Message) -> str:
    """The sentence for ``message`` ("" for no message)."""
    code, params = message.code, message.params
    if not code:
        return ""
    templates = _cms_templates()
    if code in templates:
        return fill(templates[code], params, _pieces(), describe)
    if "text" in params and code not in ("internal_error",):
        return str(params["text"])
    if code == "conflict":
        changed = ", ".join(str(name) for name in params.get("changed_fields") or ())
        text = QCoreApplication.translate(
            "Messages",
            "The post was edited on the site (changed %1 UTC; Copydesk last saw %2). Nothing was sent: "
            "choose keep mine, take theirs or cancel.",
        )
        text = text.replace(
            "%1", str(params.get("remote_version") or QCoreApplication.translate("Messages", "recently"))
        )
        text = text.replace(
            "%2", str(params.get("expected") or QCoreApplication.translate("Messages", "no version"))
        )
        return text + (
            QCoreApplication.translate("Messages", " Changed there: %1.").replace("%1", changed)
            if changed
            else ""
        )
    if code == "post_deleted":
        return QCoreApplication.translate(
            "Messages",
            "The post (id %1) was deleted on the site: publish the article as a new post or unbind it.",
        ).replace("%1", str(params.get("post_id")))
    if code == "replaced":
        return QCoreApplication.translate("Messages", "replaced by a newer request")
    if code == "interrupted_replaced":
        return QCoreApplication.translate("Messages", "interrupted; replaced by a newer request")
    if code == "post_gone":
        return QCoreApplication.translate("Messages", "the post was deleted on the site")
    if code == "edited_while_sending":
        return QCoreApplication.translate("Messages", "edited while sending: changed since publish")
    if code == "internal_error":
        return (
            QCoreApplication.translate("Messages", "internal error (%1): %2")
            .replace("%1", str(params.get("type")))
            .replace("%2", str(params.get("text")))
        )
    return f"{code} {params}" if params else code
