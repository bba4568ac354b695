"""Plain-text rendering of a Brief: no markup, wrapped for reading in any pager."""

from __future__ import annotations

import textwrap
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

WIDTH = 78


def render(brief: Brief, view: View) -> str:
    return "\n".join(_lines(brief, view)).rstrip() + "\n"


def _heading(title: str) -> Iterator[str]:
    yield ""
    yield title.upper()
    yield "-" * len(title)


def _wrap(text: str, first: str = "", rest: str = "") -> Iterator[str]:
    yield from textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]


def _lines(brief: Brief, view: View) -> Iterator[str]:
    title = brief.title or "Untitled briefing"
    yield from _wrap(title)
    yield "=" * min(len(title), WIDTH)
    yield header_line(brief)
    if view.part is Part.BRIEF:
        yield from _heading("Summary")
        if not brief.summary:
            yield "(no summary sentences)"
        for s in brief.summary:
            yield from _wrap(s.text, "* ", "  ")
    if view.shows(Part.SECTIONS):
        yield from _heading("Sections")
        for number, section in enumerate(brief.sections, 1):
            yield f"{number}. {section.title}"
            text = " ".join(s.text for s in section.summary) or "(no summary)"
            yield from _wrap(text, "   ", "   ")
    if view.shows(Part.QUOTES):
        yield from _heading("Key quotes")
        quotes = shown_quotes(brief, view.max_quotes)
        if not quotes:
            yield "(no quotes found)"
        for quote in quotes:
            yield from _wrap(f"“{quote.text}”", "  ", "   ")
            yield f"    — {speaker_line(quote)}"
    if view.shows(Part.ACTIONS):
        yield from _heading("Action items")
        groups = actions_by_actor(brief)
        if not groups:
            yield "(no action items found)"
        for actor, actions in groups:
            yield f"{actor}:"
            for action in actions:
                yield from _wrap(action_line(action), "  [ ] ", "      ")
