"""Spell checking with pyspellchecker (pure Python, English and French dictionaries in the wheel).

A dictionary takes about 0.3 s to load, so it loads on the task runner and the highlighter re-runs
when it arrives; until then nothing is flagged. Loaded dictionaries are shared by every editor.
Lookups are dictionary hits cached per word; suggestions are computed only when the context menu
asks, at edit distance 1 (about a millisecond).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid
from spellchecker import SpellChecker

from editor.ui import dictionary_loads
from editor.ui.body.background import default_runner
from editor.ui.tasks import TaskRunner

LANGUAGES = ("en", "fr")
MAX_SUGGESTIONS = 7
_ELISION_PREFIXES = ("qu", "jusqu", "lorsqu", "puisqu", "quoiqu")

_loaded: dict[str, SpellChecker] = {}
_loaded_lock = threading.Lock()


def _load(language: str) -> SpellChecker:
    with _loaded_lock:
        checker = _loaded.get(language)
    if checker is None:
        checker = SpellChecker(language=language, distance=1)
        with _loaded_lock:
            checker = _loaded.setdefault(language, checker)
    return checker


class SpellChecking(QObject):
    """Per-editor spelling state: language, user word list, cache of verdicts.

    ``dictionary_ready`` fires when the language's dictionary is loaded (the highlighter then
    rehighlights); ``message`` carries problems worth telling the user (unwritable word list).
    """

    dictionary_ready = Signal()
    message = Signal(str)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: TaskRunner | None = None  # None: the shared default runner
        self._language = ""
        self._checker: SpellChecker | None = None
        self._verdicts: dict[str, bool] = {}
        self._user_words: set[str] = set()
        self._user_dictionary: Path | None = None
        self.enabled = True
        self.set_language(language)

    # --- configuration ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @property
    def ready(self) -> bool:
        return self._checker is not None

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no dictionary for language {language!r} (have: {', '.join(LANGUAGES)})")
        if language == self._language:
            return
        self._language = language
        self._verdicts.clear()
        with _loaded_lock:
            self._checker = _loaded.get(language)
        if self._checker is None:
            dictionary_loads.when_allowed(lambda: self._start_loading(language))
        else:
            self.dictionary_ready.emit()

    def _start_loading(self, language: str) -> None:
        if not isValid(self) or language != self._language:  # closed, or another language asked since
            return
        (self.runner or default_runner()).run_query(
            lambda: _load(language),
            success=lambda _checker: self._on_loaded(language),
            failure=self._on_load_failed,
            label=f"load {language} dictionary",
        )

    def set_user_dictionary(self, path: Path | str) -> None:
        """Words the user added, one per line; created on the first "Add to dictionary"."""
        self._user_dictionary = Path(path)
        try:
            text = self._user_dictionary.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        except (OSError, UnicodeDecodeError) as exc:
            self.message.emit(self.tr("Could not read the personal dictionary: %1").replace("%1", str(exc)))
            text = ""
        self._user_words = {line.strip().casefold() for line in text.splitlines() if line.strip()}
        self._verdicts.clear()
        self.dictionary_ready.emit()

    # --- checking --------------------------------------------------------------------------------

    def is_misspelled(self, word: str) -> bool:
        """False when unsure (dictionary not loaded yet, numbers, acronyms)."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._judge(word)
            self._verdicts[word] = verdict
        return verdict

    def _judge(self, word: str) -> bool:
        if self._checker is None or len(word) < 2 or word.isupper() or any(c.isdigit() for c in word):
            return False
        known = self._checker.word_frequency.dictionary
        folded = word.replace("’", "'").casefold()
        if folded in known or folded in self._user_words:
            return False
        if "'" in folded:
            parts = [p for p in folded.split("'") if p]
            return not all(
                len(p) <= 2 or p in _ELISION_PREFIXES or p in known or p in self._user_words for p in parts
            )
        if "-" in folded or "." in folded:
            parts = [p for p in folded.replace(".", "-").split("-") if p]
            return not all(p in known or p in self._user_words for p in parts)
        return True

    def suggestions(self, word: str) -> list[str]:
        if self._checker is None:
            return []
        folded = word.replace("’", "'").casefold()
        checker = self._checker
        # Edit distance 1 only: about 1 ms, where pyspellchecker's distance 2 takes 0.4–1 s even for
        # five-letter words, far too long for a context menu on the GUI thread.
        found = checker.known(checker.edit_distance_1(folded))
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return ranked

    def add_to_dictionary(self, word: str) -> None:
        folded = word.replace("’", "'").casefold()
        self._user_words.add(folded)
        self._verdicts.clear()
        if self._user_dictionary is not None:
            try:
                self._user_dictionary.parent.mkdir(parents=True, exist_ok=True)
                with self._user_dictionary.open("a", encoding="utf-8") as handle:
                    handle.write(folded + "\n")
            except OSError as exc:
                self.message.emit(
                    self.tr("Could not save “%1” to the personal dictionary: %2")
                    .replace("%1", word)
                    .replace("%2", str(exc))
                )
        self.dictionary_ready.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if isValid(self):
            self.message.emit(
                self.tr("Spell checking is off: the dictionary could not be loaded (%1).").replace(
                    "%1", str(error)
                )
            )

    def _on_loaded(self, language: str) -> None:
        if not isValid(self):  # the editor was closed while the dictionary loaded
            return
        if language == self._language and self._checker is None:
            with _loaded_lock:
                self._checker = _loaded.get(language)
            self._verdicts.clear()
            self.dictionary_ready.emit()
