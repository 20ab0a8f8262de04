"""The languages an article can be written in: BCP 47 tags, their native names and their direction.

Qt-free, so the Preferences dialog, the details form, the renderer and the checklist share one list.
An article may carry any well-formed tag (an import from another system keeps its ``language``);
:data:`ARTICLE_LANGUAGES` is what the window offers.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class ArticleLanguage(NamedTuple):
    code: str  # BCP 47 tag, e.g. "en-GB"
    name: str  # the language's own name for itself, shown untranslated (as every OS does)


ARTICLE_LANGUAGES: tuple[ArticleLanguage, ...] = (
    ArticleLanguage("en-GB", "English (United Kingdom)"),
    ArticleLanguage("en-US", "English (United States)"),
    ArticleLanguage("fr", "Français"),
    ArticleLanguage("de", "Deutsch"),
    ArticleLanguage("es", "Español"),
    ArticleLanguage("it", "Italiano"),
    ArticleLanguage("pt", "Português"),
    ArticleLanguage("nl", "Nederlands"),
    ArticleLanguage("ru", "Русский"),
    ArticleLanguage("ar", "العربية"),
    ArticleLanguage("he", "עברית"),
)

# Languages whose script runs right to left (primary subtags).
_RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ku", "syr"})
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
FALLBACK_LANGUAGE = "en-GB"


def normalize_tag(value: str) -> str:
    """A BCP 47 tag in its usual case ("en_gb" → "en-GB", "zh-hant-tw" → "zh-Hant-TW"); "" stays "".

    Raises ValueError for text that is not a language tag.
    """
    text = value.strip().replace("_", "-")
    if not text:
        return ""
    if not _TAG.fullmatch(text):
        raise ValueError(f"not a language tag: {value!r} (e.g. en-GB, fr, ar)")
    primary, *rest = text.split("-")
    parts = [primary.lower()]
    for part in rest:
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())  # region
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())  # script
        else:
            parts.append(part.lower())
    return "-".join(parts)


def primary(tag: str) -> str:
    """The language without region or script: "en-GB" → "en"."""
    return tag.split("-", 1)[0].lower()


def is_right_to_left(tag: str) -> bool:
    return primary(tag) in _RTL_LANGUAGES


def direction(tag: str) -> str:
    """The HTML ``dir`` for text in ``tag``: "rtl", "ltr", or "auto" when the language is not known."""
    if not tag:
        return "auto"
    return "rtl" if is_right_to_left(tag) else "ltr"


def native_name(tag: str) -> str:
    """The name the window shows for ``tag``; the tag itself for a language not in the list."""
    for language in ARTICLE_LANGUAGES:
        if language.code == tag:
            return language.name
    return tag


def from_locale(locale_name: str) -> str:
    """The article language closest to a system locale name ("fr_CA.UTF-8" → "fr", "en_US" → "en-US").

    English keeps its region when it is one the list has (spelling differs), other languages are
    offered by their primary tag; an unknown locale gives :data:`FALLBACK_LANGUAGE`.
    """
    text = locale_name.split(".", 1)[0].split("@", 1)[0]
    try:
        tag = normalize_tag(text)
    except ValueError:
        return FALLBACK_LANGUAGE
    codes = {language.code for language in ARTICLE_LANGUAGES}
    if tag in codes:
        return tag
    if primary(tag) == "en":
        return "en-US" if tag.endswith("-US") else FALLBACK_LANGUAGE
    return primary(tag) if primary(tag) in codes else FALLBACK_LANGUAGE
