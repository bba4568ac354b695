"""Quoted spans: the runs of a paragraph's plain text between quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Link text and target stop at a bracket, and a run of underscores is tried from its
# start only: each character is scanned a bounded number of times, whatever the input.
_LINK = re.compile(r"\[([^\[\]]*)\]\([^)\s\[]*\)|\*+|(?<!\w)_+|(?<!_)_+(?!\w)")


SENTENCE_END = re.compile(r"[.!?…]['’\"”)]*\s*$")


@dataclass
class Segment:
    """One run of text between quotation marks in a paragraph's plain text."""

    paragraph: int
    start: int  # index of the first quoted character
    end: int  # index just past the last quoted character (the closing mark's index)
    closed: bool


def plain_text_of(text: str) -> tuple[str, list[int]]:
    """Text without Markdown links and emphasis, with each character's original offset."""
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _LINK.finditer(text):
        chars.extend(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        if m.group(1) is not None:
            chars.extend(m.group(1))
            origin.extend(range(m.start(1), m.end(1)))
        pos = m.end()
    chars.extend(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(chars), origin


def quoted_runs(index: int, text: str) -> list[Segment]:
    """Quoted runs of a paragraph: straight or curly marks; an unclosed one runs to the end."""
    out: list[Segment] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in '"“”':
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            opening = ch == "“" or (ch == '"' and (not nxt.isspace() or i == 0))
            if opening and (prev.isspace() or prev in "([{—–-/:*" or i == 0):
                open_at = i + 1
            continue
        if ch == "“":
            # A new opening mark while open: the earlier quote was never closed.
            out.append(Segment(index, open_at, i, False))
            open_at = i + 1
            continue
        if ch == '"' and prev.isspace() and not nxt.isspace():
            out.append(Segment(index, open_at, i, False))
            open_at = i + 1
            continue
        out.append(Segment(index, open_at, i, True))
        open_at = None
    if open_at is not None and open_at < len(text):
        out.append(Segment(index, open_at, len(text), False))
    return [s for s in out if text[s.start : s.end].strip(" ,.*")]


def clean_inner(text: str) -> str:
    inner = " ".join(text.split()).strip(" *")
    return inner.rstrip(" ,")
