"""Screenshots of the real app on a demo library, under Xvfb, as a user would see it.

    python tests/screenshots.py OUTPUT_FOLDER

Builds a demo library (a few realistic articles and one filled-in story) in a temporary data folder,
starts ``python -m editor`` on a private virtual screen at 1280×800 and again at 200 % scaling
(QT_SCALE_FACTOR=2 on a 2560×1600 screen), in English and in French, light and dark, waits for the
story to open, types a sentence into its body like a user, and saves PNGs into OUTPUT_FOLDER.
Needs Xvfb, xdotool and ImageMagick's ``import``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from editor.article import Article, Byline, BylineRole, RelatedLink, Source, SourceKind, Status

REPO = Path(__file__).resolve().parent.parent
# Paragraphs are one line each (a trailing backslash joins source lines), as an editor writes them.
STORY_BODY = """\
Engineers began lowering the first steel span of the Harbour Bridge into place on Tuesday, three weeks \
ahead of a schedule that critics had called impossible when the project was approved in 2024.

## A race against the tides

Crews worked through the night to use the lowest tide of the month. "We had a window of about four \
hours, and we used every minute of it," said **Marta Lindqvist**, the project's chief engineer.

> "Nobody here has done a lift like this before," she added. "The whole city was watching."

The council expects the bridge to carry:

- 18,000 vehicles a day in its first year,
- a protected cycle lane on each side,
- the new number 12 tram line from 2028.

## What it costs

The final bill stands at *€412 million*, according to the \
[council's latest report](https://example.org/report), about 6 per cent over the original estimate.
"""


def demo_articles() -> tuple[Article, list[Article]]:
    now = datetime.now(UTC)
    story = Article(
        headline="Harbour Bridge's first span lowered three weeks early",
        standfirst="Crews used the month's lowest tide for a lift engineers called the hardest yet.",
        body=STORY_BODY,
        bylines=[Byline("Ana Ruiz"), Byline("Tom Berg", BylineRole.PHOTOGRAPHER)],
        credit_line="Additional reporting by Lea Martin",
        dateline="ROTTERDAM",
        section="News",
        tags=["infrastructure", "transport", "harbour"],
        sources=[
            Source("Marta Lindqvist, chief engineer", SourceKind.INTERVIEW),
            Source("City council budget report", SourceKind.DOCUMENT, "https://example.org/report"),
        ],
        related=[RelatedLink("Council approves bridge budget", "https://example.org/budget")],
        slug="harbour-bridge-first-span",
        created=now - timedelta(hours=3),
        updated=now - timedelta(minutes=2),
    )
    others = [
        Article(
            headline="Council approves bridge budget after five-hour debate",
            section="Politics",
            status=Status.PUBLISHED,
            body="The vote was 31 to 14.",
            updated=now - timedelta(days=2),
        ),
        Article(
            headline="Tram line 12: what changes for commuters",
            section="News",
            status=Status.READY,
            body="Timetables change in March.",
            updated=now - timedelta(hours=5),
        ),
        Article(
            headline="Port traffic reaches a ten-year high",
            section="Business",
            body="Container volumes rose 8 per cent.",
            updated=now - timedelta(days=1),
        ),
        Article(
            headline="Storm warning for the coast on Friday",
            section="Weather",
            body="Gusts of 110 km/h are expected.",
            updated=now - timedelta(minutes=40),
        ),
        Article(
            headline="Harbour festival returns with a record line-up",
            section="Culture",
            body="Forty bands over three days.",
            updated=now - timedelta(days=4),
        ),
        Article(
            headline="Local side wins the derby in stoppage time",
            section="Sport",
            status=Status.PUBLISHED,
            body="A header in the 94th minute.",
            updated=now - timedelta(days=3),
        ),
    ]
    return story, others


def build_demo(data_dir: Path, config_dir: Path, theme: str = "system") -> Article:
    from editor.store import ArticleStore

    story, others = demo_articles()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / ".welcomed").write_text("demo\n")
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        for article in others:
            store.save(article)
        store.save(story.copy(body=STORY_BODY.split("## What it costs")[0]), reason="first draft")
        store.save(story, revision="always")
    finally:
        store.close()
    # The article left open is remembered per library (editor.ui.settings): written as the app does.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from editor.ui import settings\n"
        "QCoreApplication.setOrganizationName(settings.ORGANISATION)\n"
        "QCoreApplication.setApplicationName(settings.APPLICATION)\n"
        "chosen = settings.Settings(Path(sys.argv[1]))\n"
        "chosen.set_value(settings.LAST_ARTICLE_ID, sys.argv[2])\n"
        "chosen.set_value(settings.THEME, sys.argv[3])\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_dir), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", script, str(data_dir), story.id, theme], env=env, check=True)
    return story


def _free_display() -> int:
    for number in range(120, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30).stdout


def shoot(
    out: Path,
    data_dir: Path,
    config_dir: Path,
    size: str,
    scale: str,
    headline: str,
    typing: str,
    language: str = "",
) -> None:
    display = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(config_dir),
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(REPO),
    }
    if language:
        env["LANGUAGE"] = language  # the interface's language for this run (editor.ui.translations)
    app = None
    try:
        for _ in range(50):
            if subprocess.run(["xdpyinfo"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        app = subprocess.Popen(
            [sys.executable, "-m", "editor", "--data-dir", str(data_dir)],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        window = ""
        deadline = time.monotonic() + 60
        while not window and time.monotonic() < deadline:
            window = _xdotool(env, "search", "--onlyvisible", "--name", headline[:20]).split("\n")[0]
            time.sleep(0.2)
        if not window:
            raise RuntimeError(f"the story never opened on :{display}")
        _xdotool(env, "windowfocus", "--sync", window)
        time.sleep(1.0)
        if typing:
            _xdotool(env, "key", "ctrl+End")
            _xdotool(env, "type", "--delay", "25", typing)
        time.sleep(2.5)  # preview and checklist debounce, autosave
        subprocess.run(["import", "-window", "root", str(out)], env=env, check=True, timeout=60)
        print(f"saved {out}")
    finally:
        if app is not None:
            app.terminate()
            app.wait(10)
        xvfb.terminate()
        xvfb.wait(10)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="copydesk-shots-") as scratch:
        root = Path(scratch)
        for name, size, scale, theme, language in (
            ("copydesk-1280x800.png", "1280x800", "1", "system", ""),
            ("copydesk-1280x800-dark.png", "1280x800", "1", "dark", ""),
            ("copydesk-1280x800-200pct.png", "2560x1600", "2", "system", ""),
            ("copydesk-1280x800-fr.png", "1280x800", "1", "system", "fr"),
            ("copydesk-1280x800-fr-dark.png", "1280x800", "1", "dark", "fr"),
            ("copydesk-1280x800-fr-200pct.png", "2560x1600", "2", "system", "fr"),
        ):
            data_dir, config_dir = root / name / "data", root / name / "config"
            story = build_demo(data_dir, config_dir, theme)
            shoot(
                out / name,
                data_dir,
                config_dir,
                size,
                scale,
                story.headline,
                "\nThe second span follows in May.",
                language,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
