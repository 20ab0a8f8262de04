"""``copydesk`` with no command, or with article files (``copydesk story.md``, the .desktop entry's
``copydesk %F``), opens the editor window; anything else goes to the command-line parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.app.files import export_article
from editor.article import Article
from editor.cli import _gui_request, main
from editor.store import ArticleStore
from editor.ui.main_window import MainWindow

pytest_plugins = ["tests.ui.shell_fixtures"]

GIVE_UP_MS = 30_000


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return export_article(
        Article(headline="From the desktop", body="Opened by double-click."), tmp_path / "story.md"
    )


def test_no_command_opens_the_window_with_nothing_to_import(tmp_path: Path) -> None:
    for argv in ([], ["--data-dir", str(tmp_path)]):
        request = _gui_request(argv)
        assert request is not None and request.files == []


def test_existing_article_files_open_the_window_on_them(story: Path, tmp_path: Path, monkeypatch) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("---\nheadline: Notes\n---\nText.\n", encoding="utf-8")
    wire = tmp_path / "wire.JSON"
    wire.write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    request = _gui_request(["story.md", str(notes), "--data-dir", str(tmp_path), "wire.JSON"])
    assert request is not None
    assert request.files == [story.resolve(), notes.resolve(), wire.resolve()]
    assert request.options.data_dir == str(tmp_path)


def test_commands_options_and_other_words_go_to_the_command_line(story: Path, tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF")
    for argv in (
        ["list"],
        ["import", str(story)],  # a command given files stays a command
        [str(story), "list"],
        ["--help"],
        ["--version"],
        [str(story), "--bogus"],
        [str(tmp_path / "missing.md")],  # not there: the parser says what is wrong
        [str(tmp_path / "folder.md")],
        [str(pdf)],
    ):
        assert _gui_request(argv) is None, argv


def test_copydesk_story_md_opens_the_window_on_the_imported_story(
    qtbot, story: Path, tmp_path: Path, settings_dir: Path
) -> None:
    data_dir = tmp_path / "data"
    shown: list[str] = []

    def windows() -> list[MainWindow]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.data_dir == data_dir
        ]

    def close_when_shown() -> None:
        for window in windows():
            if window.form is not None and window.form.headline.text() == "From the desktop":
                shown.append(window.windowTitle())
                poll.stop()
                window.close()  # the app's event loop ends with its last window

    poll = QTimer()
    poll.timeout.connect(close_when_shown)
    poll.start(20)
    QTimer.singleShot(GIVE_UP_MS, lambda: [window.close() for window in windows()])

    assert main(["--data-dir", str(data_dir), str(story)]) == 0
    assert shown and shown[0].startswith("From the desktop")
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        [summary] = [s for s in store.list() if s.headline == "From the desktop"]
        assert store.revisions(summary.id)[0].reason == "opened from story.md"
    finally:
        store.close()
