"""The samples' briefs equal the reviewed golden files (`python -m tests.golden`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import ROOT, golden_paths, rendered, samples


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.stem[:40])
def test_sample_matches_golden(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    json_path, md_path = golden_paths(sample)
    assert json_path.exists(), "run: python -m tests.golden"
    as_json, as_markdown = rendered(sample)
    assert as_json == json_path.read_text(encoding="utf-8")
    assert as_markdown == md_path.read_text(encoding="utf-8")
