"""Text units of a briefing: structure (title, date, blocks, turns), sentences, terms, times."""

from briefcli.text.document import Block, Document
from briefcli.text.sentences import split, split_marked, without_marker
from briefcli.text.structure import structure
from briefcli.text.terms import SentenceVectors, vectorize
from briefcli.text.turn import asks, turn_start
from briefcli.text.when import When, find_all, find_when

__all__ = [
    "Block",
    "Document",
    "SentenceVectors",
    "When",
    "asks",
    "find_all",
    "find_when",
    "split",
    "split_marked",
    "structure",
    "turn_start",
    "vectorize",
    "without_marker",
]
