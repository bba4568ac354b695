"""Terminal rendering of a Brief with rich: headings, bullets, quotes and a checklist."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefcli.model import Brief
from briefcli.render.view import (
    Part,
    View,
    action_line,
    actions_by_actor,
    shown_quotes,
    speaker_line,
)


def render(brief: Brief, view: View) -> RenderableType:
    return Group(*_parts(brief, view))


def _hanging(marker: Text | str, body: RenderableType, indent: int = 1) -> Padding:
    """`marker` then `body`, with the body's wrapped lines indented under its first word."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(marker, body)
    return Padding(grid, (0, 0, 0, indent))


def _heading(title: str) -> Rule:
    return Rule(Text(title, style="bold cyan"), align="left", style="cyan")


def _parts(brief: Brief, view: View) -> Iterator[RenderableType]:
    yield Text(brief.title or "Untitled briefing", style="bold")
    yield Text(" · ".join(b for b in (brief.date, brief.kind) if b), style="dim")
    yield Text(brief.source, style="dim", overflow="fold")
    if view.part is Part.BRIEF:
        yield Text()
        yield _heading("Summary")
        if not brief.summary:
            yield Text("No summary sentences.", style="dim italic")
        for s in brief.summary:
            yield _hanging(Text("•", style="cyan"), Text(s.text))
    if view.shows(Part.SECTIONS):
        yield Text()
        yield _heading("Sections")
        for number, section in enumerate(brief.sections, 1):
            yield Text.assemble((f"{number}. ", "cyan"), (section.title, "bold"))
            text = " ".join(s.text for s in section.summary)
            yield Padding(
                Text(text or "No summary.", style="" if text else "dim italic"), (0, 0, 0, 3)
            )
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
                yield _hanging(Text("☐", style="yellow"), Text(action_line(action)), indent=2)
