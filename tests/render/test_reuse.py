"""The reuse meter on copy a journalist rewrote in part, and its two checklist rules."""

from __future__ import annotations

from editor.article import Article, Byline, Severity
from editor.cli.findings import describe
from editor.render import run_checklist
from editor.reuse import measure
from editor.wirecopy import WireText

WIRE = (
    "Storm Elin swept across the northern coast overnight, cutting electricity to about 80,000 homes and "
    "forcing the closure of two ferry routes, the regional grid operator said on Friday.\n"
    "Gusts of up to 140 kilometres per hour were recorded at the Harbour Point weather station shortly "
    "after midnight, the highest reading there since the station opened in 1987.\n"
    "More than 300 engineers were sent out to repair damaged lines, and the grid operator said it expected "
    "to restore power to most customers by Saturday evening."
)
COPIED = (
    "Storm Elin swept across the northern coast overnight, cutting electricity to about 80,000 homes and "
    "forcing the closure of two ferry routes, the regional grid operator said on Friday."
)
OWN = (
    "In the old harbour, shopkeepers spent the morning sweeping glass from the pavement while the ferry "
    "company posted handwritten notices on the terminal doors and the mayor toured the seafront."
)


def test_the_copied_paragraph_is_found_and_the_rewritten_one_is_not() -> None:
    body = f"{COPIED}\n\n{OWN}"
    reuse = measure(body, WIRE)
    copied_words, own_words = len(COPIED.split()), len(OWN.split())
    assert reuse.verbatim_words == copied_words
    assert reuse.total_words == copied_words + own_words
    assert [body[start:end] for start, end in reuse.runs] == [COPIED.rstrip(".")]  # word to word
    assert 40 < reuse.percent < 60


def test_runs_shorter_than_eight_words_do_not_count() -> None:
    body = "The regional grid operator said on Friday that it was confident. " + OWN
    assert measure(body, WIRE).verbatim_words == 0  # "the regional grid operator said on Friday" is 7 words


def test_case_markup_and_curly_apostrophes_do_not_hide_a_copied_sentence() -> None:
    body = (
        "**Gusts** of up to 140 kilometres per hour were recorded at the "
        "[Harbour Point](https://x.example/hp) weather station shortly after midnight."
    )
    reuse = measure(body, WIRE.upper().replace("'", "’"))
    assert reuse.percent == 100
    assert measure("", WIRE).share == 0 and measure(COPIED, "").share == 0


def _article(body: str, credit: str) -> Article:
    return Article(headline="Storm hits", body=body, bylines=[Byline("Ann Lee")], credit_line=credit)


def test_agency_text_with_a_credit_line_not_naming_the_agency_is_a_warning() -> None:
    problems = run_checklist(_article(f"{COPIED}\n\n{OWN}", "Staff"), wire=WireText(WIRE, "AFP"))
    found = [p for p in problems if p.field == "credit_line"]
    assert len(found) == 1 and found[0].severity is Severity.WARNING and "AFP" in describe(found[0])


def test_a_body_mostly_agency_text_without_the_credit_is_an_error_and_the_credit_clears_it() -> None:
    body = WIRE.replace("\n", "\n\n")
    problems = run_checklist(_article(body, ""), wire=WireText(WIRE, "AFP"))
    errors = [p for p in problems if p.field == "credit_line" and p.severity is Severity.ERROR]
    assert len(errors) == 1 and "100%" in describe(errors[0])
    assert not [p for p in run_checklist(_article(body, "with AFP"), wire=WireText(WIRE, "AFP"))
                if p.field == "credit_line"]  # fmt: skip
    lower = run_checklist(_article(body, ""), wire=WireText(WIRE, "AFP"), reuse_threshold=1.01)
    assert [p.severity for p in lower if p.field == "credit_line"] == [Severity.WARNING]


def test_an_own_story_or_copy_without_an_agency_adds_nothing() -> None:
    assert not [p for p in run_checklist(_article(OWN, "")) if p.field == "credit_line"]
    problems = run_checklist(_article(COPIED, ""), wire=WireText(WIRE, ""))
    assert not [p for p in problems if p.field == "credit_line"]
