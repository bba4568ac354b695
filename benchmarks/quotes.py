"""Benchmark quotes and speakers against hand-labelled quotes from ../shared/corpus.

Three sets of labels in benchmarks/data/quotes/:
- old (labels.json): the NATO article, White House articles with reactions, BBC articles that
  quote people; plus transcript labels to names;
- news (labels_news.json): every other corpus text that is not a question-and-answer
  transcript (BBC articles, White House statements and readouts, State Department statements,
  readouts, media notes and remarks, Australian media releases), texts without quotes included;
- styles (house_styles.json): short passages written for the purpose, one newsroom habit each
  (other quotation marks, fragments, vox-pop lines, bracketed party, initials, pronouns...):
  invented, a development check, never a held-back measure.
Each labelled span has its speaker's full name; `fragment` marks quoted phrases inside a
sentence, `ignore` quoted words that are nobody's clear speech. A found quote matches a
labelled one when their words overlap (Dice >= 0.5, one to one). Reported: precision, recall
and F1 of quotes; speaker accuracy over matched quotes, as the full name (the found speaker
equals a labelled form) and by surname (the last words agree); for all quotes and for
whole-sentence quotes only; for the development and the frozen test split
(benchmarks.split) side by side, and both together. A naive baseline (every quoted span,
speaker = the nearest full name before it) runs alongside. Misses are printed (--verbose) for
development texts only, never for the frozen split.

Run: .venv/bin/python -m benchmarks.quotes [--set old|news|styles|all] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.split import is_frozen
from briefcli.inputs import decode
from briefcli.model import Quote, Sentence
from briefcli.people import People, find_names
from briefcli.pipeline import parse, sentences_of
from briefcli.quotes import find_quotes
from briefcli.text import Document, split

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "quotes"
LABELS = DATA / "labels.json"
NEWS = DATA / "labels_news.json"
STYLES = DATA / "house_styles.json"
SETS = ("old", "news", "styles")
CORPUS = HERE.parent.parent / "shared" / "corpus"


@dataclass
class Text:
    source: str
    doc: Document
    sentences: list[Sentence]


def load(source: str) -> Text:
    """A corpus text through the pipeline's stages up to sentences (as briefcli does)."""
    path = CORPUS / source
    media = "text/markdown" if path.suffix == ".md" else None
    doc = parse(decode(path.read_bytes(), str(path)), source=str(path), media_type=media)
    sentences = sentences_of(doc)
    return Text(source, doc, sentences)


def load_passage(name: str, text: str) -> Text:
    """An invented passage (house_styles.json) through the same stages, as a plain text."""
    doc = parse(text, source=name)
    return Text(name, doc, sentences_of(doc))


def briefcli_quotes(text: Text) -> list[Quote]:
    people = People.from_document(text.doc, text.sentences)
    sentences = text.sentences
    if text.doc.kind == "transcript":
        sentences = [
            Sentence(s.id, s.text, s.paragraph, people.label_name(s.speaker), s.question)
            if s.speaker is not None
            else s
            for s in sentences
        ]
    return find_quotes(text.doc, sentences, people)


_SPAN = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def naive_quotes(text: Text) -> list[Quote]:
    """Every quoted span; its speaker the last full name before it in the paragraph."""
    out = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in text.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for group in by_paragraph.values():
        joined = " ".join(s.text for s in group)
        for m in _SPAN.finditer(joined):
            names = [n.name for n in find_names(joined[: m.start()]) if n.full]
            out.append(Quote(m.group(1), names[-1] if names else None, None, 0, 0, True, 1.0))
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = 0
    pool = list(b)
    for w in a:
        if w in pool:
            pool.remove(w)
            common += 1
    return 2 * common / (len(a) + len(b))


def _norm_name(name: str | None) -> str:
    words = _tokens(name or "")
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        self.speaker_right += other.speaker_right

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0


def score(
    gold: Sequence[dict[str, object]], found: Sequence[Quote], *, sentences_only: bool
) -> tuple[Score, list[str]]:
    """Match found quotes to labelled ones; misses and wrong speakers as notes."""
    pairs = []
    for i, g in enumerate(gold):
        for j, q in enumerate(found):
            d = _dice(_tokens(str(g["text"])), _tokens(q.text))
            if d >= 0.5:
                pairs.append((d, i, j))
    pairs.sort(reverse=True)
    used_gold: dict[int, int] = {}
    used_found: set[int] = set()
    for _, i, j in pairs:
        if i in used_gold or j in used_found:
            continue
        used_gold[i] = j
        used_found.add(j)
    result = Score()
    notes = []
    skipped_found = set()
    for i, g in enumerate(gold):
        skip = bool(g.get("ignore")) or (sentences_only and bool(g.get("fragment")))
        if skip:
            if i in used_gold:
                skipped_found.add(used_gold[i])
            continue
        result.gold += 1
        if i not in used_gold:
            notes.append(f"  missed: {str(g['text'])[:70]!r} ({g['speaker']})")
            continue
        result.matched += 1
        speakers = g["speaker"] if isinstance(g["speaker"], list) else [g["speaker"]]
        q = found[used_gold[i]]
        if _norm_name(q.speaker) in {_norm_name(str(s)) for s in speakers}:
            result.speaker_right += 1
        else:
            notes.append(f"  speaker: {q.text[:50]!r} -> {q.speaker!r}, want {speakers[0]!r}")
    for j, q in enumerate(found):
        if j in skipped_found:
            continue
        if sentences_only and j not in used_found and len(q.text.split()) <= 5:
            continue  # an unlabelled short fragment: not judged among whole sentences
        result.found += 1
        if j not in used_found:
            notes.append(f"  extra: {q.text[:70]!r} ({q.speaker})")
    return result, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.quotes", description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="show misses per text")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return 1
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    texts = [(load(t["source"]), t["quotes"]) for t in labels["texts"]]
    methods: dict[str, Callable[[Text], list[Quote]]] = {
        "briefcli": briefcli_quotes,
        "naive": naive_quotes,
    }
    print(f"{len(texts)} texts, {sum(len(q) for _, q in texts)} labelled quoted spans\n")
    print(
        f"{'method':<10} {'set':<10} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'speaker':>8} {'ms/text':>8}"
    )
    for name, method in methods.items():
        times = []
        outputs = []
        for _ in range(3):
            started = time.perf_counter()
            outputs = [method(t) for t, _ in texts]
            times.append((time.perf_counter() - started) / len(texts) * 1000)
        for sentences_only in (False, True):
            total = Score()
            per_text = []
            for (text, gold), found in zip(texts, outputs, strict=True):
                s, notes = score(gold, found, sentences_only=sentences_only)
                total.add(s)
                per_text.append((text.source, s, notes))
            label = "sentences" if sentences_only else "all"
            print(
                f"{name:<10} {label:<10} {total.gold:>5} {total.found:>5} "
                f"{total.precision:>6.3f} {total.recall:>6.3f} {total.f1:>6.3f} "
                f"{total.speaker_accuracy:>8.3f} {statistics.median(times):>8.1f}"
            )
            if args.verbose and name == "briefcli" and not sentences_only:
                for source, s, notes in per_text:
                    if notes:
                        print(f" {source} (P {s.precision:.2f} R {s.recall:.2f})")
                        print("\n".join(notes))
    nato = next(t for t, _ in texts if "nato" in t.source)
    quotes = briefcli_quotes(nato)
    right = sum(1 for q in quotes if q.speaker == "Jens Stoltenberg")
    wrong = sum(1 for q in quotes if q.speaker in ("Yoav Gallant", "Tom Goffus"))
    print(
        f"\nNATO article: {len(quotes)} quotes, {right} to Jens Stoltenberg, "
        f"{wrong} to Gallant or Goffus (labelled: 15)"
    )
    # Speed: people + quotes against the sentence splitting they run after, same texts.
    split_times, quote_times = [], []
    sources = [t.source for t, _ in texts] + list(labels["transcript_labels"])
    loaded = [load(source) for source in sources]
    for _ in range(5):
        started = time.perf_counter()
        for text in loaded:
            for block in text.doc.blocks:
                split(block.text)
        split_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text in loaded:
            briefcli_quotes(text)
        quote_times.append(time.perf_counter() - started)
    words = sum(len(s.text.split()) for text in loaded for s in text.sentences)
    print(
        f"\nspeed on {len(loaded)} texts ({words} words), median of 5: people + quotes "
        f"{statistics.median(quote_times) * 1000:.0f} ms, sentence splitting (reference) "
        f"{statistics.median(split_times) * 1000:.0f} ms"
    )
    print("\ntranscripts: quotes from officials' turns")
    for source in labels["transcript_labels"]:
        text = load(source)
        quotes = briefcli_quotes(text)
        asked = {s.id for s in text.sentences if s.question}
        from_questions = sum(1 for q in quotes if q.sentence in asked)
        print(
            f"  {Path(source).name[:60]:<60} {len(quotes):>4} quotes "
            f"{sum(q.key for q in quotes):>4} key, {from_questions} from reporters' questions"
        )
    print("\ntranscript labels -> names")
    right = total_labels = 0
    for source, expected in labels["transcript_labels"].items():
        text = load(source)
        people = People.from_document(text.doc, text.sentences)
        for label, want in expected.items():
            got = people.label_name(label)
            total_labels += 1
            right += got == want
            if got != want or args.verbose:
                print(f"  {label:<32} -> {got!r} (want {want!r})")
    print(f"  {right}/{total_labels} labels named right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
