"""What a view of a Brief shows: which part, which quotes, and action items by actor."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefcli.model import Action, Brief, Quote

DEFAULT_MAX_QUOTES = 8


class Part(StrEnum):
    """The part of a brief a command prints."""

    BRIEF = "brief"
    QUOTES = "quotes"
    ACTIONS = "actions"
    SECTIONS = "sections"


@dataclass(frozen=True)
class View:
    """How to show a brief: the part, and at most how many key quotes."""

    part: Part = Part.BRIEF
    max_quotes: int = DEFAULT_MAX_QUOTES

    def shows(self, part: Part) -> bool:
        return self.part is Part.BRIEF or self.part is part


def shown_quotes(brief: Brief, max_quotes: int) -> list[Quote]:
    """The key quotes with the highest scores, at most `max_quotes`, in document order."""
    key = [q for q in brief.quotes if q.key]
    best = sorted(key, key=lambda q: (-q.score, q.sentence))[:max_quotes]
    return sorted(best, key=lambda q: (q.sentence, q.last_sentence))


def actions_by_actor(brief: Brief) -> list[tuple[str, list[Action]]]:
    """Action items grouped by actor, groups in order of first appearance."""
    groups: dict[str, list[Action]] = {}
    for action in brief.actions:
        groups.setdefault(action.actor or "Unattributed", []).append(action)
    return list(groups.items())


def speaker_line(quote: Quote) -> str:
    """ "Jens Stoltenberg, NATO Secretary General", or "Unattributed"."""
    if not quote.speaker:
        return "Unattributed"
    if quote.speaker_title and quote.speaker_title.lower() not in quote.speaker.lower():
        return f"{quote.speaker}, {quote.speaker_title}"
    return quote.speaker


def action_line(action: Action) -> str:
    """The action with its time and kind: "submit … (next week; expected)"."""
    notes = []
    if action.when:
        relative = action.date and not any(c.isdigit() for c in action.when)
        notes.append(f"{action.when}, {action.date}" if relative else action.when)
    if action.kind != "commitment":
        notes.append(
            {"obligation": "must", "expectation": "expected", "scheduled": "scheduled"}[action.kind]
        )
    if action.by and action.kind == "expectation":
        notes.append(f"per {action.by}")
    return action.action + (f" ({'; '.join(notes)})" if notes else "")


def header_line(brief: Brief) -> str:
    """Date, kind and source in one line."""
    bits = [b for b in (brief.date, brief.kind, brief.source) if b]
    return " · ".join(bits)
