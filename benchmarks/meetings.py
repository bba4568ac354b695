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

Run: .venv/bin/python -m benchmarks.meetings [--quick]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import statistics
import time
from pathlib import Path

import briefcli
from benchmarks.speed import sumy_lexrank, times_of

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


def committee_meeting(texts: list[str], seed: int) -> str:
    """Transcripts joined and relabelled as one committee meeting (see the module's text)."""
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.meetings")
    parser.add_argument("--quick", action="store_true", help="4 meetings, no 8 MB input")
    args = parser.parse_args(argv)
    briefcli.brief("Warm up. The minister will act next week.")
    rows = []
    for text in meetings(4 if args.quick else 12):
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
    start = time.perf_counter()
    briefcli.brief(big)
    seconds = time.perf_counter() - start
    print(f"2 MB of transcripts: {seconds:.1f} s, {2 / seconds:.2f} MB/s (target >= 0.5 MB/s)")
    if not args.quick:
        rng = random.Random(1)
        vocabulary = "the minister said we will act on policy budget reform energy jobs".split()
        words = " ".join(rng.choice(vocabulary) for _ in range(1_400_000))
        start = time.perf_counter()
        briefcli.brief(words)
        seconds = time.perf_counter() - start
        mb = len(words) / 1e6
        print(f"{mb:.1f} MB of words without punctuation: {seconds:.1f} s (target <= 20 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
