"""A database file damaged on disk (a bad sector, a half-copied file) is refused at open, before any write:
``new``, ``search`` and ``list`` all stop with one line, and the file stays exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from editor.cli import main
from editor.store import ArticleStore
from tests.store.helpers import store_error_saying


def damage_a_page_no_command_reads(path: Path) -> None:
    """Overwrite the b-tree page of the sync_sites table (untouched by new/search/list) with garbage."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sync_sites'"
        ).fetchone()
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff\xff\xff\x00" * 16)


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.sqlite3*"))}


def test_a_damaged_file_is_refused_and_never_written(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--headline", "Written before the damage"]) == 0
    database = next(data_dir.glob("*.sqlite3"))
    damage_a_page_no_command_reads(database)
    before = fingerprint(data_dir)
    capsys.readouterr()
    for command in (["new", "--headline", "Written into the damage"], ["search", "damage"], ["list"]):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert "damaged" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
    assert fingerprint(data_dir) == before
    with store_error_saying("damaged"):
        ArticleStore.open(database)
    assert fingerprint(data_dir) == before
