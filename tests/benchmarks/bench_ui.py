"""UI benchmark: prints numbers (not a test). Run: ``python tests/benchmarks/bench_ui.py [--runs 5]``.

1. Launch → main window mapped, measured from outside under Xvfb: the launcher polls X every ~5 ms
   (XQueryTree + map state through libX11) from the moment it starts the process; median of N runs on a
   100,000-article library (built once by tests/benchmarks/ui_library.py and cached in /tmp), and ReText
   (Debian package ``retext``) on an empty file measured the same way in the same run.
2. Launch → ready to write, from outside under Xvfb the same way: until a mapped window's name holds the
   headline of the article left open (Copydesk puts it in the title once the text is in the editor and
   typing goes into the body), on a 2,000- and a 100,000-article library; in the same run, alternated,
   ReText (and ghostwriter where installed) opening the same story exported as ``.md`` (their title is
   the file name once the file is loaded). Median of N each, and the ratio.
   ``--python system`` runs Copydesk on a venv of /usr/bin/python3, the interpreter the retext package
   runs on (and what README's ``python3 -m venv`` makes on a Debian desktop); the default is the
   interpreter running this script. Both are printed with their bare start-up time.
3. In-process (offscreen), on the same library: keystroke handling latency p50/p99 while typing into a
   20,000-word article with the preview open (time from sending the key events until the event queue is
   empty again, highlighter, autosave timer, preview/checklist debounce included; typed in bursts with
   pauses, so preview renders land between keystrokes as they would for a writer); time to open a
   10,000-word article (set_article until painted); peak RSS of that process.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

POLL_SECONDS = 0.005
MAP_TIMEOUT = 30.0
LIBRARY_SIZE = 100_000
# A writer's pause between bursts of typing (the preview re-renders in it once the story is long).
PAUSE_MS = 1500


# --- 1. window mapped, from outside --------------------------------------------------------------


def _free_display() -> int:
    # A random start: screenshot tools and other benchmarks on a shared machine start from low numbers.
    start = random.randrange(300, 900)
    for number in range(start, start + 80):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display")


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _XTextProperty(ctypes.Structure):
    _fields_ = [
        ("value", ctypes.c_void_p),
        ("encoding", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("nitems", ctypes.c_ulong),
    ]


IS_VIEWABLE = 2
_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class MappedWindowProbe:
    """Asks the X server directly (libX11 through ctypes, no subprocess per poll) whether a top-level
    window whose name contains some text is mapped. With no window manager on Xvfb, top-level windows
    are children of the root window."""

    def __init__(self, display: str) -> None:
        self._x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
        self._x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self._x.XGetWMName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self._x.XFree.argtypes = [ctypes.c_void_p]
        # A window can vanish between XQueryTree and XGetWindowAttributes; Xlib's default handler would
        # then exit this process. Ignore such errors (the call just returns 0).
        self._ignore_errors = _X_ERROR_HANDLER(lambda _display, _event: 0)
        self._x.XSetErrorHandler(self._ignore_errors)
        self._display = self._x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = self._x.XDefaultRootWindow(self._display)

    def mapped(self, needle: bytes) -> bool:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self._x.XQueryTree(
            self._display,
            self._root,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return False
        try:
            for index in range(count.value):
                window = children[index]
                attributes = _XWindowAttributes()
                if not self._x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes)):
                    continue
                if attributes.map_state != IS_VIEWABLE or attributes.width < 50:
                    continue
                # The raw WM_NAME bytes (UTF-8 or compound text): an ASCII needle is found in either.
                name = _XTextProperty()
                if self._x.XGetWMName(self._display, window, ctypes.byref(name)) and name.value:
                    found = needle in ctypes.string_at(name.value, name.nitems)
                    self._x.XFree(name.value)
                    if found:
                        return True
            return False
        finally:
            if children:
                self._x.XFree(children)

    def close(self) -> None:
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay(self._display)


def time_to_map(command: list[str], title: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until a mapped top-level window whose name contains ``title``."""
    probe = MappedWindowProbe(env["DISPLAY"])
    needle = title.encode()
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < MAP_TIMEOUT:
            if probe.mapped(needle):
                return time.perf_counter() - started
            time.sleep(POLL_SECONDS)
        raise RuntimeError(f"no window {title!r} after {MAP_TIMEOUT} s: {command}")
    finally:
        probe.close()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def virtual_screen(prefix: str) -> Iterator[tuple[dict[str, str], Path]]:
    """A private Xvfb screen at 1280x800 and a scratch folder: the environment apps launch in, and the
    folder (settings and HOME inside it). Stopped and removed afterwards."""
    display = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "HOME": str(scratch),
        "PYTHONPATH": str(REPO),
        # ghostwriter's preview is QtWebEngine, whose sandbox refuses to start as root (CI machines)
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
    }
    env.pop("QT_SCALE_FACTOR", None)
    try:
        # An installed Copydesk has its bytecode compiled (pip does it at install time), as the retext
        # package has. This environment sets PYTHONDONTWRITEBYTECODE, which would make every launch
        # compile our modules from source: compile them once, next to the sources (__pycache__ is
        # git-ignored). Python still reads .pyc files with that variable set. (PYTHONPYCACHEPREFIX would
        # be wrong here: it moves the lookup for every module, so the standard library and PySide6 would
        # be compiled at each launch.)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "editor")], env=env, check=True)
        for _ in range(50):
            if subprocess.run(["xdpyinfo"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        yield env, scratch
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(scratch, ignore_errors=True)


SYSTEM_PYTHON = Path("/usr/bin/python3")
SYSTEM_VENV = Path(tempfile.gettempdir()) / "copydesk-bench" / "venv-system-python"


def copydesk_python(choice: str) -> str:
    """The interpreter that runs Copydesk: this one, a path, or ``system``: a venv on /usr/bin/python3
    (what ReText runs on, and what README's ``python3 -m venv`` makes on a Debian desktop) holding
    Copydesk's dependencies, made once. Copydesk itself always runs from this checkout (PYTHONPATH)."""
    if choice != "system":
        return choice or sys.executable
    python = SYSTEM_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", str(SYSTEM_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(REPO)], check=True)
    return str(python)


def describe_python(python: str) -> str:
    """Version, base interpreter and bare start-up time (``-c pass``, median of 5) of ``python``."""
    about = subprocess.run(
        [python, "-c", "import sys; print(sys.version.split()[0], sys._base_executable)"],
        capture_output=True,
        text=True,
    ).stdout.split()
    starts = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([python, "-c", "pass"], check=True)
        starts.append(time.perf_counter() - started)
    return f"Python {' '.join(about)}, bare start {statistics.median(starts) * 1000:.0f} ms"


def measure_launch(library: Path, runs: int, python: str) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"copydesk": [], "retext": []}
    with virtual_screen("copydesk-bench-ui-") as (env, scratch):
        # ReText's WM_NAME is the file name alone (the full "empty.md — ReText" is only in _NET_WM_NAME).
        empty = scratch / "empty.md"
        empty.write_text("")
        copydesk = [python, "-m", "editor", "--data-dir", str(library)]
        retext = shutil.which("retext")
        # one warm-up each (disk cache), then alternate so both see the same machine load
        time_to_map(copydesk, "Copydesk", env)
        if retext:
            time_to_map([retext, str(empty)], empty.name, env)
        for _ in range(runs):
            results["copydesk"].append(time_to_map(copydesk, "Copydesk", env))
            if retext:
                results["retext"].append(time_to_map([retext, str(empty)], empty.name, env))
    return results


# --- 2. ready to write: the last story open, from outside ---------------------------------------------


def _remember_open_article(library: Path, article_id: str, env: dict[str, str]) -> None:
    """Leave ``article_id`` as the library's open article, in the settings the launched app reads."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from editor.ui import settings\n"
        "QCoreApplication.setOrganizationName(settings.ORGANISATION)\n"
        "QCoreApplication.setApplicationName(settings.APPLICATION)\n"
        "settings.Settings(Path(sys.argv[1])).set_value(settings.LAST_ARTICLE_ID, sys.argv[2])\n"
    )
    subprocess.run([sys.executable, "-c", script, str(library), article_id], env=env, check=True)


def _newest_article(library: Path) -> tuple[str, str]:
    """The id and headline of the library's most recently updated article."""
    from editor.store import ArticleStore

    store = ArticleStore.open(library / "copydesk.sqlite3")
    try:
        summary = store.list(limit=1)[0]
    finally:
        store.close()
    return summary.id, summary.headline


def measure_ready(library: Path, runs: int, python: str) -> dict[str, list[float]]:
    """Launch → the last open story is ready to type into, for Copydesk and the editors installed."""
    with virtual_screen("copydesk-bench-ready-") as (env, scratch):
        article_id, headline = _newest_article(library)
        _remember_open_article(library, article_id, env)
        story = scratch / "story.md"
        export = ["export", article_id, "--format", "md", "-o", str(story)]
        subprocess.run(
            [sys.executable, "-m", "editor", "--data-dir", str(library), *export],
            env=env,
            check=True,
            capture_output=True,
        )
        command = [python, "-m", "editor", "--data-dir", str(library)]
        contenders: dict[str, tuple[list[str], str]] = {"copydesk": (command, headline)}
        for name in ("retext", "ghostwriter"):
            if path := shutil.which(name):
                contenders[name] = ([path, str(story)], story.name)
        results: dict[str, list[float]] = {name: [] for name in contenders}
        for command, needle in contenders.values():  # one warm-up each (disk cache)
            time_to_map(command, needle, env)
        for _ in range(runs):  # alternated, so all see the same machine load
            for name, (command, needle) in contenders.items():
                results[name].append(time_to_map(command, needle, env))
    return results


def _retried(measure: Callable[[], dict[str, list[float]]], attempts: int = 3) -> dict[str, list[float]]:
    """Run a measurement again when its X server went away (on a shared machine, screenshot tools and
    other benchmarks end the Xvfb servers they find)."""
    for _ in range(attempts - 1):
        try:
            return measure()
        except RuntimeError as exc:
            if "X display" not in str(exc):
                raise
            print(f"  (the X server went away: {exc}; measuring again)", file=sys.stderr)
    return measure()


def _shebang_python(script: str) -> str:
    first = Path(script).read_text(errors="replace").splitlines()[0]
    return first[2:].strip().split()[0] if first.startswith("#!") else sys.executable


def print_ready(label: str, results: dict[str, list[float]]) -> None:
    runs = len(results["copydesk"])
    print(f"launch -> last story ready (its headline in the title), {label}, median of {runs}:")
    medians = {name: statistics.median(values) for name, values in results.items()}
    for name, values in results.items():
        print(f"  {name + ':':12} {medians[name]:.3f} s   runs: {', '.join(f'{v:.3f}' for v in values)}")
    for name in medians.keys() - {"copydesk"}:
        target = " (target <= 0.80)" if name == "retext" else ""
        print(f"  ratio copydesk/{name}: {medians['copydesk'] / medians[name]:.2f}{target}")


# --- 3. in-process: typing, opening, memory ----------------------------------------------------------


def wait_ms(milliseconds: int) -> None:
    """Let the event loop run for ``milliseconds``, as the application's would. Not QTest.qWait: PySide6
    holds the GIL through it, so the workers (preview render, checklist, autosave) would barely run
    during the writer's pauses and typing would be measured against a stalled background."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


BENCHMARK_HEADLINE = "Benchmark:"


def remove_benchmark_articles(library: Path) -> None:
    """Take the articles this benchmark typed out of the cached library again."""
    from editor.store import ArticleStore

    store = ArticleStore.open(library / "copydesk.sqlite3")
    try:
        for hit in store.search('"Benchmark"', limit=50):
            if hit.summary.headline.startswith(BENCHMARK_HEADLINE):
                store.delete(hit.summary.id)
        store.empty_trash()
    finally:
        store.close()


def measure_in_process(library: Path) -> dict[str, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    scratch = Path(tempfile.mkdtemp(prefix="copydesk-bench-ui-"))
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from editor.article import Status
    from editor.ui.app import configure_application
    from editor.ui.core import AppCore
    from editor.ui.main_window import MainWindow
    from tests.benchmarks.ui_library import make_article, make_body

    app = QApplication([])
    configure_application(app)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    window = MainWindow(AppCore(library))
    window.resize(1280, 800)
    window.show()
    window.start()
    ready = []
    window.library_ready.connect(lambda: ready.append(True))
    while not ready:
        wait_ms(20)
    window.window_actions.show_preview.setChecked(True)

    import random

    rng = random.Random(7)
    now = datetime.now(UTC)
    long_article = make_article(rng, 900_001, now)
    long_article.body = make_body(rng, 20_000)
    long_article.headline = f"{BENCHMARK_HEADLINE} 20,000 words"
    long_article.status = Status.DRAFT
    window.commands._start_fresh(long_article)
    body = window.form.body_editor
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    wait_ms(5000)  # first render, stats, autosave, the highlighter's first pass over the story

    refreshes = []
    original_set_html = window.preview.setHtml

    def counting_set_html(html: str) -> None:
        refreshes.append(html)
        original_set_html(html)

    window.preview.setHtml = counting_set_html  # count preview refreshes that land while typing
    latencies: list[float] = []
    text = "the council said on monday that the bridge would open in may "
    for burst in range(15):
        for index in range(20):  # one burst: 20 keys, 60 ms apart (about 200 words a minute)
            char = text[(burst * 20 + index) % len(text)]
            key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
            press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
            release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, char)
            started = time.perf_counter()
            QApplication.sendEvent(body, press)
            QApplication.sendEvent(body, release)
            app.processEvents()
            latencies.append(time.perf_counter() - started)
            wait_ms(60)
        wait_ms(PAUSE_MS)  # a pause: the preview and checklist render, the autosave lands

    medium = make_article(rng, 900_002, now)
    medium.body = make_body(rng, 10_000)
    medium.headline = f"{BENCHMARK_HEADLINE} 10,000 words"
    small = make_article(rng, 900_003, now)
    # From here the form is driven directly: nothing it shows may be autosaved.
    window.autosaver.flush()
    while not window.autosaver.is_idle():
        wait_ms(50)
    window.commands.current_id = None
    opening: list[float] = []
    for _ in range(5):
        window.form.set_article(small)
        app.processEvents()
        started = time.perf_counter()
        window.form.set_article(medium)
        window.form.repaint()
        app.processEvents()
        opening.append(time.perf_counter() - started)

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.commands.current_id = None  # nothing more to autosave
    window.close()
    window.shutdown()
    remove_benchmark_articles(library)
    shutil.rmtree(scratch, ignore_errors=True)
    return {
        "keystroke_p50_ms": percentile(latencies, 0.50) * 1000,
        "keystroke_p99_ms": percentile(latencies, 0.99) * 1000,
        "keystroke_max_ms": max(latencies) * 1000,
        "keystrokes": len(latencies),
        "preview_refreshes": len(refreshes),
        "open_10k_median_ms": statistics.median(opening) * 1000,
        "open_10k_max_ms": max(opening) * 1000,
        "peak_rss_mb": peak_rss_mb,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=LIBRARY_SIZE)
    parser.add_argument("--skip-launch", action="store_true")
    parser.add_argument("--skip-in-process", action="store_true")
    parser.add_argument(
        "--ready-sizes", default="2000,100000", help="library sizes for launch -> ready ('' to skip)"
    )
    parser.add_argument(
        "--python",
        default="",
        help="the interpreter that runs Copydesk from outside: this one (default), a path, or 'system' "
        "(a venv on /usr/bin/python3, the interpreter ReText runs on)",
    )
    options = parser.parse_args()
    python = copydesk_python(options.python)
    from tests.benchmarks.ui_library import library

    folder = library(options.articles)
    print(f"library: {options.articles:,} articles in {folder}")
    print(f"copydesk runs on {describe_python(python)}")
    if retext := shutil.which("retext"):
        print(f"retext runs on {describe_python(_shebang_python(retext))}")
    if not options.skip_launch:
        launch = _retried(lambda: measure_launch(folder, options.runs, python))
        ours = statistics.median(launch["copydesk"])
        print(
            f"launch -> main window mapped (Xvfb, polled every {POLL_SECONDS * 1000:.0f} ms, "
            f"median of {options.runs}):"
        )
        print(f"  copydesk: {ours:.3f} s   runs: {', '.join(f'{v:.3f}' for v in launch['copydesk'])}")
        if launch["retext"]:
            theirs = statistics.median(launch["retext"])
            print(f"  retext:   {theirs:.3f} s   runs: {', '.join(f'{v:.3f}' for v in launch['retext'])}")
            print(f"  ratio copydesk/retext: {ours / theirs:.2f} (target <= 0.80)")
        else:
            print("  retext: not installed (apt-get install -y retext)")
    for size in filter(None, options.ready_sizes.split(",")):
        ready = _retried(lambda size=int(size): measure_ready(library(size), options.runs, python))
        print_ready(f"{int(size):,} articles", ready)
    if options.skip_in_process:
        return 0
    # In a child process, so its peak RSS is the editor's alone.
    child = subprocess.run(
        [sys.executable, __file__, "--in-process", str(folder)], capture_output=True, text=True, cwd=REPO
    )
    if child.returncode != 0:
        print(child.stderr[-3000:], file=sys.stderr)
        return 1
    print(child.stdout, end="")
    return 0


def in_process_main(folder: Path) -> int:
    numbers = measure_in_process(folder)
    print(
        f"keystroke latency, 20,000-word article, preview open ({numbers['keystrokes']} keys): "
        f"p50 {numbers['keystroke_p50_ms']:.1f} ms, p99 {numbers['keystroke_p99_ms']:.1f} ms, "
        f"max {numbers['keystroke_max_ms']:.1f} ms (target p99 < 16 ms)"
    )
    print(
        f"open a 10,000-word article (set_article until painted): median "
        f"{numbers['open_10k_median_ms']:.1f} ms, max {numbers['open_10k_max_ms']:.1f} ms (target < 100 ms)"
    )
    print(
        f"preview refreshes while typing (15 bursts of 20 keys, {PAUSE_MS / 1000:.1f} s pauses): "
        f"{numbers['preview_refreshes']} "
        "(a long story re-renders once the writer pauses for about twice its render time)"
    )
    print(f"peak RSS: {numbers['peak_rss_mb']:.0f} MB (target < 300 MB)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--in-process":
        sys.exit(in_process_main(Path(sys.argv[2])))
    sys.exit(main())
