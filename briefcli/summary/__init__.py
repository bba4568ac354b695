"""Summary: rank the sentences (default ranking or a sumy method) and pick within a length."""

from briefcli.summary.ranking import (
    DEFAULT_SENTENCES,
    METHODS,
    SUMY_METHODS,
    Length,
    rank,
    summarize,
    word_count,
)

__all__ = [
    "DEFAULT_SENTENCES",
    "METHODS",
    "SUMY_METHODS",
    "Length",
    "rank",
    "summarize",
    "word_count",
]
