"""The window's words for checklist findings: every code the core can report has a sentence."""

from __future__ import annotations

from editor.article import Problem
from editor.cli.findings import TEMPLATES
from editor.ui.findings import describe


def test_every_finding_code_has_words_in_the_window(qapp) -> None:
    for code in TEMPLATES:
        params = {"length": 1_234, "limit": 1_000, "name": "<b></b>", "url": "www.x.example", "number": 2}
        params |= {"percent": 85, "agency": "AFP"}
        params |= {"folder": "/home/ann/desk"}  # the folder of an imported file (picture findings)
        params |= {"found": "« »", "expected": "“ ” ‘ ’"}  # quotation marks of another language
        params |= {"slug": "storm", "headline": "Storm batters the coast"}  # a slug already published
        words = describe(Problem("body", code, params))
        assert words and code not in words and "{" not in words, code


def test_a_body_finding_names_its_line(qapp) -> None:
    words = describe(Problem("body", "link_invalid", {"url": "www.city.example/plan", "line": 3}))
    assert words == "Line 3: the link “www.city.example/plan” is not a full web address (https://…)."


def test_every_store_error_code_has_words_in_the_window(qapp, tmp_path) -> None:
    from editor.cli.store_errors import TEMPLATES as STORE_TEMPLATES
    from editor.store.errors import StoreError
    from editor.ui.errors import error_text

    params = {"path": tmp_path, "article_id": "a1", "revision_id": 3, "detail": "x", "check": "y"}
    params |= {"schema": "9001", "count": 2}
    for code in STORE_TEMPLATES:
        error = StoreError(code, **params)
        words = error_text(error)
        assert words and words != str(error) and "{" not in words, code


def test_a_full_disk_is_a_code_in_the_store_and_a_sentence_in_the_window(qapp) -> None:
    from editor.store.errors import StoreError
    from editor.ui.errors import error_text

    error = StoreError("disk_full")
    assert (error.code, error.params) == ("disk_full", {})
    assert error_text(error) == "Could not save: the disk is full"
