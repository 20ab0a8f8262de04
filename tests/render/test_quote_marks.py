"""The checklist warns when a story's quotation marks are not its language's, naming both."""

from __future__ import annotations

from editor.article import Article, Byline, Severity, Source
from editor.cli.findings import describe
from editor.render.checklist import run_checklist

NNBSP = "\u202f"


def story(language: str, body: str, headline: str = "Storm") -> Article:
    return Article(
        headline=headline, body=body, language=language, bylines=[Byline("Ann")], sources=[Source("AFP")]
    )


def quote_findings(article: Article) -> list:
    return [p for p in run_checklist(article) if p.code.startswith("quote_marks")]


def test_english_curly_quotes_pass_and_guillemets_are_named() -> None:
    assert quote_findings(story("en-GB", "“We are ready,” she said. ‘Fine’, he said. It’s late.")) == []
    found = quote_findings(story("en-US", "Intro.\n\n«We are ready», she said."))
    assert [(p.field, p.code, p.severity) for p in found] == [("body", "quote_marks_wrong", Severity.WARNING)]
    assert found[0].params["found"] == "« »"
    assert "“" in found[0].params["expected"]
    assert found[0].params["line"] == 3
    sentence = describe(found[0])
    assert "« »" in sentence and "“ ”" in sentence and "3" in sentence


def test_french_wants_guillemets_with_narrow_no_break_spaces() -> None:
    assert quote_findings(story("fr", f"«{NNBSP}Nous sommes prêts{NNBSP}», a-t-elle dit.")) == []
    # English quotes nested inside guillemets are French usage too.
    nested = f"«{NNBSP}Il a dit “non” hier{NNBSP}», selon la police."
    assert quote_findings(story("fr", nested)) == []

    english = quote_findings(story("fr", "“Nous sommes prêts”, a-t-elle dit."))
    assert [p.code for p in english] == ["quote_marks_wrong"]
    assert english[0].params["found"] == "“ ”" and "«" in english[0].params["expected"]

    unspaced = quote_findings(story("fr", "«Nous sommes prêts», a-t-elle dit."))
    assert [p.code for p in unspaced] == ["quote_marks_unspaced"]
    assert "\u202f" in describe(unspaced[0])


def test_german_wants_low_high_quotes() -> None:
    assert quote_findings(story("de", "„Wir sind bereit“, sagte sie. ‚Gut‘, sagte er.")) == []
    found = quote_findings(story("de", "“Wir sind bereit”, sagte sie.", headline="„Sturm“"))
    assert [(p.field, p.params["found"]) for p in found] == [("body", "”")]
    assert "„" in found[0].params["expected"]


def test_straight_quotes_count_in_pairs_and_code_is_left_alone() -> None:
    found = quote_findings(story("en-GB", 'He said "we are ready" today.'))
    assert [p.params["found"] for p in found] == ['"']
    assert quote_findings(story("en-GB", 'A 12" screen and `«code»` here.')) == []


def test_the_headline_and_standfirst_are_checked_and_unstated_languages_are_not() -> None:
    article = story("en-GB", "Body.", headline="„Storm“ hits")
    assert [p.field for p in quote_findings(article)] == ["headline"]
    assert quote_findings(story("", "«Anything» „goes“")) == []
    assert quote_findings(story("ar", "«مرحبا»")) == []
