"""Fuzzing the whole pipeline: random hostile inputs for a bounded time; crashes, hangs, max time.

Every case goes through `briefcli.brief_bytes` (decoding, container detection, cleaning,
structure and every analysis stage) in a worker process. The outcome of a case is:

- brief: a Brief came back; error: a one-line InputError (both fine);
- crash: any other exception (the type, message and the innermost briefcli frame shown);
- hang: no answer within `--timeout` seconds; the worker is killed and replaced.

Cases are drawn from a seeded generator (`--seed`), sizes log-uniform up to `--max-bytes`
(default 1 MB): token soup (quote marks, periods, speaker labels, Markdown and HTML marks,
emoji, right-to-left text, NUL, bidi controls), one character repeated, random bytes,
random tag nesting, and real briefings from ../shared/corpus/briefings mutated (tokens
inserted, spans deleted or repeated, bytes flipped, cut short, re-encoded, wrapped in
HTML). `--fixed` first runs the issue's fixed cases at a whole megabyte.

Run: .venv/bin/python -m benchmarks.fuzz [--seconds 60] [--seed 1] [--fixed] [--timeout 30]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import random
import resource
import statistics
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BRIEFINGS = ROOT.parent / "shared" / "corpus" / "briefings"
MB = 1024 * 1024

TOKENS = [
    "The minister said", "we will act", "the President will travel", ".", "...", "…", '"', "“",
    "”", "'", "’", "‘", "(", ")", "[", "]", "](http://x.gov)", "**", "*", "_", "#", "\n", "\n\n",
    "MR. SMITH:", "MS. PSAKI:", "Q", "THE PRESIDENT:", "SECRETARY AUSTIN:", "(Laughter.)",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>alert(1)</script>", "<!--", "-->",
    "<figure>", "---", "title: x", "date: 2024-01-01", "😀", "🇺🇸", "שלום", "مرحبا", "\u202e",
    "\u200b", "\x00", "\t", "  ", "Oct. 10", "U.S.", "Gen.", "—", "–", "-", ":", ";", "\\",
    "&amp;", "&#8217;", "\r\n", "\u2028", "\x1b[31m", "next week", "by Friday", "said", "Mr.",
]


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    source: str


# --- cases ---------------------------------------------------------------------------------


def _size(rng: random.Random, max_bytes: int) -> int:
    return int(10 ** rng.uniform(1, max(1.5, math.log10(max_bytes))))


def _soup(rng: random.Random, max_bytes: int) -> Case:
    size = _size(rng, max_bytes)
    vocabulary = rng.sample(TOKENS, rng.randint(1, 12))
    unit = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 40)))
    data = (unit * (size // max(1, len(unit)) + 1))[:size].encode("utf-8", "surrogatepass")
    return Case(f"soup of {len(vocabulary)} tokens, {len(data)} B", data, _source(rng))


def _repeat(rng: random.Random, max_bytes: int) -> Case:
    ch = rng.choice(['"', "“", "”", ".", "a", "[", "(", "*", "_", "<", "&", ":", "-", " ", "\n",
                     "😀", "ש", "’", "!", "?", "#", "Q ", "A. "])
    size = _size(rng, max_bytes)
    data = (ch * (size // len(ch.encode()) + 1)).encode()[:size]
    return Case(f"{ch!r} repeated, {len(data)} B", data, _source(rng))


def _random_bytes(rng: random.Random, max_bytes: int) -> Case:
    size = min(_size(rng, max_bytes), 256 * 1024)
    data = rng.randbytes(size)
    return Case(f"random bytes, {size} B", data, _source(rng))


def _tags(rng: random.Random, max_bytes: int) -> Case:
    size = _size(rng, max_bytes)
    parts = ["<html><body>"]
    depth = 0
    length = 12
    while length < size:
        roll = rng.random()
        if roll < 0.35:
            tag = rng.choice(["div", "p", "span", "article", "section", "nav", "li", "b", "table"])
            piece = f"<{tag}>"
            depth += 1
        elif roll < 0.55 and depth:
            piece = "</div>"
            depth -= 1
        else:
            piece = rng.choice(TOKENS) + " "
        parts.append(piece)
        length += len(piece)
    data = "".join(parts).encode("utf-8", "surrogatepass")
    return Case(f"random tags, {len(data)} B", data, rng.choice(["x.html", "-"]))


def _mutated(rng: random.Random, max_bytes: int, corpus: list[bytes]) -> Case:
    data = bytearray(rng.choice(corpus))
    done = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(["insert", "delete", "repeat", "flip", "cut", "encode", "html"])
        done.append(kind)
        at = rng.randrange(len(data) + 1)
        if kind == "insert":
            data[at:at] = (rng.choice(TOKENS) * rng.randint(1, 2000)).encode("utf-8")
        elif kind == "delete":
            del data[at : at + rng.randint(1, 5000)]
        elif kind == "repeat":
            span = bytes(data[at : at + rng.randint(1, 400)])
            data[at:at] = span * rng.randint(1, max(1, max_bytes // max(1, 4 * len(span))))
        elif kind == "flip":
            for _ in range(rng.randint(1, 50)):
                if data:
                    data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == "cut":
            del data[at:]
        elif kind == "encode":
            text = bytes(data).decode("utf-8", "replace")
            data = bytearray(text.encode(rng.choice(["cp1252", "latin-1", "utf-16"]), "replace"))
        elif kind == "html":
            page = b"<html><body><article><p>" + bytes(data) + b"</p></article></body></html>"
            data = bytearray(page)
    data = data[:max_bytes]
    return Case(f"briefing mutated ({', '.join(done)}), {len(data)} B", bytes(data), _source(rng))


def _source(rng: random.Random) -> str:
    return rng.choice(["x.txt", "x.md", "x.html", "-"])


def fixed_cases() -> list[Case]:
    """The issue's hostile cases, at a whole megabyte where size applies."""
    labels = "".join(f"MR. SPEAKER{i % 50}: Thank you.\n\nQ Why?\n\n" for i in range(30_000))
    nested = "<html><body>" + "<div>" * 100_000 + "The minister spoke. " * 5 + "</div>" * 100_000
    script = "<html><head><script>" + "var x = 1;\n" * 90_000 + "</script></head><body></body>"
    return [
        Case("a megabyte of quote marks", b'"' * MB, "x.txt"),
        Case("a megabyte of curly quotes", "“".encode() * (MB // 3), "x.txt"),
        Case("a megabyte of periods", b"." * MB, "x.txt"),
        Case("a megabyte of one word", b"a" * MB, "x.txt"),
        Case("unbalanced curly quotes, 1 MB",
             ("The minister said “we will act. " * (MB // 34)).encode(), "x.txt"),
        Case("30,000 speaker labels", labels.encode(), "x.txt"),
        Case("deeply nested HTML", nested.encode(), "x.html"),
        Case("a page that is all script", script.encode(), "x.html"),
        Case("only whitespace", b" \n\t" * (MB // 3), "x.txt"),
        Case("emoji and right-to-left text",
             ("שלום עולם. 😀 مرحبا. The minister 🇺🇸 said “hi”. " * 10_000).encode(), "x.txt"),
        Case("NUL bytes", b"The minister spoke.\x00 " * 40_000, "x.txt"),
        Case("invalid UTF-8", b"The minister \xff\xfe said \xc3\x28 act. " * 30_000, "x.txt"),
    ]


# --- the worker ------------------------------------------------------------------------------


def _worker(conn: Connection) -> None:
    import briefcli
    from briefcli.errors import BriefError

    briefcli.brief("Warm up. The minister said “hello.”", source="warm.txt")
    while True:
        case = conn.recv()
        if case is None:
            return
        start = time.perf_counter()
        try:
            briefcli.brief_bytes(case.data, source=case.source)
            outcome, detail = "brief", ""
        except BriefError as e:
            message = str(e)
            outcome = "error" if message and "\n" not in message else "crash"
            detail = message[:200]
        except Exception as e:  # reporting every crash is the point
            frames = [f for f in traceback.extract_tb(e.__traceback__) if "briefcli" in f.filename]
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            outcome, detail = "crash", f"{type(e).__name__}: {str(e)[:150]} at {where}"
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        conn.send((outcome, time.perf_counter() - start, detail, rss))


class _Runner:
    """One warm worker process; replaced when a case hangs or kills it."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.context = multiprocessing.get_context("fork")
        self.process: Any = None
        self.conn: Connection | None = None
        self.peak_rss = 0.0
        self.warm = False
        self._start()

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        self.conn = parent
        self.warm = False

    def run(self, case: Case) -> tuple[str, float, str]:
        assert self.conn is not None
        start = time.perf_counter()
        self.conn.send(case)
        # A new worker first warms up (imports, models): that is not the case's time.
        if not self.conn.poll(self.timeout + (0 if self.warm else 60)):
            return self._restart("hang", start, f"no answer after {self.timeout:g} s")
        self.warm = True
        try:
            outcome, seconds, detail, rss = self.conn.recv()
        except EOFError:
            return self._restart("crash", start, "the worker died")
        self.peak_rss = max(self.peak_rss, rss)
        if seconds > self.timeout:
            outcome, detail = "hang", f"took {seconds:.1f} s (> {self.timeout:g} s)"
        return outcome, seconds, detail

    def _restart(self, outcome: str, start: float, detail: str) -> tuple[str, float, str]:
        self.process.kill()
        self.process.join()
        self._start()
        return outcome, time.perf_counter() - start, detail

    def close(self) -> None:
        if self.conn is not None:
            self.conn.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-bytes", type=int, default=MB, help="largest case (default 1 MB)")
    parser.add_argument("--timeout", type=float, default=30.0, help="a hang after this (s)")
    parser.add_argument("--fixed", action="store_true", help="run the megabyte cases first")
    parser.add_argument("--save", type=Path, help="write crash and hang cases to this directory")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    corpus = [p.read_bytes() for p in sorted(BRIEFINGS.glob("*"))] if BRIEFINGS.is_dir() else []
    generators: list[Callable[[random.Random, int], Case]] = [_soup, _repeat, _random_bytes, _tags]
    if corpus:
        generators += [lambda r, m: _mutated(r, m, corpus)] * 2

    runner = _Runner(args.timeout)
    results: list[tuple[Case, str, float, str]] = []
    deadline = time.monotonic() + args.seconds
    queue = fixed_cases() if args.fixed else []
    try:
        while time.monotonic() < deadline:
            case = queue.pop(0) if queue else rng.choice(generators)(rng, args.max_bytes)
            outcome, seconds, detail = runner.run(case)
            results.append((case, outcome, seconds, detail))
    finally:
        runner.close()

    counts = Counter(outcome for _, outcome, _, _ in results)
    times = [seconds for _, _, seconds, _ in results]
    total_mb = sum(len(case.data) for case, _, _, _ in results) / 1e6
    slowest = max(results, key=lambda r: r[2])
    print(f"seed {args.seed}, {args.seconds:g} s budget, cases up to {args.max_bytes} bytes, "
          f"hang after {args.timeout:g} s")
    print()
    print(f"{'cases':>6} {'briefs':>7} {'errors':>7} {'crashes':>8} {'hangs':>6} "
          f"{'p50 s':>7} {'p95 s':>7} {'max s':>7} {'MB':>6} {'worker peak MB':>15}")
    p95 = statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]
    print(f"{len(results):6d} {counts['brief']:7d} {counts['error']:7d} {counts['crash']:8d} "
          f"{counts['hang']:6d} {statistics.median(times):7.2f} {p95:7.2f} {max(times):7.2f} "
          f"{total_mb:6.1f} {runner.peak_rss:15.0f}")
    print()
    print(f"slowest: {slowest[0].name} ({slowest[2]:.1f} s, {slowest[1]})")
    for number, (case, outcome, _, detail) in enumerate(results):
        if outcome in ("crash", "hang"):
            print(f"{outcome.upper()}: {case.name} as {case.source}: {detail}")
            print(f"    starts {case.data[:80]!r}")
            if args.save is not None:
                args.save.mkdir(parents=True, exist_ok=True)
                suffix = Path(case.source).suffix or ".stdin"
                saved = args.save / f"{outcome}-{args.seed}-{number}{suffix}"
                saved.write_bytes(case.data)
                print(f"    saved as {saved}")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
