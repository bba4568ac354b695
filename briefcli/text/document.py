"""The structured briefing between cleaning and analysis: title, date and blocks."""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.model import Kind


@dataclass(frozen=True)
class Block:
    """A paragraph of an article, or one speaker turn (or paragraph of it) in a transcript.

    `speaker` is the raw turn label as printed ("MS. JEAN-PIERRE", "Q", "THE PRESIDENT");
    `question` marks a reporter's turn; `heading` marks an explicit heading line
    (a Markdown heading, a bold line, an ALL-CAPS line) that opens a new topic; `asking`
    marks the turn of a committee member who questions witnesses: its own words stay on the
    record, its questions are no one's statement; `presides` marks a chair's turn, whose
    procedure ("you have the call", "we'll suspend briefly") is no one's statement either.
    """

    text: str
    speaker: str | None = None
    question: bool = False
    heading: bool = False
    turn: int | None = None
    asking: bool = False
    presides: bool = False


@dataclass(frozen=True)
class Document:
    """A cleaned briefing, ready for sentence splitting."""

    source: str
    title: str | None
    date: str | None
    kind: Kind
    blocks: tuple[Block, ...]
    source_url: str | None = None
    # A transcript's lines between the title and the first turn that are no speech: who
    # briefs and when ("Ned Price, Department Spokesperson", "2:02 p.m. EDT").
    preamble: tuple[str, ...] = ()
    # The lines above a transcript's first turn as printed, one entry a line: the title, the
    # date and who briefs ("Speakers: …", "MINISTER FOR HEALTH, THE HON. CLAIRE DONNELLY MP").
    header: tuple[str, ...] = ()
