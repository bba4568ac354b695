"""The coordinate ascent of benchmarks.title_weights on a made-up score (no corpus read)."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.title_weights import ascend, steps


@dataclass(frozen=True)
class _Part:
    a: float = 1.0
    b: float = 0.0


def test_steps_scale_a_part_and_move_a_log_odds() -> None:
    assert steps("title", 1.0) == [0.7, 1.3]
    assert steps("chances", 0.5) == [0.25, 0.75]


def test_ascent_climbs_towards_the_best_weights_and_stops() -> None:
    def score(w: tuple[_Part, _Part]) -> float:
        # best at a = 1.69 (two steps of x1.3) and b = -0.5 (two steps of -0.25)
        return -((w[0].a - 1.69) ** 2) - (w[1].b + 0.5) ** 2

    fields = [(0, "a", "title"), (1, "b", "chances")]
    (first, second), best = ascend(score, (_Part(), _Part()), fields, rounds=5)
    assert abs(first.a - 1.69) < 1e-9 and abs(second.b + 0.5) < 1e-9
    assert abs(best) < 1e-9


def test_a_flat_score_moves_nothing() -> None:
    start = (_Part(), _Part())
    fitted, _ = ascend(lambda w: 0.0, start, [(0, "a", "title"), (1, "b", "chances")])
    assert fitted == start
