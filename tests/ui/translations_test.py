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
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.ui.translations import (
    available_languages,
    install_translations,
)
from editor.ui.translations_update import catalogue, lupdate_command

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
    "Type",
    "Image",
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
    plain = re.sub(r"\w+://\S*|\d:\d", "X", plain)  # addresses and times
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


def test_the_system_language_is_followed_when_preferences_say_so(tmp_path: Path) -> None:
    """`LANGUAGE=fr copydesk` for a one-off run in French (Preferences left on the system's language)."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from editor.ui.translations import install_translations\n"
        "app = QApplication([])\n"
        "print(install_translations(app, ''), install_translations(app, 'en'))\n"
    )
    env = {**os.environ, "LANGUAGE": "fr", "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["fr", "en"]
