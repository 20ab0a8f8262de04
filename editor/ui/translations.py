"""The interface's language: Copydesk's catalogues and Qt's own ``qtbase`` ones, installed on the app.

The sources are Qt Linguist ``.ts`` files in ``resources/translations/`` (refreshed from the code with
``python3 -m editor.ui.translations_update``). A wheel or bundle ships them compiled to ``.qm`` (the hatch
build hook, ``hatch_build.py``); a source checkout or an editable install has only the ``.ts``, so the
first start compiles it with Qt's ``lrelease`` into the user's cache folder (again whenever it changes).

English has a catalogue too: it holds the English plural forms of ``tr("%n word(s)", "", n)``.
Call :func:`install_translations` once, before the first widget exists; a language chosen later in
Preferences takes effect at the next start.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGUE = "copydesk"
SOURCE_LANGUAGE = "en"
# (code, the language's name in itself) for Preferences; every code has resources/translations/*.ts.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"))
LRELEASE_TIMEOUT_S = 60

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def available_languages() -> list[tuple[str, str]]:
    """The interface languages as (code, native name), e.g. ``("fr", "Français")``."""
    return list(LANGUAGES)


def language_change_note() -> str:
    """What Preferences says under the interface language: the choice applies from the next start."""
    return QCoreApplication.translate(
        "Translations", "The interface language changes the next time Copydesk starts."
    )


def current_language() -> str:
    """The language :func:`install_translations` loaded last (``"en"`` before any)."""
    return _current


def resolve_language(language: str) -> str:
    """The language to load for a Preferences value: ``language`` itself when Copydesk has it, and for
    ``""`` the first of the system's UI languages it has (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, as ``QLocale.system()`` reads them); English otherwise."""
    known = {code for code, _name in LANGUAGES}
    wanted = [language] if language else QLocale.system().uiLanguages()
    for tag in wanted:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in known:
            return code
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` ("" = the system's) on ``app``, replacing those of an
    earlier call, and return the language actually loaded (``"en"`` when a catalogue is missing)."""
    global _current
    code = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = _copydesk_translator(code)
    if ours is None and code != SOURCE_LANGUAGE:
        log.warning("no %s translation of Copydesk found; the interface stays in English", code)
        code = SOURCE_LANGUAGE
        ours = _copydesk_translator(code)
    qt = _qtbase_translator(code)
    if qt is not None:
        _installed.append(qt)  # standard buttons and dialogs: "Annuler", "Enregistrer"...
    if ours is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    # Numbers (%Ln) and dates as the interface's language writes them: the system's region when it speaks
    # that language (fr_CA stays Canadian), else the language's own. Not QLocale.system() itself: with
    # LANGUAGE=fr and LANG=C it says French but writes numbers the C way ("2,777 caractères").
    system = QLocale.system().name()
    QLocale.setDefault(QLocale(system if system.lower().startswith(code) else code))
    _current = code
    return code


def _qtbase_translator(code: str) -> QTranslator | None:
    """Qt's own words (standard buttons, file dialogs) from the PySide6 wheel's catalogues."""
    if code == SOURCE_LANGUAGE:
        return None
    import PySide6

    translator = QTranslator()
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),  # a bundle without qt.conf
    ):
        if translator.load(f"qtbase_{code}", folder):
            return translator
    log.warning("Qt's own %s translation (qtbase_%s.qm) is missing", code, code)
    return None


def _copydesk_translator(code: str) -> QTranslator | None:
    path = compiled_catalogue(code)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not load the translation %s", path)
        return None
    return translator


def catalogue_folder() -> Path | None:
    """``resources/translations`` of this installation (None when it has none)."""
    from editor.resources import resources_root

    try:
        folder = resources_root() / "translations"
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def compiled_catalogue(code: str) -> Path | None:
    """The ``.qm`` of ``code``: the one the build shipped, else the ``.ts`` compiled into the cache."""
    folder = catalogue_folder()
    if folder is None:
        return None
    shipped = folder / f"{CATALOGUE}_{code}.qm"
    if shipped.is_file():
        return shipped
    source = folder / f"{CATALOGUE}_{code}.ts"
    if not source.is_file():
        return None
    return _compile_into_cache(source)


def _compile_into_cache(source: Path) -> Path | None:
    """A source checkout: ``lrelease`` the ``.ts`` into the cache, named by its size and modification
    time (any edit or checkout changes them; hashing the contents cost each start ~2 ms)."""
    from platformdirs import user_cache_dir

    stat = source.stat()
    cache = Path(user_cache_dir("copydesk")) / "translations"
    target = cache / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}.qm"
    if target.is_file():
        return target
    import subprocess  # only to compile: not on the way to the window
    import tempfile

    lrelease = lrelease_path()
    if lrelease is None:
        log.warning("Qt's lrelease is missing: cannot compile %s", source)
        return None
    partial = None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(suffix=".qm", dir=cache)
        os.close(handle)
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", partial],
            check=True,
            capture_output=True,
            timeout=LRELEASE_TIMEOUT_S,
        )
        os.replace(partial, target)  # another process compiling the same file writes the same bytes
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        if partial is not None:
            Path(partial).unlink(missing_ok=True)
        return None
    return target


def lrelease_path() -> Path | None:
    """Qt's ``lrelease`` as PySide6 ships it."""
    return qt_tool("lrelease")


def qt_tool(name: str) -> Path | None:
    """A Linguist tool (``lrelease``, ``lupdate``) from the PySide6 wheel."""
    import PySide6

    for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}"):
        path = Path(PySide6.__file__).parent / candidate
        if path.is_file():
            return path
    return None
