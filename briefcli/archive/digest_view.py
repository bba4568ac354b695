"""The digest for a reader: Markdown, text, rich and JSON."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from briefcli.archive.digest import DatedAction, Digest, PersonSummary, Topic
from briefcli.archive.hits_view import short_source
from briefcli.render.json import dumps
from briefcli.render.markdown import _inline
from briefcli.render.view import action_line

WIDTH = 78


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _title(d: Digest) -> str:
    dates = [b.date for b in d.briefings if b.date]
    span = f", {min(dates)} to {max(dates)}" if dates else ""
    return f"Digest of {_count(len(d.briefings), 'briefing')}{span}"


def _numbers(d: Digest) -> dict[str, int]:
    """Each briefing's number in the list: action items and topics cite briefings by it."""
    return {b.source: number for number, b in enumerate(d.briefings, 1)}


def _action(item: DatedAction, numbers: dict[str, int]) -> str:
    """ "submit … (expected) — 2023-10-12 [5]"."""
    cite = f"[{numbers[item.source]}]"
    return f"{action_line(item.action)} — " + " ".join(
        b for b in (item.briefing_date, cite) if b
    )


def _person(p: PersonSummary) -> str:
    who = f"{p.name}, {p.title}" if p.title and p.title.lower() not in p.name.lower() else p.name
    return f"{who}: {_count(p.briefings, 'briefing')}, {_count(p.quotes, 'quote')}"


def _topic(t: Topic, numbers: dict[str, int]) -> str:
    return f"{t.title} ({_count(len(t.briefings), 'briefing')}): " + " ".join(
        f"[{numbers[s]}]" for s in t.briefings
    )


def markdown(d: Digest) -> str:
    return "\n".join(_markdown_lines(d)).rstrip() + "\n"


def _markdown_lines(d: Digest) -> Iterator[str]:
    numbers = _numbers(d)
    yield f"# {_title(d)}"
    yield ""
    yield "## Briefings"
    yield ""
    for number, b in enumerate(d.briefings, 1):
        head = " · ".join(x for x in (b.date or "undated", b.kind) if x)
        title = _inline(b.title or "Untitled briefing")
        yield f"{number}. **{title}** ({head}, {_inline(short_source(b.source))})"
        if b.summary:
            yield f"   {_inline(b.summary)}"
    yield ""
    yield "## Action items"
    if not d.actions:
        yield ""
        yield "*No action items found.*"
    for group in d.actions:
        yield ""
        yield f"**{_inline(group.actor)}**"
        yield ""
        for item in group.actions:
            yield f"- [ ] {_inline(_action(item, numbers))}"
    yield ""
    yield "## People"
    yield ""
    if not d.people:
        yield "*No people found.*"
    for p in d.people:
        yield f"- **{_inline(_person(p))}**"
        if p.key_quote:
            yield f"  > “{_inline(p.key_quote)}”"
    yield ""
    yield "## Recurring topics"
    yield ""
    if not d.topics:
        yield "*No topic recurs.*"
    for t in d.topics:
        yield f"- {_inline(_topic(t, numbers))}"


def text(d: Digest) -> str:
    return "\n".join(_text_lines(d)).rstrip() + "\n"


def _wrap(line: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(line, WIDTH, initial_indent=first, subsequent_indent=rest) or [first]


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * len(title)]


def _text_lines(d: Digest) -> Iterator[str]:
    numbers = _numbers(d)
    title = _title(d)
    yield title
    yield "=" * len(title)
    yield from _heading("Briefings")
    for number, b in enumerate(d.briefings, 1):
        line = f"{b.date or 'undated'} · {b.kind} · {b.title or 'Untitled briefing'}"
        yield from _wrap(line, f"[{number}] ".ljust(5), "     ")
        yield from _wrap(short_source(b.source), "     ", "     ")
        if b.summary:
            yield from _wrap(b.summary, "     ", "     ")
    yield from _heading("Action items")
    if not d.actions:
        yield "(no action items found)"
    for group in d.actions:
        yield f"{group.actor}:"
        for item in group.actions:
            yield from _wrap(_action(item, numbers), "  [ ] ", "      ")
    yield from _heading("People")
    if not d.people:
        yield "(no people found)"
    for p in d.people:
        yield from _wrap(_person(p), "* ", "  ")
        if p.key_quote:
            yield from _wrap(f"“{p.key_quote}”", "    ", "     ")
    yield from _heading("Recurring topics")
    if not d.topics:
        yield "(no topic recurs)"
    for t in d.topics:
        yield from _wrap(_topic(t, numbers), "* ", "  ")


def rich(d: Digest) -> RenderableType:
    return Group(*_rich_parts(d))


def _rule(title: str) -> Rule:
    return Rule(Text(title, style="bold cyan"), align="left", style="cyan")


def _rich_parts(d: Digest) -> Iterator[RenderableType]:
    numbers = _numbers(d)
    yield Text(_title(d), style="bold")
    yield Text()
    yield _rule("Briefings")
    for number, b in enumerate(d.briefings, 1):
        yield Text.assemble(
            (f"[{number}] ", "cyan"),
            (f"{b.date or 'undated'} ", "cyan"),
            (b.title or "Untitled briefing", "bold"),
            (f" · {b.kind} · {short_source(b.source)}", "dim"),
        )
        if b.summary:
            yield Padding(Text(b.summary), (0, 0, 0, 2))
    yield Text()
    yield _rule("Action items")
    if not d.actions:
        yield Text("No action items found.", style="dim italic")
    for group in d.actions:
        yield Text(group.actor, style="bold yellow")
        for item in group.actions:
            yield Padding(Text("☐ " + _action(item, numbers)), (0, 0, 0, 2))
    yield Text()
    yield _rule("People")
    if not d.people:
        yield Text("No people found.", style="dim italic")
    for p in d.people:
        yield Text(_person(p), style="green")
        if p.key_quote:
            yield Padding(Text(f"“{p.key_quote}”", style="italic"), (0, 0, 0, 2))
    yield Text()
    yield _rule("Recurring topics")
    if not d.topics:
        yield Text("No topic recurs.", style="dim italic")
    for t in d.topics:
        yield Text(_topic(t, numbers))


def json(d: Digest) -> str:
    return dumps(d.to_dict())


def jsonl(d: Digest) -> str:
    """The whole digest as one JSON object on one line."""
    return dumps(d.to_dict(), indent=None)
