"""Sections: topical runs of sentences, each with a short title from its own words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefcli.document import Document
from briefcli.model import Sentence
from briefcli.terms import SentenceVectors


@dataclass(frozen=True)
class Span:
    """A section before its summary is written: title and inclusive sentence range."""

    title: str
    first_sentence: int
    last_sentence: int


def find_sections(
    doc: Document, sentences: Sequence[Sentence], vectors: SentenceVectors
) -> list[Span]:
    """Sections covering every sentence once, in order (placeholder: one section)."""
    if not sentences:
        return []
    return [Span(title=doc.title or "Briefing", first_sentence=0, last_sentence=len(sentences) - 1)]
