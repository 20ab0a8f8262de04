"""Hatch build hook: the wheel ships the interface's translations compiled, as Qt loads them.

``resources/translations/*.ts`` (the sources, refreshed by ``python3 -m editor.ui.translations_update``)
are compiled with Qt's ``lrelease`` from the PySide6 wheel (a dependency of this hook, so pip puts it in
the isolated build environment) and added as ``editor/resources/translations/*.qm``. The ``.qm`` files
are build output, never committed. An editable install gets none: there the app compiles the ``.ts``
into the user's cache on first use (editor/ui/translations.py).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise RuntimeError(f"Qt's lrelease is not in the PySide6 wheel at {folder}")


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        if not sources:
            raise RuntimeError("resources/translations/ holds no .ts file: the wheel would be English only")
        self._out = Path(tempfile.mkdtemp(prefix="copydesk-qm-"))
        tool = lrelease()
        for source in sources:
            compiled = self._out / f"{source.stem}.qm"
            subprocess.run([str(tool), "-silent", str(source), "-qm", str(compiled)], check=True)
            build_data["force_include"][str(compiled)] = f"editor/resources/translations/{compiled.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
