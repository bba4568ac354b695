"""Long meetings: the whole brief against sumy's LexRank alone on committee-style transcripts.

The held-back meetings (public committee hearings: a chair, members and witnesses, 400 to
1,700 sentences, 20 speakers or more) cannot be shipped, so this benchmark builds meetings of
that shape from the development corpus: the long press conferences and briefings of
`../shared/corpus/aus/` and `state/`, two to five joined end to end, relabelled the way a
committee transcript is printed. Each question turn becomes a member's (`Lynne Neagle AM:` style,
members taking rounds of questions), each answer a witness's (`Mr. Ned Price (Spokesperson,
Department of State):`), and the chair (`The Chair (Mr. Bryan May (Cambridge, Lib.)):`) opens the
meeting, moves between panels and hands each round over. Then, in one run:

1. the whole brief (every stage, warm process), best of 3, against sumy's LexRank alone on
   the same sentences (sumy handed our tokenizer), best of 3, for 12 meetings;
2. how the brief's time grows with the meeting's length (log-log slope over the 12);
3. throughput on very long inputs: 2 MB of joined transcripts, and 8 MB of words without
   punctuation (the hostile input of the issue), each briefed once.

With `--sections`, topic boundaries on labelled meetings instead: each meeting is built the
same way (turns keep their paragraphs) from transcripts whose topics were labelled by hand in
`benchmarks/data/titles/` (labelled from the text alone, before briefcli was run on them; see
that folder's README), two panels to a meeting, the panels of one meeting all of one split
(`benchmarks.split`: three meetings of development transcripts, three of frozen ones). The
reference topics are the labelled ones, with three conventions fixed before any run:

- a panel's first topic opens at the chair's move to that panel ("We'll move on to our next
  panel of witnesses"), the chair's welcome going with the first topic;
- a topic a member's question opens starts at the chair's handover to that member just before
  it ("Thank you." "We'll now go to Lynne Neagle AM."), when there is one;
- a topic that returns after a digression is one topic: where a labelled span lies between two
  spans of the same title and is no longer than either, the three are one topic.

Then, per split in one run: Pk and WindowDiff at sentence level (NLTK; k half the mean
reference topic length, as `benchmarks.titles`) for briefcli, NLTK's TextTiling on the same
sentences, and one section; sections per reference topic (how many sections overlap each
topic: median and mean) and the number of sections against the number of topics. Details
(`--details`) are printed for development meetings only.

Run: .venv/bin/python -m benchmarks.meetings [--quick] [--stages] [--cpu] [--freeze] | --sections
[--details]; the full run prints the labelled boundaries (`--sections`) last. `--stages` first
prints each stage's share of the brief over the meetings; `--cpu` times by CPU time (a busy
machine); `--freeze` freezes the objects of the imports first (`gc.freeze`), as `briefcli
summarize` does.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import briefcli
from benchmarks.speed import STAGES, sumy_lexrank, timed_stages

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_LABEL = re.compile(r"^([A-Z][A-Z .,’'–-]{1,80}):[ \t]*", re.M)
_ASKERS = ("QUESTION", "JOURNALIST", "JOURNLAIST", "JOUNALIST", "MODERATOR", "OPERATOR", "Q")

_GIVEN = "Lynne John Suzy Mark Jayne Huw Rhun David Vikki Bethan Hefin Siân Dawn Julie".split()
_FAMILY = (
    "Neagle Griffiths Davies Reckless Bryant Rathbone Iorwerth Rowlands Howells Sayed".split()
)
_DEPARTMENTS = ("Department of Finance", "Treasury", "Department of State", "Home Office")


def _members(rng: random.Random, n: int) -> list[str]:
    names = {f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} AM" for _ in range(n * 4)}
    return sorted(names)[:n]


def committee_meeting(texts: list[str], seed: int, paragraphs: bool = False) -> str:
    """Transcripts joined and relabelled as one committee meeting (see the module's text).

    With `paragraphs`, a turn keeps its paragraphs (the label on the first only), as
    committee records print long answers; otherwise each turn is one line."""
    rng = random.Random(seed)
    members = _members(rng, 16)
    witnesses: dict[str, str] = {}
    chair = "The Chair (Mr. Bryan May (Cambridge, Lib.))"
    out = [f"{chair}: I call this meeting to order. Welcome to the committee's hearing."]
    asker = 0
    for panel, text in enumerate(texts):
        body = text.split("\n", 2)[2] if text.count("\n") >= 2 else text
        out.append(f"{chair}: We'll move on to our next panel of witnesses, panel {panel + 1}.")
        turns = _LABEL.split(body)
        for label, speech in zip(turns[1::2], turns[2::2], strict=False):
            if paragraphs:
                parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", speech)]
                speech = "\n\n".join(p for p in parts if p)
            else:
                speech = " ".join(speech.split())
            if not speech:
                continue
            if label.strip() in _ASKERS:
                if rng.random() < 0.5:
                    asker = (asker + 1) % len(members)
                    out.append(f"{chair}: Thank you. We'll now go to {members[asker]}.")
                out.append(f"{members[asker]}: {speech}")
            else:
                if label not in witnesses:
                    name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
                    witnesses[label] = f"Mr. {name} ({label.title()}, {rng.choice(_DEPARTMENTS)})"
                out.append(f"{witnesses[label]}: {speech}")
    out.append(f"{chair}: Thank you all. The meeting is adjourned.")
    return "\n\n".join(out)


def meetings(count: int) -> list[str]:
    """`count` meetings of two to five long corpus transcripts each."""
    long = [
        p.read_text(encoding="utf-8")
        for folder in ("state", "aus")
        for p in sorted((CORPUS / folder).glob("*.txt"))
        if p.stat().st_size > 12_000 and _LABEL.search(p.read_text(encoding="utf-8"))
    ]
    rng = random.Random(7)
    out = []
    for k in range(count):
        picked = rng.sample(long, 2 + k % 4)
        out.append(committee_meeting(picked, seed=k))
    return out


# Labelled meetings: the date-and-set prefixes of the `benchmarks/data/titles/` transcripts
# that are the panels of each meeting, in order (all panels of a meeting of one split).
LABELLED_MEETINGS = (
    ("aus-2011-06-25", "aus-2013-02-21"),
    ("aus-2016-11-15", "state-2022-04-08"),
    ("state-2022-02-12", "state-2022-04-29"),
    ("aus-2009-05-18", "aus-2016-12-01"),
    ("aus-2018-06-06", "state-2022-02-13"),
    ("state-2022-06-22",),
)
TITLES = Path(__file__).resolve().parent / "data" / "titles"
AGENDA: dict[str, list[int]] = json.loads(
    (Path(__file__).resolve().parent / "data" / "sections" / "meetings" / "agenda.json").read_text(
        encoding="utf-8"
    )
)["agenda"]
_PANEL = "We'll move on to our next panel of witnesses, panel {}."
_HANDOVER = re.compile(r"^(?:Thank you\.|We'll now go to [^.]+ AM\.)$")


@dataclass
class LabelledMeeting:
    """A meeting built from labelled transcripts, its brief, and its reference topics."""

    name: str
    split: str
    sentences: list[str]
    topics: list[tuple[str, int, int]]  # title, first and last sentence position
    sections: list[tuple[str, int, int]]


def labelled_meeting(
    prefixes: Sequence[str], seed: int, agenda: bool = False
) -> LabelledMeeting:
    """Build, brief and label one meeting (see the module's text for the conventions); with
    `agenda`, only the labelled topics that open an agenda topic open a reference topic."""
    from benchmarks.titles import locate

    specs = _specs(prefixes)
    text, split = meeting_text(prefixes, seed)
    brief = briefcli.brief(text).to_dict()
    sentences = [str(s["text"]) for s in brief["sentences"]]
    n = len(sentences)
    starts: list[tuple[str, int]] = []
    pos = 0
    for panel, spec in enumerate(specs):
        (opening,) = locate(sentences[pos:], [_PANEL.format(panel + 1)], "panel")
        pos += opening
        found = locate(sentences[pos:], [t["start"] for t in spec["topics"]], spec["source"])
        opens = AGENDA[prefixes[panel]] if agenda else range(len(found))
        for k, (topic, at) in enumerate(zip(spec["topics"], found, strict=True)):
            if k not in opens:
                continue
            first = 0 if panel == 0 and k == 0 else pos if k == 0 else pos + at
            while k > 0 and first - 1 > starts[-1][1] and _HANDOVER.match(sentences[first - 1]):
                first -= 1
            if starts and first <= starts[-1][1]:
                continue  # two snippets in one sentence: the later topic starts there
            starts.append((str(topic["title"]), first))
    spans = [
        (title, first, (starts[k + 1][1] - 1) if k + 1 < len(starts) else n - 1)
        for k, (title, first) in enumerate(starts)
    ]
    merged: list[tuple[str, int, int]] = []
    k = 0
    while k < len(spans):
        title, first, last = spans[k]
        if merged and k + 1 < len(spans):
            before, after = merged[-1], spans[k + 1]
            size = last - first + 1
            if (
                before[0].casefold() == after[0].casefold()
                and size <= before[2] - before[1] + 1
                and size <= after[2] - after[1] + 1
            ):
                merged[-1] = (before[0], before[1], after[2])
                k += 2
                continue
        merged.append((title, first, last))
        k += 1
    sections = [
        (str(s["title"]), int(s["first_sentence"]), int(s["last_sentence"]))
        for s in brief["sections"]
    ]
    return LabelledMeeting("+".join(prefixes), split, sentences, merged, sections)


def _specs(prefixes: Sequence[str]) -> list[dict[str, Any]]:
    specs = []
    for prefix in prefixes:
        (path,) = sorted(TITLES.glob(f"{prefix}-*.json"))
        specs.append(json.loads(path.read_text(encoding="utf-8")))
    return specs


def meeting_text(prefixes: Sequence[str], seed: int) -> tuple[str, str]:
    """The text of a labelled meeting (its panels relabelled committee-style, paragraphs
    kept) and its split, which all its panels share."""
    from benchmarks.split import split_of

    specs = _specs(prefixes)
    splits = {split_of(Path(spec["source"]).name) for spec in specs}
    if len(splits) != 1:
        raise ValueError(f"{prefixes}: panels of different splits")
    texts = [(CORPUS / spec["source"]).read_text(encoding="utf-8") for spec in specs]
    return committee_meeting(texts, seed, paragraphs=True), splits.pop()


def sections_main(details: bool, dev_only: bool = False) -> int:
    """Topic boundaries on the labelled meetings, development and frozen side by side, against
    the labelled topics and against the agenda-level ones."""
    for agenda in (False, True):
        print("\nreference: " + ("agenda-level topics" if agenda else "the labelled topics"))
        _sections_level(agenda, details, dev_only)
    return 0


def _sections_level(agenda: bool, details: bool, dev_only: bool) -> None:
    from benchmarks.split import DEV, TEST
    from benchmarks.titles import pk_windowdiff, texttiling_labels, window

    def labels(spans: Sequence[tuple[str, int, int]], n: int) -> list[int]:
        out = [0] * n
        for k, (_, first, last) in enumerate(spans):
            for i in range(first, min(last, n - 1) + 1):
                out[i] = k
        return out

    rows: dict[str, list[dict[str, float]]] = {DEV: [], TEST: []}
    for seed, prefixes in enumerate(LABELLED_MEETINGS):
        m = labelled_meeting(prefixes, seed, agenda)
        if dev_only and m.split == TEST:
            continue
        n = len(m.sentences)
        ref, hyp = labels(m.topics, n), labels(m.sections, n)
        tt, _ = texttiling_labels(m.sentences)
        k = window(ref)
        pk, wd = pk_windowdiff(ref, hyp, k)
        pk_tt, wd_tt = pk_windowdiff(ref, tt, k)
        pk_one, _ = pk_windowdiff(ref, [0] * n, k)
        per_topic = [
            sum(1 for _, a, b in m.sections if min(b, last) >= max(a, first))
            for _, first, last in m.topics
        ]
        rows[m.split].append(
            {
                "pk": pk, "wd": wd, "pk_tt": pk_tt, "wd_tt": wd_tt, "pk_one": pk_one,
                "per_topic_median": statistics.median(per_topic),
                "per_topic_mean": statistics.fmean(per_topic),
                "sections": len(m.sections), "topics": len(m.topics), "tt": len(set(tt)),
                "sentences": n,
            }
        )  # fmt: skip
        if details and m.split == DEV:
            print(f"\n== {m.name}: {n} sentences, {len(m.topics)} topics, "
                  f"{len(m.sections)} sections, Pk {pk:.3f} (TextTiling {pk_tt:.3f})")
            starts = {first for _, first, _ in m.topics}
            ours = {first for _, first, _ in m.sections}
            for title, first, _ in m.topics:
                mark = "=" if first in ours else " "
                print(f"  {mark} topic   {first:5d} {title[:40]:40s} | {m.sentences[first][:60]}")
            for title, first, _ in m.sections:
                if first not in starts:
                    print(f"    section {first:5d} {title[:40]:40s} | {m.sentences[first][:60]}")
    print(f"{'labelled meetings':34s} {'dev':>14s} {'frozen':>14s}")

    def line(label: str, key: str, fmt: str = "{:.3f}", total: bool = False) -> None:
        cells = []
        for split in (DEV, TEST):
            values = [r[key] for r in rows[split]]
            value = sum(values) if total else statistics.fmean(values) if values else 0.0
            cells.append(fmt.format(value))
        print(f"{label:34s} {cells[0]:>14s} {cells[1]:>14s}")

    line("sentences", "sentences", "{:.0f}", total=True)
    print(f"{'meetings':34s} {len(rows[DEV]):>14d} {len(rows[TEST]):>14d}")
    line("reference topics", "topics", "{:.0f}", total=True)
    line("briefcli sections", "sections", "{:.0f}", total=True)
    line("TextTiling segments", "tt", "{:.0f}", total=True)
    line("Pk briefcli (mean)", "pk")
    line("Pk TextTiling", "pk_tt")
    line("Pk one section", "pk_one")
    line("WindowDiff briefcli", "wd")
    line("WindowDiff TextTiling", "wd_tt")
    line("sections per topic, median (mean of meetings)", "per_topic_median", "{:.2f}")
    line("sections per topic, mean", "per_topic_mean", "{:.2f}")
    for split in (DEV, TEST):
        if not rows[split]:
            continue
        pk = statistics.fmean(r["pk"] for r in rows[split])
        tt = statistics.fmean(r["pk_tt"] for r in rows[split])
        print(f"{split}: Pk / TextTiling {pk / tt:.2f} (target <= 0.8, and Pk <= 0.40)")


# Wall time by default; --cpu times both sides by the CPU time of this process (all threads),
# which other work on a shared machine changes far less.
_clock: Callable[[], float] = time.perf_counter


def times_of(run: Callable[[], object], repeat: int) -> list[float]:
    """Times of `repeat` calls, in seconds, by `_clock`."""
    times = []
    for _ in range(repeat):
        start = _clock()
        run()
        times.append(_clock() - start)
    return times


def stage_shares(texts: Sequence[str]) -> None:
    """Each stage's time over all the meetings (each meeting's fastest of 3 briefs) and its
    share of the whole, stage functions wrapped as in `benchmarks.speed`."""
    names = [*STAGES, "speakers"]
    totals = dict.fromkeys(names, 0.0)
    whole = 0.0
    for text in texts:
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(3):
            spent: dict[str, list[float]] = {name: [0.0] for name in names}
            with timed_stages(spent, _clock):
                start = _clock()
                briefcli.brief(text)
                seconds = _clock() - start
            if best is None or seconds < best[0]:
                best = (seconds, {name: spent[name][0] for name in names})
        assert best is not None
        whole += best[0]
        for name in names:
            totals[name] += best[1][name]
    print(f"stages over {len(texts)} meetings (fastest of 3 each): {whole * 1000:.0f} ms")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.0005:
            print(f"  {name:<11} {seconds * 1000:>8.0f} ms {seconds / whole:>6.1%}")
    other = whole - sum(totals.values())
    print(f"  {'(other)':<11} {other * 1000:>8.0f} ms {other / whole:>6.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.meetings")
    parser.add_argument("--quick", action="store_true", help="4 meetings, no 8 MB input")
    parser.add_argument("--sections", action="store_true", help="topic boundaries, labelled")
    parser.add_argument("--details", action="store_true", help="with --sections: dev meetings")
    parser.add_argument("--dev-only", action="store_true", help="with --sections: no frozen")
    parser.add_argument("--stages", action="store_true", help="each stage's share of the brief")
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time of this process, not wall time (busy machine)"
    )
    parser.add_argument(
        "--freeze", action="store_true", help="freeze the start-up objects first, as the CLI"
    )
    args = parser.parse_args(argv)
    if args.sections:
        return sections_main(args.details, args.dev_only)
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter
    briefcli.brief("Warm up. The minister will act next week.")
    texts_of_meetings = meetings(4 if args.quick else 12)
    print(f"timing: {'CPU time of this process' if args.cpu else 'wall time'}; start-up "
          f"objects {'frozen' if args.freeze else 'left to the collector'}")
    if args.freeze:
        # As `briefcli summarize` does before briefing (cli._brief_one) and benchmarks.speed
        # does for both sides: the objects of the imports are long-lived, and a full
        # collection that scans them again costs tens of ms whenever it fires mid-run (on
        # the 12 meetings the median ratio moved by less than the noise: 16.0x / 15.7x).
        gc.collect()
        gc.freeze()
    if args.stages:
        stage_shares(texts_of_meetings)
    rows = []
    for text in texts_of_meetings:
        brief = briefcli.brief(text)
        texts = [s.text for s in brief.sentences]
        speakers = len({s.speaker for s in brief.sentences if s.speaker})
        ours = min(times_of(lambda t=text: briefcli.brief(t), 3))
        sumy = min(times_of(lambda x=texts: sumy_lexrank(x), 1 if args.quick else 3))
        rows.append((len(texts), speakers, ours, sumy))
    print("meeting  sentences  speakers  brief (best of 3)  sumy LexRank alone  ratio")
    for k, (n, speakers, ours, sumy) in enumerate(sorted(rows), 1):
        print(f"{k:>7}  {n:>9}  {speakers:>8}  {ours * 1000:>14.0f} ms  {sumy * 1000:>15.0f} ms"
              f"  {sumy / ours:>5.1f}x")
    ratios = [sumy / ours for _, _, ours, sumy in rows]
    print(f"whole brief vs sumy's LexRank alone: median {statistics.median(ratios):.1f}x, "
          f"range {min(ratios):.1f}x-{max(ratios):.1f}x (target >= 20x)")
    sizes = [math.log(n) for n, _, _, _ in rows]
    times = [math.log(t) for _, _, t, _ in rows]
    mx, my = statistics.fmean(sizes), statistics.fmean(times)
    cov = sum((x - mx) * (y - my) for x, y in zip(sizes, times, strict=True))
    var = sum((x - mx) ** 2 for x in sizes) or 1.0
    print(f"brief time against sentences, log-log slope: {cov / var:.2f} (1 = linear)")
    big = "\n\n".join(meetings(6))
    while len(big) < 2_000_000:
        big += "\n\n" + big
    big = big[:2_000_000]
    start = _clock()
    briefcli.brief(big)
    seconds = _clock() - start
    print(f"2 MB of transcripts: {seconds:.1f} s, {2 / seconds:.2f} MB/s (target >= 0.5 MB/s)")
    if not args.quick:
        rng = random.Random(1)
        vocabulary = "the minister said we will act on policy budget reform energy jobs".split()
        words = " ".join(rng.choice(vocabulary) for _ in range(1_400_000))
        start = _clock()
        briefcli.brief(words)
        seconds = _clock() - start
        mb = len(words) / 1e6
        print(f"{mb:.1f} MB of words without punctuation: {seconds:.1f} s (target <= 20 s)")
        # The default run (`python -m benchmarks`) shows the labelled boundaries too.
        print()
        return sections_main(False, False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
