"""Fuzzing the readers: any text or JSON gives an Article or one ImportFailed line, never a traceback."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers import ImportFailed, frontmatter, ninjs, read_article_file

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


nesting = st.sampled_from(["json-list", "json-object", "yaml-flow", "yaml-block", "yaml-mapping"])


@settings(max_examples=40, deadline=None)
@given(nesting, st.integers(min_value=1, max_value=3000))
def test_nesting_of_any_depth_is_an_article_or_one_clear_line(kind: str, depth: int) -> None:
    texts = {
        "json-list": lambda: '{"headlines": ' + "[" * depth + "]" * depth + "}",
        "json-object": lambda: '{"bodies": [' + '{"value": ' * depth + "1" + "}" * depth + "]}",
        "yaml-flow": lambda: "---\ntags: " + "[" * depth + "]" * depth + "\n---\n",
        "yaml-block": lambda: "---\ntags:\n  " + "- " * depth + "x\n---\n",
        "yaml-mapping": lambda: "---\nfeatured_image: " + "{a: " * depth + "1" + "}" * depth + "\n---\n",
    }
    reader = ninjs.loads if kind.startswith("json") else frontmatter.loads
    try:
        reader(texts[kind]())
    except ImportFailed as failure:
        assert str(failure) and "\n" not in str(failure)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1, max_value=20_000),
    st.sampled_from(["uri", "embargoedUntil", "located", "by", "headlines", "altIds"]),
    st.sampled_from(["headline", "created", "tags", "related", "sources"]),
)
def test_numbers_of_any_length_are_an_article_or_one_clear_line(
    digits: int, ninjs_key: str, yaml_key: str
) -> None:
    number = "9" * digits
    shapes = {
        "headlines": f'[{{"value": {number}}}]',
        "altIds": f'[{{"role": "copydesk:slug", "value": {number}}}]',
    }
    for text, reader in (
        (f'{{"{ninjs_key}": {shapes.get(ninjs_key, number)}}}', ninjs.loads),
        (
            f"---\n{yaml_key}: {number}\nrelated:\n  - title: t\n    remote_id: {number}\n---\n",
            frontmatter.loads,
        ),
    ):
        try:
            reader(text)
        except ImportFailed as failure:
            assert str(failure) and "\n" not in str(failure)


special_files = st.sampled_from(
    ["fifo", "/dev/zero", "/dev/null", "/dev/urandom", "folder", "dangling", "loop"]
)


@settings(max_examples=25, deadline=None)
@given(special_files, st.sampled_from(["story.md", "wire.json", "notes.txt"]))
def test_special_files_are_refused_in_one_line_without_blocking(kind: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "folder":
            path.mkdir()
        elif kind == "dangling":
            path.symlink_to(Path(folder) / "missing")
        elif kind == "loop":
            path.symlink_to(path)
        else:
            path.symlink_to(kind)
        outcome: list[str] = []

        def read() -> None:
            try:
                read_article_file(path)
                outcome.append("imported")
            except ImportFailed as failure:
                outcome.append(str(failure))

        reader = threading.Thread(target=read, daemon=True)  # a blocked open must not hang the run
        reader.start()
        reader.join(timeout=60)
        assert outcome, f"reading a {kind} did not return"
        assert outcome[0].startswith(f"{name}: cannot read the file") and "\n" not in outcome[0]
