"""Action items: who will (or must, or is expected to) do what, and when."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.document import Document
from briefcli.model import Action, Quote, Sentence
from briefcli.speaker import People


def find_actions(
    doc: Document, sentences: Sequence[Sentence], people: People, quotes: Sequence[Quote]
) -> list[Action]:
    """Every action item in document order (placeholder: filled in by the actions issue)."""
    return []
