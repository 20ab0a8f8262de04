"""Finding the files under ``resources/`` wherever Copydesk runs from.

The same code runs from three layouts, and none of them may depend on the working directory:

* an installed wheel: the files live inside the package at ``editor/resources/`` (pyproject force-includes
  the top-level ``resources/`` there);
* a PyInstaller bundle: the build collects them to the same place, ``<bundle>/_internal/editor/resources``;
* the source tree or an editable install: there is no ``editor/resources/`` directory, so we fall back to
  the repository's top-level ``resources/`` next to the ``editor`` package.

The package's own folder is looked at first, so that an installed copy always wins over a stray
checkout. (It is what ``importlib.resources.files("editor")`` names for a package on disk; asking it
costs ~3 ms of imports on the way to the window.) Callers get real :class:`pathlib.Path` objects
because Qt (``QIcon``, ``QSvgRenderer``) needs file names; zipped installs are therefore not supported
(pip never installs a wheel zipped).
"""

from __future__ import annotations

import functools
from pathlib import Path

RESOURCES_DIR = "resources"


@functools.cache
def resources_root() -> Path:
    """The directory holding all resources (``icons/``, ``app/``, ``welcome/`` ...)."""
    package = Path(__file__).resolve().parent
    packaged = package / RESOURCES_DIR
    if packaged.is_dir():
        return packaged
    source_tree = package.parent / RESOURCES_DIR
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError(
        f"Copydesk's resources are missing: looked in {packaged} and {source_tree}. "
        "The installation is incomplete; reinstall Copydesk."
    )


def resource_path(*parts: str) -> Path:
    """The path of a resource file or folder, e.g. ``resource_path("app", "copydesk.svg")``.

    Raises FileNotFoundError naming the resource when it does not exist, so a packaging mistake shows up
    as a clear error rather than as a silently blank icon.
    """
    if not parts:
        raise ValueError("resource_path() needs at least one path part")
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource not found: {'/'.join(parts)} (looked in {resources_root()})")
    return path


def read_text(*parts: str, encoding: str = "utf-8") -> str:
    """The text of a resource file."""
    return resource_path(*parts).read_text(encoding=encoding)


def read_bytes(*parts: str) -> bytes:
    """The bytes of a resource file."""
    return resource_path(*parts).read_bytes()


def app_icon_path() -> Path:
    """The scalable application icon (the SVG master every PNG size is rendered from)."""
    return resource_path("app", "copydesk.svg")
