"""``copydesk account add|list|test|remove``: publishing accounts, passwords in the keyring only."""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from editor.cli import Context, UserError

Handler = Callable[[argparse.Namespace, Context], int]


def _user_errors(handler: Handler) -> Handler:
    """CMS and account failures are the user's to fix: one line, no traceback (and never a secret)."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace, ctx: Context) -> int:
        from editor.cms.errors import CmsError

        try:
            return handler(args, ctx)
        except CmsError as error:
            from editor.cli.messages import describe_error

            raise UserError(describe_error(error)) from None

    return wrapper


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    account = subparsers.add_parser(
        "account",
        parents=[common],
        help="manage publishing accounts",
        description="Manage publishing accounts.",
    )
    commands = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    add = commands.add_parser(
        "add",
        parents=[common],
        help="add a WordPress or Ghost account (its password or key goes to the system keyring)",
        description="Add a WordPress account (user + application password) or a Ghost account (an Admin "
        "API key, from Ghost's Settings → Integrations). The secret is read from a prompt, or from "
        "standard input with --password-stdin, and stored only in the system keyring.",
    )
    add.add_argument("name", help='a short name for the account, e.g. "newsroom"')
    add.add_argument(
        "--kind", choices=("wordpress", "ghost"), default="wordpress", help="the CMS (default wordpress)"
    )
    add.add_argument("--url", required=True, help="the site's address, e.g. https://news.example.org")
    add.add_argument("--user", default="", help="the WordPress user name (WordPress accounts only)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the application password (Ghost: the Admin API key) from stdin",
    )
    add.set_defaults(handler=cmd_add)

    listing = commands.add_parser("list", parents=[common], help="list the accounts (no passwords)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    test = commands.add_parser("test", parents=[common], help="log in and print the site name and user")
    test.add_argument("name")
    test.set_defaults(handler=cmd_test)

    remove = commands.add_parser("remove", parents=[common], help="forget an account and its stored password")
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_remove)


def _store(ctx: Context) -> Any:
    return ctx.library.accounts


def _read_password(args: argparse.Namespace) -> str:
    ghost = args.kind == "ghost"
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        prompt = "Admin API key: " if ghost else f"Application password for {args.user}: "
        try:
            password = getpass.getpass(prompt)
        except EOFError:
            password = ""
    if not password.strip():
        if ghost:
            raise UserError(
                "no Admin API key given (make one in Ghost: Settings → Integrations → Add custom)"
            )
        raise UserError("no application password given (create one in WordPress: Users → Profile)")
    return password


@_user_errors
def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    store = _store(ctx)
    from editor.cms.site_url import normalize_site_url

    normalize_site_url(args.url)  # refuse a bad address before asking for the password
    if args.kind == "wordpress" and not args.user.strip():
        raise UserError("a WordPress account needs --user (the user the application password belongs to)")
    if args.kind == "ghost" and args.user.strip():
        raise UserError("a Ghost account needs no --user: its Admin API key alone logs in")
    account = store.add(args.name, args.url, args.user, _read_password(args), args.kind)
    who = account.username or "Ghost Admin API key"
    print(f"Added account {account.name!r}: {who} at {account.url}", file=ctx.out)
    print(f"Check it with: copydesk account test {account.name}", file=ctx.out)
    return 0


@_user_errors
def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    accounts = _store(ctx).list()
    if args.json:
        data = [{"name": a.name, "url": a.url, "username": a.username, "kind": a.kind} for a in accounts]
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not accounts:
        print("No accounts yet. Add one with: copydesk account add NAME --url URL --user USER", file=ctx.out)
    for account in accounts:
        who = account.username if account.kind == "wordpress" else f"({account.kind})"
        print(f"{account.name}\t{who}\t{account.url}", file=ctx.out)
    return 0


@_user_errors
def cmd_test(args: argparse.Namespace, ctx: Context) -> int:
    with _store(ctx).client(args.name) as client:
        info = client.test()
    version = f" {info.cms_version}" if info.cms_version else ""
    print(f"Site: {info.name} ({info.url})", file=ctx.out)
    print(f"User: {info.user_name}", file=ctx.out)
    print(f"API:  {info.rest_base}", file=ctx.out)
    print(f"CMS:  {info.cms}{version}", file=ctx.out)
    return 0


@_user_errors
def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    _store(ctx).remove(args.name)
    if ctx.database_path.exists():  # never create a library just to clean it
        from editor.sync.site_cache import forget_site_cache

        forget_site_cache(ctx.store, args.name)
    print(f"Removed account {args.name!r} and its stored password.", file=ctx.out)
    return 0
