"""What a section holding several topics should be titled: dev figures of the ways to choose.

A predicted section often covers several gold topics (dev: 335 of 495 topics are scored
against a section that other topics overlap too). For every dev document of
benchmarks/data/titles (frozen documents are never briefed: `benchmarks.title_ranking`),
each briefcli section is titled several ways, and each gold topic is scored, as
`benchmarks.titles` scores it, against the title of the section that overlaps it most
(ROUGE-1 F, mean over topics):

- section: briefcli's titler on the whole section (what the brief does);
- main topic: the titler on the part of the section that its largest gold topic fills;
- opening topic: the titler on the part its first gold topic fills;
- pair: "X and Y", the titles of those parts of its two largest topics;
- pair of the parts' phrases: the same two parts in text order, each named by the titler's
  best candidate that is one phrase (not itself an "X and Y"): the title an editor would give
  a section holding two topics ("Gaza ceasefire and hostage talks"), split where the gold
  topics split;
- pair of its phrases by part: the section's own best one-phrase candidates, the first whose
  words the first part all says and the first the second part all says, joined;
- main if it fills a share: the main topic's part where that topic fills at least the share
  of the section, else the whole section;
- first n sentences: the titler on the section's first n sentences alone;
- candidate serving the parts: among the section's own 8 best candidates, the one whose
  expected share of a title's words (`TermChances`, as the titler's "chances" part) summed
  over the parts its gold topics fill is highest;
- main gold title: the gold title of its largest topic (an oracle, for scale).

The gold spans tell which topic fills most of a section, so the non-oracle rows above are
upper bounds of what a rule finding the main or opening topic without them could score.
Rows are printed for topics in sections that hold one topic and for those in sections that
hold several, and the latter by how many topics the section holds.

What it showed (titles14, dev): a section's two main topics named as an editor would, even
split where the gold topics split, serve its topics less than the whole section's title:
topics in sections holding several 0.248 (whole section), 0.197 (the parts' phrases), 0.211
(its phrases by part); in sections holding two, 0.274 against 0.261 and 0.241. The topics
of a section share the briefing's theme words, which the whole section's title names and a
part's phrase drops; so no rule that finds the split without the gold spans is tried.

Run: .venv/bin/python -m benchmarks.title_mixed [--cache FILE]
"""

from __future__ import annotations

import argparse
import statistics
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.title_ranking import _dev_cases
from benchmarks.titles import Case, Topic, best_section, overlap, rouge1_f

if TYPE_CHECKING:
    from briefcli.sections.title import ScoredTitle

_SHARES = (0.5, 0.7, 0.9)
_FIRST = (3, 8)


def _group(inside: int) -> str:
    if inside == 1:
        return "1 topic"
    if inside <= 3:
        return f"{inside} topics"
    return "4-6 topics" if inside <= 6 else "7+ topics"


def _is_pair(title: ScoredTitle) -> bool:
    """Whether a candidate is the titler's "X and Y" of two phrases."""
    return any(name == "pair" for name, _ in title.parts)


def _words(title: str) -> list[str]:
    """A title's words that are not phrase joiners."""
    from briefcli.sections.title import PHRASE_JOINERS, title_chunks

    return [w for c in title_chunks(title) for w in c if w.lower() not in PHRASE_JOINERS]


def case_rows(case: Case) -> list[tuple[str, dict[str, float]]]:
    """For each dev topic: the group of the section it is scored against, and its score with
    each way of titling that section."""
    from briefcli.sections.title import (
        PHRASE_JOINERS,
        TERM_CHANCES,
        SentenceTopics,
        _stem_of,
        document_words,
        scored_titles,
        section_titles,
        sentence_topics,
        term_features,
        title_chunks,
    )

    topics = [sentence_topics(s) for s in case.sentences]
    sections = [topics[s.first : s.last + 1] for s in case.sections]
    current = section_titles(
        sections,
        generic=case.generic,
        briefing_title=case.title or None,
        fallback=case.title or "Briefing",
    )
    document = document_words(sections, case.title or None)

    def titler(span: Sequence[SentenceTopics]) -> str:
        found = scored_titles(span, document, generic=case.generic)
        return found[0].text if found else ""

    def phrase(span: Sequence[SentenceTopics]) -> str:
        """The titler's best candidate on a span that is one phrase (not its "X and Y")."""
        found = scored_titles(span, document, generic=case.generic, limit=24)
        return next((c.text for c in found if not _is_pair(c)), "")

    def joined(first: str, second: str) -> str:
        return f"{first} and {second}" if first and second and first != second else first

    def expected(title: str, span: Sequence[SentenceTopics]) -> float:
        chance = {x: TERM_CHANCES.chance(f) for x, f in term_features(span, document).items()}
        stems = {
            _stem_of(w) for c in title_chunks(title) for w in c if w.lower() not in PHRASE_JOINERS
        }
        return sum(chance.get(x, 0.0) for x in stems) / (len(stems) + 3)

    scored_against: dict[int, list[Topic]] = defaultdict(list)
    for t in case.topics:
        scored_against[best_section(case, t)].append(t)
    out: list[tuple[str, dict[str, float]]] = []
    for k, s in enumerate(case.sections):
        if k not in scored_against:
            continue
        inside = [t for t in case.topics if overlap(t.first, t.last, s.first, s.last)]

        def filled(t: Topic, s_first: int = s.first, s_last: int = s.last) -> int:
            return overlap(t.first, t.last, s_first, s_last)

        def part(t: Topic, s_first: int = s.first, s_last: int = s.last) -> str:
            return titler(topics[max(t.first, s_first) : min(t.last, s_last) + 1])

        by_size = sorted(inside, key=lambda t: (-filled(t), t.first))
        main, opening = by_size[0], inside[0]
        main_title = part(main)
        second = part(by_size[1]) if len(by_size) > 1 else ""
        # The two largest topics' parts in text order, each named by one phrase: the pair an
        # editor would write for a section holding two topics ("Gaza ceasefire and hostage
        # talks"), with the gold spans telling where the section's words split.
        two = sorted(by_size[:2], key=lambda t: t.first)
        spans = [topics[max(t.first, s.first) : min(t.last, s.last) + 1] for t in two]
        own = [
            c
            for c in scored_titles(sections[k], document, generic=case.generic, limit=24)
            if not _is_pair(c)
        ]

        def said_in(span: Sequence[SentenceTopics], own: list[ScoredTitle] = own) -> str:
            """The section's best one-phrase candidate whose words the part all says."""
            stems = {x for t in span for x in t.stems}
            for c in own:
                if {_stem_of(w) for w in _words(c.text)} <= stems:
                    return c.text
            return ""
        share = filled(main) / (s.last - s.first + 1)
        parts = [topics[max(t.first, s.first) : min(t.last, s.last) + 1] for t in inside]
        candidates = [c.text for c in scored_titles(sections[k], document, generic=case.generic)]
        serving = max(candidates or [current[k]], key=lambda c: sum(expected(c, p) for p in parts))
        made = {
            "section": current[k],
            "main topic": main_title,
            "opening topic": part(opening),
            "pair": f"{main_title} and {second}" if second else main_title,
            "pair of the parts' phrases": joined(*map(phrase, spans)) if second else current[k],
            "pair of its phrases by part": joined(*map(said_in, spans)) if second else current[k],
            "candidate serving the parts": serving,
            "main gold title (oracle)": main.title,
        }
        for x in _SHARES:
            made[f"main if it fills >= {x}"] = main_title if share >= x else current[k]
        for n in _FIRST:
            made[f"first {n} sentences"] = titler(
                topics[s.first : min(s.last, s.first + n - 1) + 1]
            )
        for t in scored_against[k]:
            out.append(
                (_group(len(inside)), {name: rouge1_f(x, t.title) for name, x in made.items()})
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the dev cases, made if missing")
    args = parser.parse_args(argv)
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    for case in _dev_cases(args.cache):
        for group, scores in case_rows(case):
            groups[group].append(scores)
            groups["all"].append(scores)
            if group != "1 topic":
                groups["several topics"].append(scores)
    order = ["all", "1 topic", "several topics", "2 topics", "3 topics", "4-6 topics", "7+ topics"]
    names = list(groups["all"][0])
    print(f"{'dev topics in sections holding':28s}" + "".join(f"{g:>15s}" for g in order))
    print(f"{'  topics':28s}" + "".join(f"{len(groups[g]):>15d}" for g in order))
    for name in names:
        means = [statistics.mean(r[name] for r in groups[g]) if groups[g] else 0.0 for g in order]
        print(f"{name:28s}" + "".join(f"{m:>15.3f}" for m in means))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
