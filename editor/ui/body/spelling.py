"""Spell checking with pyspellchecker (pure Python, a dictionary per language in the wheel).

It follows the article's language (a BCP 47 tag). pyspellchecker has one English dictionary, which
knows American spellings ("color") but not British ones ("colour", "metres", "organise"); breame's
lists of British and American spellings make the difference: in British (and other non-US) English
the British spellings are words, in American English they are misspellings whose first suggestion is
the American spelling. English without a region keeps the plain dictionary.

A dictionary takes about 0.3 s to load, so it loads on the task runner and the highlighter re-runs
when it arrives; until then nothing is flagged. Loaded dictionaries are shared by every editor.
Lookups are dictionary hits cached per word; suggestions are computed only when the context menu
asks, at edit distance 1 (about a millisecond).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from editor.languages import normalize_tag, primary
from editor.ui import dictionary_loads
from editor.ui.body.background import default_runner
from editor.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# pyspellchecker's dictionaries (primary language subtags).
DICTIONARIES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "fa", "lv", "eu"})
# What the Spelling menu offers; any tag whose language has a dictionary is checked.
LANGUAGES = ("en-GB", "en-US", "fr", "de", "es", "it", "pt", "nl", "ru", "ar")
MAX_SUGGESTIONS = 7
_ELISION_PREFIXES = ("qu", "jusqu", "lorsqu", "puisqu", "quoiqu")


@dataclass(frozen=True, slots=True)
class _Dictionary:
    """A loaded language: the word list, plus the spellings of the English variant."""

    checker: SpellChecker
    accepted: frozenset[str] = frozenset()  # words beyond the dictionary (British spellings)
    refused: Mapping[str, str] = field(default_factory=dict)  # word -> the spelling to use instead


_loaded: dict[str, _Dictionary] = {}
_loaded_lock = threading.Lock()


def dictionary_key(language: str) -> str | None:
    """What ``language`` (BCP 47) is checked with: "en-GB", "en-US", "en", "fr"...; None: no dictionary."""
    tag = normalize_tag(language)
    code = primary(tag)
    if code not in DICTIONARIES:
        return None
    if code != "en" or tag == "en":
        return code
    return "en-US" if tag.split("-")[1:2] == ["US"] else "en-GB"


def _load(key: str) -> _Dictionary:
    """Runs on a worker (Qt-free imports only): the word list of ``key`` (see :func:`dictionary_key`)."""
    with _loaded_lock:
        loaded = _loaded.get(key)
    if loaded is not None:
        return loaded
    from spellchecker import SpellChecker  # with the word list, on the worker: not on the way to the story

    checker = SpellChecker(language=primary(key), distance=1)
    if key in ("en-GB", "en-US"):
        from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS

        american = AMERICAN_ENGLISH_SPELLINGS
        british_only = {w: us for w, us in BRITISH_ENGLISH_SPELLINGS.items() if w not in american}
        if key == "en-GB":
            loaded = _Dictionary(checker, accepted=frozenset(british_only))
        else:
            loaded = _Dictionary(checker, refused=british_only)
    else:
        loaded = _Dictionary(checker)
    with _loaded_lock:
        return _loaded.setdefault(key, loaded)


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
        self._key: str | None = None
        self._dictionary: _Dictionary | None = None
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
        return self._dictionary is not None

    @property
    def available(self) -> bool:
        """False for a language without a dictionary (Hebrew...): nothing is flagged."""
        return self._key is not None

    def set_language(self, language: str) -> None:
        """Check in ``language`` (a BCP 47 tag: "en-GB", "en-US", "fr"...); ValueError if none can be."""
        try:
            key = dictionary_key(language)
        except ValueError:
            key = None
        if key is None:
            raise ValueError(f"no dictionary for language {language!r} (have: {', '.join(LANGUAGES)})")
        self._switch(normalize_tag(language), key)

    def follow_article_language(self, language: str) -> None:
        """Check in the article's language; one without a dictionary (or "" for an old article:
        plain English) switches the flags off rather than judging it against another language."""
        try:
            tag = normalize_tag(language) or "en"
        except ValueError:
            tag = "en"
        self._switch(tag, dictionary_key(tag))

    def _switch(self, tag: str, key: str | None) -> None:
        if tag == self._language and key == self._key:
            return
        self._language, self._key = tag, key
        self._verdicts.clear()
        if key is None:
            self._dictionary = None
            self.dictionary_ready.emit()  # the highlighter takes the flags away
            return
        with _loaded_lock:
            self._dictionary = _loaded.get(key)
        if self._dictionary is None:
            dictionary_loads.when_allowed(lambda: self._start_loading(key))
        else:
            self.dictionary_ready.emit()

    def _start_loading(self, key: str) -> None:
        if not isValid(self) or key != self._key:  # closed, or another language asked since
            return
        (self.runner or default_runner()).run_query(
            lambda: _load(key),
            success=lambda _loaded_dictionary: self._on_loaded(key),
            failure=self._on_load_failed,
            label=f"load {key} dictionary",
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
        dictionary = self._dictionary
        if dictionary is None or len(word) < 2 or word.isupper() or any(c.isdigit() for c in word):
            return False
        folded = word.replace("’", "'").casefold()
        if folded in self._user_words:
            return False
        refused = dictionary.refused

        def known(part: str) -> bool:
            if part in self._user_words:
                return True
            if part in refused:
                return False
            return part in dictionary.checker.word_frequency.dictionary or part in dictionary.accepted

        if known(folded):
            return False
        if "'" in folded:
            parts = [p for p in folded.split("'") if p]
            return not all(len(p) <= 2 or p in _ELISION_PREFIXES or known(p) for p in parts)
        if "-" in folded or "." in folded:
            parts = [p for p in folded.replace(".", "-").split("-") if p]
            return not all(known(p) for p in parts)
        return True

    def suggestions(self, word: str) -> list[str]:
        dictionary = self._dictionary
        if dictionary is None:
            return []
        folded = word.replace("’", "'").casefold()
        checker = dictionary.checker
        # Edit distance 1 only: about 1 ms, where pyspellchecker's distance 2 takes 0.4–1 s even for
        # five-letter words, far too long for a context menu on the GUI thread.
        found = checker.known(checker.edit_distance_1(folded)) - set(dictionary.refused)
        found |= {w for w in checker.edit_distance_1(folded) if w in dictionary.accepted}
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))[:MAX_SUGGESTIONS]
        variant = dictionary.refused.get(folded)
        if variant:
            ranked = [variant, *(w for w in ranked if w != variant)][:MAX_SUGGESTIONS]
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

    def _on_loaded(self, key: str) -> None:
        if not isValid(self):  # the editor was closed while the dictionary loaded
            return
        if key == self._key and self._dictionary is None:
            with _loaded_lock:
                self._dictionary = _loaded.get(key)
            self._verdicts.clear()
            self.dictionary_ready.emit()
