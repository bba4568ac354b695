"""Cold start: a whole `briefcli summarize` run on the sample against the import floor."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (
    ROOT / "samples" / "2023-10-12-nato-defense-ministers-deal-with-range-of-alliance-issues.txt"
)
# The libraries the issue named (the default summary no longer imports nltk, whose import
# pulls in scipy.stats: its stemmer is snowballstemmer's; nltk loads for sumy's methods).
FLOOR = "import nltk, sumy.summarizers.lex_rank, rich.console, typer"
TARGET_RATIO = 1.5


def _time(command: list[str], runs: int) -> float:
    """Median wall time of `command` over `runs` runs (after one warm-up for the disk cache)."""
    subprocess.run(command, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    python = sys.executable
    floor = _time([python, "-c", FLOOR], args.runs)
    rows = [("floor: " + FLOOR, floor)]
    for fmt in ("markdown", "json"):
        command = [python, "-m", "briefcli", "summarize", str(SAMPLE), "--format", fmt]
        rows.append((f"briefcli summarize SAMPLE --format {fmt}", _time(command, args.runs)))
    print(f"Cold start, median of {args.runs} runs (target: at most {TARGET_RATIO}x the floor)\n")
    print(f"| {'command':<72} | {'seconds':>7} | {'x floor':>7} |")
    print(f"|{'-' * 74}|{'-' * 9}|{'-' * 9}|")
    ok = True
    for name, seconds in rows:
        ratio = seconds / floor
        ok = ok and ratio <= TARGET_RATIO
        print(f"| {name:<72} | {seconds:7.3f} | {ratio:7.2f} |")
    print("\nwithin target" if ok else "\nOVER TARGET")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
