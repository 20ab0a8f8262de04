"""Bold/italic toggled at a bare cursor, the way a word processor does it, on Markdown source.

Ctrl+B with no selection opens a pair ``**|**``; pressing it again with nothing typed removes the pair,
and after typing it ends the format by stepping past the closing ``**`` (a trailing space typed
inside is moved out, since ``**storm **`` is not bold in Markdown). Every candidate edit is checked by
the real parser: markdown-it reads the line with a sentinel character at the cursor, and the edit is
kept only if the format is then on (or off) there with the other formats unchanged. A toggle therefore
never leaves markers that render literally or as a rule (``****`` alone on a line is an ``<hr>``).

Pure text functions: no Qt here, so the rules can be tested on their own.
"""

from __future__ import annotations

_SENTINEL = "\ue000"  # private use: neither space nor punctuation, so it behaves like a typed letter
_FORMAT_OF = {"**": "strong", "*": "em"}
_CHARS = {"strong", "em", "s", "code"}


def active_formats(line: str, position: int) -> frozenset[str]:
    """The inline formats ("strong", "em", "s", "code") a letter typed at ``position`` would get."""
    return _read(line, position)[0]


def _read(line: str, position: int) -> tuple[frozenset[str], int]:
    """The formats at ``position`` and how many "*" of the line would show as literal text."""
    from editor.render.markdown import parser  # markdown-it loads after the story is shown

    tokens = parser().parseInline(line[:position] + _SENTINEL + line[position:])
    stack: list[str] = []
    found: set[str] = set()
    literal = 0
    for token in tokens[0].children or []:
        if token.type.endswith("_open"):
            stack.append(token.type.removesuffix("_open"))
        elif token.type.endswith("_close") and stack:
            stack.pop()
        elif token.type == "text":
            literal += token.content.count("*")
        if _SENTINEL in token.content:
            found = set(stack) & _CHARS
            if token.type == "code_inline":
                found.add("code")
    return frozenset(found), literal


def toggle_at(line: str, position: int, marker: str) -> tuple[str, int] | None:
    """The line and cursor after toggling ``marker`` at a bare cursor; None when no edit is safe."""
    fmt = _FORMAT_OF[marker]
    before, literal = _read(line, position)
    want = before - {fmt} if fmt in before else before | {fmt}
    for text, cursor in _candidates(line, position, marker, fmt in before):
        if not 0 <= cursor <= len(text):
            continue
        formats, stray = _read(text, cursor)
        if formats == want and stray <= literal:
            return text, cursor
    return None


def space_at(line: str, position: int) -> tuple[str, int] | None:
    """Where a space typed at ``position`` must go; None when it can simply be typed there.

    Right after an opening marker (``**|**``, ``**a*|***``) a space would undo the format
    (``** a**`` is not bold), so it goes in front of the marker run: the format stays on.
    """
    run = len(line[:position]) - len(line[:position].rstrip("*"))
    if not run:
        return None
    formats, literal = _read(line, position)
    typed = line[:position] + " " + line[position:]
    if _read(typed, position + 1) == (formats, literal):
        return None
    for size in range(1, run + 1):  # the opening marker may be only the end of the run: "**a***|*"
        moved = line[: position - size] + " " + line[position - size :]
        if _read(moved, position + 1) == (formats, literal):
            return moved, position + 1
    return None


def _candidates(line: str, p: int, marker: str, on: bool):
    size = len(marker)
    left, right = line[:p], line[p:]
    if not on:
        if left.endswith(marker):  # just after a closing marker: step back in (undoes "end bold")
            yield line, p - size
        yield left + marker + marker + right, p + size
        return
    if left.endswith(marker) and right.startswith(marker):  # an empty pair: take it away
        yield left[:-size] + right[size:], p - size
    stripped = left.rstrip()
    space = left[len(stripped) :]
    if right.startswith(marker):  # end of the span: step past the closing marker
        if space:
            yield stripped + marker + space + right[size:], p + size
        else:
            yield line, p + size
    # inside the span between words: close it before the space, reopen it after
    gap = len(right) - len(right.lstrip())
    yield stripped + marker + space + right[:gap] + marker + right[gap:], p + size
