"""Fit the chances that a hand-written title uses a section's word, on dev documents only.

`briefcli.sections.title.TermChances` holds the log-odds weights of `TermFeatures`; this fits
them by logistic regression (Newton steps, an L2 penalty of 1) on the dev split of
benchmarks/data/titles (frozen documents are never briefed: `benchmarks.title_ranking`), from
two kinds of rows, one per content stem:

- each dev gold topic span, the stem labelled 1 when the topic's title says it;
- each briefcli section that gives some gold topics their title (the section overlapping
  them most, as `benchmarks.titles` scores), the stem labelled with the share of those topics'
  titles that say it, the row weighted by their number.

Printed: the fitted weights, as `TermChances` takes them, and the dev figures (the titler on
the gold spans and on briefcli's sections) with the weights in force and with the fitted ones.
Copy the rounded weights into `TermChances` only after checking the frozen aggregate of
`benchmarks.titles` does not drop. `--features` fits only the named features (the others 0),
`--folds K` also fits on the other folds' documents and runs the titler on each fold's (the
means weighted by topics), against the weights in force on the same documents (titles12: the
features in force 0.3575 / 0.2769 by 5-fold, against 0.3571 / 0.2788 in force).

Run: .venv/bin/python -m benchmarks.title_terms [--cache FILE] [--features a,b] [--folds 5]
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

import numpy as np

from benchmarks.title_ranking import _dev_cases
from benchmarks.titles import Case, best_section, rouge1_f


def _stems(title: str) -> set[str]:
    from briefcli.sections.title import PHRASE_JOINERS, _stem_of, title_chunks

    return {_stem_of(w) for c in title_chunks(title) for w in c if w.lower() not in PHRASE_JOINERS}


def rows(cases: list[Case]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and row weights over the dev cases."""
    from briefcli.sections.title import document_words, sentence_topics, term_features

    x: list[tuple[float, ...]] = []
    y: list[float] = []
    weight: list[float] = []
    for case in cases:
        topics = [sentence_topics(s) for s in case.sentences]
        spans = [topics[t.first : t.last + 1] for t in case.topics]
        document = document_words(spans, case.title or None)
        for t, span in zip(case.topics, spans, strict=True):
            gold = _stems(t.title)
            for stem, f in term_features(span, document).items():
                x.append(tuple(f))
                y.append(float(stem in gold))
                weight.append(1.0)
        sections = [topics[s.first : s.last + 1] for s in case.sections]
        document = document_words(sections, case.title or None)
        named: dict[int, list[set[str]]] = {}
        for t in case.topics:
            named.setdefault(best_section(case, t), []).append(_stems(t.title))
        for k, golds in named.items():
            for stem, f in term_features(sections[k], document).items():
                x.append(tuple(f))
                y.append(sum(stem in g for g in golds) / len(golds))
                weight.append(float(len(golds)))
    features = np.array(x, dtype=float)
    features = np.hstack([np.ones((len(x), 1)), features])  # the bias
    return features, np.array(y), np.array(weight)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Weighted logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (weight * (p - y)) + l2 * w
        hess = (x.T * (weight * p * (1 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def dev_figures(cases: list[Case]) -> tuple[float, float]:
    """The titler's ROUGE-1 F on the dev gold spans and on briefcli's sections."""
    from briefcli.sections.title import section_titles, sentence_topics

    gold: list[float] = []
    ours: list[float] = []
    for case in cases:
        topics = [sentence_topics(s) for s in case.sentences]
        args = {
            "generic": case.generic,
            "briefing_title": case.title or None,
            "fallback": case.title or "Briefing",
        }
        spans = [topics[t.first : t.last + 1] for t in case.topics]
        titles = section_titles(spans, **args)  # type: ignore[arg-type]
        gold += [rouge1_f(x, t.title) for x, t in zip(titles, case.topics, strict=True)]
        sections = [topics[s.first : s.last + 1] for s in case.sections]
        titles = section_titles(sections, **args)  # type: ignore[arg-type]
        ours += [rouge1_f(titles[best_section(case, t)], t.title) for t in case.topics]
    return statistics.mean(gold), statistics.mean(ours)


def main(argv: list[str] | None = None) -> int:
    import briefcli.sections.title as title

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the dev cases, made if missing")
    parser.add_argument("--features", help="the features to fit, comma-separated (default all)")
    parser.add_argument("--folds", type=int, default=0, help="also check k-fold by document")
    args = parser.parse_args(argv)
    cases = _dev_cases(args.cache)
    names = ["bias", *title.TermFeatures._fields]
    keep = [
        k for k, name in enumerate(names)
        if not args.features or name == "bias" or name in args.features.split(",")
    ]
    x, y, weight = rows(cases)
    w = np.zeros(len(names))
    w[keep] = fit(x[:, keep], y, weight)
    fitted = {k: round(float(v), 2) for k, v in zip(names, w, strict=True)}
    print(f"{len(y)} rows from {len(cases)} dev documents")
    print("TermChances(" + ", ".join(f"{k}={v}" for k, v in fitted.items()) + ")")
    gold, ours = dev_figures(cases)
    print(f"dev (gold spans, sections) with the weights in force: {gold:.4f} {ours:.4f}")
    in_force = title.TERM_CHANCES
    title.TERM_CHANCES = title.TermChances(**fitted)
    try:
        gold, ours = dev_figures(cases)
        print(f"dev (gold spans, sections) with the fitted weights:  {gold:.4f} {ours:.4f}")
    finally:
        title.TERM_CHANCES = in_force
    if args.folds:
        _folds(cases, keep, args.folds)
    return 0


def _folds(cases: list[Case], keep: list[int], folds: int) -> None:
    """The dev figures k-fold by document: fitted on the other folds' documents, the titler
    run on the fold's (topic-weighted means over the folds), against the weights in force."""
    import briefcli.sections.title as title

    names = ["bias", *title.TermFeatures._fields]
    in_force = title.TERM_CHANCES
    sums = [0.0, 0.0, 0.0, 0.0]
    topics = 0
    try:
        for k in range(folds):
            train = [c for j, c in enumerate(cases) if j % folds != k]
            test = [c for j, c in enumerate(cases) if j % folds == k]
            x, y, weight = rows(train)
            w = np.zeros(len(names))
            w[keep] = fit(x[:, keep], y, weight)
            n = sum(len(c.topics) for c in test)
            title.TERM_CHANCES = in_force
            gold, ours = dev_figures(test)
            title.TERM_CHANCES = title.TermChances(
                **{a: round(float(b), 2) for a, b in zip(names, w, strict=True)}
            )
            gold2, ours2 = dev_figures(test)
            for i, v in enumerate((gold, ours, gold2, ours2)):
                sums[i] += v * n
            topics += n
    finally:
        title.TERM_CHANCES = in_force
    a, b, c, d = (v / max(topics, 1) for v in sums)
    print(f"{folds}-fold by document (gold spans, sections): in force {a:.4f} {b:.4f}, "
          f"fitted {c:.4f} {d:.4f}")


if __name__ == "__main__":
    raise SystemExit(main())
