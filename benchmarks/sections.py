"""Benchmark topical sections: Pk and WindowDiff against hand-annotated topic changes.

Each file in benchmarks/data/sections/ names a corpus text and the units (paragraphs of an
article, speaker turns of a transcript) where its topics begin. Sections are compared at
that unit level with NLTK's Pk and WindowDiff (k: half the mean reference segment length),
for briefcli, NLTK's TextTilingTokenizer and trivial baselines, in the same run.

Run: .venv/bin/python -m benchmarks.sections [--verbose]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefcli.inputs.clean import clean
from briefcli.inputs.decode import decode
from briefcli.inputs.extract import extract
from briefcli.inputs.read import read_input
from briefcli.model import Sentence
from briefcli.pipeline import sentences_of
from briefcli.sections.boundaries import Span, find_sections
from briefcli.text.document import Document
from briefcli.text.structure import structure
from briefcli.text.terms import vectorize

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "sections"
CORPUS = HERE.parent.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Case:
    """One annotated text: its document, sentences and reference topic starts."""

    name: str
    unit: str  # "paragraph" or "turn"
    doc: Document
    sentences: list[Sentence]
    units: list[int]  # unit ids (block index or turn index) in order, each with sentences
    unit_of_sentence: list[int]  # position in `units` of each sentence
    starts: list[int]  # reference topic starts, as unit ids
    titles: list[str]


def load_document(path: Path) -> Document:
    raw = read_input(str(path))
    text = decode(raw.data, raw.name)
    extracted = extract(text, raw.name, raw.media_type)
    return structure(
        clean(extracted.text),
        source=raw.name,
        title=extracted.title,
        date=extracted.date,
        source_url=extracted.source_url,
    )




def load_case(spec_path: Path) -> Case:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    doc = load_document(CORPUS / spec["source"])
    sentences = sentences_of(doc)
    unit = spec["unit"]

    def unit_id(s: Sentence) -> int:
        if unit == "turn":
            turn = doc.blocks[s.paragraph].turn
            return turn if turn is not None else 0
        return s.paragraph

    units: list[int] = []
    unit_of_sentence: list[int] = []
    for s in sentences:
        u = unit_id(s)
        if not units or units[-1] != u:
            units.append(u)
        unit_of_sentence.append(len(units) - 1)
    return Case(
        name=spec_path.stem,
        unit=unit,
        doc=doc,
        sentences=sentences,
        units=units,
        unit_of_sentence=unit_of_sentence,
        starts=[int(t[0]) for t in spec["topics"]],
        titles=[str(t[1]) for t in spec["topics"]],
    )


def reference_labels(case: Case) -> list[int]:
    """The reference topic number of each unit."""
    labels = []
    topic = 0
    starts = sorted(case.starts)
    for u in case.units:
        while topic + 1 < len(starts) and u >= starts[topic + 1]:
            topic += 1
        labels.append(topic)
    return labels


def span_labels(case: Case, spans: Sequence[Span]) -> list[int]:
    """The section of each unit: the section of its first sentence."""
    section_of = [0] * len(case.sentences)
    for n, span in enumerate(spans):
        for i in range(span.first_sentence, span.last_sentence + 1):
            section_of[i] = n
    labels = [-1] * len(case.units)
    for i, u in enumerate(case.unit_of_sentence):
        if labels[u] == -1:
            labels[u] = section_of[i]
    return labels


def boundaries(labels: Sequence[int]) -> str:
    """NLTK's boundary string: '1' after each unit where the next one starts a new segment."""
    return "".join("1" if a != b else "0" for a, b in zip(labels, labels[1:], strict=False)) + "0"


def pk_windowdiff(ref: Sequence[int], hyp: Sequence[int]) -> tuple[float, float]:
    from nltk.metrics.segmentation import pk, windowdiff

    r, h = boundaries(ref), boundaries(hyp)
    # NLTK's default k: half the mean reference segment length.
    k = max(1, round(len(ref) / (2 * max(1, r.count("1")))))
    k = min(k, len(ref) - 1)
    return float(pk(r, h, k=k)), float(windowdiff(r, h, k))


def texttiling_labels(case: Case) -> tuple[list[int], bool]:
    """TextTiling's segmentation mapped to units; False when it refuses the text."""
    from nltk.tokenize.texttiling import TextTilingTokenizer
    from sumy.utils import get_stop_words

    texts: list[list[str]] = [[] for _ in case.units]
    for s, u in zip(case.sentences, case.unit_of_sentence, strict=True):
        texts[u].append(s.text)
    paragraphs = [" ".join(t) for t in texts]
    text = "\n\n".join(paragraphs)
    tiler = TextTilingTokenizer(stopwords=list(get_stop_words("english")))
    try:
        segments = tiler.tokenize(text)
    except ValueError:
        return [0] * len(case.units), False
    # Segments are consecutive slices of `text`; map each paragraph's offset to a segment.
    labels = []
    offset = 0
    para_offsets = []
    for p in paragraphs:
        para_offsets.append(offset)
        offset += len(p) + 2
    ends = []
    pos = 0
    for seg in segments:
        pos += len(seg)
        ends.append(pos)
    seg = 0
    for off in para_offsets:
        while seg + 1 < len(ends) and off >= ends[seg]:
            seg += 1
        labels.append(seg)
    return labels, True


def question_labels(case: Case) -> list[int]:
    """Baseline: a new section at every reporter's question that follows an answer."""
    labels = []
    n = 0
    previous_question = True
    for s, u in zip(case.sentences, case.unit_of_sentence, strict=True):
        if len(labels) > u:
            continue
        if s.question and not previous_question:
            n += 1
        previous_question = s.question
        labels.append(n)
    return labels


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="show each section found")
    parser.add_argument("--repeat", type=int, default=5, help="timing repeats (median)")
    args = parser.parse_args(argv)

    cases = [load_case(p) for p in sorted(DATA.glob("*.json"))]
    methods = ["briefcli", "texttiling", "one section", "every unit", "every question"]
    scores: dict[str, dict[str, tuple[float, float]]] = {m: {} for m in methods}
    rows = []
    for case in cases:
        vectors = vectorize([s.text for s in case.sentences])
        spans = find_sections(case.doc, case.sentences, vectors)
        ref = reference_labels(case)
        t0 = time.perf_counter()
        tt, tt_ok = texttiling_labels(case)
        tt_t = time.perf_counter() - t0  # once: TextTiling takes seconds on a transcript
        hyps = {
            "briefcli": span_labels(case, spans),
            "texttiling": tt,
            "one section": [0] * len(case.units),
            "every unit": list(range(len(case.units))),
            "every question": question_labels(case),
        }
        for m, hyp in hyps.items():
            scores[m][case.name] = pk_windowdiff(ref, hyp)
        ours_t = timed(lambda c=case, v=vectors: find_sections(c.doc, c.sentences, v), args.repeat)
        rows.append((case, len(set(ref)), len(spans), len(set(tt)), tt_ok, ours_t, tt_t))
        if args.verbose:
            print(f"\n== {case.name}")
            ref_starts = set(case.starts)
            for span in spans:
                s = case.sentences[span.first_sentence]
                u = case.units[case.unit_of_sentence[span.first_sentence]]
                mark = "*" if u in ref_starts else " "
                print(f" {mark}{u:4d} {span.title[:50]:50s} | {s.text[:60]}")
            found = {case.units[case.unit_of_sentence[sp.first_sentence]] for sp in spans}
            missed = [
                (u, t) for u, t in zip(case.starts, case.titles, strict=True) if u not in found
            ]
            print("  missed:", ", ".join(f"{u} {t}" for u, t in missed))

    print(
        f"{'text':28s} {'unit':9s} {'units':>5s} {'sents':>5s} {'ref':>4s} {'ours':>4s}"
        f" {'tt':>4s} {'ours ms':>8s} {'tt ms':>8s}"
    )
    for case, nref, nours, ntt, tt_ok, ours_t, tt_t in rows:
        tt_n = f"{ntt:4d}" if tt_ok else "fail"
        print(
            f"{case.name:28s} {case.unit:9s} {len(case.units):5d} {len(case.sentences):5d}"
            f" {nref:4d} {nours:4d} {tt_n} {ours_t * 1000:8.1f} {tt_t * 1000:8.1f}"
        )
    print()
    groups = {
        "articles (paragraphs)": [c.name for c in cases if c.unit == "paragraph"],
        "transcripts (turns)": [c.name for c in cases if c.unit == "turn"],
    }
    header = f"{'method':16s}"
    for g in groups:
        header += f" | {g + ' Pk':>26s} {'WD':>6s}"
    print(header)
    for m in methods:
        line = f"{m:16s}"
        for names in groups.values():
            pks = [scores[m][n][0] for n in names]
            wds = [scores[m][n][1] for n in names]
            line += f" | {statistics.mean(pks):26.3f} {statistics.mean(wds):6.3f}"
        print(line)
    print()
    print("per text Pk:  " + "  ".join(f"{c.name}" for c in cases))
    for m in methods:
        print(f"{m:16s} " + " ".join(f"{scores[m][c.name][0]:.3f}" for c in cases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
