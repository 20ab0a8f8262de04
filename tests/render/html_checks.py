"""Reading rendered HTML the way a browser would, to assert what a reader would get."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

DANGEROUS_TAGS = {"script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "base"}
VOID_TAGS = {"img", "br", "hr", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "poster"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class ParsedHtml(HTMLParser):
    elements: list[Element] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    open_elements: list[Element] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in VOID_TAGS:
            self.open_elements.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open_elements) - 1, -1, -1):
            if self.open_elements[depth].tag == tag:
                del self.open_elements[depth:]
                break

    def handle_data(self, data: str) -> None:
        """Text counts for every element it sits in (so ``<a><span>x</span></a>`` has text x)."""
        self.text_parts.append(data)
        for element in self.open_elements:
            element.text += data

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def find_all(self, tag: str, css_class: str | None = None) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and (css_class is None or css_class in e.attrs.get("class", "").split())
        ]


def parse(html: str) -> ParsedHtml:
    parsed = ParsedHtml()
    parsed.feed(html)
    parsed.close()
    return parsed


def assert_harmless(html: str, *, own_stylesheet: bool = False) -> ParsedHtml:
    """No element or attribute a browser would execute; returns the parsed page for further checks.

    ``own_stylesheet``: a standalone page may carry exactly one ``<style>``, in its ``<head>``.
    """
    parsed = parse(html)
    if own_stylesheet:
        assert len(parsed.find_all("style")) == 1 and html.index("<style>") < html.index("<body>")
    for element in parsed.elements:
        if own_stylesheet and element.tag == "style":
            continue
        assert element.tag not in DANGEROUS_TAGS, f"<{element.tag}> survived in {html!r}"
        for name, value in element.attrs.items():
            assert not name.startswith("on"), f"event handler {name} survived in {html!r}"
            if name in URL_ATTRIBUTES:
                scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
                assert scheme not in {"javascript", "vbscript", "data"}, f"{name}={value!r} survived"
    return parsed
