"""HTML pages: how much of the speaker's own text comes through the whole pipeline, and no menus.

The saved whitehouse.gov briefing page of April 1, 2020 (../shared/corpus/html/) goes through
`briefcli.brief_file`, and its sentences are checked against
`trump_raw_text_April-01-2020.txt`, the President's own lines with the speaker labels removed:

- coverage: the share (in characters) of that text's sentences found word for word, after
  normalising case, punctuation and stage notes, in the brief's sentences (target >= 95%);
  also within the sentences the brief gives to the President's turns (his label's speaker);
- leaks: texts of the page's menus, header, footer, sidebars and share buttons that appear
  in the brief (a whole sentence that is one, or one of three words or more inside a
  sentence that the page's body does not also hold); target 0.

The baseline in the same run is trafilatura's plain-text output for the page (what
`trafilatura.extract(html)` gives a user who calls it directly), checked the same way.

Run: .venv/bin/python -m benchmarks.html [--details]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter
from pathlib import Path

import briefcli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
PAGE = CORPUS / "white_house_briefing_April-01-2020.html"
SPEAKER_TEXT = CORPUS / "trump_raw_text_April-01-2020.txt"
TARGET = 0.95


def _norm(text: str) -> str:
    text = re.sub(r"\([^()]{0,60}\)", " ", text)  # stage notes: (Laughter.), (inaudible)
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _pieces(raw: str) -> list[str]:
    """The speaker text cut into sentences (the check is per sentence, so where the pipeline
    splits sentences does not matter)."""
    return [p for p in re.split(r"(?<=[.!?])\s+|\n", raw) if len(_norm(p).split()) >= 2]


def coverage(pieces: list[str], sentences: list[str]) -> tuple[float, list[str]]:
    joined = " " + _norm(" ".join(sentences)) + " "
    total = sum(len(_norm(p)) for p in pieces)
    missing = [p for p in pieces if " " + _norm(p) + " " not in joined]
    return 1 - sum(len(_norm(p)) for p in missing) / total, missing


def furniture(html: str) -> tuple[set[str], str]:
    """Texts of the page's menus, header, footer, sidebars and share buttons; and its body."""
    import lxml.html

    root = lxml.html.fromstring(html)
    found: set[str] = set()
    xpath = (
        "//nav|//header|//footer|//aside|//form|//*[contains(@class,'share')]"
        "|//*[contains(@class,'menu')]|//*[contains(@class,'breadcrumb')]"
    )
    for element in root.xpath(xpath):
        for piece in element.itertext():
            if _norm(piece):
                found.add(_norm(piece))
    body = " ".join(p.text_content() for p in root.xpath("//main//p"))
    return found, " " + _norm(body) + " "


def leaks(sentences: list[str], items: set[str], body: str) -> list[str]:
    out = []
    for sentence in sentences:
        text = _norm(sentence)
        if text in items:
            out.append(sentence)
            continue
        for item in items:
            if len(item.split()) >= 3 and f" {item} " in f" {text} " and f" {item} " not in body:
                out.append(f"{sentence}  [{item}]")
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.html", description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true", help="list what is missing or leaks")
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (median)")
    args = parser.parse_args(argv)
    if not PAGE.exists():
        print(f"missing {PAGE}")
        return 2
    html = PAGE.read_text(encoding="utf-8")
    pieces = _pieces(SPEAKER_TEXT.read_text(encoding="utf-8"))
    items, body = furniture(html)

    times = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        brief = briefcli.brief_file(str(PAGE))
        times.append(time.perf_counter() - start)
    ours = [s.text for s in brief.sentences]
    speakers = Counter(s.speaker for s in brief.sentences if s.speaker)
    # The President's label is the one with the most sentences on this page.
    president = speakers.most_common(1)[0][0] if speakers else None
    his = [s.text for s in brief.sentences if s.speaker == president]

    import trafilatura

    start = time.perf_counter()
    baseline_text = trafilatura.extract(html) or ""
    baseline_time = time.perf_counter() - start
    baseline = [line for line in baseline_text.splitlines() if line.strip()]

    ours_cov, ours_missing = coverage(pieces, ours)
    his_cov, _ = coverage(pieces, his)
    base_cov, _ = coverage(pieces, baseline)
    ours_leaks = leaks(ours, items, body)
    base_leaks = leaks(baseline, items, body)

    print(f"page: {PAGE.name} ({len(html) / 1024:.0f} kB); speaker text: {len(pieces)} sentences")
    print(f"title: {brief.title!r}  date: {brief.date}  kind: {brief.kind}")
    print(f"menu/share texts on the page: {len(items)}")
    print()
    print(f"{'':34} {'coverage':>9} {'leaks':>6} {'seconds':>8}")
    print(f"{'briefcli (whole pipeline)':34} {ours_cov:9.2%} {len(ours_leaks):6d} "
          f"{statistics.median(times):8.2f}")
    print(f"{'  in turns of ' + str(president):34} {his_cov:9.2%} {'':6} {'':8}")
    print(f"{'trafilatura.extract (baseline)':34} {base_cov:9.2%} {len(base_leaks):6d} "
          f"{baseline_time:8.2f}")
    print()
    ok = ours_cov >= TARGET and not ours_leaks
    print(f"target: coverage >= {TARGET:.0%} and no leaks: {'met' if ok else 'NOT met'}")
    if args.details:
        for piece in ours_missing:
            print("missing:", piece[:120])
        for leak in ours_leaks:
            print("leak:", leak[:120])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
