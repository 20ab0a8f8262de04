"""Fuzzing the incoming-copy service: any bytes in any declared format give a draft or one ImportFailed
line, never a traceback; no script text reaches a body."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.importers import ImportFailed
from editor.importers.wire import read_incoming, read_pasted
from editor.wirecopy import WireFormat

TAGS = [
    "p",
    "div",
    "h1",
    "h2",
    "article",
    "script",
    "style",
    "a",
    "blockquote",
    "ul",
    "li",
    "table",
    "td",
    "svg",
    "template",
    "newsItem",
    "contentMeta",
    "headline",
    "inlineXML",
    "body",
    "html",
    "meta",
]
PIECES = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(
        [
            "<!DOCTYPE x [<!ENTITY a 'b'>]>",
            "&a;",
            "&amp;",
            "<![CDATA[",
            "]]>",
            "<!--",
            "-->",
            "<?xml version='1.0' encoding='klingon'?>",
            "<meta charset=utf-16>",
            "\x00",
            "\ufeff",
            "By Ann Lee, Reuters",
            "— AFP",
            "Source: BFM TV",
            "MOSCOW, April 7 (Reuters) — ",
            "Related News",
            "Leave a Reply",
            "16,985FansLike",
            "\n",
            "\n\n",
        ]
    ),
    st.text(max_size=40),
)
DOCUMENTS = st.lists(PIECES, max_size=60).map("".join)
FORMATS = st.sampled_from([None, *WireFormat])
ENCODINGS = st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, FORMATS, ENCODINGS)
def test_any_document_is_a_draft_or_one_line(text: str, kind: WireFormat | None, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    try:
        incoming = read_incoming(data, "copy", kind)
    except ImportFailed as exc:
        assert "\n" not in str(exc)
        return
    article = incoming.article
    assert "<script" not in article.body.lower()
    assert all("\n" not in w for w in incoming.warnings)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.none(), DOCUMENTS), st.one_of(st.none(), st.text(max_size=400)))
def test_any_clipboard_is_a_draft_or_one_line(html: str | None, text: str | None) -> None:
    try:
        read_pasted(html, text)
    except ImportFailed as exc:
        assert "\n" not in str(exc)
