"""How long a summary may be: a number of sentences, a ratio of them, or a word budget."""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefcli.errors import OptionError

DEFAULT_SENTENCES = 5


@dataclass(frozen=True)
class Length:
    """How long a summary may be: a sentence count, a ratio of the input, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise OptionError("give only one of --sentences, --ratio and --words")
        if self.sentences is not None and self.sentences < 0:
            raise OptionError("--sentences must be 0 or more")
        if self.words is not None and self.words < 0:
            raise OptionError("--words must be 0 or more")
        if self.ratio is not None and not (0.0 <= self.ratio <= 1.0):
            raise OptionError("--ratio must be between 0 and 1")

    def count(self, total: int) -> int | None:
        """The number of sentences to pick, or None when a word budget decides."""
        if self.words is not None:
            return None
        if self.ratio is not None:
            return min(total, max(1, math.ceil(self.ratio * total))) if self.ratio > 0 else 0
        n = DEFAULT_SENTENCES if self.sentences is None else self.sentences
        return min(n, total)


def word_count(text: str) -> int:
    """Words of a sentence as a word budget counts them: whitespace-separated tokens."""
    return len(text.split())
