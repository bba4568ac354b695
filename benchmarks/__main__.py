"""Run every benchmark: `python -m benchmarks` (or some by name: `python -m benchmarks speed`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def _names() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_")
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    names = args or _names()
    status = 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        if not hasattr(module, "main"):
            continue  # a helper of the benchmarks (`split`: the frozen test split)
        print(f"\n=== benchmarks.{name} ===\n", flush=True)
        started = time.perf_counter()
        code = module.main([])
        print(f"\n({name}: {time.perf_counter() - started:.1f} s)", flush=True)
        status = status or int(code or 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
