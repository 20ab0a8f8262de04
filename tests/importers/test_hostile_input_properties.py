"""Fuzzing the readers: any text or JSON gives an Article or one ImportFailed line, never a traceback."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers import ImportFailed, frontmatter, ninjs

KEYS = [
    "uri",
    "headlines",
    "descriptions",
    "bodies",
    "people",
    "by",
    "infoSources",
    "associations",
    "subjects",
    "altIds",
    "embargoedUntil",
    "firstCreated",
    "versionCreated",
    "located",
    "edNote",
    "role",
    "value",
    "name",
    "rel",
    "contentType",
    "copydesk:status",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["9999-12-31T23:59:59-01:00", "2024-01-01", "news agency", "photographer", "related"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
    max_leaves=25,
)
yaml_lines = st.sampled_from(
    [
        "headline: x",
        "title: [a",
        "tags: *a",
        "sources:",
        "  - name: A",
        "    kind: wire",
        "  - x",
        "bylines: 3",
        "embargo: 2024-13-45",
        "related:",
        "  - remote_id: 1e9",
        "created: 99999-01-01",
        "? [a]: b",
        "- item",
        "status: published",
        "featured_image: photo.jpg",
        "author: [1, 2]",
        "date: 2024-01-01",
        "---",
        "...",
        "key: !!binary aGk=",
        "x: &a [1]",
        "\t bad indent",
        "id: ''",
        "categories: {a: 1}",
    ]
)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_is_an_article_or_one_clear_line(value: object) -> None:
    try:
        ninjs.loads(json.dumps(value))
    except ImportFailed as failure:
        assert str(failure) and "\n" not in str(failure)


@settings(max_examples=150, deadline=None)
@given(st.lists(yaml_lines, max_size=8), st.text(max_size=30))
def test_any_front_matter_is_an_article_or_one_clear_line(lines: list[str], body: str) -> None:
    try:
        frontmatter.loads("---\n" + "\n".join(lines) + "\n---\n" + body)
    except ImportFailed as failure:
        assert str(failure) and "\n" not in str(failure)


def test_a_date_beyond_the_calendar_is_refused_cleanly() -> None:
    with pytest.raises(ImportFailed, match="embargoedUntil"):
        ninjs.loads('{"embargoedUntil": "9999-12-31T23:59:59-01:00"}')
