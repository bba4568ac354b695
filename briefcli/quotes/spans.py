"""Quoted spans: the runs of a paragraph's plain text between quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefcli.lexicon.quotation import SINGLE_CLOSERS, SINGLE_OPENERS
from briefcli.people.quoted import double_marks

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


def plain_text_of(text: str, singles: bool = True) -> tuple[str, list[int]]:
    """Text without Markdown links and emphasis, its quotation marks read as double marks
    (people.quoted; British single marks only if `singles`), with each character's
    original offset."""
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
    joined = "".join(chars)
    plain, marks_origin = double_marks(joined, singles)
    if singles and ("‘" in joined or "'" in joined):
        plain = _quiet_nested_doubles(plain, joined, marks_origin)
    if len(plain) == len(chars):
        return plain, origin
    return plain, [origin[i] for i in marks_origin]


def _quiet_nested_doubles(plain: str, text: str, origin: list[int]) -> str:
    """Double marks inside a quote opened by a single mark (a tabloid's '…"We've done it!"…')
    are a quote inside the quote: read as plain apostrophes, so the outer quote stays whole."""
    chars = list(plain)
    inside = False
    for i, ch in enumerate(chars):
        if ch not in '"“”':
            continue
        source = text[origin[i]] if origin[i] < len(text) else ""
        if source in SINGLE_OPENERS and ch == "“":
            inside = True
        elif source in SINGLE_CLOSERS and ch == "”":
            inside = False
        elif inside:
            chars[i] = "'"
    out = "".join(chars)
    # (Outside, a nickname after "as" is no quote either: Kevin, known as "Pritch", said. A
    # nickname inside a name stays marked: the people stage reads it so.)
    return _NICKNAME.sub(lambda m: f"{m.group(1)}'{m.group(2)}'", out)


# A nickname after "as" (known to his mates as "Pritch"): one to three capitalised words.
_NICKNAME = re.compile(
    r"(\bas )[\"“]((?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*){0,2})[\"”]"
    r"(?=[ ,][A-Z]|,)"
)


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
