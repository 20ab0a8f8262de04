"""The window's words for checklist findings: every code the core can report has a sentence."""

from __future__ import annotations

from editor.article import Problem
from editor.cli.findings import TEMPLATES
from editor.ui.findings import describe


def test_every_finding_code_has_words_in_the_window(qapp) -> None:
    for code in TEMPLATES:
        params = {"length": 1_234, "limit": 1_000, "name": "<b></b>", "url": "www.x.example", "number": 2}
        words = describe(Problem("body", code, params))
        assert words and code not in words and "{" not in words, code


def test_a_body_finding_names_its_line(qapp) -> None:
    words = describe(Problem("body", "link_invalid", {"url": "www.city.example/plan", "line": 3}))
    assert words == "Line 3: the link “www.city.example/plan” is not a full web address (https://…)."
