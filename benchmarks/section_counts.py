"""Section counts against topic counts on the dev documents, and what boundary weights do to titles.

For every dev document of benchmarks/data/titles (frozen documents are never briefed here: their
aggregates come from `benchmarks.titles`), the brief's sections are compared with the gold
topics as `benchmarks.titles` compares them: per document its sentences, gold topics, sections,
the mean ROUGE-1 F of its topics' section titles and its sentence-level Pk; then, over all dev
topics, the title ROUGE against TF-IDF-3 on the same sections, split by whether the section a
topic is scored against holds that topic alone or several (a section "holds" the topics it is
the best section of).

`--set NAME=VALUE` (repeatable) replaces a field of the boundary weights
(`briefcli.sections.boundaries.WEIGHTS`) for the run, so a weight is tried without editing code.

What it showed (bounds10, dev: 354 sections for 495 topics, titles
0.279, TF-IDF-3 0.228, Pk 0.327): finer sections do not by themselves raise titles. Lowering
the threshold in talk (talk_threshold -0.1 -> -0.3: 407 sections, titles 0.276, Pk 0.324) or in
prose (prose_threshold -0.45 -> -0.8: 364 sections, titles 0.276, Pk 0.268, all of it from prose
texts of 7-15 sentences given one more section); two trial levers, patched in and taken out
again: a press conference's questions opening sections up to 1.3 x sqrt(sentences) (378
sections, titles 0.281 but TF-IDF-3 0.235, ratio 1.23 -> 1.19, Pk 0.332), and a statement's
paragraphs less held to their turn (within-turn -0.5 -> -0.1 for a turn of 4+ paragraphs: 398
sections, titles 0.276, Pk 0.324). Each cuts topics at places whose pieces' titles name
fragments. Fewer sections do not help either (talk_threshold 0.0: 330, titles 0.274). A
reporter's question sharing little with the exchange before it (fresh_cosine 0.1 -> 0.2,
stable from 0.15 to 0.3) raised titles and lowered Pk together on dev (titles 0.279 -> 0.281,
Pk 0.327 -> 0.321; frozen titles 0.266 -> 0.268, Pk 0.336 -> 0.338), but cost the White House
transcripts of benchmarks.sections (Pk 0.213 -> 0.225) and the frozen labelled meetings
(benchmarks.meetings --sections: 0.354 -> 0.378, 0.79 x TextTiling; dev 0.317 -> 0.309): not
kept. More boundaries in long sections do raise titles: a press conference's section longer
than twice the mean of 1.5 x sqrt(sentences) sections split at its best place, again and
again (`--set long_section=2.0`): 483 sections, titles 0.298, TF-IDF-3 0.243, Pk 0.311
(transcripts 0.325 -> 0.293); frozen (benchmarks.titles, without the joining of a section of
questions alone to its answer) Pk 0.336 -> 0.311, ratio 1.24 -> 1.26, titles 0.266 -> 0.264.
But its best places are often inside an answer or at a follow-up, which the sections' design
keeps whole (tests/test_sections.py), the White House turns of benchmarks.sections lose (Pk
0.213 -> 0.231), and the seed gaggle's first title becomes 'Faces': off by default. Limited
to questions after an answer and the statements before any question, it keeps little (dev
titles 0.289, ratio 1.221, Pk 0.323) and still opens at a follow-up.

Run: .venv/bin/python -m benchmarks.section_counts [--set NAME=VALUE ...] [--quiet]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
from pathlib import Path

from benchmarks import titles as T
from benchmarks.split import DEV, split_of


def _source_name(spec_path: Path) -> str:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return Path(spec.get("file") or spec["source"]).name


def weights(settings: list[str]) -> dict[str, float]:
    """The boundary weights named by NAME=VALUE settings; an unknown name is an error."""
    from briefcli.sections.boundaries import WEIGHTS

    known = {f.name for f in dataclasses.fields(WEIGHTS)}
    out = {}
    for item in settings:
        name, _, value = item.partition("=")
        if name.strip() not in known:
            raise ValueError(f"no boundary weight {name.strip()!r}")
        out[name.strip()] = float(value)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--quiet", action="store_true", help="aggregates only")
    args = parser.parse_args(argv)

    import briefcli.sections.boundaries as boundaries

    override = weights(args.set)
    if override:
        boundaries.WEIGHTS = dataclasses.replace(boundaries.WEIGHTS, **override)
    ours: list[float] = []
    tfidf: list[float] = []
    alone: list[float] = []
    shared: list[float] = []
    pks: dict[bool, list[float]] = {True: [], False: []}
    n_topics = n_sections = 0
    if not args.quiet:
        print(f"{'document':44s} kind sents topics secs several  title    Pk")
    for path in sorted(T.DATA.glob("*.json")):
        if split_of(_source_name(path)) != DEV:
            continue
        case = T.load_case(path)
        ref, hyp = T.topic_labels(case), T.section_labels(case)
        pk, _ = T.pk_windowdiff(ref, hyp, T.window(ref))
        talk = case.kind == "transcript"
        pks[talk].append(pk)
        best = [T.best_section(case, t) for t in case.topics]
        held = {k: best.count(k) for k in set(best)}
        scores = []
        for t, k in zip(case.topics, best, strict=True):
            f = T.rouge1_f(case.sections[k].title, t.title)
            ours.append(f)
            tfidf.append(T.rouge1_f(T.tfidf_title(case, k), t.title))
            (alone if held[k] == 1 else shared).append(f)
            scores.append(f)
        n_topics += len(case.topics)
        n_sections += len(case.sections)
        if not args.quiet:
            several = sum(1 for k in best if held[k] > 1)
            print(
                f"{case.name[:44]:44s} {'talk' if talk else 'text'} {len(case.sentences):5d}"
                f" {len(case.topics):6d} {len(case.sections):4d} {several:7d}"
                f" {statistics.mean(scores):6.3f} {pk:5.3f}"
            )
    mean = statistics.mean
    print(f"weights changed: {override or 'none'}")
    n_docs = len(pks[True]) + len(pks[False])
    print(f"dev documents {n_docs}: {n_topics} topics, {n_sections} sections")
    ratio = mean(ours) / mean(tfidf)
    print(
        f"titles {mean(ours):.4f}, TF-IDF-3 {mean(tfidf):.4f}, ratio {ratio:.3f};"
        f" topics alone in their section {mean(alone):.3f} ({len(alone)}),"
        f" sharing it {mean(shared):.3f} ({len(shared)})"
    )
    every = pks[True] + pks[False]
    print(
        f"Pk {mean(every):.4f} (transcripts {mean(pks[True]):.4f}, prose {mean(pks[False]):.4f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
