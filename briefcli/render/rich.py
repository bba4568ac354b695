"""Terminal rendering of a Brief with rich: headings, bullets, quotes and a checklist."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

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


def render(brief: Brief, view: View) -> RenderableType:
    return Group(*_parts(brief, view))


def _heading(title: str) -> Rule:
    return Rule(Text(title, style="bold cyan"), align="left", style="cyan")


def _parts(brief: Brief, view: View) -> Iterator[RenderableType]:
    yield Text(brief.title or "Untitled briefing", style="bold")
    yield Text(header_line(brief), style="dim")
    if view.part is Part.BRIEF:
        yield Text()
        yield _heading("Summary")
        if not brief.summary:
            yield Text("No summary sentences.", style="dim italic")
        for s in brief.summary:
            yield Padding(Text.assemble(("• ", "cyan"), s.text), (0, 0, 0, 1))
    if view.shows(Part.SECTIONS):
        yield Text()
        yield _heading("Sections")
        for number, section in enumerate(brief.sections, 1):
            yield Text.assemble((f"{number}. ", "cyan"), (section.title, "bold"))
            text = " ".join(s.text for s in section.summary)
            yield Padding(Text(text or "No summary.", style="" if text else "dim italic"),
                          (0, 0, 0, 3))
    if view.shows(Part.QUOTES):
        yield Text()
        yield _heading("Key quotes")
        quotes = shown_quotes(brief, view.max_quotes)
        if not quotes:
            yield Text("No quotes found.", style="dim italic")
        for quote in quotes:
            yield Padding(Text(f"“{quote.text}”", style="italic"), (0, 0, 0, 2))
            yield Padding(Text(f"— {speaker_line(quote)}", style="green"), (0, 0, 1, 4))
    if view.shows(Part.ACTIONS):
        yield Text()
        yield _heading("Action items")
        groups = actions_by_actor(brief)
        if not groups:
            yield Text("No action items found.", style="dim italic")
        for actor, actions in groups:
            yield Text(actor, style="bold yellow")
            for action in actions:
                yield Padding(Text.assemble(("☐ ", "yellow"), action_line(action)), (0, 0, 0, 2))
