"""HTML → Markdown for pastes, on the pure function (no widget needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.importers.html import html_to_markdown
from editor.render import render_body


def test_google_docs_wrapper_is_not_bold_and_styled_spans_are() -> None:
    html = (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr">'
        '<span style="font-weight:700;">Strong</span><span style="font-weight:400;"> and </span>'
        '<span style="font-style:italic;font-weight:400">slanted</span></p></b>'
    )
    assert html_to_markdown(html) == "**Strong** and *slanted*"


def test_nested_lists_and_headings_levels() -> None:
    html = "<h1>Top</h1><h3>Third</h3><ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>"
    markdown = html_to_markdown(html)
    assert markdown.startswith("# Top\n\n### Third\n\n- a\n")
    assert "  - a1" in markdown and "- b" in markdown


def test_unsafe_links_lose_the_target_and_data_images_are_dropped() -> None:
    html = (
        '<p><a href="mailto:desk@example.org">desk</a> <a href="vbscript:x">vb</a> '
        '<a href=" JavaScript:alert(1)">js</a><img src="data:image/png;base64,AAAA" alt="pixel">'
        '<img src="https://example.org/p.jpg" alt="photo"></p>'
    )
    assert (
        html_to_markdown(html) == "[desk](mailto:desk@example.org) vb js![photo](https://example.org/p.jpg)"
    )


def test_non_breaking_spaces_and_blank_lines_are_tidied() -> None:
    assert html_to_markdown("<p>one&nbsp;two</p><p></p><p></p><br><p>three</p>") == "one two\n\nthree"


def test_literal_asterisks_and_underscores_render_as_typed() -> None:
    markdown = html_to_markdown("<p>snake_case_name costs 5*3 and a*b*c</p>")
    html = render_body(markdown)
    assert "snake_case_name costs 5*3 and a*b*c" in html
    assert "<em>" not in html


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=20),
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<b>",
                    "</b>",
                    "<i>",
                    "<a href='https://x.org'>",
                    "</a>",
                    "<ul><li>",
                    "</li>",
                    "<script>",
                    "</script>",
                    "<!--",
                    "-->",
                    "<![if !supportLists]>",
                    "<![endif]>",
                    "<o:p>",
                    "<h2>",
                    "</h2>",
                    "<table><tr><td>",
                    "<img src=x>",
                    "<style>",
                    "</style>",
                    "&nbsp;",
                    "<br>",
                ]
            ),
        ),
        max_size=30,
    )
)
def test_any_markup_converts_without_error_and_without_script_text(parts) -> None:
    html = "".join(parts)
    markdown = html_to_markdown(html)
    assert isinstance(markdown, str)
    if "<script>" in html and "</script>" in html:
        assert "<script" not in markdown.lower()
