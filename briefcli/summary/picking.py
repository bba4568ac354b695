"""Picking a summary's sentences within a length: top-N, diverse, or covering the topics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefcli.model import Sentence
from briefcli.summary.length import Length, word_count
from briefcli.summary.ranking import Profile, scaled

# A candidate this similar (TF-IDF cosine) to a chosen sentence is a near-duplicate.
NEAR_DUPLICATE = 0.6


# Under a word budget, scores are divided by (words in the sentence) ** WORD_DENSITY.
WORD_DENSITY = 0.5


def select(sentences: Sequence[Sentence], scores: Sequence[float], length: Length) -> list[int]:
    """Positions of the best sentences within `length`, in document order.

    Plain top-N by score, ties in document order (sumy's own rule).
    """
    # A reporter's question is never a summary sentence, whatever a method scores it.
    order = sorted(
        (i for i, s in enumerate(sentences) if not s.question), key=lambda i: (-scores[i], i)
    )
    count = length.count(len(sentences))
    if count is not None:
        return sorted(order[:count])
    budget = length.words or 0
    picked: list[int] = []
    used = 0
    for i in order:
        n = word_count(sentences[i].text)
        if used + n <= budget:
            picked.append(i)
            used += n
    return sorted(picked)


def select_diverse(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    length: Length,
    matrix: Any,
    section_of: Sequence[int] | None = None,
    *,
    redundancy: float = 0.3,
    section_decay: float = 0.75,
) -> list[int]:
    """Positions of the best sentences within `length`, avoiding repetition; document order.

    Greedy: each step takes the candidate with the highest adjusted score that still
    fits the length, never a near-duplicate of a chosen sentence (TF-IDF cosine of
    NEAR_DUPLICATE or more). A candidate's score is multiplied by 1 - `redundancy` x its
    highest cosine with a chosen sentence, and by `section_decay` for each sentence
    already taken from its section. `matrix` holds the sentences' L2-normalised TF-IDF
    rows; `section_of` gives each sentence's section index.
    """
    import numpy as np

    n = len(sentences)
    count = length.count(n)
    budget = length.words if count is None else None
    base = np.asarray(scores, dtype=float)
    state = _Picking(sentences, matrix, section_of, budget)
    if state.cost is not None:
        base = base / state.cost
    while n and (count is None or len(state.picked) < count):
        adjusted = base * (1.0 - redundancy * state.closest) * state.section_weight(section_decay)
        candidates = state.candidates()
        if candidates is None:
            break
        # Highest adjusted score; ties go to the earlier sentence.
        state.take(int(candidates[np.argmax(adjusted[candidates])]))
    return sorted(state.picked)


class _Picking:
    """What the greedy pickers share: which sentences are taken, each one's highest
    similarity to a taken one, how many were taken from each section, and under a word
    budget each sentence's words, its cost, and the words used."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        matrix: Any,
        section_of: Sequence[int] | None,
        budget: int | None,
    ) -> None:
        import numpy as np

        n = len(sentences)
        self.matrix = matrix
        self.budget = budget
        self.sizes = (
            np.array([word_count(s.text) for s in sentences], dtype=float)
            if budget is not None
            else None
        )
        # Under a word budget a sentence's worth is what it brings per word spent: its
        # value is divided by this.
        self.cost = np.maximum(self.sizes, 1.0) ** WORD_DENSITY if self.sizes is not None else None
        self.taken = np.zeros(n, dtype=bool)
        # Reporters' and hosts' sentences are never picked: they are nobody's news.
        self.closed = np.array([s.question for s in sentences], dtype=bool)
        self.closest = np.zeros(n)
        self.sections = np.asarray(
            section_of if section_of is not None else [0] * n, dtype=np.int64
        )
        self.per_section = np.zeros(int(self.sections.max()) + 1 if n else 0)
        self.picked: list[int] = []
        self.used = 0.0

    def section_weight(self, decay: float) -> Any:
        """`decay` to the power of the sentences already taken from each one's section."""
        return decay ** self.per_section[self.sections]

    def candidates(self) -> Any | None:
        """Positions that may be taken next: not taken, no near-duplicate of a taken one,
        within the word budget; None when a budget leaves nothing (with a count, the
        near-duplicates are all that remain and may be taken)."""
        import numpy as np

        available = ~self.taken & ~self.closed
        open_ = available & (self.closest < NEAR_DUPLICATE)
        if self.budget is not None and self.sizes is not None:
            open_ &= self.sizes <= self.budget - self.used
        if not open_.any():
            if self.budget is not None or not available.any():
                return None
            open_ = available
        return np.flatnonzero(open_)

    def take(self, best: int) -> None:
        import numpy as np

        self.picked.append(best)
        self.taken[best] = True
        self.per_section[self.sections[best]] += 1
        if self.sizes is not None:
            self.used += float(self.sizes[best])
        similarity = np.asarray((self.matrix @ self.matrix[best].T).todense()).ravel()
        np.maximum(self.closest, similarity, out=self.closest)


# Coverage picking: a term's weight, once a chosen sentence has it, is multiplied by
# COVERED_DECAY (0 under a word budget: covered is covered); a candidate's value mixes its
# new coverage with COVERAGE_CENTRALITY x its centrality.
COVERED_DECAY = 0.7


COVERAGE_CENTRALITY = 0.5


# Coverage picking spreads over sections through their terms; an extra decay per section
# already drawn on (as articles have) measured lower on the briefings' references.
COVERING_SECTION_DECAY = 1.0


def select_covering(
    sentences: Sequence[Sentence],
    parts: Profile,
    length: Length,
    matrix: Any,
    decay: float,
    section_of: Sequence[int] | None = None,
    section_decay: float = 1.0,
) -> list[int]:
    """Positions of sentences that together cover the briefing's recurring terms; document order.

    Greedy, as in concept-coverage summarizers: a term that occurs in k sentences (k of 2
    or more) is worth k; a candidate's gain is the worth of its terms not yet covered,
    scaled so the best candidate's gain is 1. Its value is (gain + COVERAGE_CENTRALITY x
    centrality) x genre factor x (1 + prior); under a word budget the value is divided
    by (words in the sentence) ** WORD_DENSITY and only sentences that still fit compete.
    Near-duplicates of chosen sentences are skipped while anything else remains.
    """
    import numpy as np

    n = len(sentences)
    count = length.count(n)
    budget = length.words if count is None else None
    concepts = matrix.copy()
    concepts.data[:] = 1.0  # which sentences have each term
    frequency = np.asarray(concepts.sum(axis=0)).ravel()
    worth = np.where(frequency >= 2, frequency, 0.0)
    centrality = scaled(parts.centrality)
    multiplier = parts.factor * (1.0 + parts.prior)
    state = _Picking(sentences, matrix, section_of, budget)
    while n and (count is None or len(state.picked) < count):
        gain = np.asarray(concepts @ worth).ravel()
        top = float(gain.max())
        value = ((gain / top if top > 0 else gain) + COVERAGE_CENTRALITY * centrality) * multiplier
        value = value * state.section_weight(section_decay)
        if state.cost is not None:
            value = value / state.cost
        candidates = state.candidates()
        if candidates is None:
            break
        best = int(candidates[np.argmax(value[candidates])])
        state.take(best)
        row = slice(concepts.indptr[best], concepts.indptr[best + 1])
        worth[concepts.indices[row]] *= decay
    return sorted(state.picked)
