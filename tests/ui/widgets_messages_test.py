"""The window's words for CMS and outbox errors: every code the core raises has a sentence in the
terminal's catalogue and in the window's (tr()), and both are filled completely."""

from __future__ import annotations

import ast
from pathlib import Path

import editor
from editor.cli import messages as cli_messages
from editor.messages import Message

EDITOR = Path(editor.__file__).parent
PARAMS = {
    "where": "https://news.example.org",
    "elsewhere": "https://elsewhere.example",
    "status": 403,
    "said": "Sorry, you are not allowed to do that.",
    "what": "upload:map.png",
    "retry_after": 7.0,
    "reason": "refused",
    "type": "ReadError",
    "kind": "",
    "seconds": 120.0,
    "count": 5,
    "megabytes": 16,
    "path": "/home/me/map.png",
    "name": "map.png",
    "post_id": "not-an-id",
    "username": "copydesk",
    "account": "newsroom",
    "op_id": 12,
    "state": "done",
    "backends": "PlaintextKeyring",
    "known": "newsroom, archive",
    "url": "ftp://news.example.org",
    "host": "news.example.org",
    "cms_kind": "drupal",
    "number": 1,
    "of": 2,
    "reference": "map.png",
    "folder": "/home/me/wire",
    "refusal": {"code": "wp_no_route", "params": {"what": "use_rest_api"}},
}


def _error_classes() -> set[str]:
    import editor.cms.accounts
    import editor.cms.ghost
    import editor.sync.publisher  # noqa: F401
    from editor.cms.errors import CmsError

    found, todo = set(), [CmsError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found | {"OutboxError"}


def _raised_codes() -> set[str]:
    """The first argument of every ``SomeError("code", params=...)`` and ``OutboxError("code", ...)`` in
    editor/cms and editor/sync."""
    classes = _error_classes()
    codes = set()
    for folder in ("cms", "sync"):
        for path in (EDITOR / folder).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in classes
                    and (node.func.id == "OutboxError" or any(kw.arg == "params" for kw in node.keywords))
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    codes.add(node.args[0].value)
    return codes


def test_every_raised_code_has_words_in_both_catalogues(qapp) -> None:
    from editor.ui.messages import _cms_templates, _pieces

    raised = _raised_codes()
    assert len(raised) > 50  # the scan found the clients' errors
    assert raised <= set(cli_messages.CMS_TEMPLATES), raised - set(cli_messages.CMS_TEMPLATES)
    assert set(_cms_templates()) == set(cli_messages.CMS_TEMPLATES)
    assert set(_pieces()) == set(cli_messages.PIECES)


def test_every_code_is_worded_completely_in_the_window_and_the_terminal(qapp) -> None:
    from editor.ui.messages import describe

    for code in cli_messages.CMS_TEMPLATES:
        for words in (describe(Message(code, PARAMS)), cli_messages.describe(Message(code, PARAMS))):
            assert words and code not in words and "{" not in words, (code, words)


def test_the_window_says_what_the_terminal_says(qapp) -> None:
    from editor.ui.messages import describe

    message = Message("wp_not_allowed", {"what": "create_post", "status": 403, "said": "No."})
    expected = (
        "The account is not allowed to create the post (403). The site said: No. Its WordPress role may "
        "be too low (Author or Editor is needed to publish)."
    )
    assert describe(message) == cli_messages.describe(message) == expected
