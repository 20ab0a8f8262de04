"""The interface in French, and the catalogues that make it so.

When one of the catalogue tests fails after you added or changed a string: run
``python3 -m editor.ui.translations_update`` (Qt's lupdate merges the code's strings into
resources/translations/*.ts), then translate what it added to copydesk_fr.ts (``pyside6-linguist
resources/translations/copydesk_fr.ts`` or the XML itself) and give the English plural forms of any
``%n`` string in copydesk_en.ts.

Real parts: Qt's lupdate and lrelease, the real main window and dialogs, offscreen.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from editor.article import Article, Byline, Severity
from editor.render.checklist import run_checklist
from editor.resources import read_text
from editor.ui.translations import (
    available_languages,
    compiled_catalogue,
    install_translations,
)
from editor.ui.translations_update import CATALOGUES, catalogue, lupdate_command
from editor.welcome import welcome_resource
from tests.ui.shell_support import EVENT_TIMEOUT_MS, SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]

REFRESH = "run `python3 -m editor.ui.translations_update` and translate the new strings"
# Words that are the same in French (names, codes, what the user typed).
SAME_IN_FRENCH = {
    "OK",
    "Copydesk",
    "URL",
    "Slug",
    "Markdown",
    "HTML",
    "WordPress",
    "Ghost",
    "ninjs",
    "Tags",
    "Section",
    "Sections",
    "Source",
    "Sources",
    "Note",
    "Description",
    "Article",
    "Articles",
    "Version",
    "Contact",
    "Photo",
    "Journal",
    "Date",
    "Options",
    "Action",
    "Format",
    "Type",
    "Image",
    "Image…",
    "Images",
    "Message",
    "Original",
    "Interview",
    "Publication",
    "Correspondent",
}
PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[^{}]*\}")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, <message>) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(path: Path) -> list[str]:
    problems = []
    for context, message in messages(path):
        kind = message.find("translation").get("type", "")
        empty = not all(text.strip() for text in translations_of(message))
        if kind in ("unfinished", "obsolete", "vanished") or empty:
            problems.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    return problems


def test_every_string_in_the_code_has_a_french_translation() -> None:
    problems = unfinished(catalogue("fr"))
    assert not problems, f"{len(problems)} strings without French ({REFRESH}):\n" + "\n".join(problems)


def test_every_plural_has_its_english_forms() -> None:
    english = messages(catalogue("en"))
    assert english, "copydesk_en.ts holds no plural forms"
    assert all(m.get("numerus") == "yes" for _c, m in english)
    problems = unfinished(catalogue("en"))
    assert not problems, f"plurals without their English forms ({REFRESH}):\n" + "\n".join(problems)


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """lupdate run again on the code must find nothing new and nothing gone."""
    for code, _name in available_languages():
        committed = catalogue(code)
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        subprocess.run(
            lupdate_command([fresh], plural_only=code == "en"), check=True, capture_output=True, timeout=120
        )
        before = {(c, m.findtext("source")) for c, m in messages(committed)}
        after = {(c, m.findtext("source")) for c, m in messages(fresh)}
        added = sorted(after - before)
        gone = sorted(before - after)
        assert not added and not gone, (
            f"{committed.name} is out of date with the code ({REFRESH}).\n"
            + "".join(f"new in the code: {c}: {s!r}\n" for c, s in added)
            + "".join(f"no longer in the code: {c}: {s!r}\n" for c, s in gone)
        )


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    """A lost %1 or {path} would drop the file name or the count from the sentence the user reads."""
    problems = []
    for code, _name in available_languages():
        for context, message in messages(catalogue(code)):
            source = message.findtext("source") or ""
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in translations_of(message):
                # an English or French singular may say "This file" instead of "1 file"
                found = sorted(set(PLACEHOLDER.findall(text)))
                if message.get("numerus") == "yes":
                    found = [p for p in found if "n" not in p]
                    expected = [p for p in wanted if "n" not in p]
                else:
                    expected = wanted
                if found != expected and text:
                    problems.append(f"{code} {context}: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


def typography_problem(text: str) -> bool:
    """A French sentence with a plain space (or none) before : ; ? ! » or after «."""
    plain = PLACEHOLDER.sub("X", text)
    plain = re.sub(r"\w+://\S*|\bfile:|\d:\d", "X", plain)  # addresses, the file: scheme, times
    return bool(re.search(r"[^\u202f\u00a0][:;?!»]|«[^\u202f\u00a0]", plain))


def test_french_typography_puts_a_narrow_no_break_space_before_high_punctuation() -> None:
    problems = [
        f"{context}: {text!r}"
        for context, message in messages(catalogue("fr"))
        for text in translations_of(message)
        if typography_problem(text)
    ]
    assert not problems, "French wants U+202F before : ; ? ! » and after «:\n" + "\n".join(problems)


@pytest.fixture
def french(qapp: QApplication):
    """The interface in French for one test, English again after it."""
    assert install_translations(qapp, "fr") == "fr"
    yield
    install_translations(qapp, "en")


def test_plurals_follow_each_language(qapp: QApplication, french) -> None:
    translate = QCoreApplication.translate
    assert translate("LibraryModel", "%Ln word(s)", "", 1) == "1 mot"
    assert translate("LibraryModel", "%Ln word(s)", "", 0) == "0 mot"  # French: zero is singular
    assert translate("LibraryModel", "%Ln word(s)", "", 2048) == "2\u202f048 mots"
    install_translations(qapp, "en")
    assert translate("LibraryModel", "%Ln word(s)", "", 1) == "1 word"
    assert translate("LibraryModel", "%Ln word(s)", "", 2048) == "2,048 words"
    assert translate("ChecklistPane", "%n warning(s)", "", 0) == "0 warnings"


def test_a_source_checkout_compiles_its_catalogue_into_the_cache(tmp_path: Path, monkeypatch) -> None:
    """No .qm is committed: an editable install compiles the .ts with lrelease on first use."""
    assert not list(CATALOGUES.glob("*.qm"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compiled = compiled_catalogue("fr")
    assert compiled is not None and compiled.is_relative_to(tmp_path) and compiled.stat().st_size > 1000


def test_the_system_language_is_followed_when_preferences_say_so(tmp_path: Path) -> None:
    """`LANGUAGE=fr copydesk` for a one-off run in French (Preferences left on the system's language)."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from editor.ui.translations import install_translations\n"
        "app = QApplication([])\n"
        "print(install_translations(app, ''))\n"
        "print(QCoreApplication.translate('WindowStatusBar', '%Ln character(s)', '', 2777))\n"
        "print(install_translations(app, 'en'))\n"
    )
    env = {**os.environ, "LANGUAGE": "fr", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env |= {"XDG_CACHE_HOME": str(tmp_path)}
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.splitlines() == ["fr", "2\u202f777 caractères", "en"]  # French words and numbers


def visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the window's actions, menus, labels and buttons, mnemonics removed."""
    found = []
    for action in widget.findChildren(QAction):
        found += [("action", action.text()), ("tooltip", action.toolTip())]
        found.append(("status tip", action.statusTip()))
    for menu in widget.findChildren(QMenu):
        found.append(("menu", menu.title()))
    for label in widget.findChildren(QLabel):
        found.append(("label", label.text()))
    for button in widget.findChildren(QAbstractButton):
        found.append(("button", button.text()))
        found.append(("tooltip", button.toolTip()))
    for bar in widget.findChildren(QTabBar):
        found += [("tab", bar.tabText(i)) for i in range(bar.count())]
    for combo in widget.findChildren(QComboBox):
        found += [("choice", combo.itemText(i)) for i in range(combo.count())]
    for edit in widget.findChildren(QLineEdit):
        found.append(("placeholder", edit.placeholderText()))
    for header in widget.findChildren(QHeaderView):
        if header.model() is not None:
            found += [
                ("column", str(header.model().headerData(i, header.orientation()) or ""))
                for i in range(header.count())
            ]
    return [(where, text.replace("&", "")) for where, text in found if text and not text.isspace()]


def english_leftovers(widget: QWidget) -> list[str]:
    """Texts that are still an English source string of the catalogue (and not French as well)."""
    english = {
        (m.findtext("source") or "").replace("&", "")
        for _c, m in messages(catalogue("fr"))
        if m.get("numerus") != "yes"
    }
    return sorted(
        f"{where}: {text!r}" for where, text in visible_texts(widget) if text in english - SAME_IN_FRENCH
    )


def shown_dialogs(window: QWidget) -> list[QDialog]:
    return [dialog for dialog in window.findChildren(QDialog) if dialog.isVisible()]


STORY = Article(
    headline="Le maire défend le nouveau pont",
    body='"Nous le construirons à temps", a dit le maire.\n',
    bylines=[Byline("Ana Ruiz")],
    section="Actualité",
)


def test_the_window_menus_a_dialog_and_the_checklist_speak_french(
    qtbot, store, french, window_factory
) -> None:
    store.save(STORY.copy())
    window = window_factory()
    window.commands.open_article(STORY.id)
    qtbot.waitUntil(lambda: window.current_article_id() == STORY.id, timeout=SAVE_TIMEOUT_MS)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "É&dition", "F&ormat"], titles

    pane = window.checklist
    qtbot.waitUntil(lambda: pane.list.count() > 0, timeout=SAVE_TIMEOUT_MS)
    findings = [pane.list.item(row).text() for row in range(pane.list.count())]
    assert any("source" in text and text.startswith("Erreur") for text in findings), findings
    assert "erreur" in pane.summary.text()

    assert english_leftovers(window) == []

    from editor.ui.publish import install_publishing

    ui = install_publishing(window)
    openers = [
        window.window_actions.about.trigger,
        window.window_actions.history.trigger,
        ui.show_accounts,
        ui.show_outbox,
    ]
    for open_dialog in openers:
        open_dialog()
        qtbot.waitUntil(
            lambda: any(d.isVisible() for d in window.findChildren(QDialog)), timeout=EVENT_TIMEOUT_MS
        )
        (dialog,) = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert english_leftovers(dialog) == [], dialog.objectName()
        closing = [b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
        assert "&Fermer" in closing or "Fermer" in closing, closing  # Qt's own words, from qtbase_fr
        dialog.close()
        qtbot.waitUntil(lambda: not shown_dialogs(window), timeout=EVENT_TIMEOUT_MS)


def test_a_first_start_in_french_writes_the_french_welcome_article(
    qtbot, store, french, window_factory
) -> None:
    window = window_factory()
    qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=SAVE_TIMEOUT_MS)
    welcome = store.get(window.current_article_id())
    assert welcome.headline == "Bienvenue dans Copydesk" and welcome.language == "fr"
    errors = [p.code for p in run_checklist(welcome) if p.severity is Severity.ERROR]
    assert errors == ["sample_article"]  # the sample, like the English one, and clean otherwise


def test_the_french_welcome_article_names_real_shortcuts_and_menus(qtbot, french, main_window) -> None:
    text = read_text(*welcome_resource("fr"))
    rows = re.findall(r"^\| (Ctrl[^|]*?) \|", text, re.MULTILINE)
    documented = {keys.strip() for row in rows for keys in row.split(" / ")}
    assert len(documented) >= 10

    def shortcuts() -> set[str]:
        native = QKeySequence.SequenceFormat.NativeText
        return {
            key.toString(native) for action in main_window.findChildren(QAction) for key in action.shortcuts()
        }

    qtbot.waitUntil(lambda: documented <= shortcuts(), timeout=SAVE_TIMEOUT_MS)
    menus = {
        action.text().replace("&", ""): {item.text().replace("&", "") for item in action.menu().actions()}
        for action in main_window.menuBar().actions()
        if action.menu() is not None
    }
    named = re.findall(r"\b(Fichier|Édition|Format|Affichage|Article|Aide) → ([A-ZÀ-Ý][\w ']*…?)", text)
    assert named
    for menu, item in named:
        assert item in menus.get(menu, set()), f"the French welcome article sends users to {menu} → {item}"


def test_the_library_names_weekdays_in_the_interface_language(french) -> None:
    from editor.ui.library.model import relative_time

    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    shown = relative_time(now - timedelta(days=2), now)
    french_days = {QLocale("fr").dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)}
    assert shown.split()[0] in french_days, shown


def mnemonic(text: str) -> str | None:
    """The Alt letter of a menu or button text ("&&" is a literal ampersand)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_french_mnemonics_are_unique_in_the_menu_bar_and_in_each_menu(qtbot, french, main_window) -> None:
    from editor.ui.publish import install_publishing

    install_publishing(main_window)
    menus = [("menu bar", main_window.menuBar().actions())]
    menus += [(m.title(), m.actions()) for m in main_window.findChildren(QMenu) if m.actions()]
    clashes = []
    for name, actions in menus:
        letters = [mnemonic(a.text()) for a in actions if a.isVisible() and not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        if len(letters) != len(set(letters)):
            clashes.append(f"{name}: {[a.text() for a in actions if a.text()]}")
    assert clashes == []


def test_the_history_names_the_cores_reasons_in_french(french) -> None:
    from editor.ui.history.dialog import reason_text

    assert reason_text("welcome article") == "article de bienvenue"
    assert reason_text("imported from story.md") == "importé depuis story.md"
    assert reason_text("a reason someone typed") == "a reason someone typed"


def test_every_dialog_of_the_window_speaks_french(qtbot, french, main_window) -> None:
    """Preferences, Keyboard Shortcuts, History, Outbox, Accounts, About, Open from CMS and the conflict
    dialog, opened as the window opens them (tests/ui/keyboard_test.py's list)."""
    from editor.ui.publish import install_publishing
    from tests.ui.keyboard_test import every_dialog

    install_publishing(main_window)
    leftovers = [
        f"{type(d).__name__}: {text}"
        for d in every_dialog(qtbot, main_window)
        for text in english_leftovers(d)
    ]
    assert leftovers == []
