"""ninjs 3.x JSON: a standard news item other systems can read, and reading theirs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    Source,
    SourceKind,
    Status,
)
from editor.importers import ImportFailed, ninjs
from tests.render.html_checks import assert_harmless

# Top-level property names of the ninjs 3.x schema (iptc/newsinjson, ninjs-schema_3.0.json, whose
# root has "unevaluatedProperties": false: a consumer validating strictly rejects any other key).
NINJS_3_PROPERTIES = {
    "uri", "type", "representationType", "profile", "version", "firstCreated", "versionCreated",
    "contentCreated", "embargoedUntil", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice",
    "usageTerms", "edNote", "language", "descriptions", "bodies", "headlines", "people", "organisations",
    "places", "subjects", "events", "objects", "infoSources", "title", "by", "slugline", "located",
    "renditions", "associations", "altIds", "trustIndicators", "standard", "genres", "expires",
    "rightsInfo", "eventDetails", "plannedCoverage",
}  # fmt: skip


@pytest.fixture
def story() -> Article:
    return Article(
        headline="Storm cuts power to half of the city",
        standfirst="Repairs could take a week.",
        body='Winds toppled lines.\n\n"We will rebuild," the mayor said.',
        bylines=[Byline("Anna Petrova"), Byline("Ivan Sokolov", BylineRole.PHOTOGRAPHER)],
        credit_line="with AFP",
        dateline="MOSCOW",
        sources=[Source("AFP", SourceKind.NEWS_AGENCY, "https://www.afp.com/", "wire copy"), Source("Mayor")],
        related=[
            RelatedLink("Blackout", "https://news.example/blackout"),
            RelatedLink("Draft", local_id="4b2d", remote_id=17),
        ],
        section="City",
        tags=["storm", "power"],
        slug="storm-power-cut",
        featured_image=FeaturedImage("https://img.example/storm.jpg", "Fallen lines", "I. Sokolov", "Lines"),
        embargo=datetime(2030, 1, 1, 6, 0, tzinfo=UTC),
        editors_note="Check the mayor quote",
        status=Status.PUBLISHED,
    )


def test_the_export_uses_standard_ninjs_properties(story: Article) -> None:
    item = ninjs.to_ninjs(story)
    assert set(item) <= NINJS_3_PROPERTIES
    assert item["uri"] == f"urn:copydesk:article:{story.id}"
    assert item["standard"]["name"] == "ninjs" and item["standard"]["version"].startswith("3.")
    assert item["type"] == "text" and item["pubStatus"] == "usable"
    assert item["headlines"] == [{"role": "main", "value": story.headline}]
    assert {"role": "summary", "value": story.standfirst} in item["descriptions"]
    assert {"role": "creditline", "value": "with AFP"} in item["descriptions"]
    assert item["by"] == "Anna Petrova, Ivan Sokolov"
    assert item["people"][1] == {"name": "Ivan Sokolov", "rel": "photographer"}
    assert item["located"] == "MOSCOW"
    assert item["infoSources"][0] == {"name": "AFP", "role": "news agency", "uri": "https://www.afp.com/"}
    assert item["embargoedUntil"] == "2030-01-01T06:00:00+00:00"
    assert item["edNote"] == "Check the mayor quote"
    assert {"name": "City", "rel": "section"} in item["subjects"]
    related = [a for a in item["associations"] if a["rel"] == "related"]
    assert related[0]["uri"] == "https://news.example/blackout" and related[0]["name"] == "Blackout"
    assert all({"name", "uri"} <= set(a) for a in item["associations"])  # required by ninjs 3.0
    image = next(a for a in item["associations"] if a["name"] == "featuremedia")
    assert image["type"] == "picture" and image["uri"] == "https://img.example/storm.jpg"


def test_the_html_body_is_the_published_html_and_the_markdown_travels_beside_it(story: Article) -> None:
    bodies = {b["contentType"]: b["value"] for b in ninjs.to_ninjs(story)["bodies"]}
    assert bodies["text/markdown"] == story.body
    assert bodies["text/html"].startswith('<article class="cd-article"')
    assert "Check the mayor quote" not in bodies["text/html"]


def test_the_round_trip_is_lossless(story: Article) -> None:
    assert ninjs.from_ninjs(ninjs.to_ninjs(story)) == story
    assert ninjs.loads(ninjs.dumps(story)) == story


def test_drafts_are_withheld_and_the_exact_status_survives(story: Article) -> None:
    story.status = Status.CONFLICT
    item = ninjs.to_ninjs(story)
    assert item["pubStatus"] == "withheld"
    assert ninjs.from_ninjs(item).status == Status.CONFLICT


def test_the_remote_binding_stays_on_this_machine(story: Article) -> None:
    from editor.article import RemoteBinding

    story.remote = RemoteBinding("newsroom", 99, "https://site.example/?p=99")
    assert "site.example/?p=99" not in ninjs.dumps(story)
    assert ninjs.loads(ninjs.dumps(story)).remote is None


def test_a_foreign_ninjs_item_is_read_leniently() -> None:
    foreign = {
        "uri": "http://wire.example/items/123",
        "type": "text",
        "headlines": [{"value": "Quake shakes capital"}],
        "descriptions": [{"value": "No casualties reported."}],
        "bodies": [
            {"contentType": "text/html", "value": "<p>A <b>5.1</b> quake.</p><script>alert(1)</script>"}
        ],
        "by": "By Jane Roe and John Doe",
        "infoSources": [{"name": "Wire", "role": "http://cv.iptc.org/newscodes/infosourcerole/originfeed"}],
        "subjects": [{"name": "earthquakes"}, {"name": "Asia"}],
        "firstcreated": "2024-05-01T10:00:00Z",
        "pubStatus": "usable",
    }
    article = ninjs.from_ninjs(foreign)
    assert article.headline == "Quake shakes capital"
    assert article.standfirst == "No casualties reported."
    assert "A **5.1** quake." in article.body
    assert [b.name for b in article.bylines] == ["Jane Roe", "John Doe"]
    assert article.sources[0].kind == SourceKind.OTHER
    assert article.tags == ["earthquakes", "Asia"]
    assert article.created == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert article.status == Status.DRAFT  # not published by us
    assert ninjs.from_ninjs(foreign).id == article.id  # importing it again updates the same article


def test_hostile_html_in_a_foreign_body_cannot_run_in_our_rendering() -> None:
    from editor.render import render_article

    article = ninjs.from_ninjs(
        {
            "uri": "x:1",
            "bodies": [
                {
                    "contentType": "text/html",
                    "value": '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'
                    "<iframe src=//evil></iframe>",
                }
            ],
        }
    )
    assert_harmless(render_article(article))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"uri": "x",\n "headlines": [', "line 2, column 16: not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"headlines": "Storm"}', "headlines must be a list of objects"),
        ('{"embargoedUntil": "soon"}', "embargoedUntil: not a date and time"),
        ('{"altIds": [{"role": "copydesk:status", "value": "lost"}]}', "unknown status 'lost'"),
        ('{"headlines": [{"value": {"nested": 1}}]}', "must be text"),
        ("   ", "the file is empty"),
    ],
)
def test_malformed_ninjs_gets_one_clear_line(text: str, expected: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        ninjs.loads(text)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_absurdly_nested_json_is_refused_cleanly() -> None:
    with pytest.raises(ImportFailed, match="nested too deeply"):
        ninjs.loads("[" * 100_000 + "]" * 100_000)


def test_the_json_text_is_readable_utf8() -> None:
    text = ninjs.dumps(Article(headline="Zürich — 東京 «quote»"))
    assert "Zürich — 東京 «quote»" in text
    assert json.loads(text)["headlines"][0]["value"] == "Zürich — 東京 «quote»"


# ninjs 1.x (AP's shape): flat text properties, objects keyed by name for associations/renditions.
AP_1X = {
    "uri": "http://api.ap.example/media/v/content/4c1f",
    "altids": {"itemid": "4c1f", "etag": "4c1f_0a"},
    "version": 2,
    "type": "text",
    "versioncreated": "2024-05-01T12:30:00Z",
    "firstcreated": "2024-05-01T11:00:00Z",
    "pubstatus": "usable",
    "headline": "Storm cuts power to half the city",
    "description_text": "Winds of 140 km/h toppled lines overnight.",
    "byline": "By JANE ROE and JOHN DOE",
    "located": "LISBON",
    "ednote": "Eds: updates with mayor's statement",
    "subject": [{"name": "Weather", "code": "a1"}, {"name": "Power outages", "code": "b2"}],
    "keywords": ["storm", "Power outages"],
    "body_text": "Winds toppled lines.\n\nThe mayor spoke.",
    "body_html": "<p>Winds <b>toppled</b> lines.</p><p>The mayor spoke.</p>",
    "associations": {
        "1": {
            "type": "picture",
            "uri": "http://api.ap.example/media/v/content/9e2d",
            "description_text": "A fallen power line in Lisbon.",
            "byline": "Ana Lima",
            "renditions": {"main": {"href": "https://img.ap.example/9e2d.jpg", "mimetype": "image/jpeg"}},
        }
    },
}

# ninjs 2.x: plural lists like 3.x, but lower-case property names.
NINJS_2X = {
    "uri": "http://wire.example/2x/77",
    "standard": {"name": "ninjs", "version": "2.0"},
    "type": "text",
    "firstcreated": "2024-06-01T09:00:00Z",
    "versioncreated": "2024-06-01T09:30:00Z",
    "embargoed": "2030-06-02T00:00:00Z",
    "headlines": [{"role": "main", "value": "Harbour reopens"}],
    "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": "Ships queue outside."}],
    "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>The <i>harbour</i> reopened.</p>"}],
    "people": [{"name": "Ana Lima", "rel": "author"}],
    "infosources": [{"name": "Port authority"}],
    "ednote": "Check the ship count",
    "subjects": [{"name": "Shipping"}],
}


def test_an_ap_style_ninjs_1x_item_is_read() -> None:
    article = ninjs.loads(json.dumps(AP_1X))
    assert article.headline == "Storm cuts power to half the city"
    assert article.standfirst == "Winds of 140 km/h toppled lines overnight."
    assert "Winds **toppled** lines." in article.body and "The mayor spoke." in article.body
    assert [b.name for b in article.bylines] == ["JANE ROE", "JOHN DOE"]
    assert article.dateline == "LISBON"
    assert article.editors_note == "Eds: updates with mayor's statement"
    assert article.tags == ["Weather", "Power outages", "storm"]
    assert article.created == datetime(2024, 5, 1, 11, 0, tzinfo=UTC)
    assert article.updated == datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    assert article.featured_image is not None
    assert article.featured_image.path == "https://img.ap.example/9e2d.jpg"
    assert article.featured_image.caption == "A fallen power line in Lisbon."
    assert article.featured_image.credit == "Ana Lima"
    assert ninjs.loads(json.dumps(AP_1X)).id == article.id


def test_a_plain_text_1x_body_is_kept_when_there_is_no_html() -> None:
    item = {"headline": "Short", "body_text": "First paragraph.\n\nSecond paragraph."}
    assert ninjs.loads(json.dumps(item)).body == "First paragraph.\n\nSecond paragraph."


def test_a_ninjs_2x_item_is_read() -> None:
    article = ninjs.loads(json.dumps(NINJS_2X))
    assert article.headline == "Harbour reopens"
    assert article.standfirst == "Ships queue outside."
    assert "The *harbour* reopened." in article.body
    assert [b.name for b in article.bylines] == ["Ana Lima"]
    assert [s.name for s in article.sources] == ["Port authority"]
    assert article.editors_note == "Check the ship count"
    assert article.embargo == datetime(2030, 6, 2, tzinfo=UTC)
    assert article.tags == ["Shipping"]


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        '{"uri": "http://x.example/1", "type": "text"}',
        '{"title": "A blog post", "content": "<p>Not ninjs</p>"}',
        '{"headline": "", "body_html": "  "}',
    ],
)
def test_json_that_is_no_readable_news_item_is_refused(text: str) -> None:
    with pytest.raises(ImportFailed, match="no headline, summary or body") as caught:
        ninjs.loads(text)
    assert "\n" not in str(caught.value)


def test_front_matter_without_a_field_travels_through_ninjs() -> None:
    article = Article(headline="Storm", extra={"layout": "post", "params": {"toc": True}})
    assert ninjs.loads(ninjs.dumps(article)).extra == {"layout": "post", "params": {"toc": True}}
