"""Markdown rendering of a Brief (the default when stdout is not a terminal)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefcli.model import Brief
from briefcli.render.view import (
    Part,
    View,
    action_line,
    actions_by_actor,
    header_line,
    shown_quotes,
    speaker_line,
)


def render(brief: Brief, view: View) -> str:
    return "\n".join(_lines(brief, view)).rstrip() + "\n"


def _lines(brief: Brief, view: View) -> Iterator[str]:
    yield f"# {_inline(brief.title or 'Untitled briefing')}"
    yield ""
    yield f"*{_inline(header_line(brief))}*"
    if view.part is Part.BRIEF:
        yield ""
        yield "## Summary"
        yield ""
        if brief.summary:
            for s in brief.summary:
                yield f"- {_inline(s.text)}"
        else:
            yield "*No summary sentences.*"
    if view.shows(Part.SECTIONS):
        yield ""
        yield "## Sections"
        for number, section in enumerate(brief.sections, 1):
            yield ""
            yield f"### {number}. {_inline(section.title)}"
            yield ""
            yield " ".join(_inline(s.text) for s in section.summary) or "*No summary.*"
    if view.shows(Part.QUOTES):
        yield ""
        yield "## Key quotes"
        quotes = shown_quotes(brief, view.max_quotes)
        if not quotes:
            yield ""
            yield "*No quotes found.*"
        for quote in quotes:
            yield ""
            yield f"> “{_inline(quote.text)}”"
            yield f"> — **{_inline(speaker_line(quote))}**"
    if view.shows(Part.ACTIONS):
        yield ""
        yield "## Action items"
        groups = actions_by_actor(brief)
        if not groups:
            yield ""
            yield "*No action items found.*"
        for actor, actions in groups:
            yield ""
            yield f"**{_inline(actor)}**"
            yield ""
            for action in actions:
                yield f"- [ ] {_inline(action_line(action))}"


_SPECIAL = re.compile(r"[\\`*<]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def _inline(text: str) -> str:
    """Text safe inside a Markdown line: no stray emphasis, code or HTML. An underscore
    inside a word ("white_house_briefing") emphasises nothing and stays as it is."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(), text).replace("\n", " ")
