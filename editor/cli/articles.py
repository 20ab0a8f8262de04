"""Article subcommands: new, import, list, search, show, export, history, restore, delete, trash."""

from __future__ import annotations

import argparse
import json
import locale
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.cli import Context, UserError

if TYPE_CHECKING:
    from editor.article import Article


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    def command(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    p = command("new", cmd_new, "create an article and print its id")
    p.add_argument("--headline", default="")
    p.add_argument("--section", default="")
    p.add_argument("--language", default="", help="BCP 47 tag, e.g. en-GB, fr, ar (default: the locale's)")

    p = command(
        "import",
        cmd_import,
        "import Markdown (front matter), ninjs, saved web pages, e-mails or NewsML-G2; one id per file",
    )
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument(
        "--wire",
        action="store_true",
        help="read every file as incoming copy (text copied from a page, agency ninjs…): the original is"
        " kept with the draft",
    )

    p = command("list", cmd_list, "list articles, most recently updated first")
    p.add_argument("--status")
    p.add_argument("--section")
    p.add_argument("--tag")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument("--json", action="store_true")

    p = command("search", cmd_search, "full-text search, best matches first")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = command("show", cmd_show, "show one article (--json: IPTC ninjs)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = command("export", cmd_export, "export an article as Markdown, HTML or ninjs JSON")
    p.add_argument("id")
    p.add_argument("--format", choices=("md", "html", "ninjs"), required=True)
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    p = command("history", cmd_history, "list an article's revisions, newest first")
    p.add_argument("id")

    p = command("restore", cmd_restore, "make an old revision the current text (recorded as a new revision)")
    p.add_argument("id")
    p.add_argument("revision", type=int)

    p = command("delete", cmd_delete, "move an article to the trash")
    p.add_argument("id")

    p = command("undelete", cmd_undelete, "bring an article back from the trash")
    p.add_argument("id")

    p = command("empty-trash", cmd_empty_trash, "destroy every article in the trash")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


# C0 and C1 control characters (ESC, BEL, NUL, CSI...): printed raw they clear or rewrite the screen.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _printable(text: str, *, lines: bool = False) -> str:
    """Stored text made safe for a terminal: control characters shown as escapes (``\\x1b``);
    with ``lines``, line breaks and tabs are kept (a body)."""
    pattern = _CONTROL if lines else _CONTROL_OR_BREAK
    return pattern.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _write_json(ctx: Context, data: Any) -> None:
    json.dump(data, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")


def _summary_json(summary: Any) -> dict[str, Any]:
    return {
        "id": summary.id,
        "headline": summary.headline,
        "standfirst": summary.standfirst,
        "status": str(summary.status),
        "section": summary.section,
        "tags": list(summary.tags),
        "updated": summary.updated.isoformat(),
        "word_count": summary.word_count,
    }


def _summary_line(summary: Any) -> str:
    stamp = summary.updated.astimezone().strftime("%Y-%m-%d %H:%M")
    headline = summary.headline or "(no headline)"
    return _printable(f"{summary.id}  {stamp}  {summary.status!s:<9}  {headline}")


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    from editor.app.library import new_article
    from editor.control_chars import strip_controls
    from editor.languages import from_locale, normalize_tag

    try:
        language = normalize_tag(args.language) or from_locale(locale.getlocale()[0] or "")
    except ValueError as exc:
        raise UserError(f"--language: {exc}") from None
    # No ESC or BEL from a shell argument (the slug is made from the cleaned headline).
    headline, section = strip_controls(args.headline), strip_controls(args.section)
    article = new_article(headline=headline, section=section, language=language)
    ctx.library.create(article=article, reason="created")
    print(article.id, file=ctx.out)
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    """Parse every file first, so a bad file imports nothing rather than half a batch."""
    from editor.importers.frontmatter import kept_keys_warning

    read = ctx.library.read_files(paths=list(args.files), wire=args.wire)
    if read.problems:
        for problem in read.problems:
            print(f"copydesk: {problem.detail}", file=ctx.err)
        count = len(read.problems)
        raise UserError(f"nothing imported: {count} of {len(args.files)} file(s) could not be read")
    for _path, warning in read.warnings:  # the importer's line names the file
        print(f"copydesk: {warning}", file=ctx.err)
    for path, article in read.articles:
        if warning := kept_keys_warning(article):
            print(f"copydesk: {path.name}: {warning}", file=ctx.err)

    # A file with the id of an article here replaces its text: the text it replaces stays in the history.
    def reasons(path: Path) -> tuple[str, str]:
        return f"imported from {path.name}", f"before importing {path.name}"

    for article_id in ctx.library.store_files(read=read.articles, reasons=reasons, incoming=read.incoming):
        print(article_id, file=ctx.out)
    return 0


def _list_filter(args: argparse.Namespace) -> Any:
    from editor.article import Status
    from editor.store import ListFilter

    status = None
    if args.status:
        try:
            status = Status(args.status.lower())
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            raise UserError(f"unknown status {args.status!r} (one of: {allowed})") from None
    return ListFilter(status=status, section=args.section, tag=args.tag, trashed=args.trash)


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    summaries = ctx.store.list(_list_filter(args), limit=args.limit, offset=args.offset)
    if args.json:
        _write_json(ctx, [_summary_json(s) for s in summaries])
    else:
        for summary in summaries:
            print(_summary_line(summary), file=ctx.out)
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    hits = ctx.library.search(query=args.query, limit=args.limit)
    if args.json:
        _write_json(ctx, [{**_summary_json(h.summary), "snippet": h.snippet, "rank": h.rank} for h in hits])
        return 0
    for hit in hits:
        print(_summary_line(hit.summary), file=ctx.out)
        print(f"    {_printable(hit.snippet)}", file=ctx.out)
    if not hits:
        print("no matches", file=ctx.err)
    return 0


def _describe(article: Article, wire: str = "") -> str:
    from editor.render import article_stats

    stats = article_stats(article)
    lines = [article.headline or "(no headline)"]
    if article.standfirst:
        lines.append(article.standfirst)
    lines.append("")
    facts = [
        ("id", article.id),
        ("status", str(article.status)),
        ("by", "; ".join(f"{b.name} ({b.role})" for b in article.bylines)),
        ("credit", article.credit_line),
        ("dateline", article.dateline),
        ("section", article.section),
        ("tags", ", ".join(article.tags)),
        ("slug", article.slug),
        ("embargo", article.embargo.isoformat() if article.embargo else ""),
        ("words", f"{stats.words} ({stats.reading_minutes} min read)"),
        ("updated", article.updated.astimezone().strftime("%Y-%m-%d %H:%M")),
        ("remote", article.remote.url if article.remote else ""),
        ("wire", wire),
    ]
    lines += [f"{name:>9}: {value}" for name, value in facts if value]
    for i, source in enumerate(article.sources, 1):
        lines.append(f"   source {i}: {source.name} [{source.kind}] {source.url}".rstrip())
    for i, link in enumerate(article.related, 1):
        lines.append(f"  related {i}: {link.title} {link.url or link.local_id}".rstrip())
    if article.editors_note:
        lines.append(f"ed. note (internal): {article.editors_note}")
    return "\n".join([*(_printable(line) for line in lines), "", _printable(article.body, lines=True)])


def _reuse_line(article: Article, ctx: Context) -> str:
    """ "38% wire copy (AFP, page.html)", or "" when the article has no incoming copy."""
    from editor.reuse import measure

    wire = ctx.store.wire_text(article.id)
    if wire is None:
        return ""
    reuse = measure(article.body, wire.text)
    return f"{reuse.percent}% wire copy" + (f" ({wire.agency})" if wire.agency else "")


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    article = ctx.store.get(args.id)
    if args.json:
        from editor.importers import ninjs
        from editor.reuse import measure

        copy = ctx.store.wire_copy(article.id)
        data = ninjs.to_ninjs(article, copy)
        if copy is not None:
            reuse = measure(article.body, copy.text)
            data["altIds"].append({"role": "copydesk:wire-copy-share", "value": f"{reuse.share:.4f}"})
        _write_json(ctx, data)
    else:
        print(_describe(article, _reuse_line(article, ctx)), file=ctx.out)
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from editor.app.files import export_text

    article = ctx.store.get(args.id)
    if args.output is None:
        text = export_text(article, args.format, ctx.store.wire_copy(article.id))
        ctx.out.write(text if text.endswith("\n") else text + "\n")
        return 0
    ctx.library.export(article=article, path=args.output, kind=args.format)
    print(f"exported to {args.output}", file=ctx.err)
    return 0


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    revisions = ctx.store.revisions(args.id)
    for rev in revisions:
        stamp = rev.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        reason = f"  ({rev.reason})" if rev.reason else ""
        line = f"{rev.id:>6}  {stamp}  {rev.word_count:>6} words  {rev.headline}{reason}"
        print(_printable(line), file=ctx.out)
    if not revisions:
        print("no revisions", file=ctx.err)
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    known = {rev.id for rev in ctx.store.revisions(args.id)}
    if args.revision not in known:
        raise UserError(
            f"article {args.id} has no revision {args.revision} (see: copydesk history {args.id})"
        )
    article = ctx.library.restore(article_id=args.id, revision_id=args.revision)
    print(_printable(f"restored revision {args.revision} of {article.id}: {article.headline}"), file=ctx.out)
    return 0


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    article = ctx.store.get(args.id)
    ctx.library.delete(article_id=args.id)
    print(
        _printable(f"moved to trash: {article.headline or article.id} (undo: copydesk undelete {args.id})"),
        file=ctx.out,
    )
    return 0


def cmd_undelete(args: argparse.Namespace, ctx: Context) -> int:
    ctx.library.undelete(article_id=args.id)
    print(f"restored from trash: {args.id}", file=ctx.out)
    return 0


def cmd_empty_trash(args: argparse.Namespace, ctx: Context) -> int:
    from editor.store import ListFilter

    count = ctx.store.count(ListFilter(trashed=True))
    if count == 0:
        print("the trash is empty", file=ctx.out)
        return 0
    if not args.yes:
        try:
            answer = input(f"Destroy {count} article(s) in the trash for good? [y/N] ")
        except EOFError:
            raise UserError("no answer to the confirmation; add --yes to empty the trash") from None
        if answer.strip().lower() not in ("y", "yes"):
            raise UserError("trash not emptied")
    destroyed = ctx.library.empty_trash()
    print(f"destroyed {destroyed} article(s)", file=ctx.out)
    return 0
