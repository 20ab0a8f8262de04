"""Only pictures the journalist placed reach the public site: beside the imported file, or put in through the
window. Each test imports real files from temporary folders and publishes with ``copydesk`` against the real
WordPress, then looks on the site for what was uploaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from editor.article import Article, Byline, FeaturedImage
from editor.cli import main
from editor.store import ArticleStore
from tests.cms.conftest import write_png
from tests.sync.conftest import posts_marked
from tests.wordpress.server import WordPressServer

pytest_plugins = ["tests.wordpress.fixtures"]
pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _story(path: Path, body: str, *, image: str = "") -> Path:
    """A Markdown story ready to publish (headline, byline, body), optionally with a featured image."""
    path.parent.mkdir(parents=True, exist_ok=True)
    featured = f"featured_image:\n  path: {json.dumps(image)}\n  alt: A picture\n" if image else ""
    path.write_text(
        f"---\nheadline: Harbour closed {uuid.uuid4().hex[:6]}\nbylines: [Maria Keller]\n{featured}---\n\n"
        f"The harbour closed on Tuesday.\n\n{body}\n"
    )
    return path


def _import(capsys: pytest.CaptureFixture[str], path: Path | str) -> str:
    code, out, err = _run(capsys, "import", str(path))
    assert code == 0, err
    return out.strip()


def _media_named(wordpress: WordPressServer, stem: str) -> list[dict]:
    with wordpress.rest() as rest:
        found = rest.get("/wp/v2/media", params={"search": stem, "context": "edit", "per_page": 100})
    found.raise_for_status()
    return [item for item in found.json() if stem in str(item.get("source_url", ""))]


def _png(path: Path) -> Path:
    """A real PNG whose bytes no other test uploads (the site finds an earlier upload by its hash)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_png(path, tuple(uuid.uuid4().bytes[:3]))


def _stem() -> str:
    return f"prov-{uuid.uuid4().hex[:10]}"


def test_a_picture_beside_the_imported_file_is_published_from_another_directory(
    wordpress: WordPressServer, keyring_account: str, data_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    stem = _stem()
    desk = tmp_path / "desk"
    _png(desk / "sub" / f"{stem}.png")
    _story(desk / "sub" / "rel.md", f"![p]({stem}.png)")
    monkeypatch.chdir(desk)
    article_id = _import(capsys, "sub/rel.md")  # a relative name, as typed in a terminal
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "COPYDESK_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "editor", "publish", article_id],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    [post] = posts_marked(wordpress, article_id)
    [media] = _media_named(wordpress, stem)
    assert media["source_url"] in post["content"]["raw"]


@pytest.mark.parametrize("way", ["parent", "home", "absolute", "symlink", "file-url"])
def test_a_picture_outside_the_imported_files_folder_is_never_uploaded(
    wordpress: WordPressServer,
    keyring_account: str,
    store: ArticleStore,
    tmp_path: Path,
    monkeypatch,
    capsys,
    way: str,
) -> None:
    stem = _stem()
    outside = _png(tmp_path / "private" / f"{stem}.png")  # a real picture: only where it lies is wrong
    folder = tmp_path / "desk" / "story"
    folder.mkdir(parents=True)
    reference = {
        "parent": f"../../private/{stem}.png",
        "home": f"~/{stem}.png",
        "absolute": str(outside),
        "symlink": f"{stem}-link.png",
        "file-url": f"file://{folder / (stem + '-here.png')}",
    }[way]
    if way == "home":
        monkeypatch.setenv("HOME", str(outside.parent))
    if way == "symlink":
        (folder / f"{stem}-link.png").symlink_to(outside)
    if way == "file-url":  # even a file lying in the folder: an imported file: address is never followed
        _png(folder / f"{stem}-here.png")
    article_id = _import(capsys, _story(folder / "story.md", f"![b]({reference})"))

    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1
    assert reference in err and "not published" in err
    assert posts_marked(wordpress, article_id) == []
    assert _media_named(wordpress, stem) == []


@pytest.mark.parametrize("kind", ["markdown", "ninjs"])
def test_a_file_url_as_the_featured_image_of_an_imported_item_is_never_uploaded(
    wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys, kind: str
) -> None:
    stem = _stem()
    folder = tmp_path / "wire"
    picture = _png(folder / f"{stem}.png")
    if kind == "markdown":
        path = _story(folder / "story.md", "", image=f"file://{picture}")
    else:
        path = folder / "item.json"
        item = {
            "uri": f"urn:wire:{stem}",
            "headline": "Harbour closed",
            "body_text": "The harbour closed on Tuesday.",
            "by": "Maria Keller",
            "associations": {
                "featureimage": {
                    "type": "picture",
                    "renditions": {"original": {"href": f"file://{picture}", "mimetype": "image/png"}},
                    "description_text": "A picture",
                }
            },
        }
        path.write_text(json.dumps(item))
    article_id = _import(capsys, path)
    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1 and f"file://{picture}" in err
    assert posts_marked(wordpress, article_id) == []
    assert _media_named(wordpress, stem) == []


def test_a_picture_typed_into_an_article_made_in_the_app_is_not_uploaded(
    wordpress: WordPressServer, keyring_account: str, store: ArticleStore, tmp_path: Path, capsys
) -> None:
    stem = _stem()
    picture = _png(tmp_path / f"{stem}.png")
    article = Article(
        headline="Harbour closed",
        body=f"The harbour closed.\n\n![p]({picture})",
        bylines=[Byline("Maria Keller")],
        featured_image=FeaturedImage(str(picture), alt="The harbour"),
    )
    store.save(article)
    code, _, err = _run(capsys, "publish", article.id)
    assert code == 1 and str(picture) in err and "Insert" in err
    assert _media_named(wordpress, stem) == []


def test_a_text_file_beside_the_imported_file_is_never_uploaded(
    wordpress: WordPressServer, keyring_account: str, tmp_path: Path, capsys
) -> None:
    stem = _stem()
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / f"{stem}.png").write_text("password: hunter2\n")
    article_id = _import(capsys, _story(folder / "story.md", f"![b]({stem}.png)"))
    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1 and "not an image" in err and f"{stem}.png" in err
    assert _media_named(wordpress, stem) == []


def test_front_matter_cannot_claim_a_file_was_placed_through_the_window(
    wordpress: WordPressServer, keyring_account: str, store: ArticleStore, tmp_path: Path, capsys
) -> None:
    stem = _stem()
    outside = _png(tmp_path / "private" / f"{stem}.png")
    path = _story(tmp_path / "desk" / "story.md", f"![b]({outside})")
    text = path.read_text().replace("---\n", f"---\norigin:\n  folder: /\n  placed: [{outside}]\n", 1)
    path.write_text(text)
    article_id = _import(capsys, path)
    assert str(outside) not in store.get(article_id).origin.placed
    code, _, err = _run(capsys, "publish", article_id)
    assert code == 1 and str(outside) in err
    assert _media_named(wordpress, stem) == []
