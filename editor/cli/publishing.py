"""Publishing subcommands: publish, sync, status, unpublish, pull, resolve, outbox.

``copydesk publish ID`` runs the pre-publish checklist, queues the article in the outbox and sends that
operation at once, waiting a few seconds at most for a short outage or a ``Retry-After``.

Exit codes: 0 when the article is on the site, and ALSO when it is durably queued because the site could
not be reached (the message starts with "Queued:" and says to run ``copydesk sync`` later): nothing is
lost and nothing is wrong with the article, the network is. 1 for checklist errors, a permanent refusal
by the site (bad password, invalid field...) and a conflict, each with a one-line reason.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from editor.article import local_time_text, post_id, scheduled_for
from editor.cli import Context, UserError
from editor.cli.messages import describe

Handler = Callable[[argparse.Namespace, Context], int]
PUBLISH_WAIT_SECONDS = 5.0


def _user_errors(handler: Handler) -> Handler:
    """Outbox and CMS failures are the user's to act on: one line, no traceback (never a secret)."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace, ctx: Context) -> int:
        from editor.cms.errors import CmsError
        from editor.sync.outbox import OutboxError

        try:
            return handler(args, ctx)
        except (CmsError, OutboxError) as error:
            from editor.cli.messages import describe_error

            raise UserError(describe_error(error)) from None

    return wrapper


def _percent(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share from 1 to 100")
    return value


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.set_defaults(handler=_user_errors(handler))
        return parser

    p = command("publish", cmd_publish, "check, queue and send an article to the CMS; prints the post URL")
    p.add_argument("id")
    p.add_argument("--account", help="account to publish to (default: the article's, or the only one)")
    p.add_argument(
        "--reuse-threshold",
        type=_percent,
        default=80,
        metavar="PERCENT",
        help="share of the body verbatim from agency copy above which the credit line must name the agency"
        " (default 80)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=PUBLISH_WAIT_SECONDS,
        metavar="SECONDS",
        help=f"keep retrying a failing site this long before leaving it queued ({PUBLISH_WAIT_SECONDS:g})",
    )

    p = command("sync", cmd_sync, "send everything queued that is due; one line per operation")
    p.add_argument(
        "--wait", type=float, default=0.0, metavar="SECONDS", help="also wait for retries due soon"
    )

    p = command("status", cmd_status, "an article's publishing state: local status, post, outbox")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = command("unpublish", cmd_unpublish, "take an article's post off the site (it becomes a draft there)")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command("pull", cmd_pull, "copy a post from the site into a new local article; prints its id")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("post_id", metavar="POST_ID", type=post_id)

    p = command(
        "resolve",
        cmd_resolve,
        "settle a conflict: keep-mine (overwrite the site), take-theirs, cancel; "
        "a post deleted on the site: publish-new, unbind",
    )
    p.add_argument("id")
    p.add_argument("choice", choices=("keep-mine", "take-theirs", "cancel", "publish-new", "unbind"))

    p = command("outbox", cmd_outbox, "list the outbox (newest first); --retry OP sends a failed one again")
    p.add_argument("--all", action="store_true", help="include done and cancelled operations")
    p.add_argument("--retry", metavar="OP", help="retry a failed operation now")
    p.add_argument("--cancel", metavar="OP", help="withdraw an operation that is not being sent")
    p.add_argument("--json", action="store_true")


# --- helpers -----------------------------------------------------------------------------------------


def _accounts(ctx: Context) -> Any:
    return ctx.library.accounts


def choose_account(accounts: Any, article: Any, requested: str | None) -> str:
    """--account, else the account the article is bound to, else the only account there is."""
    if requested:
        return accounts.get(requested).name
    if article.remote is not None:
        return article.remote.account
    names = [account.name for account in accounts.list()]
    if not names:
        raise UserError(
            "No publishing account yet: add one with `copydesk account add NAME --url URL --user USER`."
        )
    if len(names) > 1:
        raise UserError(f"Several accounts ({', '.join(names)}): choose one with --account NAME.")
    return names[0]


def _clock_text(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M:%S") if moment else "?"


def _outcome_line(outcome: Any) -> str:
    from editor.sync.gone import says_post_is_gone
    from editor.sync.worker import Result

    what = f"{outcome.result.value:<11} {outcome.headline or outcome.article_id}"
    if outcome.result in (Result.PUBLISHED, Result.UPDATED, Result.UNPUBLISHED):
        return f"{what}  {outcome.url}"
    if outcome.result == Result.RETRYING:
        return f"{what}  ({describe(outcome.message)}; next try at {_clock_text(outcome.next_attempt_at)})"
    if says_post_is_gone(outcome.message):
        return f"{what}  ({describe(outcome.message)} {_ways_forward(outcome.article_id)})"
    return f"{what}  ({describe(outcome.message)})"


def _send_now(ctx: Context, op: Any, wait: float) -> Any:
    """Send one queued operation in the foreground; the last outcome of its attempts."""
    report, _next_due = ctx.library.drain(warm=False, only={op.id}, max_wait=max(wait, 0.0))
    return report.outcomes[-1] if report.outcomes else None


def _ways_forward(article_id: str) -> str:
    """What to run once the article's post was deleted on the site."""
    return (
        f"Run `copydesk resolve {article_id} publish-new` (a new post) "
        f"or `copydesk resolve {article_id} unbind`."
    )


def _cms_name(ctx: Context, outcome: Any) -> str:
    """The CMS of the operation's account ("WordPress", "Ghost"), for the words of a message."""
    from editor.cms.errors import CmsError
    from editor.cms.kinds import KINDS
    from editor.sync.outbox import OutboxError, get_operation

    try:
        kind = _accounts(ctx).get(get_operation(ctx.store, outcome.op_id).account).kind
    except (CmsError, OutboxError):
        return "the site"
    return KINDS[kind].name if kind in KINDS else "the site"


def _explain(ctx: Context, outcome: Any, article_id: str) -> int:
    from editor.sync.gone import says_post_is_gone
    from editor.sync.worker import Result

    if outcome is None:
        print(
            f"Queued: {article_id} waits for an earlier operation; run `copydesk sync` later.", file=ctx.out
        )
        return 0
    if outcome.result in (Result.PUBLISHED, Result.UPDATED, Result.UNPUBLISHED):
        print(outcome.url, file=ctx.out)
        return 0
    if outcome.result == Result.RETRYING:
        print(
            f"Queued: {_cms_name(ctx, outcome)} is unreachable ({describe(outcome.message)}); "
            "run `copydesk sync` later "
            f"(next try at {_clock_text(outcome.next_attempt_at)}).",
            file=ctx.out,
        )
        return 0
    if outcome.result == Result.CONFLICT:
        raise UserError(
            f"{describe(outcome.message)} Run `copydesk resolve {article_id} keep-mine|take-theirs|cancel`."
        )
    if says_post_is_gone(outcome.message):  # no retry can update a post that is no more
        raise UserError(f"{describe(outcome.message)} {_ways_forward(article_id)}")
    raise UserError(
        f"Publishing failed: {describe(outcome.message)} "
        f"(after fixing it: `copydesk outbox --retry {outcome.op_id}`)"
    )


# --- commands ----------------------------------------------------------------------------------------


def cmd_publish(args: argparse.Namespace, ctx: Context) -> int:
    from editor.article import Severity
    from editor.cli.findings import describe
    from editor.render import run_checklist

    article = ctx.store.get(args.id)
    problems = run_checklist(
        article,
        wire=ctx.store.wire_text(article.id),
        reuse_threshold=args.reuse_threshold / 100,
        slug_taken_by=ctx.library.slug_taken_by(article=article),
    )
    errors = [p for p in problems if p.severity == Severity.ERROR]
    for problem in problems:
        label = "error" if problem.severity == Severity.ERROR else "warning"
        print(f"{label}: {describe(problem)}", file=ctx.err)
    if errors:
        raise UserError(f"not published: {len(errors)} problem(s) to fix first (listed above)")
    account = choose_account(_accounts(ctx), article, args.account)
    op = ctx.library.queue_publish(article_id=article.id, account=account)
    return _explain(ctx, _send_now(ctx, op, args.wait), article.id)


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    from editor.sync.outbox import OpState, operations, recover_interrupted
    from editor.sync.worker import Result

    recover_interrupted(ctx.store)
    report, _next_due = ctx.library.drain(warm=False, max_wait=max(args.wait, 0.0))
    for outcome in report.outcomes:
        print(_outcome_line(outcome), file=ctx.out)
    waiting = len(operations(ctx.store, states=(OpState.PENDING,)))
    if not report.outcomes:
        print(
            "Nothing due." + (f" {waiting} operation(s) wait for a retry." if waiting else ""), file=ctx.out
        )
    stuck = [o for o in report.outcomes if o.result in (Result.FAILED, Result.CONFLICT)]
    return 1 if stuck else 0


def _status_data(ctx: Context, article_id: str) -> dict[str, Any]:
    from editor.sync.outbox import latest_operation

    article = ctx.store.get(article_id)
    remote = article.remote
    op = latest_operation(ctx.store, article.id)
    scheduled = scheduled_for(article.status, remote, article.embargo)
    return {
        "id": article.id,
        "headline": article.headline,
        "status": article.status.value,
        "remote_status": remote.remote_status or None if remote else None,
        "scheduled_for": scheduled.isoformat() if scheduled else None,
        "account": remote.account if remote else None,
        "remote_id": remote.remote_id if remote else None,
        "url": remote.url if remote else None,
        "remote_modified_gmt": remote.version if remote else None,
        "last_sync": remote.last_sync.isoformat() if remote and remote.last_sync else None,
        "outbox": None
        if op is None
        else {
            "operation": op.id,
            "action": op.action.value,
            "state": op.state.value,
            "attempts": op.attempts,
            "next_attempt_at": op.next_attempt_at.isoformat(),
            "last_error": describe(op.last_error),
        },
    }


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    data = _status_data(ctx, args.id)
    if args.json:
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    print(f"{data['headline'] or '(no headline)'}  [{data['status']}]", file=ctx.out)
    if data["scheduled_for"]:
        when = local_time_text(datetime.fromisoformat(data["scheduled_for"]))
        print(f"  Scheduled for {when} (the site publishes it then)", file=ctx.out)
    if data["remote_id"] is not None:
        print(f"  post {data['remote_id']} on {data['account']}: {data['url']}", file=ctx.out)
        print(f"  last sync {data['last_sync'] or 'never'}", file=ctx.out)
    else:
        print("  not published", file=ctx.out)
    op = data["outbox"]
    if op is not None:
        line = f"  outbox: {op['action']} {op['state']}, {op['attempts']} attempt(s)"
        if op["state"] == "pending":
            line += f", next try {op['next_attempt_at']}"
        print(line, file=ctx.out)
        if op["last_error"]:
            print(f"  last error: {op['last_error']}", file=ctx.out)
    return 0


def cmd_unpublish(args: argparse.Namespace, ctx: Context) -> int:
    article = ctx.store.get(args.id)
    if article.remote is None:
        raise UserError("This article has not been published, so there is nothing to unpublish.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("no answer to the confirmation; add --yes to unpublish")
        answer = input(
            f"Take {article.headline!r} off {article.remote.account} (it becomes a draft there)? [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing changed.", file=ctx.out)
            return 1
    op = ctx.library.queue_unpublish(article_id=article.id)
    return _explain(ctx, _send_now(ctx, op, PUBLISH_WAIT_SECONDS), article.id)


def cmd_pull(args: argparse.Namespace, ctx: Context) -> int:
    pulled = ctx.library.pull(account=args.account, post_id=args.post_id)
    if pulled.already_here:
        print(
            f"The post is already in this library as “{pulled.article.headline}”: nothing copied.",
            file=ctx.err,
        )
    print(pulled.article.id, file=ctx.out)
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from editor.sync.conflicts import Choice
    from editor.sync.gone import PostGone

    library = ctx.library
    if args.choice == "unbind":
        library.unbind(article_id=args.id)
        op = None
    elif args.choice == "publish-new":
        op = library.publish_new(article_id=args.id)
    else:
        try:
            op = library.resolve_conflict(article_id=args.id, choice=Choice(args.choice.replace("-", "_")))
        except PostGone as gone:
            from editor.cli.messages import describe_error

            raise UserError(f"{describe_error(gone)} {_ways_forward(args.id)}") from None
    if op is not None:
        return _explain(ctx, _send_now(ctx, op, PUBLISH_WAIT_SECONDS), args.id)
    article = ctx.store.get(args.id)
    print(f"{article.headline or article.id}: {article.status.value}", file=ctx.out)
    return 0


def cmd_outbox(args: argparse.Namespace, ctx: Context) -> int:
    from editor.sync.outbox import OPEN_STATES, operations

    if args.retry:
        ctx.library.retry(op_id=args.retry)
    if args.cancel:
        ctx.library.cancel(op_id=args.cancel)
    ops = operations(ctx.store, states=None if args.all else OPEN_STATES)
    if args.json:
        rows = [
            {
                "operation": op.id,
                "article": op.article_id,
                "headline": op.headline,
                "account": op.account,
                "action": op.action.value,
                "state": op.state.value,
                "attempts": op.attempts,
                "next_attempt_at": op.next_attempt_at.isoformat(),
                "last_error": describe(op.last_error),
            }
            for op in ops
        ]
        json.dump(rows, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    if not ops:
        print("The outbox is empty.", file=ctx.out)
    for op in ops:
        error = f"  ({describe(op.last_error)})" if op.last_error else ""
        print(f"{op.id}  {op.state.value:<9} {op.action.value:<9} {op.headline}{error}", file=ctx.out)
    return 0
