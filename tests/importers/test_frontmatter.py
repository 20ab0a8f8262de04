"""Markdown files with YAML front matter: what a writer's file looks like, and how bad ones are refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import yaml

from editor.article import Article, Byline, BylineRole, FeaturedImage, RelatedLink, Source, SourceKind, Status
from editor.importers import ImportFailed, frontmatter


def test_the_exported_file_is_front_matter_then_the_body() -> None:
    article = Article(
        headline="Storm cuts power",
        body="Winds toppled lines.\n\nMore later.",
        bylines=[Byline("Anna Petrova")],
        sources=[Source("AFP", SourceKind.NEWS_AGENCY, "https://www.afp.com/")],
    )
    text = frontmatter.dumps(article)
    head, front, body = text.split("---\n", 2)
    assert head == ""
    meta = yaml.safe_load(front)
    assert list(meta)[:2] == ["id", "headline"]
    assert meta["id"] == article.id and meta["headline"] == "Storm cuts power"
    assert meta["bylines"] == [{"name": "Anna Petrova", "role": "reporter"}]
    assert meta["sources"] == [{"name": "AFP", "kind": "news agency", "url": "https://www.afp.com/"}]
    assert "standfirst" not in meta and "embargo" not in meta and "featured_image" not in meta
    assert body == "\nWinds toppled lines.\n\nMore later.\n"


def test_a_new_empty_article_still_carries_its_id_and_headline() -> None:
    meta = yaml.safe_load(frontmatter.dumps(Article()).split("---\n")[1])
    assert set(meta) == {"id", "headline", "status", "created", "updated"}
    assert meta["headline"] == ""


def test_every_field_comes_back() -> None:
    article = Article(
        headline='Minister: "No comment" — #1 story',
        standfirst="  Leading spaces, trailing too  ",
        body="Para one.\n\n> quoted\n\n- list",
        bylines=[Byline("A. Writer"), Byline("P. Hotographer", BylineRole.PHOTOGRAPHER)],
        credit_line="with Reuters",
        dateline="KYIV",
        sources=[Source("Ministry", SourceKind.DOCUMENT, "https://gov.example/doc", "page 4")],
        related=[RelatedLink("Earlier", "https://news.example/1", "local-1", 42)],
        section="World",
        tags=["yes", "no", "null", "1.5", "- dash", "key: value"],
        slug="minister-no-comment",
        featured_image=FeaturedImage("/photos/a.jpg", "Caption", "Photo: X", "Alt"),
        embargo=datetime(2030, 5, 1, 6, 0, tzinfo=UTC),
        editors_note="Check spelling of the minister's name",
        status=Status.READY,
    )
    assert frontmatter.loads(frontmatter.dumps(article)) == article


def test_static_site_aliases_are_understood() -> None:
    text = (
        "---\ntitle: Hugo post\ndescription: The deck\ndate: 2024-03-01T10:00:00+01:00\n"
        "categories: [Politics, Europe]\nauthor: Jane Roe and John Doe\n"
        "layout: post\ndraft: true\n---\nBody.\n"
    )
    article = frontmatter.loads(text)
    assert (article.headline, article.standfirst, article.section) == ("Hugo post", "The deck", "Politics")
    assert [b.name for b in article.bylines] == ["Jane Roe", "John Doe"]
    assert article.created == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    assert article.body == "Body."


def test_our_own_keys_win_over_aliases() -> None:
    article = frontmatter.loads("---\ntitle: Alias\nheadline: Ours\nauthor: [X]\nbylines: [{name: Y}]\n---\n")
    assert article.headline == "Ours" and [b.name for b in article.bylines] == ["Y"]


def test_a_bare_date_means_midnight_utc() -> None:
    assert frontmatter.loads("---\ndate: 2024-03-01\n---\nx").created == datetime(2024, 3, 1, tzinfo=UTC)


def test_without_front_matter_the_first_heading_is_the_headline() -> None:
    article = frontmatter.loads("# Storm hits the coast\n\nFirst paragraph.\n\n## Subhead\n")
    assert article.headline == "Storm hits the coast"
    assert article.body == "First paragraph.\n\n## Subhead"
    setext = frontmatter.loads("Storm hits the coast\n====================\n\nFirst paragraph.\n")
    assert (setext.headline, setext.body) == ("Storm hits the coast", "First paragraph.")
    plain = frontmatter.loads("Just some text\nwith no heading.\n")
    assert (plain.headline, plain.body) == ("", "Just some text\nwith no heading.")


def test_bom_and_crlf_line_endings_are_accepted() -> None:
    text = "\ufeff---\r\nheadline: Windows file\r\n---\r\n\r\nLine one\r\nLine two\r\n"
    article = frontmatter.loads(text)
    assert article.headline == "Windows file"
    assert article.body == "Line one\nLine two"


def test_importing_an_exported_file_keeps_the_id_so_it_updates_not_duplicates() -> None:
    article = Article(headline="Round trip")
    assert frontmatter.loads(frontmatter.dumps(article)).id == article.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nheadline: [unclosed\n---\nbody", "line 3: the front matter is not valid YAML"),
        (
            "---\nheadline: ok\nbylines:\n  - name: A\n   role: x\n---\n",
            "line 5: the front matter is not valid YAML",
        ),
        ("---\n- just\n- a list\n---\n", "must be a list of 'key: value' lines, not a list"),
        (
            "---\nheadline: x\nsources:\n  - name: AFP\n    kind: wire\n---\n",
            "line 3: sources: unknown source kind 'wire'",
        ),
        ("---\nheadline: x\n\nembargo: next tuesday\n---\n", "line 4: embargo: not a date and time"),
        ("---\nbylines:\n  - name: A\n    role: boss\n---\n", "line 2: bylines: unknown byline role 'boss'"),
        ("---\nheadline: x\nembargo: 2024-13-45\n---\n", "line 3: month must be in 1..12 (not a real date)"),
        ("---\nstatus: gone\n---\n", "line 2: status: unknown status 'gone'"),
        ("---\nheadline: [a, b]\n---\n", "line 2: headline: must be a single value"),
        ("---\nsources: AFP\n---\n", "line 2: sources: must be a list"),
        ("---\nrelated:\n  - title: x\n    remote_id: abc\n---\n", "remote_id must be a whole number"),
        ("---\nheadline: never closed\n\nBody text", "never closed"),
        ("---\nx: !!python/object/apply:os.system [echo hacked]\n---\n", "not valid YAML"),
        ("   \n\n", "the file is empty"),
    ],
)
def test_malformed_files_get_one_clear_line(text: str, expected: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        frontmatter.loads(text)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message


def test_megabytes_of_front_matter_are_refused_quickly() -> None:
    text = "---\n" + "tag_line: filler text\n" * 60_000 + "---\nBody"
    with pytest.raises(ImportFailed, match="front matter is too long"):
        frontmatter.loads(text)


def test_yaml_alias_bombs_are_refused_without_exhausting_memory() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefghij":
        previous = ", ".join([f"*{chr(ord(level) - 1)}"] * 6)
        bomb += f"{level}: &{level} [{previous}]\n"
    bomb += "tags: *j\nheadline: *j\n---\n"
    with pytest.raises(ImportFailed, match="must be"):
        frontmatter.loads(bomb)


def test_the_keys_other_tools_write_are_mapped() -> None:
    text = (
        "---\ntitle: Storm\nexcerpt: The deck\ncredit: with AFP\nbyline: Ana Lima\n"
        "categories: [World, Europe]\ntags: [weather]\nkeywords: [storm, weather]\n"
        "image: pictures/storm.jpg\ndraft: false\nslug: storm-hits\n---\nBody.\n"
    )
    article = frontmatter.loads(text)
    assert article.standfirst == "The deck"
    assert article.credit_line == "with AFP"
    assert [b.name for b in article.bylines] == ["Ana Lima"]
    assert article.section == "World"
    assert article.tags == ["weather", "Europe", "storm"]
    assert article.featured_image == FeaturedImage("pictures/storm.jpg")
    assert article.status == Status.READY
    assert article.slug == "storm-hits"
    assert article.extra == {}
    assert frontmatter.loads("---\ndraft: true\n---\nx").status == Status.DRAFT
    assert frontmatter.loads("---\nfeatured_image: a.jpg\n---\nx").featured_image == FeaturedImage("a.jpg")


def test_keys_without_a_field_are_kept_and_exported_again() -> None:
    text = (
        "---\nheadline: Storm\nlayout: post\nweight: 3\nparams: {toc: true, series: [storms]}\n"
        "publishDate: 2024-03-01\n---\nBody.\n"
    )
    article = frontmatter.loads(text)
    assert article.extra == {
        "layout": "post",
        "weight": 3,
        "params": {"toc": True, "series": ["storms"]},
        "publishDate": "2024-03-01",
    }
    meta = yaml.safe_load(frontmatter.dumps(article).split("---\n")[1])
    assert meta["layout"] == "post" and meta["weight"] == 3
    assert meta["params"] == {"toc": True, "series": ["storms"]}
    assert str(meta["publishDate"]) == "2024-03-01"
    assert frontmatter.loads(frontmatter.dumps(article)) == article
