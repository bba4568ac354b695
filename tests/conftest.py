"""Shared fixtures: the samples, and running the real `main()` in-process."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NATO = SAMPLES / "2023-10-12-nato-defense-ministers-deal-with-range-of-alliance-issues.txt"
GAGGLE = SAMPLES / (
    "2024-09-06-press-gaggle-by-press-secretary-karine-jean-pierre-and-acting-labor-secretary-"
    "julie-su-en-route-detroit-mi.md"
)


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


Runner = Callable[..., CliResult]


@pytest.fixture
def run_cli() -> Runner:
    """Run `briefcli ARGS` through `main()` with stdin `input`; stdout and stderr apart."""

    def run(args: Sequence[str], input: str | bytes | None = None,
            env: dict[str, str] | None = None) -> CliResult:
        runner = CliRunner()
        code = 0
        with runner.isolation(input=input, env=env) as (out, err, *_):
            try:
                main(list(args))
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            stdout = out.getvalue().decode("utf-8")
            stderr = err.getvalue().decode("utf-8") if err is not None else ""
        return CliResult(code, stdout, stderr)

    return run


@pytest.fixture
def nato_text() -> str:
    return NATO.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    assert "BRIEFCLI_NETWORK" not in os.environ
