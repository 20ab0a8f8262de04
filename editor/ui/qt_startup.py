"""PySide6 as the window's process first imports it, without its per-module source scan.

From the moment PySide6 is imported, its import hook (``shibokensupport.feature``) reads the source file
of every module imported after it, looking for ``PySide6`` to decide whether ``from __feature__ import``
selections (snake_case, true_property) apply there. Copydesk selects no feature, so the scan only costs:
about 10 ms of the ~100 modules loaded before the story is on screen (tests/benchmarks/bench_ui.py).
This marks modules as not selecting features without reading them. The hook is private to PySide6:
when it is not found, nothing changes.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the hook)


def _selects_no_feature(_module: object) -> bool:
    return False


def skip_feature_scan() -> None:
    """Make PySide6's import hook treat every module imported from now on as selecting no feature."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _selects_no_feature
