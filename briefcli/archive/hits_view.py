"""Search hits for a reader: Markdown, text, rich (matches highlighted) and JSON."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from briefcli.archive.search import Hit, SearchResult
from briefcli.render.json import dumps
from briefcli.render.markdown import _inline

WIDTH = 78
_PART_NAMES = {"sentences": "sentence", "quotes": "quote", "actions": "action item"}


def short_source(source: str) -> str:
    """A file's name without its folders (URLs and `-` as they are): lines stay readable."""
    if source == "-" or "://" in source:
        return source
    return os.path.basename(source) or source


def _heading(hit: Hit) -> str:
    return f"{hit.title or 'Untitled briefing'}" + (f" ({hit.date})" if hit.date else "")


def _where(hit: Hit) -> str:
    """ "quote by Jens Stoltenberg · file.txt, sentence 34"."""
    what = _PART_NAMES[hit.part]
    if hit.part == "actions" and hit.actor:
        what += f" for {hit.actor}"
    elif hit.speaker:
        what += f" by {hit.speaker}"
    return f"{what} · {short_source(hit.source)}, sentence {hit.sentence}"


def _count(result: SearchResult) -> str:
    n = len(result.hits)
    return "No hits." if n == 0 else f"{n} hit{'s' if n != 1 else ''}, best first."


def markdown(result: SearchResult) -> str:
    lines = [f"# Search: {_inline(result.query)}", "", _count(result)]
    for number, hit in enumerate(result.hits, 1):
        text = "".join(
            f"**{_inline(hit.text[s:e])}**" if i % 2 else _inline(hit.text[s:e])
            for i, (s, e) in enumerate(_pieces(hit))
        )
        lines += [
            "",
            f"## {number}. {_inline(_heading(hit))}",
            "",
            f"*{_inline(_where(hit))}*",
            "",
            f"> {text}",
        ]
    return "\n".join(lines) + "\n"


def _pieces(hit: Hit) -> Iterator[tuple[int, int]]:
    """Alternating (plain, matched, plain, …) spans covering the hit's text."""
    at = 0
    for start, end in hit.matches:
        yield at, start
        yield start, end
        at = end
    yield at, len(hit.text)


def text(result: SearchResult) -> str:
    lines = [f"Search: {result.query}", _count(result)]
    for number, hit in enumerate(result.hits, 1):
        lines += ["", f"{number}. {_heading(hit)}", f"   {_where(hit)}"]
        lines += textwrap.wrap(hit.text, WIDTH, initial_indent="   ", subsequent_indent="   ")
    return "\n".join(lines) + "\n"


def rich(result: SearchResult) -> RenderableType:
    parts: list[RenderableType] = [Text(_count(result), style="dim")]
    for number, hit in enumerate(result.hits, 1):
        body = Text(hit.text)
        for start, end in hit.matches:
            body.stylize("bold black on yellow", start, end)
        parts += [
            Text(),
            Text.assemble((f"{number}. ", "cyan"), (_heading(hit), "bold")),
            Padding(Text(_where(hit), style="dim", overflow="fold"), (0, 0, 0, 3)),
            Padding(body, (0, 0, 0, 3)),
        ]
    return Group(*parts)


def json(result: SearchResult) -> str:
    return dumps(result.to_dict())


def jsonl(result: SearchResult) -> str:
    """One hit per line, each with the query (an empty result is no lines)."""
    return "".join(dumps({"query": result.query} | h.to_dict(), indent=None) for h in result.hits)
