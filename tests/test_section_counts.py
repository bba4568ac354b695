"""benchmarks.section_counts reads boundary weights to try from NAME=VALUE (no corpus read)."""

from __future__ import annotations

import pytest

from benchmarks.section_counts import weights


def test_settings_name_boundary_weights() -> None:
    assert weights(["fresh_cosine=0.2", "talk_threshold=-0.3"]) == {
        "fresh_cosine": 0.2,
        "talk_threshold": -0.3,
    }
    assert weights([]) == {}


def test_an_unknown_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="no boundary weight"):
        weights(["freshness=0.2"])
