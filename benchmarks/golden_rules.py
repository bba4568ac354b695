"""The Golden Rules: the 48 English sentence-boundary rules of pragmatic_segmenter / pySBD.

Each rule of benchmarks/data/sentences/golden_rules.json (see the README there: the list of
the pragmatic_segmenter project, MIT licence, written down from memory) gives a text and the
sentences it must split into. A rule passes when a splitter returns exactly those sentences,
whitespace folded and empty pieces dropped. Scored: briefcli's splitter, pySBD (English,
`clean=False`) and plain NLTK Punkt with the parameters of the `punkt` package's English model
(as benchmarks/sentences.py builds it). Prints the passes per tool and the rules briefcli fails
(with `--details`, what each tool returned for them).

Run: .venv/bin/python -m benchmarks.golden_rules [--details]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.sentences import Splitter, splitters

RULES = Path(__file__).resolve().parent / "data" / "sentences" / "golden_rules.json"


def _fold(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def load_rules() -> list[dict[str, object]]:
    rules: list[dict[str, object]] = json.loads(RULES.read_text(encoding="utf-8"))
    return rules


def score(splitter: Splitter, rules: list[dict[str, object]]) -> list[tuple[str, list[str]]]:
    """The rules a splitter fails, with what it returned."""
    failed = []
    for rule in rules:
        text = str(rule["text"])
        want = _fold([str(s) for s in rule["sentences"]])  # type: ignore[attr-defined]
        try:
            got = splitter(text)
        except Exception as error:  # noqa: BLE001 - a crash fails the rule
            got = [f"<{type(error).__name__}: {error}>"]
        if got != want:
            failed.append((str(rule["name"]), got))
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.golden_rules", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument("--details", action="store_true", help="show what each tool returned")
    options = parser.parse_args(argv)
    rules = load_rules()
    # The same three splitters the sentence benchmark compares, built once there.
    tools = splitters()
    splitters_by_name = {name: tools[name] for name in ("briefcli", "pysbd", "punkt")}
    failures = {name: score(splitter, rules) for name, splitter in splitters_by_name.items()}
    print(f"The Golden Rules (English, {len(rules)} rules): passes")
    for name, failed in failures.items():
        passed = len(rules) - len(failed)
        print(f"  {name:9} {passed:3d}/{len(rules)}  ({100 * passed / len(rules):.1f}%)")
    print()
    others = {name: {rule for rule, _ in failed} for name, failed in failures.items()}
    print(f"briefcli fails {len(failures['briefcli'])}:")
    for rule, got in failures["briefcli"]:
        also = [name for name in ("pysbd", "punkt") if rule in others[name]]
        note = f"  (also fails: {', '.join(also)})" if also else ""
        print(f"  - {rule}{note}")
        if options.details:
            print(f"      briefcli: {got}")
    if options.details:
        by_name = {str(rule["name"]): rule for rule in rules}
        for name in ("pysbd", "punkt"):
            print(f"\n{name} fails {len(failures[name])}:")
            for rule, got in failures[name]:
                print(f"  - {rule}\n      want: {by_name[rule]['sentences']}\n      got:  {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
