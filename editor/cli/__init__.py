"""The ``copydesk`` command: the GUI with no arguments, headless subcommands otherwise.

Startup cost matters for the GUI path (the window must map fast), so this module imports nothing heavy:
global options are read by a small parser first, and the subcommand modules (which pull in SQLAlchemy,
httpx...) are only imported when a subcommand is actually given.

Exit codes: 0 ok, 1 user error (one line on stderr, no traceback), 2 usage error (argparse), 141 when
the reader of stdout went away (``copydesk list | head``), as a shell reports a C tool killed by SIGPIPE.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from editor.app.info import DATA_DIR_ENV, resolve_data_dir, version

# Modules in this package that add subcommands; each has ``register(subparsers, common)``.
COMMAND_MODULES = ("articles", "accounts", "publishing")

if TYPE_CHECKING:
    from editor.app.library import Library
    from editor.store import ArticleStore

log = logging.getLogger(__name__)

# 128 + SIGPIPE: what a shell reports for a tool whose reader closed the pipe. (Python's own recipe exits
# 1, but 1 here means "a problem you can fix".)
BROKEN_PIPE_EXIT_CODE = 141


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


@dataclass
class Context:
    """What every subcommand handler gets: the data folder's library (its database opened on first
    use), output streams."""

    data_dir: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    library: Library = field(init=False)

    def __post_init__(self) -> None:
        from editor.app.library import Library

        self.library = Library(self.data_dir)

    @property
    def database_path(self) -> Path:
        return self.library.database_path

    @property
    def store(self) -> ArticleStore:
        return self.library.store

    def close(self) -> None:
        self.library.close()


Handler = Callable[[argparse.Namespace, Context], int]


def _global_options(*, for_subcommand: bool = False) -> argparse.ArgumentParser:
    """Options accepted before and after the command name.

    The subcommands' copy suppresses defaults, else argparse would reset a value given before the command.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS if for_subcommand else None,
        help=f"data folder (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    return common


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked (importlib.metadata reads every
    installed distribution's metadata: ~20 ms of each command otherwise)."""

    def __init__(
        self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object
    ) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"copydesk {version()}")  # on standard output, as argparse's own version action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Write news articles offline and publish them to your CMS. "
        "Without a command, opens the editor window.",
        parents=[_global_options()],
    )
    common = _global_options(for_subcommand=True)
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"editor.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"editor.cli.{name}":
                raise
            continue  # a command group not built yet
        module.register(subparsers, common)
    return parser


# Files the editor window opens when given instead of a command (``copydesk story.md``, the .desktop
# entry's ``copydesk %F``); the same formats ``copydesk import`` reads.
OPENABLE_SUFFIXES = (".md", ".markdown", ".txt", ".json", ".html", ".htm", ".xhtml", ".eml", ".xml")


def _command_names() -> set[str]:
    """The subcommands' names (builds the parser: only asked when argv looks like files)."""
    for action in build_parser()._actions:  # argparse has no public accessor for the subcommands
        if action.dest == "command" and action.choices:
            return set(action.choices)
    return set()


def _files_to_open(words: Sequence[str]) -> list[Path] | None:
    """The files to open in the window when every word names an existing article file (and none is a
    command); None otherwise."""
    if not words or any(word.startswith("-") for word in words):
        return None
    paths = [Path(word).expanduser() for word in words]
    if not all(path.suffix.lower() in OPENABLE_SUFFIXES and path.is_file() for path in paths):
        return None
    if set(words) & _command_names():
        return None
    return [path.resolve() for path in paths]


@dataclass(frozen=True)
class _GuiRequest:
    """``copydesk`` with global options only, or with article files to open (``copydesk FILE...``)."""

    options: argparse.Namespace
    files: list[Path]
    rest: list[str]  # the words that were not global options: the files as given


def _gui_request(argv: Sequence[str]) -> _GuiRequest | None:
    """What the window is asked to do; None when argv is a command (or --help/--version) for the
    command-line parser."""
    probe = argparse.ArgumentParser(add_help=False, parents=[_global_options()])
    options, rest = probe.parse_known_args(argv)
    files = _files_to_open(rest) if rest else []
    return None if files is None else _GuiRequest(options, files, rest)


def _run_gui(argv: Sequence[str], request: _GuiRequest) -> int:
    from editor.ui import early_termination

    early_termination.hold()  # a logout while the window is being built closes it, never kills it
    from editor.ui.system_libraries import check_desktop_libraries

    problem = check_desktop_libraries()
    if problem:  # else Qt aborts with a paragraph naming the wrong package
        print(problem, file=sys.stderr)
        return 1
    from editor.ui.qt_startup import skip_feature_scan

    skip_feature_scan()
    from editor.ui.app import run

    qt_argv = [word for word in argv if word not in request.rest]  # Qt reads its own options (-style...)
    return run(qt_argv, resolve_data_dir(request.options.data_dir), open_files=request.files)


def _user_message(exc: BaseException) -> str | None:
    """The one-line message for errors that are the user's to fix, None for real bugs."""
    if isinstance(exc, UserError):
        return str(exc)
    store_errors = sys.modules.get("editor.store.errors")
    if store_errors is not None and isinstance(exc, store_errors.StoreError):
        from editor.cli.store_errors import describe

        return describe(exc)
    cms_errors = sys.modules.get("editor.cms.errors")
    if cms_errors is not None and isinstance(exc, cms_errors.CmsError):
        from editor.cli.messages import describe_error

        return describe_error(exc)
    known = (("editor.importers", "ImportFailed"),)
    for module_name, class_name in known:
        module = sys.modules.get(module_name)
        cls = getattr(module, class_name, None) if module else None
        if cls is not None and isinstance(exc, cls):
            return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}"
    return None


def _reader_went_away(ctx: Context) -> int:
    """The recipe from Python's signal docs: point stdout at /dev/null so the flush at exit (of what is
    still buffered) does not raise again, and end quietly."""
    if ctx.out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    return BROKEN_PIPE_EXIT_CODE


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    request = _gui_request(args_list)
    if request is not None:
        return _run_gui(args_list, request)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    ctx = Context(resolve_data_dir(args.data_dir))
    try:
        code = args.handler(args, ctx)
        ctx.out.flush()  # a closed pipe shows up here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _reader_went_away(ctx)
    except KeyboardInterrupt:
        print("copydesk: interrupted", file=ctx.err)
        return 130
    except Exception as exc:
        message = _user_message(exc)
        if message is None:
            log.exception("internal error in %s", args.command)
            message = f"internal error ({type(exc).__name__}): {exc}"
        print(f"copydesk: {message}", file=ctx.err)
        return 1
    finally:
        ctx.close()
