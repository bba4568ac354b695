"""Quotes: direct speech in the briefing, with the person who said it."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.document import Document
from briefcli.model import Quote, Sentence
from briefcli.speaker import People


def find_quotes(doc: Document, sentences: Sequence[Sentence], people: People) -> list[Quote]:
    """Every quote in document order (placeholder: filled in by the quotes issue)."""
    return []
