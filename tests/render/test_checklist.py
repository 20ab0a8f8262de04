"""The pre-publish checklist: what stops a story going out, and what only warns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editor.article import (
    Article,
    Byline,
    FeaturedImage,
    Origin,
    Problem,
    RelatedLink,
    Severity,
    Source,
    SourceKind,
)
from editor.cli.findings import describe
from editor.render import run_checklist
from editor.render.markdown import MAX_RENDER_CHARS

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def publishable(**changes) -> Article:
    article = Article(
        headline="Council approves new tram line",
        body="The council voted 31 to 4 on Tuesday.\n\nWork starts in spring.",
        bylines=[Byline("Maria Keller")],
        section="City",
    )
    for name, value in changes.items():
        setattr(article, name, value)
    return article


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]


def fields(problems: list[Problem]) -> set[str]:
    return {p.field for p in problems}


def test_a_complete_story_passes_cleanly() -> None:
    assert run_checklist(publishable(), now=NOW) == []


def test_an_empty_article_lists_every_missing_required_field_as_an_error() -> None:
    problems = run_checklist(Article(), now=NOW)
    assert fields(errors(problems)) == {"headline", "body", "bylines"}
    assert all(describe(p).endswith(".") and len(describe(p)) < 100 for p in problems)


def test_a_missing_section_only_warns() -> None:
    problems = run_checklist(publishable(section=""), now=NOW)
    assert [(p.field, p.severity) for p in problems] == [("section", Severity.WARNING)]


def test_a_long_headline_warns_with_its_length() -> None:
    headline = "Council approves new tram line after a decade of debate, lawsuits and three referendums"
    problems = run_checklist(publishable(headline=headline), now=NOW)
    assert len(problems) == 1 and problems[0].severity == Severity.WARNING
    assert str(len(headline)) in describe(problems[0])


def test_a_70_character_headline_is_fine() -> None:
    assert run_checklist(publishable(headline="x" * 70), now=NOW) == []


@pytest.mark.parametrize(
    "body",
    [
        'The mayor said: "We will rebuild."',
        "The mayor said: “We will rebuild.”",
        "The mayor said: ‘We will rebuild.’",
        "Le maire a dit : « Nous reconstruirons. »",
        "Der Bürgermeister sagte: „Wir bauen wieder auf.“",
        "The statement read:\n\n> The line will open in 2029.",
        'The mayor said "we will\nrebuild" on Tuesday.',
        'The mayor said "we will *certainly* rebuild".',
    ],
)
def test_a_quotation_without_any_source_is_an_error(body: str) -> None:
    problems = run_checklist(publishable(body=body), now=NOW)
    assert [(p.field, p.severity) for p in problems] == [("sources", Severity.ERROR)]
    assert run_checklist(publishable(body=body, sources=[Source("Mayor's office")]), now=NOW) == []


@pytest.mark.parametrize(
    "body",
    [
        "The mayor's office didn't comment.",
        'The 27" screens arrived.',
        'Run `echo "hello"` to test.',
        '```\nprint("hello world")\n```',
    ],
)
def test_inch_marks_and_quotes_inside_code_are_not_quotations(body: str) -> None:
    assert run_checklist(publishable(body=body), now=NOW) == []


def test_a_source_without_a_name_is_an_error_pointing_at_its_row() -> None:
    problems = run_checklist(
        publishable(sources=[Source("AFP"), Source("  ", SourceKind.BROADCASTER)]), now=NOW
    )
    assert [(p.field, p.index, p.severity) for p in problems] == [("sources", 1, Severity.ERROR)]


def test_malformed_links_in_sources_related_and_body_are_errors() -> None:
    article = publishable(
        body="See [the plan](www.city.example/plan) and [budget](https://city.example/budget).\n\n"
        "Also [mail us](mailto:desk@example.org) and the note.[^1]\n\n[^1]: A footnote.",
        sources=[Source("City", url="city.example")],
        related=[RelatedLink("Old story", url="htp://news.example/old")],
    )
    problems = run_checklist(article, now=NOW)
    assert [(p.field, p.severity) for p in problems] == [
        ("sources", Severity.ERROR),
        ("related", Severity.ERROR),
        ("body", Severity.ERROR),
    ]
    body_problem = next(p for p in problems if p.field == "body")
    assert "www.city.example/plan" in describe(body_problem) and "Line 1" in describe(body_problem)


def test_an_embargo_in_the_past_warns() -> None:
    problems = run_checklist(publishable(embargo=NOW - timedelta(hours=1)), now=NOW)
    assert [(p.field, p.severity) for p in problems] == [("embargo", Severity.WARNING)]
    assert run_checklist(publishable(embargo=NOW + timedelta(hours=1)), now=NOW) == []


def test_errors_come_before_warnings() -> None:
    problems = run_checklist(Article(headline="x" * 90), now=NOW)
    severities = [p.severity for p in problems]
    assert severities == sorted(severities, key=lambda s: s != Severity.ERROR)
    assert Severity.WARNING in severities and Severity.ERROR in severities


def test_a_body_too_long_to_render_cannot_be_published() -> None:
    problems = run_checklist(publishable(body="word " * (MAX_RENDER_CHARS // 4)), now=NOW)
    assert [(p.field, p.severity) for p in problems] == [("body", Severity.ERROR)]
    assert "too long" in describe(problems[0])


def test_local_body_images_are_publishable_but_missing_files_are_named(tmp_path) -> None:
    photo = tmp_path / "harbour.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "quay.jpg").write_bytes(photo.read_bytes())
    article = publishable(
        body=f"The harbour at dawn.\n\n![Boats]({photo})\n\n![Crane](file://{photo})\n\n"
        "![Relative](images/quay.jpg)\n\n![Gone](/nonexistent/folder/gone.png)",
        # placed through the window, and beside the file it was imported from (the relative one)
        origin=Origin(str(tmp_path), [str(photo), "/nonexistent/folder/gone.png"]),
    )
    problems = errors(run_checklist(article, now=NOW))
    assert [p.field for p in problems] == ["body"]
    assert "gone.png" in describe(problems[0]) and "not found" in describe(problems[0])


def test_local_images_the_journalist_did_not_place_are_errors_that_name_them(tmp_path) -> None:
    photo = tmp_path / "elsewhere" / "harbour.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    folder = tmp_path / "desk"
    body = f"![Up](../elsewhere/harbour.jpg)\n\n![Abs]({photo})\n\n![Url](file://{photo})"
    imported = publishable(body=body, origin=Origin(str(folder)))
    typed = publishable(body=f"![Abs]({photo})", featured_image=FeaturedImage(str(photo), alt="Boats"))
    found = errors(run_checklist(imported, now=NOW))
    assert [p.field for p in found] == ["body"] * 3
    references = ["../elsewhere/harbour.jpg", str(photo), f"file://{photo}"]
    for problem, reference in zip(found, references, strict=True):
        assert reference in describe(problem) and "Insert Image" in describe(problem)
    found = errors(run_checklist(typed, now=NOW))
    assert sorted(p.field for p in found) == ["body", "featured_image"]
    assert all(str(photo) in describe(p) and "not uploaded" in describe(p) for p in found)


@pytest.mark.parametrize("tag", ["<b></b>", "<img src=x>", " <i> </i> "])
def test_a_tag_that_is_only_markup_is_an_error_the_site_would_refuse(tag: str) -> None:
    found = errors(run_checklist(publishable(tags=["Harbour", tag]), now=NOW))
    assert [p.field for p in found] == ["tags"]
    assert tag in describe(found[0])


def test_a_headline_the_site_cannot_store_is_an_error() -> None:
    found = errors(run_checklist(publishable(headline="Storm " * 20_000), now=NOW))
    assert [p.field for p in found] == ["headline"]
    assert "119,999" in describe(found[0])  # its length, stripped


def _every_finding() -> list[Problem]:
    """An article that trips every check the checklist and validation have."""
    from editor.article import FeaturedImage

    article = Article(
        headline="x" * 1_001,
        body='He said "we will rebuild". See [plan](www.city.example/plan) ![](/no/such/image.png)',
        slug="Not A Slug",
        bylines=[Byline("")],
        sources=[Source("", url="not a link")],
        related=[RelatedLink("", url="nope"), RelatedLink("Nowhere")],
        tags=["<b></b>"],
        embargo=datetime(2020, 1, 1, tzinfo=UTC),
        featured_image=FeaturedImage("https://img.example/a.jpg", "", "", ""),
        origin=Origin(placed=["/no/such/image.png"]),  # put in through the window, since moved away
    )
    found = run_checklist(article, now=NOW)
    found += run_checklist(Article(headline="h" * 80, body=""), now=NOW)
    # pictures nobody placed: leaving an imported file's folder, a file: URL from it, one typed in the app
    imported = Article(headline="i", body="![a](../x.png) ![b](file:///x.png)", origin=Origin("/desk"))
    found += run_checklist(imported, now=NOW)
    found += run_checklist(Article(headline="t", body="![c](/typed.png)"), now=NOW)
    # the sample text, and a slug another published story went out under
    sample = Article(headline="s", slug="storm", extra={"copydesk_sample": True})
    found += run_checklist(sample, now=NOW, slug_taken_by=["Storm batters the coast"])
    return found


def test_findings_are_codes_with_words_on_the_command_line_for_every_code() -> None:
    from editor.cli.findings import TEMPLATES

    found = _every_finding()
    codes = {p.code for p in found}
    assert {"headline_too_long", "headline_long", "link_invalid", "image_file_missing"} <= codes
    assert {"image_not_placed", "image_file_url", "image_outside_folder"} <= codes
    assert {"sample_article", "slug_taken"} <= codes
    assert codes <= set(TEMPLATES), codes - set(TEMPLATES)
    assert all(" " not in p.code for p in found)  # a code, not a sentence
    assert all(describe(p) and p.code not in describe(p) for p in found)
