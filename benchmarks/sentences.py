"""Sentence boundaries: accuracy by category, speed and linearity against Punkt and pySBD."""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "briefings"
BBC = ROOT.parent / "shared" / "corpus" / "bbc" / "article"
SUITE = Path(__file__).resolve().parent / "data" / "sentences" / "suite.json"
SPEEDUP_OVER_PYSBD = 5.0  # issue 3: at least 5x faster than pySBD
SLOWDOWN_OVER_PUNKT = 2.0  # and no worse than 2x plain Punkt

Splitter = Callable[[str], list[str]]

# Hostile inputs: repeated units, timed at three sizes; linear time doubles with the size.
HOSTILE = {
    "quote marks": '"',
    "curly quotes": "“”‘’",
    "periods": ".",
    "periods then a letter": "." * 999 + "x ",
    "spaced periods": ". ",
    "one long word": "a",
    "initials": "A. ",
    "abbreviations": "U.S. ",
    "sentences": "He left. ",
    "ellipses": "I... ",
    "list markers": "1. ",
    "line breaks": "a\n",
    "glued sentences": "He left.Then ",
}
SIZES = (250_000, 500_000, 1_000_000)


def _punkt() -> Splitter:
    """Plain Punkt: NLTK's tokenizer with the packaged English model, nothing added."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt import load_model

    model = load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context.update(model.ortho_context)
    tokenizer = PunktSentenceTokenizer(params)
    return _folded(tokenizer.tokenize)


def _pysbd() -> Splitter:
    import pysbd

    return _folded(pysbd.Segmenter(language="en", clean=False).segment)


def _folded(segment: Callable[[str], list[str]]) -> Splitter:
    """Whitespace folded and empty pieces dropped, as briefcli's split returns them."""
    return lambda text: [" ".join(s.split()) for s in segment(text) if s.strip()]


def splitters() -> dict[str, Splitter]:
    from briefcli.text.sentences import split

    return {"briefcli": split, "punkt": _punkt(), "pysbd": _pysbd()}


def accuracy(splitters: dict[str, Splitter]) -> None:
    """Cases split exactly as labelled, per category of benchmarks/data/sentences/suite.json."""
    suite: dict[str, list[dict[str, object]]] = json.loads(SUITE.read_text(encoding="utf-8"))
    names = list(splitters)
    print("Accuracy: cases split exactly as labelled (whitespace folded)\n")
    print(f"| {'category':<22} | {'cases':>5} | " + " | ".join(f"{n:>9}" for n in names) + " |")
    print(f"|{'-' * 24}|{'-' * 7}|" + "|".join("-" * 11 for _ in names) + "|")
    totals = dict.fromkeys(names, 0)
    count = 0
    for category, cases in suite.items():
        right = dict.fromkeys(names, 0)
        for case in cases:
            text, expected = str(case["text"]), case["sentences"]
            for name, split in splitters.items():
                right[name] += split(text) == expected
        count += len(cases)
        for name in names:
            totals[name] += right[name]
        cells = " | ".join(f"{right[n]:>9}" for n in names)
        print(f"| {category:<22} | {len(cases):>5} | {cells} |")
    cells = " | ".join(f"{totals[n] / count:>8.0%} " for n in names)
    print(f"| {'all':<22} | {count:>5} | {cells} |")
    print(
        "\n('unseen' sets were written after the rules were tuned and never tuned on;"
        " the other categories are the cases of tests/test_sentences.py.)"
    )


def _bbc_paragraphs() -> list[list[str]]:
    """BBC News articles, one sentence a line: each paragraph as its list of sentences."""
    paragraphs: list[list[str]] = []
    for path in sorted(BBC.glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[1:]  # title
        current: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                current.append(" ".join(line.split()))
            elif current:
                paragraphs.append(current)
                current = []
    return paragraphs


def _boundaries(sentences: list[str]) -> set[int]:
    """Where the sentences of a paragraph joined with single spaces break."""
    cuts, pos = set(), 0
    for sentence in sentences[:-1]:
        pos += len(sentence) + 1
        cuts.add(pos)
    return cuts


def real_text(splitters: dict[str, Splitter]) -> None:
    """Boundary precision and recall on the BBC articles (one sentence a line, CC0)."""
    paragraphs = _bbc_paragraphs()
    count = sum(map(len, paragraphs))
    print(
        f"\nReal text: BBC News articles, {len(paragraphs)} paragraphs, {count} sentences"
        " (lines joined, boundaries compared)\n"
    )
    print(f"| {'splitter':<9} | {'precision':>9} | {'recall':>6} | {'F1':>5} | {'wrong':>5} |")
    print(f"|{'-' * 11}|{'-' * 11}|{'-' * 8}|{'-' * 7}|{'-' * 7}|")
    for name, split in splitters.items():
        right = extra = missed = 0
        for gold in paragraphs:
            expected, found = _boundaries(gold), _boundaries(split(" ".join(gold)))
            right += len(expected & found)
            extra += len(found - expected)
            missed += len(expected - found)
        precision, recall = right / (right + extra), right / (right + missed)
        f1 = 2 * precision * recall / (precision + recall)
        print(f"| {name:<9} | {precision:9.3f} | {recall:6.3f} | {f1:5.3f} | {extra + missed:>5} |")


def _transcript_blocks() -> tuple[str, list[str]]:
    """The longest transcript of the corpus, as the pipeline's blocks (headings left out)."""
    from briefcli.inputs.clean import clean
    from briefcli.inputs.extract import extract
    from briefcli.text.structure import structure

    longest: tuple[int, str, list[str]] | None = None
    for path in sorted(CORPUS.iterdir()):
        extracted = extract(path.read_text(encoding="utf-8"), str(path))
        doc = structure(clean(extracted.text), source=str(path), title=extracted.title)
        if doc.kind != "transcript":
            continue
        blocks = [b.text for b in doc.blocks if not b.heading]
        size = sum(map(len, blocks))
        if longest is None or size > longest[0]:
            longest = (size, path.name, blocks)
    if longest is None:
        raise SystemExit(f"no transcript in {CORPUS}")
    return longest[1], longest[2]


def speed(splitters: dict[str, Splitter], runs: int) -> bool:
    """Median time to split every block of the longest transcript; runs interleaved."""
    name, blocks = _transcript_blocks()
    times: dict[str, list[float]] = {n: [] for n in splitters}
    counts: dict[str, int] = {}
    for run in range(runs):
        for splitter_name, split in splitters.items():
            if splitter_name == "pysbd" and run >= max(3, runs // 2):
                continue  # pySBD is slow; a few runs give a stable median
            started = time.process_time()
            counts[splitter_name] = sum(len(split(block)) for block in blocks)
            times[splitter_name].append(time.process_time() - started)
    medians = {n: statistics.median(t) for n, t in times.items()}
    ours = medians["briefcli"]
    chars = sum(map(len, blocks))
    print(
        f"\nSpeed: {name}\n({len(blocks)} blocks, {chars:,} characters; CPU seconds,"
        " median of interleaved runs: the machine is shared)\n"
    )
    header = ("splitter", "runs", "seconds", "sentences", "vs briefcli")
    print("| {:<9} | {:>4} | {:>8} | {:>9} | {:>11} |".format(*header))
    print(f"|{'-' * 11}|{'-' * 6}|{'-' * 10}|{'-' * 11}|{'-' * 13}|")
    for n, seconds in medians.items():
        print(
            f"| {n:<9} | {len(times[n]):>4} | {seconds:8.4f} | {counts[n]:>9} |"
            f" {seconds / ours:10.1f}x |"
        )
    over_pysbd = medians["pysbd"] / ours
    over_punkt = ours / medians["punkt"]
    ok = over_pysbd >= SPEEDUP_OVER_PYSBD and over_punkt <= SLOWDOWN_OVER_PUNKT
    print(
        f"\nbriefcli is {over_pysbd:.1f}x faster than pySBD (target >= {SPEEDUP_OVER_PYSBD:g}x)"
        f" and takes {over_punkt:.2f}x the time of plain Punkt (target <= "
        f"{SLOWDOWN_OVER_PUNKT:g}x): {'within target' if ok else 'OVER TARGET'}"
    )
    return ok


def linearity(runs: int) -> bool:
    """briefcli's time on hostile inputs at 250 KB, 500 KB and 1 MB, and its growth."""
    from briefcli.text.sentences import split

    print("\nHostile input: CPU seconds to split one block (fastest of runs)\n")
    sizes = " | ".join(f"{s // 1000:>5} KB" for s in SIZES)
    print(f"| {'input':<22} | {sizes} | 1MB / 250KB | exponent |")
    print(f"|{'-' * 24}|" + "|".join("-" * 10 for _ in SIZES) + f"|{'-' * 13}|{'-' * 10}|")
    worst = 0.0
    for name, unit in HOSTILE.items():
        row = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            samples = []
            for _ in range(runs):
                started = time.process_time()
                split(text)
                samples.append(time.process_time() - started)
            row.append(min(samples))
        ratio = row[-1] / max(row[0], 1e-9)
        # time ~ size ** exponent: 1 is linear, 2 quadratic. Times of a few milliseconds
        # are mostly noise, so only measurable work counts toward the verdict.
        exponent = math.log(max(ratio, 1e-9)) / math.log(SIZES[-1] / SIZES[0])
        if row[-1] > 0.05:
            worst = max(worst, exponent)
        cells = " | ".join(f"{t:8.3f}" for t in row)
        print(f"| {name:<22} | {cells} | {ratio:10.1f}x | {exponent:8.2f} |")
    ok = worst < 1.5
    print(
        f"\nlargest exponent: {worst:.2f} (1 is linear, 2 quadratic):"
        f" {'linear' if ok else 'SUPER-LINEAR'}"
    )
    return ok


# Each snippet times, in a fresh interpreter, importing what the splitter needs, building
# it and splitting one text. briefcli.sentences is imported without the rest of the package
# (whose __init__ loads the whole pipeline) by registering a bare `briefcli` package first.
_SETUP = {
    "briefcli": (
        "import sys, time, types; t = time.perf_counter(); "
        "package = types.ModuleType('briefcli'); package.__path__ = [{package!r}]; "
        "sys.modules['briefcli'] = package; "
        "from briefcli.text.sentences import splitter; "
        "splitter().split('Dr. A. B. Smith left. He was tired.'); "
        "print(time.perf_counter() - t)"
    ),
    "punkt": (
        "import time; t = time.perf_counter(); "
        "from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer; "
        "from punkt import load_model; model = load_model('english'); p = PunktParameters(); "
        "p.abbrev_types = set(model.abbrev_types); p.collocations = set(model.collocations); "
        "p.sent_starters = set(model.sent_starters); p.ortho_context.update(model.ortho_context); "
        "PunktSentenceTokenizer(p).tokenize('Dr. A. B. Smith left. He was tired.'); "
        "print(time.perf_counter() - t)"
    ),
    "punkt, nltk already imported": (
        "import time; "
        "from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer; "
        "t = time.perf_counter(); "
        "from punkt import load_model; model = load_model('english'); p = PunktParameters(); "
        "p.abbrev_types = set(model.abbrev_types); p.collocations = set(model.collocations); "
        "p.sent_starters = set(model.sent_starters); p.ortho_context.update(model.ortho_context); "
        "PunktSentenceTokenizer(p).tokenize('Dr. A. B. Smith left. He was tired.'); "
        "print(time.perf_counter() - t)"
    ),
}


def cold_start(runs: int) -> None:
    """One-time cost in a fresh interpreter: import, build the splitter, split one text.

    Byte code is cached (in a temporary folder, not the checkout) by one warm-up run, as
    it is for an installed package; then the median of `runs` runs is reported.
    """
    package = str(ROOT / "briefcli")
    print("\nCold start: a fresh interpreter imports and builds the splitter, splits one text\n")
    print(f"| {'splitter':<28} | {'seconds':>8} |")
    print(f"|{'-' * 30}|{'-' * 10}|")
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for name, code in _SETUP.items():
            samples = []
            for _ in range(runs + 1):
                out = subprocess.run(
                    [sys.executable, "-c", code.format(package=package)],
                    capture_output=True,
                    check=True,
                    text=True,
                    cwd=ROOT,
                    env=env,
                )
                samples.append(float(out.stdout.strip()))
            print(f"| {name:<28} | {statistics.median(samples[1:]):8.4f} |")
    print("\n(`import nltk` imports scipy.stats; briefcli's splitter needs neither.)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement")
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a smoke check")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    tools = splitters()
    accuracy(tools)
    real_text(tools)
    speed(tools, runs)
    linearity(1)
    cold_start(3)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
