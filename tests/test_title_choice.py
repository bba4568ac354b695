"""The rerankers of benchmarks.title_choice on made-up candidate groups (no corpus read)."""

from __future__ import annotations

import numpy as np

from benchmarks.title_choice import FEATURES, ascent, chosen, own_order, pairwise


def _group(second_better: bool) -> tuple[np.ndarray, np.ndarray, int, bool]:
    """Two candidates: the first scores higher; the second has `words` 1 where it wins."""
    x = np.zeros((2, len(FEATURES)))
    x[1, 0] = -0.1  # the second's score is lower …
    x[1, 1] = 1.0 if second_better else 0.0  # … and "words" marks the better one
    y = np.array([0.0, 1.0]) if second_better else np.array([1.0, 0.0])
    return x, y, 1, True


def test_own_order_chooses_the_first_candidate() -> None:
    data = [_group(True), _group(False)]
    assert chosen(data, own_order()) == 1.0


def test_a_feature_that_tells_the_winner_is_learnt() -> None:
    data = [_group(True)] * 3 + [_group(False)] * 3
    mask = np.ones(len(FEATURES))
    for w in (ascent(data, mask), pairwise(data, mask, l2=1.0)):
        assert chosen(data, w) == 6.0
    # a feature left out of the mask stays 0, and nothing is learnt
    only_score = np.eye(len(FEATURES))[0]
    assert chosen(data, ascent(data, only_score)) == 3.0
