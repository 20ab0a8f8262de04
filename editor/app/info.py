"""The application's names and where its data lives: one small module the CLI and the window share."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Copydesk"
DATABASE_NAME = "copydesk.sqlite3"
DATA_DIR_ENV = "COPYDESK_DATA_DIR"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("copydesk")
    except PackageNotFoundError:
        return "0+unknown"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(option: str | None) -> Path:
    """``--data-dir`` wins over ``COPYDESK_DATA_DIR``, which wins over the platform's data folder."""
    chosen = option or os.environ.get(DATA_DIR_ENV) or ""
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()
