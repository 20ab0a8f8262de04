"""The article subcommands of ``copydesk``, run against a real SQLite file in a temp data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

ARTICLE_MD = """\
---
headline: Storm batters the coast
standfirst: Thousands without power after the worst storm in a decade.
bylines:
  - name: Ana Lima
    role: reporter
credit_line: Staff reporter with AFP
dateline: LISBON
section: World
tags: [weather, portugal]
sources:
  - name: AFP
    kind: news agency
    url: https://www.afp.com/
---
Winds of 150 km/h tore roofs from houses, the civil protection agency said.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "storm.md"
    path.write_text(ARTICLE_MD, encoding="utf-8")
    return path


def test_new_then_list_and_show(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "new", "--headline", "Council approves budget")
    assert code == 0
    article_id = out.strip()
    assert len(article_id) == 36
    code, out, _ = run(capsys, "list")
    assert code == 0 and article_id in out and "Council approves budget" in out
    code, out, _ = run(capsys, "show", article_id, "--json")
    ninjs = json.loads(out)
    assert ninjs["uri"].endswith(article_id)
    assert (data_dir / "copydesk.sqlite3").exists()


def test_import_prints_ids_in_order_and_reimport_updates(
    tmp_path: Path, data_dir: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "second.md"
    second.write_text("# Second story\n\nBody text.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(article_file), str(second))
    assert code == 0, err
    ids = out.split()
    assert len(ids) == 2
    code, out, _ = run(capsys, "show", ids[0])
    assert "Storm batters the coast" in out and "AFP" in out
    code, out, _ = run(capsys, "show", ids[1])
    assert "Second story" in out

    # Export, edit elsewhere, import again: the same article gets a new revision, no duplicate.
    exported = tmp_path / "out.md"
    assert run(capsys, "export", ids[0], "--format", "md", "-o", str(exported))[0] == 0
    exported.write_text(exported.read_text(encoding="utf-8").replace("Storm batters", "Storm lashes"))
    code, out, _ = run(capsys, "import", str(exported))
    assert code == 0 and out.strip() == ids[0]
    code, out, _ = run(capsys, "list", "--json")
    listed = json.loads(out)
    assert len(listed) == 2
    assert {item["headline"] for item in listed} == {"Storm lashes the coast", "Second story"}
    code, out, _ = run(capsys, "history", ids[0])
    assert len(out.strip().splitlines()) >= 2


def test_bad_files_import_nothing_with_one_line_errors(
    tmp_path: Path, data_dir: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes("# Caf\xe9 society\n".encode("latin-1"))
    broken = tmp_path / "broken.md"
    broken.write_text("---\nheadline: [unclosed\n---\nbody\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(article_file), str(latin1), str(broken))
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    assert "latin1.md" in err and "broken.md" in err
    assert run(capsys, "list", "--json")[1].strip() == "[]"


def test_search_export_formats(
    tmp_path: Path, data_dir: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article_id = run(capsys, "import", str(article_file))[1].strip()
    code, out, _ = run(capsys, "search", "roofs", "--json")
    hits = json.loads(out)
    assert code == 0 and [h["id"] for h in hits] == [article_id]
    assert "roofs" in hits[0]["snippet"]
    html_file = tmp_path / "story.html"
    assert run(capsys, "export", article_id, "--format", "html", "-o", str(html_file))[0] == 0
    html = html_file.read_text(encoding="utf-8")
    assert "Storm batters the coast" in html and "LISBON" in html and "AFP" in html
    code, out, _ = run(capsys, "export", article_id, "--format", "ninjs")
    assert json.loads(out)["headlines"][0]["value"] == "Storm batters the coast"


def test_restore_and_trash(data_dir: Path, article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article_id = run(capsys, "import", str(article_file))[1].strip()
    from editor.store import ArticleStore

    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        store.save(store.get(article_id).copy(headline="Rewritten"), revision="always")
        oldest = store.revisions(article_id)[-1].id
    finally:
        store.close()
    code, out, _ = run(capsys, "restore", article_id, str(oldest))
    assert code == 0
    assert "Storm batters the coast" in run(capsys, "show", article_id)[1]
    assert run(capsys, "restore", article_id, "999999")[0] == 1

    assert run(capsys, "delete", article_id)[0] == 0
    assert article_id not in run(capsys, "list")[1]
    assert article_id in run(capsys, "list", "--trash")[1]
    assert run(capsys, "undelete", article_id)[0] == 0
    assert article_id in run(capsys, "list")[1]
    run(capsys, "delete", article_id)
    code, out, _ = run(capsys, "empty-trash", "--yes")
    assert code == 0 and "1" in out
    code, _, err = run(capsys, "show", article_id)
    assert code == 1 and "Traceback" not in err


def test_data_dir_option_wins_over_environment(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    article_id = run(capsys, "--data-dir", str(other), "new", "--headline", "Elsewhere")[1].strip()
    assert (other / "copydesk.sqlite3").exists()
    assert article_id not in run(capsys, "list")[1]  # the environment's folder
    assert article_id in run(capsys, "list", "--data-dir", str(other))[1]


def test_exit_codes_from_a_real_process(data_dir: Path) -> None:
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data_dir)}

    def copydesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "editor", *args], capture_output=True, text=True, env=env, timeout=180
        )

    assert copydesk("list").returncode == 0
    missing = copydesk("show", "no-such-article")
    assert missing.returncode == 1
    assert missing.stderr.startswith("copydesk: ") and len(missing.stderr.strip().splitlines()) == 1
    assert copydesk("export", "x", "--format", "pdf").returncode == 2
    assert copydesk("list", "--status", "bogus").returncode == 1
    version = copydesk("--version")
    assert version.returncode == 0 and version.stdout.startswith("copydesk ")


def test_a_published_story_from_elsewhere_arrives_as_a_draft(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "theirs.md"
    text = ARTICLE_MD.replace("section: World", "section: World\nstatus: published")
    path.write_text(text, encoding="utf-8")
    article_id = run(capsys, "import", str(path))[1].strip()
    listed = json.loads(run(capsys, "list", "--json")[1])
    assert [(item["id"], item["status"]) for item in listed] == [(article_id, "draft")]


def test_reimporting_a_file_keeps_the_text_it_replaces_in_the_history(
    tmp_path: Path, data_dir: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor.store import ArticleStore

    code, out, err = run(capsys, "import", str(article_file))
    assert code == 0, err
    article_id = out.strip()
    exported = tmp_path / "exported.md"  # carries the article's id
    assert run(capsys, "export", article_id, "--format", "md", "-o", str(exported))[0] == 0
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:  # the window's autosave: stored, but coalesced into no revision of its own
        edited = store.get(article_id).copy(body="A paragraph written in Copydesk since the import.")
        assert store.save(edited).revision_id is None
    finally:
        store.close()

    code, out, err = run(capsys, "import", str(exported))
    assert code == 0 and out.strip() == article_id, err
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        assert "Winds of 150 km/h" in store.get(article_id).body
        bodies = [store.revision(article_id, info.id).body for info in store.revisions(article_id)]
    finally:
        store.close()
    assert "A paragraph written in Copydesk since the import." in bodies


def test_control_characters_in_stored_text_never_reach_the_terminal(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.json"
    hostile = "Storm\x1b[2J\x1b[H\x07 hits\x00 coast\x9b"
    path.write_text(json.dumps({"headlines": [{"value": hostile}], "by": hostile}), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    article_id = out.strip()
    for command in (["list"], ["show", article_id], ["history", article_id], ["search", "storm"]):
        code, out, _ = run(capsys, *command)
        assert code == 0
        assert "Storm" in out, command
        assert not any(ch in out for ch in "\x1b\x07\x00\x9b"), (command, out)


def test_json_that_is_no_news_item_is_refused_and_an_ap_item_is_imported(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blog = tmp_path / "blog.json"
    blog.write_text('{"title": "A blog post", "content": "<p>Not ninjs</p>"}', encoding="utf-8")
    code, out, err = run(capsys, "import", str(blog))
    assert code == 1 and out == ""
    assert "Traceback" not in err
    assert any("blog.json" in line and "no headline" in line for line in err.splitlines())
    assert run(capsys, "list", "--json")[1].strip() == "[]"

    wire = tmp_path / "ap.json"
    wire.write_text(
        json.dumps({"headline": "Storm cuts power", "body_html": "<p>Lines down.</p>", "located": "LISBON"}),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", str(wire))
    assert code == 0, err
    code, shown, _ = run(capsys, "show", out.strip())
    assert "Storm cuts power" in shown and "Lines down." in shown


def test_front_matter_without_a_field_is_warned_about_kept_and_exported(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: Storm\ncredit: with AFP\nlayout: post\nweight: 3\n---\nBody.\n")
    code, out, err = run(capsys, "import", str(story))
    assert code == 0
    warning = [line for line in err.splitlines() if "story.md" in line]
    assert len(warning) == 1 and "layout, weight" in warning[0] and "credit" not in warning[0]
    exported = tmp_path / "out.md"
    assert run(capsys, "export", out.strip(), "--format", "md", "-o", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")
    assert "credit_line: with AFP" in text and "layout: post" in text and "weight: 3" in text
