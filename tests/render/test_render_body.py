"""The body renderer: Markdown a journalist writes → the HTML readers and the preview get."""

from __future__ import annotations

import pytest

from editor.render import render_body
from editor.render.markdown import MAX_RENDER_CHARS
from tests.render.html_checks import assert_harmless, parse


def test_common_markdown_becomes_the_expected_elements() -> None:
    html = render_body("## Subhead\n\nSome *emphasis*, **bold** and ~~struck~~ text.\n\n- one\n- two\n")
    parsed = parse(html)
    assert parsed.find_all("h2")[0].text == "Subhead"
    assert parsed.find_all("em")[0].text == "emphasis"
    assert parsed.find_all("strong")[0].text == "bold"
    assert parsed.find_all("s")[0].text == "struck"
    assert [li.text for li in parsed.find_all("li")] == ["one", "two"]


def test_tables_keep_their_column_alignment() -> None:
    parsed = parse(render_body("| Party | Seats |\n|:--|--:|\n| Greens | 12 |\n"))
    cells = parsed.find_all("td")
    assert [c.text for c in cells] == ["Greens", "12"]
    assert cells[1].attrs["style"] == "text-align:right"


def test_footnotes_link_to_their_note() -> None:
    parsed = parse(render_body("Figures from the ministry.[^1]\n\n[^1]: Annual report, page 4.\n"))
    ref = parsed.find_all("a")[0]
    assert ref.attrs["href"] == "#fn1"
    assert parsed.find_all("li", "footnote-item")[0].attrs["id"] == "fn1"
    assert "Annual report, page 4." in parsed.text


def test_links_open_safely_in_a_new_context() -> None:
    link = parse(render_body("[the report](https://example.org/report)")).find_all("a")[0]
    assert link.attrs["href"] == "https://example.org/report"
    assert "noopener" in link.attrs["rel"].split()


def test_raw_html_in_the_body_is_shown_as_text_not_interpreted() -> None:
    parsed = assert_harmless(render_body("Before <b>bold?</b> after\n\n<div>block</div>\n"))
    assert not parsed.find_all("b")
    assert "<b>bold?</b>" in parsed.text
    assert "<div>block</div>" in parsed.text


def test_source_lines_mark_each_block_with_its_markdown_line() -> None:
    source = "# Title\n\nFirst paragraph\nstill first.\n\n> quoted\n\n- item\n"
    parsed = parse(render_body(source, source_lines=True))
    lines = {e.tag: e.attrs.get("data-source-line") for e in reversed(parsed.elements)}
    assert lines["h1"] == "0"
    assert lines["blockquote"] == "5"
    assert lines["ul"] == "7"
    assert parsed.find_all("p")[0].attrs["data-source-line"] == "2"


def test_without_source_lines_no_line_attributes_leak_into_published_html() -> None:
    assert "data-source-line" not in render_body("# Title\n\nText\n")


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        "<iframe src=https://evil.example></iframe>",
        "<svg onload=alert(1)></svg>",
        "![pic](data:image/png;base64,iVBORw0KGgo=)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        '<https://ok.example/a?b="><script>alert(1)</script>>',
        "[x](<javascript&#58;alert(1)>)",
    ],
)
def test_hostile_markup_in_the_body_is_neutralised(markdown: str) -> None:
    assert_harmless(render_body(markdown))
    assert_harmless(render_body(markdown, source_lines=True))


def test_a_10_mb_body_gets_a_clear_notice_instead_of_a_frozen_preview() -> None:
    body = ("A sentence of a story that never ends. " * 30 + "\n\n") * (10 * 1024 * 1024 // 1200)
    assert len(body) > MAX_RENDER_CHARS
    parsed = parse(render_body(body))
    notice = parsed.find_all("p", "cd-render-refused")
    assert notice and "too long" in notice[0].text


def test_the_longest_renderable_body_still_renders() -> None:
    body = ("Word " * 199 + "end.\n\n") * (MAX_RENDER_CHARS // 1010)
    assert len(body) <= MAX_RENDER_CHARS
    assert "cd-render-refused" not in render_body(body)


def test_rendering_works_from_several_threads_at_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    bodies = [f"# Story {i}\n\n" + f"Paragraph {i} with *emphasis*.\n\n" * 50 for i in range(8)]
    expected = [render_body(b) for b in bodies]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(render_body, bodies * 3)) == expected * 3


@pytest.mark.parametrize(
    "hostile",
    ['<img src=x onerror="alert(1)">', "<script>x</script>", '<a href="JavaScript:alert(1)">x</a>'],
)
def test_the_harmlessness_check_itself_catches_hostile_html(hostile: str) -> None:
    with pytest.raises(AssertionError):
        assert_harmless(hostile)
