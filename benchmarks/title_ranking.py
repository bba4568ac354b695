"""Where the titler's ranking costs: dev gold spans whose first title loses to a lower candidate.

For every dev document of benchmarks/data/titles (never a frozen one: `benchmarks.split`), the
titler is run on the gold topic spans as `benchmarks.titles` runs it, and for each span its top
candidates are scored against the gold title (ROUGE-1 F, as that benchmark scores). Printed: the
mean of the first choice and of the best of the top three (the ranking's headroom), and with
`--losses` every span where a lower candidate beats the first, with the gold title and each
candidate's score and score parts (`briefcli.sections.title.ScoredTitle`), to group the losses
by cause. The same for briefcli's sections (each gold topic scored against the title of the
section overlapping it most, as `benchmarks.titles` scores them; the section's candidates
retitled here with the benchmark's generic words, so the first choice may differ a little from
the brief's). Frozen documents are skipped before they are briefed.

Run: .venv/bin/python -m benchmarks.title_ranking [--losses] [--top 3] [--cache FILE]
"""

from __future__ import annotations

import argparse
import pickle
import statistics
from pathlib import Path

from benchmarks.split import DEV, split_of
from benchmarks.titles import DATA, Case, best_section, load_case, rouge1_f


def _dev_cases(cache: Path | None) -> list[Case]:
    if cache and cache.exists():
        cases: list[Case] = pickle.loads(cache.read_bytes())
        return cases
    import json

    from benchmarks.titles import CORPUS

    cases = []
    for p in sorted(DATA.glob("*.json")):
        spec = json.loads(p.read_text(encoding="utf-8"))
        source = p.parent / spec["file"] if "file" in spec else CORPUS / spec["source"]
        if split_of(source.name) != DEV:
            continue  # frozen: never briefed here
        cases.append(load_case(p))
    if cache:
        cache.write_bytes(pickle.dumps(cases))
    return cases


def _parts(parts: tuple[tuple[str, float], ...]) -> str:
    return " ".join(f"{k}={v:.3f}" for k, v in parts)


def main(argv: list[str] | None = None) -> int:
    from briefcli.sections.title import (
        ChunkCache,
        document_words,
        scored_titles,
        section_titles,
        sentence_topics,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--losses", action="store_true", help="print every losing span")
    parser.add_argument("--top", type=int, default=3, help="candidates to compare (default 3)")
    parser.add_argument("--cache", type=Path, help="pickle of the dev cases, made if missing")
    args = parser.parse_args(argv)

    first_f: list[float] = []
    best_f: list[float] = []
    losses = 0
    cases = _dev_cases(args.cache)
    for case in cases:
        topics = [sentence_topics(x) for x in case.sentences]
        spans = [topics[t.first : t.last + 1] for t in case.topics]
        chosen = section_titles(
            spans,
            generic=case.generic,
            briefing_title=case.title or None,
            fallback=case.title or "Briefing",
        )
        document = document_words(spans, case.title or None)
        seen: ChunkCache = {}
        for topic, span, title in zip(case.topics, spans, chosen, strict=True):
            ranked = scored_titles(span, document, generic=case.generic, seen=seen)
            f_first = rouge1_f(title, topic.title)
            fs = [rouge1_f(c.text, topic.title) for c in ranked[: args.top]]
            first_f.append(f_first)
            best_f.append(max([f_first, *fs]))
            if max(fs, default=0.0) <= f_first:
                continue
            losses += 1
            if args.losses:
                print(f"\n{case.name} {topic.first}-{topic.last} gold: {topic.title!r}")
                print(f"   chosen {title!r} {f_first:.2f}")
                for c, f in zip(ranked[: args.top], fs, strict=False):
                    print(f"   {f:.2f} {c.score:.4f} {c.text!r}  {_parts(c.parts)}")
    print(f"dev gold spans: {len(first_f)}, a lower candidate wins on {losses}")
    print(f"first choice ROUGE-1 F {statistics.mean(first_f):.3f}")
    print(f"best of the top {args.top}   {statistics.mean(best_f):.3f}")
    first_s, best_s = _sections_headroom(cases, args.top)
    print(
        f"briefcli's sections: first choice {first_s:.3f}, best of the top {args.top} {best_s:.3f}"
    )
    return 0


def _sections_headroom(cases: list[Case], top: int) -> tuple[float, float]:
    """Mean ROUGE-1 F over dev topics of their sections' first title and of the best of the
    top candidates (one title per section, the one that serves its topics best)."""
    from briefcli.sections.title import (
        document_words,
        scored_titles,
        section_titles,
        sentence_topics,
    )

    first = best = 0.0
    count = 0
    for case in cases:
        topics = [sentence_topics(x) for x in case.sentences]
        sections = [topics[s.first : s.last + 1] for s in case.sections]
        chosen = section_titles(
            sections,
            generic=case.generic,
            briefing_title=case.title or None,
            fallback=case.title or "Briefing",
        )
        document = document_words(sections, case.title or None)
        golds: dict[int, list[str]] = {}
        for t in case.topics:
            golds.setdefault(best_section(case, t), []).append(t.title)
        for k, titles in golds.items():
            ranked = scored_titles(sections[k], document, generic=case.generic)[:top]
            scores = [
                sum(rouge1_f(x, g) for g in titles) for x in (chosen[k], *(c.text for c in ranked))
            ]
            first += scores[0]
            best += max(scores)
            count += len(titles)
    return first / max(count, 1), best / max(count, 1)


if __name__ == "__main__":
    raise SystemExit(main())
