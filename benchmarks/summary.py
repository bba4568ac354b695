"""Summary quality: ROUGE-1/2 of every method against human summaries, at the same length.

Two sets, every method on the same sentences in the same run:

- BBC News (../shared/corpus/bbc/): 60 articles with extractive reference summaries, one
  sentence a line. Each method picks as many sentences as the reference has. The
  references are long (about 40% of the article) and favour long sentences: compare
  methods with each other and with the lead baseline, never as an absolute grade.
- Briefings (../shared/corpus/briefings/) with reference summaries we wrote
  (benchmarks/data/summary/, see its README): sentences come from the real pipeline
  (`briefcli.brief_file`). Each method is measured at the reference's length in
  sentences and again at its length in words (a word budget).

ROUGE-N here follows ROUGE-1.5.5 with stemming (-m) and no stop-word removal: text is
lower-cased, every run of characters other than a-z and 0-9 is a token break, tokens
are Porter-stemmed (NLTK's PorterStemmer), n-grams run over the whole summary, matches
are clipped counts; recall, precision and F1 are averaged over documents (macro).

- Committee layout: the briefings above that are transcripts, relabelled as a committee
  transcript is laid out (`committee_style`: mixed-case names, each reporter's "Q" a
  named member), so that no label says who asks; same references. The held-back set of
  issue #7 is committee meetings; this checks the genre rules that lean on "Q" labels.

- Meetings (`--set meetings`, not in `all`): the labelled committee meetings of
  `benchmarks.meetings --sections` (two corpus transcripts each, relabelled as a committee
  meeting), with agenda-level references we wrote from the meetings' labelled topics and
  panels before any summary run on them (benchmarks/data/summary/meetings/, one file a
  meeting: "The committee discussed X with …; members raised A and B"), the form of the
  held-back committee references. Development and frozen meetings (`benchmarks.split`) are
  reported apart, each at the reference's length in words and in sentences.

Run: .venv/bin/python -m benchmarks.summary [--set bbc|briefings|committee|meetings] [--details]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefcli import summary
from briefcli.model import Sentence
from briefcli.sections.boundaries import Span, find_sections
from briefcli.summary import picking
from briefcli.text.document import Block, Document
from briefcli.text.terms import SentenceVectors, vectorize
from briefcli.text.turn import turn_start

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
REFERENCES = ROOT / "benchmarks" / "data" / "summary"

# --- ROUGE -------------------------------------------------------------------------------

_TOKEN_BREAK = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _porter() -> Any:
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    return str(_porter().stem(token)) if len(token) > 3 else token


def rouge_tokens(text: str) -> list[str]:
    """ROUGE-1.5.5 tokens: lower case, alphanumeric runs, Porter stems (tokens over 3)."""
    return [_stem(t) for t in _TOKEN_BREAK.split(text.lower()) if t]


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Rouge:
    """ROUGE-N recall, precision and F1 of one summary."""

    recall: float
    precision: float
    f1: float


def rouge_n(candidate: str, reference: str, n: int) -> Rouge:
    """ROUGE-N of a candidate summary against one reference."""
    cand = _ngrams(rouge_tokens(candidate), n)
    ref = _ngrams(rouge_tokens(reference), n)
    overlap = sum((cand & ref).values())
    recall = overlap / max(sum(ref.values()), 1)
    precision = overlap / max(sum(cand.values()), 1)
    f1 = 2 * recall * precision / (recall + precision) if overlap else 0.0
    return Rouge(recall, precision, f1)


# --- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One text to summarize: its sentences, sections and the human summary."""

    name: str
    title: str | None
    sentences: tuple[Sentence, ...]
    vectors: SentenceVectors
    spans: tuple[Span, ...]
    reference: tuple[str, ...]


def bbc_cases() -> list[Case]:
    """The BBC articles: one sentence a line, paragraphs split by blank lines."""
    cases = []
    for article in sorted((CORPUS / "bbc" / "article").glob("*/*.txt")):
        topic, name = article.parent.name, article.name
        reference = CORPUS / "bbc" / "summary" / topic / name
        lines = article.read_text(encoding="utf-8", errors="replace").splitlines()
        title, body = lines[0].strip(), lines[1:]
        paragraphs: list[list[str]] = [[]]
        for line in body:
            if line.strip():
                paragraphs[-1].append(line.strip())
            elif paragraphs[-1]:
                paragraphs.append([])
        sentences = []
        for p, para in enumerate(p for p in paragraphs if p):
            for text in para:
                sentences.append(Sentence(id=len(sentences), text=text, paragraph=p))
        doc = Document(
            source=str(article),
            title=title,
            date=None,
            kind="article",
            blocks=tuple(Block(text=" ".join(p)) for p in paragraphs if p),
        )
        vectors = vectorize([s.text for s in sentences])
        spans = tuple(find_sections(doc, sentences, vectors))
        ref = tuple(
            x.strip()
            for x in reference.read_text(encoding="utf-8", errors="replace").splitlines()
            if x.strip()
        )
        cases.append(Case(f"bbc/{topic}/{name}", title, tuple(sentences), vectors, spans, ref))
    return cases


def _references() -> list[tuple[str, dict[str, str], tuple[str, ...]]]:
    """Our reference summaries: each file's name, its header and its summary sentences."""
    found = []
    for path in sorted(REFERENCES.glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in header.splitlines())
        found.append((path.stem, meta, tuple(x.strip() for x in body.splitlines() if x.strip())))
    return found


def _case(name: str, brief: Any, reference: tuple[str, ...]) -> Case:
    """A briefing's case: the sentences and sections of its brief, and its reference."""
    sentences = brief.sentences
    vectors = vectorize([s.text for s in sentences])
    spans = tuple(
        Span(s.title, s.first_sentence, s.last_sentence, s.part) for s in brief.sections
    )
    return Case(name, brief.title, sentences, vectors, spans, reference)


def briefing_cases() -> list[Case]:
    """The briefings we wrote summaries for, through the real pipeline."""
    import briefcli

    return [
        _case(name, briefcli.brief_file(str(CORPUS / "briefings" / meta["source"])), reference)
        for name, meta, reference in _references()
    ]


# Members who ask, as a committee transcript names them, in turn for each reporter's "Q".
_MEMBERS = ("Llyr Gruffydd AM", "Suzy Davies AM", "Hefin David AM")


def committee_style(text: str) -> str:
    """A press-briefing transcript laid out as a committee transcript: mixed-case speaker
    names ("Ms Jean-pierre:"), and each reporter's "Q" a named member, so no label says
    who asks (the held-back committee set's layout). Labels are found as briefcli finds
    them (`turn.turn_start`)."""
    out, asked = [], 0
    for line in text.split("\n"):
        start = turn_start(line)
        if start is not None:
            if start.question:
                name = _MEMBERS[asked % len(_MEMBERS)]
                asked += 1
            else:
                name = " ".join(w.capitalize() for w in start.label.replace(".", "").split())
            line = f"{name}: {start.text}"
        out.append(line)
    return "\n".join(out)


def committee_cases() -> list[Case]:
    """Our reference transcripts, relabelled by `committee_style`, same references."""
    import briefcli

    cases = []
    for name, meta, reference in _references():
        if meta["kind"].startswith("transcript"):
            source = (CORPUS / "briefings" / meta["source"]).read_text(encoding="utf-8")
            brief = briefcli.brief(committee_style(source), source=meta["source"])
            cases.append(_case(name, brief, reference))
    return cases


def meeting_cases() -> dict[str, list[Case]]:
    """The labelled meetings with our agenda-level references, by split."""
    import briefcli
    from benchmarks.meetings import LABELLED_MEETINGS, meeting_text
    from benchmarks.split import DEV, TEST

    found: dict[str, list[Case]] = {DEV: [], TEST: []}
    for seed, prefixes in enumerate(LABELLED_MEETINGS):
        name = "+".join(prefixes)
        path = REFERENCES / "meetings" / f"{name}.txt"
        reference = tuple(x.strip() for x in path.read_text(encoding="utf-8").splitlines())
        text, split = meeting_text(prefixes, seed)
        brief = briefcli.brief(text, source=name)
        found[split].append(_case(name, brief, tuple(x for x in reference if x)))
    return found


# --- methods -----------------------------------------------------------------------------

Picker = Callable[[Case, summary.Length], list[int]]


def _method(name: str) -> Picker:
    def pick(case: Case, length: summary.Length) -> list[int]:
        chosen, _ = summary.summarize(
            case.sentences, case.vectors, case.spans, length, name, title=case.title
        )
        return chosen

    return pick


def _lead(case: Case, length: summary.Length) -> list[int]:
    count = length.count(len(case.sentences))
    if count is not None:
        return list(range(count))
    picked, used = [], 0
    for s in case.sentences:
        n = summary.word_count(s.text)
        if used + n > (length.words or 0):
            break
        picked.append(s.id)
        used += n
    return picked


def _kl(case: Case, length: summary.Length) -> list[int]:
    """sumy's KL-Sum, stopped once its greedy loop has ranked enough sentences.

    sumy ranks every sentence (cubic time: half a minute on a 300-sentence gaggle); the
    first k ranked are decided by its first k iterations, so we run sumy's own loop,
    with its own methods, for as many iterations as the length can use.
    """
    from sumy.models.dom import Sentence as SumySentence

    from briefcli.summary.ranking import _sumy_summarizer
    from briefcli.text.sentences import splitter

    tokenizer = splitter()
    sumy_sentences = [SumySentence(s.text, tokenizer) for s in case.sentences]
    kl = _sumy_summarizer("kl")
    count = length.count(len(sumy_sentences))
    if count == 0 or not sumy_sentences:
        return []
    word_freq = kl.compute_tf(sumy_sentences)
    remaining = list(range(len(sumy_sentences)))
    as_words = [kl._get_content_words_in_sentence(s) for s in sumy_sentences]
    summary_words: list[str] = []
    ranked: list[int] = []
    sizes = [summary.word_count(s.text) for s in case.sentences]
    left = length.words or 0  # what a word budget still has room for, as select() fills it
    while remaining:
        kls = [
            kl._kl_divergence(kl._joint_freq(as_words[i], summary_words), word_freq)
            for i in remaining
        ]
        best = remaining.pop(kls.index(min(kls)))
        summary_words.extend(sumy_sentences[best].words)
        ranked.append(best)
        if count is not None and len(ranked) >= count:
            break
        if count is None:
            if sizes[best] <= left:
                left -= sizes[best]
            if not any(sizes[i] <= left for i in remaining):
                break
    # sumy's ratings follow this order; pick within the length like every other method.
    scores = [0.0] * len(case.sentences)
    for k, i in enumerate(ranked):
        scores[i] = float(len(ranked) - k)
    return [case.sentences[i].id for i in picking.select(case.sentences, scores, length)]


def methods() -> dict[str, Picker]:
    found: dict[str, Picker] = {"default": _method("default"), "lead": _lead}
    for name in summary.SUMY_METHODS:
        found[name] = _kl if name == "kl" else _method(name)
    return found


# --- report ------------------------------------------------------------------------------


def evaluate(
    cases: Sequence[Case], lengths: Callable[[Case], summary.Length]
) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1/2 recall and F1 per method, and seconds spent."""
    results: dict[str, dict[str, float]] = {}
    for name, pick in methods().items():
        r1r, r1f, r2r, r2f = [], [], [], []
        start = time.perf_counter()
        for case in cases:
            length = lengths(case)
            chosen = pick(case, length)
            candidate = " ".join(case.sentences[i].text for i in chosen)
            reference = " ".join(case.reference)
            one, two = rouge_n(candidate, reference, 1), rouge_n(candidate, reference, 2)
            r1r.append(one.recall)
            r1f.append(one.f1)
            r2r.append(two.recall)
            r2f.append(two.f1)
        results[name] = {
            "R1 rec": statistics.mean(r1r),
            "R1 F": statistics.mean(r1f),
            "R2 rec": statistics.mean(r2r),
            "R2 F": statistics.mean(r2f),
            "seconds": time.perf_counter() - start,
        }
    return results


def table(title: str, results: dict[str, dict[str, float]]) -> list[str]:
    columns = ["R1 rec", "R1 F", "R2 rec", "R2 F"]
    lines = [title, f"{'method':<10} " + " ".join(f"{c:>7}" for c in columns) + "  seconds"]
    best = {c: max(r[c] for r in results.values()) for c in columns}
    for name, r in results.items():
        cells = " ".join(
            f"{r[c]:>6.4f}{'*' if r[c] == best[c] else ' '}" for c in columns
        )
        lines.append(f"{name:<10} {cells} {r['seconds']:>8.2f}")
    others = {k: v for k, v in results.items() if k != "default"}
    beaten = all(results["default"][c] >= max(o[c] for o in others.values()) for c in columns)
    lines.append(f"default >= every other method on all four: {'yes' if beaten else 'NO'}")
    return lines


def _by_sentences(case: Case) -> summary.Length:
    return summary.Length(sentences=len(case.reference))


def _by_words(case: Case) -> summary.Length:
    return summary.Length(words=sum(summary.word_count(x) for x in case.reference))


def _at_both_lengths(name: str, cases: Sequence[Case]) -> list[str]:
    """The tables of `cases` at the reference's length in sentences, then in words."""
    return [
        *table(f"{name}, at the reference's length in sentences", evaluate(cases, _by_sentences)),
        "",
        *table(
            f"{name}, at the reference's length in words (word budget)",
            evaluate(cases, _by_words),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.summary", description=__doc__)
    parser.add_argument(
        "--set", choices=["bbc", "briefings", "committee", "meetings", "all"], default="all"
    )
    parser.add_argument("--details", action="store_true", help="per-briefing default picks")
    args = parser.parse_args(argv)
    out: list[str] = []
    if args.set in ("bbc", "all"):
        cases = bbc_cases()
        out += table(
            f"BBC News, {len(cases)} articles, at the reference's length in sentences",
            evaluate(cases, _by_sentences),
        )
        out.append("")
    if args.set in ("briefings", "all"):
        cases = briefing_cases()
        sizes = ", ".join(f"{c.name[:40]} ({len(c.sentences)})" for c in cases)
        out.append(f"Briefings: {sizes}")
        out += _at_both_lengths(f"Briefings, {len(cases)}", cases)
        out.append("")
    if args.set in ("committee", "all"):
        committee = committee_cases()
        out += _at_both_lengths(
            f"Committee layout: our {len(committee)} reference transcripts without reporter "
            "labels",
            committee,
        )
    if args.set == "meetings":
        for split, cases in meeting_cases().items():
            out += _at_both_lengths(f"Meetings ({split}), {len(cases)}", cases)
            out.append("")
            if args.details and split == "dev":
                for case in cases:
                    out.append(f"== {case.name}")
                    for i in _method("default")(case, _by_words(case)):
                        out.append(f"  [{i}] {case.sentences[i].speaker}: {case.sentences[i].text}")
                out.append("")
    if args.set in ("briefings", "all") and args.details:
        for case in briefing_cases():
            out.append(f"\n== {case.name}")
            for i in _method("default")(case, _by_sentences(case)):
                out.append(f"  [{i}] {case.sentences[i].text}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
