"""Speed and memory: the whole brief against sumy's LexRank, stage timings, growth to 5,000.

In one run, on the longest transcript in ../shared/corpus/briefings/:

1. The whole brief (`briefcli.brief_file`, every stage, warm process) against sumy's
   LexRank alone on the same sentences (sumy handed our tokenizer, as briefcli does).
2. Per-stage timings of that brief, by wrapping each stage function the pipeline calls.
3. Summarization time (TF-IDF vectors + the default ranking + picking) against the
   number of sentences, up to 5,000 (sentences of every corpus transcript, concatenated
   and repeated with distinct ids), with the log-log slope of the curve (1 = linear);
   our vectorized LexRank beside it, and sumy's LexRank at the small sizes.
4. Peak memory: tracemalloc peaks of the whole brief and of summarizing 5,000 sentences,
   and the process's maximum resident set size.

Timings are medians of repeats (the machine is shared). Run:
.venv/bin/python -m benchmarks.speed [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import resource
import statistics
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import briefcli
from briefcli import pipeline, summary
from briefcli.model import Sentence
from briefcli.sections.boundaries import Span
from briefcli.text.terms import vectorize

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "briefings"


def median_time(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    return statistics.median(times_of(run, repeat))


def times_of(run: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of `repeat` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def sumy_lexrank(texts: list[str]) -> object:
    """sumy's LexRank summary (5 sentences) of `texts`, one sumy paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from briefcli.text.sentences import splitter

    tokenizer = splitter()
    document = ObjectDocumentModel([Paragraph([SumySentence(t, tokenizer) for t in texts])])
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer(document, 5)


def longest_transcript() -> Path:
    """The largest corpus file that briefcli reads as a transcript."""
    for path in sorted(CORPUS.iterdir(), key=lambda p: -p.stat().st_size):
        if briefcli.brief_file(str(path)).kind == "transcript":
            return path
    raise SystemExit(f"no transcript in {CORPUS}")


# --- stage timings ---------------------------------------------------------------------

STAGES = {
    "read": (pipeline, "read_input"),
    "decode": (pipeline, "decode"),
    "extract": (pipeline, "extract"),
    "clean": (pipeline, "clean"),
    "structure": (pipeline, "structure"),
    "sentences": (pipeline, "split_marked"),
    "vectors": (pipeline, "vectorize"),
    "sections": (pipeline.section_stage, "find_sections"),
    "summary": (pipeline.summary_stage, "summarize"),
    "quotes": (pipeline.quote_stage, "find_quotes"),
    "actions": (pipeline.action_stage, "find_actions"),
}


@contextlib.contextmanager
def timed_stages(
    spent: dict[str, list[float]], clock: Callable[[], float] = time.perf_counter
) -> Iterator[None]:
    """Wrap each stage function the pipeline calls, adding its time by `clock` to `spent`."""
    saved: list[tuple[Any, str, Any]] = []

    def wrap(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name][-1] += clock() - start

        return timed

    for name, (module, attr) in STAGES.items():
        if hasattr(module, attr):
            saved.append((module, attr, getattr(module, attr)))
            setattr(module, attr, wrap(name, getattr(module, attr)))
    people = pipeline.People
    saved.append((people, "from_document", people.__dict__["from_document"]))
    original = people.from_document
    people.from_document = staticmethod(wrap("speakers", original))  # type: ignore[method-assign]
    try:
        yield
    finally:
        for module, attr, value in saved:
            setattr(module, attr, value)


def stage_table(path: Path, repeat: int) -> tuple[list[str], float]:
    spent: dict[str, list[float]] = defaultdict(list)
    totals = []
    for _ in range(repeat):
        for name in [*STAGES, "speakers"]:
            spent[name].append(0.0)
        with timed_stages(spent):
            start = time.perf_counter()
            briefcli.brief_file(str(path))
            totals.append(time.perf_counter() - start)
    total = statistics.median(totals)
    lines = [f"{'stage':<11} {'ms':>8} {'share':>6}"]
    accounted = 0.0
    for name, values in sorted(spent.items(), key=lambda kv: -statistics.median(kv[1])):
        ms = statistics.median(values) * 1000
        accounted += ms
        lines.append(f"{name:<11} {ms:>8.1f} {ms / (total * 1000):>6.1%}")
    lines.append(f"{'(other)':<11} {total * 1000 - accounted:>8.1f}")
    lines.append(f"{'total':<11} {total * 1000:>8.1f}")
    return lines, total


# --- growth ----------------------------------------------------------------------------


def corpus_sentences() -> list[Sentence]:
    """Sentences of every transcript in the corpus, in a row (speakers and questions kept)."""
    found: list[Sentence] = []
    for path in sorted(CORPUS.glob("*.md")):
        brief = briefcli.brief_file(str(path))
        if brief.kind != "transcript":
            continue
        offset = 1 + (found[-1].paragraph if found else 0)
        for s in brief.sentences:
            found.append(Sentence(len(found), s.text, s.paragraph + offset, s.speaker, s.question))
    return found


def first(sentences: list[Sentence], n: int) -> list[Sentence]:
    """`n` sentences, the corpus repeated as often as needed, ids 0..n-1."""
    out = []
    rounds = 0
    while len(out) < n:
        for s in sentences:
            if len(out) == n:
                break
            paragraph = s.paragraph + rounds * (sentences[-1].paragraph + 1)
            out.append(Sentence(len(out), s.text, paragraph, s.speaker, s.question))
        rounds += 1
    return out


def summarize_default(sentences: list[Sentence]) -> object:
    vectors = vectorize([s.text for s in sentences])
    spans = [Span("all", 0, len(sentences) - 1)]
    return summary.summarize(sentences, vectors, spans, summary.Length(), "default")


def slope(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def growth(repeat: int, quick: bool) -> list[str]:
    pool = corpus_sentences()
    sizes = [250, 500, 1000, 2000, 3000, 4000, 5000]
    lines = [
        f"{'sentences':>9} {'default ms':>11} {'ms/1k sent':>11} {'lexrank ms':>11} "
        f"{'sumy lexrank ms':>16}"
    ]
    ours, vectorized = [], []
    for n in sizes:
        sentences = first(pool, n)
        texts = [s.text for s in sentences]
        t = median_time(lambda s=sentences: summarize_default(s), repeat)
        lex = median_time(
            lambda s=sentences, x=texts: summary.METHODS["lexrank"](s, vectorize(x), None), 1
        )
        sumy = "-"
        if n <= (250 if quick else 500):
            sumy = f"{median_time(lambda x=texts: sumy_lexrank(x), 1) * 1000:.0f}"
        ours.append(t)
        vectorized.append(lex)
        lines.append(
            f"{n:>9} {t * 1000:>11.1f} {t * 1e6 / n:>11.2f} {lex * 1000:>11.1f} {sumy:>16}"
        )
    lines.append(
        f"log-log slope, default: {slope(sizes, ours):.2f} (1.0 = linear); "
        f"our LexRank: {slope(sizes, vectorized):.2f} (sumy's is quadratic: all pairs)"
    )
    return lines


def memory(path: Path) -> list[str]:
    pool = first(corpus_sentences(), 5000)
    tracemalloc.start()
    briefcli.brief_file(str(path))
    _, brief_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    summarize_default(pool)
    _, summary_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        f"peak traced memory, whole brief of the longest transcript: {brief_peak / 2**20:.1f} MiB",
        f"peak traced memory, vectors + default summary of 5,000 sentences: "
        f"{summary_peak / 2**20:.1f} MiB",
        f"max resident set size of this process (all of the above, Python and libraries): "
        f"{rss:.0f} MiB",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.speed", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 5
    path = longest_transcript()
    start = time.perf_counter()
    brief = briefcli.brief_file(str(path))
    cold = time.perf_counter() - start
    # Imports leave ~100,000 long-lived objects; a full collection that scans them costs
    # 30-120 ms whenever it fires mid-run. Freeze them, for both sides of the comparison,
    # as the CLI does before briefing.
    gc.collect()
    gc.freeze()
    texts = [s.text for s in brief.sentences]
    # The machine is shared and its speed drifts by a fifth from minute to minute: the brief
    # is timed many times, interleaved with sumy's runs, and both medians and bests shown.
    wholes: list[float] = []
    sumys: list[float] = []
    for _ in range(1 if args.quick else 3):
        wholes += times_of(lambda: briefcli.brief_file(str(path)), 5)
        sumys += times_of(lambda: sumy_lexrank(texts), 1)
    whole, sumy = statistics.median(wholes), statistics.median(sumys)
    ours = median_time(lambda: summary.METHODS["lexrank"](brief.sentences, vectorize(texts)), 5)
    out = [
        f"Longest transcript: {path.name} ({len(texts)} sentences, "
        f"{sum(len(t.split()) for t in texts)} words)",
        f"whole brief, first call (imports, models): {cold * 1000:8.0f} ms",
        f"whole brief, warm (median of {len(wholes)}):       {whole * 1000:8.0f} ms"
        f"  (best {min(wholes) * 1000:.0f} ms)",
        f"sumy LexRank alone, same sentences (median of {len(sumys)}): {sumy * 1000:5.0f} ms"
        f"  (best {min(sumys) * 1000:.0f} ms)",
        f"our LexRank, vectors included (same ranking): {ours * 1000:6.0f} ms",
        f"sumy LexRank / whole brief: {sumy / whole:.1f}x by medians, "
        f"{min(sumys) / min(wholes):.1f}x by bests (target: at least 20x)",
        "",
        "Stages of the whole brief (median ms):",
    ]
    lines, _ = stage_table(path, repeat)
    out += lines
    out += ["", "Summarization time vs sentences (vectors + default ranking + picking):"]
    out += growth(3 if not args.quick else 1, args.quick)
    out += ["", *memory(path)]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
