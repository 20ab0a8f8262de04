"""HTML → the Markdown we store: the one converter for pasting from a browser or word processor, for
pulling a post from a site and for the importers (ninjs HTML bodies).

Pure functions (no Qt), safe to run on a worker thread. Hostile or noisy markup is removed before
conversion: scripts, styles, comments, Word's ``<o:p>`` and conditional comments, Google Docs' wrapping
``<b style="font-weight:normal">``, links with scripting schemes and inline data: images. What is
kept: links, emphasis, headings, lists, quotes, code.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from markdownify import MarkdownConverter

DROPPED_TAGS = (
    "script",
    "style",
    "head",
    "title",
    "meta",
    "link",
    "noscript",
    "iframe",
    "frame",
    "object",
    "embed",
    "template",
    "svg",
    "math",
    "canvas",
    "form",
    "input",
    "button",
    "select",
    "textarea",
)
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:", "tel:", "#")
_WORD_LIST_CLASS = re.compile(r"^MsoListParagraph", re.IGNORECASE)
_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_STYLE_NOT_BOLD = re.compile(r"font-weight\s*:\s*(normal|[1-4]00)", re.IGNORECASE)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_MSO_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


class _Converter(MarkdownConverter):
    """markdownify with the house style: ATX headings, "-" bullets, "*" emphasis."""

    def __init__(self) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            strong_em_symbol="*",
            escape_underscores=False,
            escape_misc=False,
            wrap=False,
        )


def _remove_noise(soup: BeautifulSoup) -> None:
    for node in soup.find_all(string=True):
        if isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
            node.extract()
    for tag in soup.find_all(DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(lambda t: ":" in t.name):  # Word's <o:p>, <w:...>, <v:...>
        tag.unwrap()
    for tag in soup.find_all(style=_MSO_IGNORE):  # the bullet glyphs Word draws itself
        tag.decompose()


def _normalise_emphasis(soup: BeautifulSoup) -> None:
    """Google Docs marks emphasis with inline styles and wraps everything in a non-bold <b>."""
    for tag in soup.find_all(["b", "strong"], style=_STYLE_NOT_BOLD):
        tag.unwrap()
    for tag in soup.find_all("span", style=True):
        style = tag.get("style", "")
        if _STYLE_ITALIC.search(style):
            tag.wrap(soup.new_tag("em"))
        if _STYLE_BOLD.search(style):
            tag.wrap(soup.new_tag("strong"))


def _word_lists_to_html_lists(soup: BeautifulSoup) -> None:
    """Word pastes list items as ``<p class="MsoListParagraph...">``; turn runs of them into <ul>."""
    for paragraph in soup.find_all("p", class_=_WORD_LIST_CLASS):
        if paragraph.parent is None:
            continue
        previous = paragraph.find_previous_sibling()
        paragraph.name = "li"
        if isinstance(previous, Tag) and previous.name == "ul" and previous.get("data-from-word"):
            previous.append(paragraph.extract())
        else:
            wrapper = soup.new_tag("ul")
            wrapper["data-from-word"] = "1"
            paragraph.wrap(wrapper)


def _defuse_links_and_images(soup: BeautifulSoup) -> None:
    for anchor in soup.find_all("a"):
        href = str(anchor.get("href", "")).strip()
        if not href.lower().startswith(SAFE_LINK_SCHEMES):
            anchor.unwrap()
    for image in soup.find_all("img"):
        src = str(image.get("src", "")).strip().lower()
        if not src.startswith(("http:", "https:")):
            image.decompose()


# A comment nobody closed runs to the end of the document (the HTML standard; browsers show none of it).
# html.parser would keep "<!--<script>..." as text instead.
_UNCLOSED_COMMENT = re.compile(r"<!--(?:(?!-->).)*\Z", re.DOTALL)


def clean_html(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(_UNCLOSED_COMMENT.sub("", html), "html.parser")
    _remove_noise(soup)
    _normalise_emphasis(soup)
    _word_lists_to_html_lists(soup)
    _defuse_links_and_images(soup)
    return soup


def html_to_markdown(html: str) -> str:
    """Markdown for pasted HTML: links, emphasis, headings, lists and quotes kept; the rest is text."""
    markdown = _Converter().convert_soup(clean_html(html))
    markdown = markdown.replace("\xa0", " ")
    markdown = _TRAILING_SPACE.sub("", markdown)
    return _BLANK_LINES.sub("\n\n", markdown).strip("\n")
