"""Summary: rank the sentences (default ranking or a sumy method) and pick within a length."""

from briefcli.summary.length import DEFAULT_SENTENCES, Length, word_count
from briefcli.summary.ranking import METHODS, SUMY_METHODS, rank
from briefcli.summary.summarize import summarize

__all__ = [
    "DEFAULT_SENTENCES",
    "METHODS",
    "SUMY_METHODS",
    "Length",
    "rank",
    "summarize",
    "word_count",
]
