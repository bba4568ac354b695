"""Archive: `index --jobs 2` against `summarize --format jsonl --jobs 2`, and re-indexing.

The inputs are the 15 briefings of ../shared/corpus/briefings/ and the 80 of aus/ and state/
(95 files; the folders' README.md files are left out). Each round runs, as real processes:

- summarize: `briefcli summarize FILES --format jsonl --jobs 2 > /dev/null`;
- index: `briefcli index FILES --jobs 2 --db NEW.db` into a new archive;
- re-index: the same command again, every input unchanged (read and hashed, never briefed).

Rounds alternate the commands so that load on the machine falls on all of them alike; the
figures are medians. Targets: index at most 1.3x summarize, re-index at most 0.2x.

Run: .venv/bin/python -m benchmarks.archive [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("briefings", "aus", "state")
TARGET_INDEX = 1.3
TARGET_REINDEX = 0.2


def _inputs() -> list[str]:
    found: list[str] = []
    for folder in FOLDERS:
        found += sorted(
            str(p) for p in (CORPUS / folder).iterdir()
            if p.suffix in (".md", ".txt") and p.name != "README.md"
        )
    return found


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        process = subprocess.run(command, stdout=devnull, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} … failed: {process.stderr.strip()[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.archive", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"missing {CORPUS}")
        return 2
    inputs = _inputs()
    briefcli = str(Path(sys.executable).with_name("briefcli"))
    jobs = ["--jobs", str(args.jobs)]
    times: dict[str, list[float]] = {"summarize": [], "index": [], "re-index": []}
    rows = 0
    with tempfile.TemporaryDirectory(prefix="briefcli-archive-") as tmp:
        for round_ in range(args.rounds):
            db = os.path.join(tmp, f"round-{round_}.db")
            index = [briefcli, "index", *inputs, "--db", db, *jobs]
            summarize = [briefcli, "summarize", *inputs, "--format", "jsonl", *jobs]
            # Alternate which command goes first, so neither always runs on a warm cache.
            first, second = (summarize, index) if round_ % 2 == 0 else (index, summarize)
            for command in (first, second):
                name = "summarize" if command is summarize else "index"
                times[name].append(_timed(command))
            times["re-index"].append(_timed(index))
            conn = sqlite3.connect(db)
            rows = conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
            conn.close()
        size = os.path.getsize(os.path.join(tmp, "round-0.db"))

    total = sum(os.path.getsize(p) for p in inputs)
    print(f"{len(inputs)} inputs ({total / 1e6:.1f} MB) from {', '.join(FOLDERS)}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}; "
          f"{args.rounds} rounds, medians")
    print(f"archive: {rows} briefings, {size / 1e6:.1f} MB")
    print()
    base = statistics.median(times["summarize"])
    print(f"{'run':34} {'median s':>9} {'runs':>24} {'vs summarize':>13} {'target':>7}")
    ok = True
    for name, target in (("summarize", None), ("index", TARGET_INDEX),
                         ("re-index", TARGET_REINDEX)):
        median = statistics.median(times[name])
        ratio = median / base
        runs = " ".join(f"{t:.2f}" for t in times[name])
        label = {"summarize": f"summarize --format jsonl --jobs {args.jobs}",
                 "index": f"index --jobs {args.jobs} (new archive)",
                 "re-index": f"index --jobs {args.jobs} (all unchanged)"}[name]
        goal = f"<= {target}x" if target else ""
        print(f"{label:34} {median:9.2f} {runs:>24} {ratio:12.2f}x {goal:>7}")
        if target is not None:
            ok = ok and ratio <= target
    print()
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
