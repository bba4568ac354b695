"""Batches: 1,000 briefings through worker processes, time and peak memory.

The 15 briefings of ../shared/corpus/briefings/ are copied round-robin into a temporary
directory until there are `--count` inputs (default 1,000), then briefed:

- library: `briefcli.batch.iter_briefs(sources, jobs=2)`, results consumed as they finish;
- cli: `briefcli summarize DIR --format jsonl --jobs 2 > /dev/null` as a real process;
- baseline: the same library call with jobs=1 (one process, no workers) on the first
  `--baseline` inputs, to show what the workers buy on this machine.

Peak memory is the largest sum of the memory of the measuring process and all its
descendants (the CLI, the forkserver, the workers), sampled from /proc every 50 ms: each
process's proportional set size (Pss: its private pages plus its share of pages shared with
others, so the modules workers inherit from the forkserver count once), and the resident
size (VmRSS, which counts shared pages in every process) as an upper bound. Workers are
children of the forkserver, which getrusage(RUSAGE_CHILDREN) would miss.
Targets: at most 150 s for 1,000 inputs with 2 jobs, peak memory under 1 GB.

Run: .venv/bin/python -m benchmarks.batch [--count 1000] [--jobs 2] [--skip-cli]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFINGS = ROOT.parent / "shared" / "corpus" / "briefings"
TARGET_SECONDS = 150.0
TARGET_MEMORY_MB = 1024.0


def _pss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _tree_memory_mb(root_pid: int) -> tuple[float, float]:
    """(Pss, VmRSS) of `root_pid` and every process descended from it, in MB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as f:
                status = f.read()
        except OSError:
            continue
        pid = int(entry)
        ppid = kb = 0
        for line in status.splitlines():
            if line.startswith("PPid:"):
                ppid = int(line.split()[1])
            elif line.startswith("VmRSS:"):
                kb = int(line.split()[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = kb
    pss = total = 0
    stack = [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        own = _pss_kb(pid)
        pss += rss.get(pid, 0) if own is None else own
        stack.extend(children.get(pid, []))
    return pss / 1024, total / 1024


class _PeakMemory:
    """Samples the memory of a process tree (this process's unless `root` says) in a thread
    while a block runs."""

    def __init__(self) -> None:
        self.peak = 0.0
        self.peak_rss = 0.0
        self.root = os.getpid()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pss, rss = _tree_memory_mb(self.root)
            self.peak = max(self.peak, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self._stop.wait(0.05)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _copies(directory: Path, count: int) -> tuple[list[str], int]:
    originals = sorted(p for p in BRIEFINGS.iterdir() if p.suffix in (".md", ".txt"))
    paths, total = [], 0
    for i in range(count):
        source = originals[i % len(originals)]
        target = directory / f"{i:05d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
        total += source.stat().st_size
    return paths, total


def _measure(run: Callable[[_PeakMemory], int]) -> tuple[float, float, float, int]:
    with _PeakMemory() as memory:
        start = time.perf_counter()
        failed = run(memory)
        elapsed = time.perf_counter() - start
    return elapsed, memory.peak, memory.peak_rss, failed


def _library(sources: list[str], jobs: int) -> Callable[[_PeakMemory], int]:
    def run(memory: _PeakMemory) -> int:
        from briefcli.batch import iter_briefs

        return sum(1 for r in iter_briefs(sources, jobs=jobs) if r.error is not None)

    return run


def _cli(directory: Path, jobs: int) -> Callable[[_PeakMemory], int]:
    def run(memory: _PeakMemory) -> int:
        command = [
            str(Path(sys.executable).with_name("briefcli")),
            "summarize",
            str(directory),
            "--format",
            "jsonl",
            "--jobs",
            str(jobs),
        ]
        with open(os.devnull, "w") as devnull:
            process = subprocess.Popen(command, stdout=devnull, stderr=subprocess.PIPE, text=True)
            memory.root = process.pid  # the CLI's own tree, not this process's pool
            _, errors = process.communicate()
        if process.returncode not in (0, 1):
            print(errors.strip()[-2000:])
        return 0 if process.returncode == 0 else max(1, errors.count("\n") - 1)

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.batch", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="inputs (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--baseline", type=int, default=100, help="inputs for the jobs=1 run")
    parser.add_argument("--skip-cli", action="store_true", help="measure the library only")
    args = parser.parse_args(argv)
    if not BRIEFINGS.is_dir():
        print(f"missing {BRIEFINGS}")
        return 2

    rows = []
    with tempfile.TemporaryDirectory(prefix="briefcli-batch-") as tmp:
        directory = Path(tmp)
        sources, total_bytes = _copies(directory, args.count)
        mb = total_bytes / 1e6
        base = sources[: args.baseline]
        base_mb = mb * len(base) / len(sources)
        baseline = _measure(_library(base, 1))
        rows.append(("library, jobs=1 (baseline)", len(base), base_mb, *baseline))
        runs = [(f"library, jobs={args.jobs}", _library(sources, args.jobs))]
        if not args.skip_cli:
            runs.append((f"cli jsonl, --jobs {args.jobs}", _cli(directory, args.jobs)))
        for name, run in runs:
            rows.append((name, len(sources), mb, *_measure(run)))

    print(f"{args.count} inputs copied from {len(os.listdir(BRIEFINGS))} briefings, "
          f"{mb:.1f} MB; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
    print()
    header = f"{'run':28} {'inputs':>6} {'seconds':>8} {'docs/s':>7} {'MB/s':>6} "
    print(header + f"{'peak MB Pss':>12} {'(RSS)':>7} {'failed':>6}")
    ok = True
    for name, n, size, seconds, peak, peak_rss, failed in rows:
        print(f"{name:28} {n:6d} {seconds:8.1f} {n / seconds:7.1f} {size / seconds:6.2f} "
              f"{peak:12.0f} {peak_rss:7.0f} {failed:6d}")
        if not name.endswith("(baseline)"):
            scaled = seconds * 1000 / n
            ok = ok and scaled <= TARGET_SECONDS and peak < TARGET_MEMORY_MB and failed == 0
    print()
    print(f"target: 1,000 inputs in <= {TARGET_SECONDS:.0f} s with {args.jobs} jobs, peak memory "
          f"< {TARGET_MEMORY_MB:.0f} MB, no failures: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
