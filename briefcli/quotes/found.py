"""A quote being assembled by the finder: its words, where it stands, who said it."""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.people import Person


@dataclass
class Found:
    """A quote being assembled: its text, where it is, how it is attributed."""

    text: str
    sentence: int
    last_sentence: int
    paragraph: int
    person: Person | None
    speaker: str | None
    attributed: bool
    fragment: bool
    # Nothing but quotes follows until the next quote: in its paragraph, or over a
    # paragraph break when the quote is left open ('"… weeks.' then '"And …," he said.').
    runs_on: bool = False
    at_paragraph_start: bool = False
