"""Action items: precision and recall of items, actor accuracy, against briefings we labelled.

The labels (benchmarks/data/actions/*.json, see its README) list, for each briefing from
../shared/corpus/briefings/, the action items a careful reader would put on a checklist:
the sentence (a snippet of it), who acts (accepted names), what they do, the kind and the
time expression. Items marked "optional" are borderline (a vague pledge, a repeat, a stance):
finding them is not required and reporting them is not an error. `non_actions` are
sentences that must give no item (narrative past, conditionals, briefing-room talk...).
A long briefing may be labelled in part: `until` names the first sentence not labelled, and
only items before it are scored.

A found item matches a labelled one when it comes from that sentence and its action shares
at least half of the words of the shorter of the two (so one item holding two coordinated
actions matches both). Recall counts required items found; precision counts found items
that match a required or optional label over those that match a required label or none.
The actor is right when it equals one of the accepted names, or one holds the other
("Biden" / "President Biden"), ignoring case, "the" and punctuation.

Three label sets are scored side by side: "tuned", the 16 White House briefings (from
../shared/corpus/briefings/ and html/) the rules were built on; and the State Department
(state/) and Australian Prime Minister (aus/) items labelled later, split by
`benchmarks.split.is_frozen` into "dev" (for tuning) and "frozen" (held back: totals only, no
per-document rows or items, even with --details). phrasings.json in the same folder (invented
sentences for unit tests) is not a label file and is skipped.

A baseline runs in the same pass: every statement with a modal ("will", "must", "should",
"going to", "need to") is an item, its actor the words before the modal.

Run: .venv/bin/python -m benchmarks.actions [--details] [--groups tuned,dev,frozen] [--only @FILE]

`--only @benchmarks/data/actions/round2.txt` scores just the documents labelled in the second
round (December 2026, before any run on them): the fresh check of held-back recall.

Two more sets, "fresh-dev" and "fresh-frozen", are the invented documents of round 3
(benchmarks/data/actions/invented/: releases, readouts, statements, decisions and transcripts of
other publishers, written and labelled before any run), split by the same `is_frozen`; and
"fresh5-dev" and "fresh5-frozen" those of round 5 (invented5/: releases of five more countries, a
budget, a cabinet dispatch, joint statements, communiqués, readouts, a backgrounder and
disfluent transcripts; `--only @benchmarks/data/actions/round5.txt`). "round6-dev" and
"round6-frozen" are the corpus documents of round 6 (state/ and aus/ transcripts no earlier label
covered, labelled before any run; their labels carry `"round": 6`, and round6.txt lists them).
"round7-dev" and "round7-frozen" are those of round 7 (the last state/ and aus/ transcripts and BBC
news articles from bbc/article/, labelled before any run; `"round": 7`, listed in round7.txt).
"round8-dev" and "round8-frozen" are the invented documents of round 8 (invented8/: a G7
communiqué, a ministry's weekly briefing, an emergency update, a UN agency readout, a council
decision, a police statement, a central bank decision, an interview and more; labelled before any
run, listed in round8.txt).
"round9-dev" and "round9-frozen" are the invented documents of round 9 (invented9/: an African Union
summit declaration, a governor's storm update, a health ministry's outbreak readout, a two-party
trade statement, a university board's decisions, a transit notice, an EU midday briefing, a
hedged prime minister's interview, cabinet conclusions in the passive and more; labelled before
any run, listed in round9.txt).
"round10-dev" and "round10-frozen" are the invented news reports of round 10 (invented10/: a
newsroom's account of what companies, bands, councils, regulators, courts, sports bodies,
governments and people plan, with past deeds, rumours, hypotheticals and analysts' expectations
beside them; labelled before any run, listed in round10.txt).
"round11-dev" and "round11-frozen" are the invented documents of round 11 (invented11/: press
briefings, doorstops, press conferences and a radio interview where officials commit in spoken form,
leaders' readouts and outcomes, ministerial statements and agency notices with deadlines, beside
reporters' questions, hypotheticals, refusals, past deeds and others' plans reported; labelled
before any run, listed in round11.txt).
"round12-dev" and "round12-frozen" are the invented documents of round 12 (invented12/: council
cabinet decisions and minutes, a school board's minutes, regulators' decisions, undertakings and
consultations, central-bank and statistics-office notices, health-agency guidance, numbered joint
communiqués, written and oral parliamentary answers, an emergency update and an emergency press
conference, grant and procurement notices, an agency's business plan and officials' spoken
commitments, beside the look-alike non-actions; labelled before any run, listed in round12.txt).
"round13-dev" and "round13-frozen" are the invented documents of the round-13 labels (invented13/:
an opening speech and a launch ("Today I am announcing"), a three-leader summit press conference, a
budget speech, an interior ministry's migration release, a defence procurement release, a health
minister's outbreak doorstop, a rail operator's disruption notice, a hospital trust board's and a
university council's decisions, OECD and WFP releases, an embassy's travel advisory, an MoU readout
and an election commission's schedule; labelled before any run, listed in round13.txt).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import briefcli
from benchmarks.split import is_frozen
from briefcli import pipeline
from briefcli.model import Action, Brief, Sentence

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "benchmarks" / "data" / "actions"

_STOP = set(
    "the a an of to and or in on for with that its their our his her be is are by as at this "
    "it".split()
)


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> set[str]:
    found = set()
    for word in re.findall(r"[a-z0-9$]+(?:-[a-z]+)?", _norm(text).lower()):
        if word in _STOP:
            continue
        found.add(re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word)
    return found


def _overlap(a: str, b: str) -> float:
    x, y = _words(a), _words(b)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _actor_key(actor: str | None) -> str:
    key = _norm(actor or "").lower()
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"[^a-z0-9 ]", "", key).strip()


def actor_matches(found: str | None, accepted: Sequence[str]) -> bool:
    mine = _actor_key(found)
    if not mine:
        return False
    for name in accepted:
        theirs = _actor_key(name)
        if mine == theirs or f" {theirs} " in f" {mine} " or f" {mine} " in f" {theirs} ":
            return True
    return False


@dataclass
class Score:
    """Counts for one briefing (or a total)."""

    required: int = 0
    found: int = 0
    actor_right: int = 0
    kind_right: int = 0
    when_right: int = 0
    predicted: int = 0
    correct: int = 0
    wrong: int = 0
    non_action_hits: int = 0
    misses: list[str] = field(default_factory=list)
    false_items: list[str] = field(default_factory=list)
    wrong_actors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("required", "found", "actor_right", "kind_right", "when_right",
                     "predicted", "correct", "wrong", "non_action_hits"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.correct / (self.correct + self.wrong) if self.correct + self.wrong else 1.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.found if self.found else 1.0


def score(actions: Sequence[Action], label: dict[str, Any]) -> Score:
    """Compares found items with one briefing's labels."""
    result = Score(predicted=len(actions))
    items = label["items"]

    def matches(action: Action, item: dict[str, Any]) -> bool:
        return _norm(item["sentence"]) in _norm(action.text) and (
            _overlap(item["action"], action.action) >= 0.5
        )

    for item in items:
        if item.get("optional"):
            continue
        result.required += 1
        hits = [a for a in actions if matches(a, item)]
        if not hits:
            result.misses.append(f"{item['sentence']!r}: {item['action']}")
            continue
        result.found += 1
        best = max(hits, key=lambda a: _overlap(item["action"], a.action))
        if any(actor_matches(a.actor, item["actor"]) for a in hits):
            result.actor_right += 1
        else:
            result.wrong_actors.append(f"{best.actor!r} for {item['actor']}: {item['action']}")
        result.kind_right += best.kind == item["kind"]
        result.when_right += _norm(best.when or "").lower() == _norm(item["when"] or "").lower()
    for action in actions:
        matched = [item for item in items if matches(action, item)]
        if any(not item.get("optional") for item in matched):
            result.correct += 1
        elif not matched:
            result.wrong += 1
            result.false_items.append(f"[{action.sentence}] {action.actor}: {action.action}")
        non_actions = label.get("non_actions", [])
        if not matched and any(_norm(n) in _norm(action.text) for n in non_actions):
            result.non_action_hits += 1
            result.false_items.append(f"NON-ACTION [{action.sentence}] {action.action}")
    return result


def _labelled_part(actions: Sequence[Action], brief: Brief, label: dict[str, Any]) -> list[Action]:
    """The items from the labelled part of a briefing: all of it, or up to the sentence
    `until` names (for a long briefing labelled in part)."""
    until = label.get("until")
    if until is None:
        return list(actions)
    stop = next(s.id for s in brief.sentences if _norm(until) in _norm(s.text))
    return [a for a in actions if a.sentence < stop]


# --- the baseline ------------------------------------------------------------------------

_MODAL = re.compile(r"\b(?:will|must|should|going to|need to|needs to)\b", re.I)


def baseline(sentences: Sequence[Sentence]) -> list[Action]:
    """Every statement with a modal is an item; the actor is the three words before it."""
    found = []
    for s in sentences:
        if s.question or s.text.rstrip().endswith("?"):
            continue
        m = _MODAL.search(s.text)
        if m is None:
            continue
        actor = " ".join(s.text[: m.start()].split()[-3:]) or None
        action = s.text[m.end() :].strip(" .")
        found.append(Action(s.text, actor, action, None, s.id))
    return found


# --- running -----------------------------------------------------------------------------


@dataclass
class Run:
    brief: Brief
    stage_seconds: list[float]
    baseline_seconds: list[float]
    baseline_actions: list[Action]


def run(path: Path, repeats: int) -> Run:
    """Briefs a file, timing the action stage and the baseline on the same input."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., list[Action]] = pipeline.action_stage.find_actions

    def spy(*args: Any) -> list[Action]:
        calls.append(args)
        return original(*args)

    pipeline.action_stage.find_actions = spy  # type: ignore[assignment]
    try:
        brief = briefcli.brief_file(str(path))
    finally:
        pipeline.action_stage.find_actions = original  # type: ignore[assignment]
    args = calls[-1]
    stage, base = [], []
    found: list[Action] = []
    for _ in range(repeats):
        start = time.perf_counter()
        original(*args)
        stage.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = baseline(args[1])
        base.append(time.perf_counter() - start)
    return Run(brief, stage, base, found)


# --- the label sets ----------------------------------------------------------------------

TUNED, DEV, FROZEN = "tuned", "dev", "frozen"
FRESH_DEV, FRESH_FROZEN = "fresh-dev", "fresh-frozen"
FRESH5_DEV, FRESH5_FROZEN = "fresh5-dev", "fresh5-frozen"
ROUND6_DEV, ROUND6_FROZEN = "round6-dev", "round6-frozen"
ROUND7_DEV, ROUND7_FROZEN = "round7-dev", "round7-frozen"
ROUND8_DEV, ROUND8_FROZEN = "round8-dev", "round8-frozen"
ROUND9_DEV, ROUND9_FROZEN = "round9-dev", "round9-frozen"
ROUND10_DEV, ROUND10_FROZEN = "round10-dev", "round10-frozen"
ROUND11_DEV, ROUND11_FROZEN = "round11-dev", "round11-frozen"
ROUND12_DEV, ROUND12_FROZEN = "round12-dev", "round12-frozen"
ROUND13_DEV, ROUND13_FROZEN = "round13-dev", "round13-frozen"
GROUPS = (TUNED, DEV, FROZEN, FRESH_DEV, FRESH_FROZEN, FRESH5_DEV, FRESH5_FROZEN, ROUND6_DEV,
          ROUND6_FROZEN, ROUND7_DEV, ROUND7_FROZEN, ROUND8_DEV, ROUND8_FROZEN, ROUND9_DEV,
          ROUND9_FROZEN, ROUND10_DEV, ROUND10_FROZEN, ROUND11_DEV, ROUND11_FROZEN, ROUND12_DEV,
          ROUND12_FROZEN, ROUND13_DEV, ROUND13_FROZEN)  # fmt: skip
# totals only, never per document
_HELD_BACK = (FROZEN, FRESH_FROZEN, FRESH5_FROZEN, ROUND6_FROZEN, ROUND7_FROZEN, ROUND8_FROZEN,
              ROUND9_FROZEN, ROUND10_FROZEN, ROUND11_FROZEN, ROUND12_FROZEN,
              ROUND13_FROZEN)  # fmt: skip
_TUNED_FOLDERS = ("briefings/", "html/")  # the White House briefings the rules were tuned on
_NEW_FOLDERS = ("state/", "aus/")  # State Department and Australian PM items, labelled later
_NEWS = "bbc/"  # round 7: BBC news articles of the corpus
# Invented documents under LABELS, by folder, with the sets their dev and frozen parts count
# in: round 3's other publishers, round 5's more publishers and genres, round 8's communiqués,
# weekly briefings, police and central banks, round 9's summit declarations, storm updates and
# cabinet conclusions, round 10's news reports of others' plans, round 11's officials' spoken
# commitments, readouts and notices, round 12's councils, regulators, agencies and notices,
# round 13's speeches, summits, ministries' releases, boards, international bodies, advisories
# and schedules.
_INVENTED_SETS: dict[str, tuple[str, str]] = {
    "invented/": (FRESH_DEV, FRESH_FROZEN),
    "invented5/": (FRESH5_DEV, FRESH5_FROZEN),
    "invented8/": (ROUND8_DEV, ROUND8_FROZEN),
    "invented9/": (ROUND9_DEV, ROUND9_FROZEN),
    "invented10/": (ROUND10_DEV, ROUND10_FROZEN),
    "invented11/": (ROUND11_DEV, ROUND11_FROZEN),
    "invented12/": (ROUND12_DEV, ROUND12_FROZEN),
    "invented13/": (ROUND13_DEV, ROUND13_FROZEN),
}
_INVENTED_FOLDERS = tuple(_INVENTED_SETS)


def group_of(label: dict[str, Any]) -> str:
    """The set a label belongs to: "tuned" for the first labels (White House briefings);
    for the State Department and Australian sets, "dev" or "frozen" ("round6-dev" and
    "round6-frozen" for the labels of round 6) as `benchmarks.split.is_frozen` decides by file
    name (the label's "split" must agree); "round7-dev" and "round7-frozen" likewise for round 7,
    whose documents include BBC articles."""
    source = label["source"]
    if source.startswith(_TUNED_FOLDERS):
        return TUNED
    invented = next(
        (pair for name, pair in _INVENTED_SETS.items() if source.startswith(name)), None
    )
    if invented is not None:
        dev, frozen = invented
    elif source.startswith(_NEW_FOLDERS + (_NEWS,)) and label.get("round") == 7:
        dev, frozen = ROUND7_DEV, ROUND7_FROZEN
    elif source.startswith(_NEW_FOLDERS) and label.get("round") == 6:
        dev, frozen = ROUND6_DEV, ROUND6_FROZEN
    elif source.startswith(_NEW_FOLDERS):
        dev, frozen = DEV, FROZEN
    else:
        folders = _TUNED_FOLDERS + _NEW_FOLDERS + (_NEWS,) + _INVENTED_FOLDERS
        raise ValueError(f"{source}: not under {', '.join(folders)}")
    group = frozen if is_frozen(source) else dev
    declared = label.get("split")
    if declared is not None and declared != ("test" if group == frozen else "dev"):
        raise ValueError(f"{source}: split {declared!r} disagrees with benchmarks.split")
    return group


def source_path(label: dict[str, Any]) -> Path:
    """The text a label is for: an invented document under LABELS, or a corpus file."""
    source = label["source"]
    return LABELS / source if source.startswith(_INVENTED_FOLDERS) else CORPUS / source


def load_labels() -> list[tuple[Path, dict[str, Any]]]:
    """Every label file with a corpus `source` (phrasings.json, invented sentences, is not one)."""
    found = []
    for path in sorted(LABELS.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(label, dict) and "source" in label:
            found.append((path, label))
    return found


@dataclass
class Group:
    """Totals for one label set, for briefcli and the baseline."""

    mine: Score = field(default_factory=Score)
    base: Score = field(default_factory=Score)
    documents: int = 0
    stage_seconds: float = 0.0
    base_seconds: float = 0.0


def _rates(s: Score) -> tuple[float, float, float, float, float]:
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
    kind = s.kind_right / s.found if s.found else 0.0
    when = s.when_right / s.found if s.found else 0.0
    return s.precision, s.recall, f1, kind, when


def _print_details(name: str, s: Score) -> None:
    if not (s.misses or s.false_items or s.wrong_actors):
        return
    print(f"## {name}")
    for line in s.misses:
        print(f"  MISS  {line}")
    for line in s.false_items:
        print(f"  FALSE {line}")
    for line in s.wrong_actors:
        print(f"  ACTOR {line}")


def _only(spec: str) -> set[str]:
    """The label file stems `--only` names: a comma-separated list, or @FILE with one a line
    (a round of newly labelled documents, scored apart as a fresh check)."""
    if spec.startswith("@"):
        lines = Path(spec[1:]).read_text(encoding="utf-8").splitlines()
        return {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return {stem.strip() for stem in spec.split(",") if stem.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.actions", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--details", action="store_true", help="list misses and false items (tuned and dev only)"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timing repeats (median)")
    parser.add_argument(
        "--groups", default=",".join(GROUPS), help="label sets to run, comma-separated"
    )
    parser.add_argument(
        "--only",
        default="",
        help="score only these label files (comma-separated stems, or @FILE: one a line)",
    )
    options = parser.parse_args(argv)
    only = _only(options.only)
    wanted = [g.strip() for g in options.groups.split(",") if g.strip()]
    unknown = sorted(set(wanted) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    groups = {name: Group() for name in GROUPS if name in wanted}
    rows = []
    for path, label in load_labels():
        group = group_of(label)
        if group not in groups or (only and path.stem not in only):
            continue
        result = run(source_path(label), options.repeats)
        mine = score(_labelled_part(result.brief.actions, result.brief, label), label)
        theirs = score(_labelled_part(result.baseline_actions, result.brief, label), label)
        totals = groups[group]
        totals.mine.add(mine)
        totals.base.add(theirs)
        totals.documents += 1
        totals.stage_seconds += statistics.median(result.stage_seconds)
        totals.base_seconds += statistics.median(result.baseline_seconds)
        if group in _HELD_BACK:
            continue  # held back: totals only, never per-document figures or items
        rows.append((group, path.stem[:44], result.brief.kind[:5], mine))
        if options.details:
            _print_details(f"{group}: {path.stem}", mine)
    if options.details:
        print()
    print(f"{'set':9} {'briefing':44} {'kind':5} {'gold':>4} {'found':>5} {'items':>5} "
          f"{'P':>5} {'R':>5} {'actor':>5} {'non':>3}")  # fmt: skip
    for group, name, kind, s in rows:
        counts = f"{s.required:4d} {s.found:5d} {s.predicted:5d}"
        rates = f"{s.precision:5.2f} {s.recall:5.2f} {s.actor_accuracy:5.2f}"
        print(f"{group:9} {name:44} {kind:5} {counts} {rates} {s.non_action_hits:3d}")
    for name in _HELD_BACK:
        if name in groups:
            print(f"({name} split: {groups[name].documents} documents, totals only)")
    print()
    print(f"{'set':13} {'method':9} {'docs':>4} {'gold':>4} {'P':>5} {'R':>5} {'F1':>5} "
          f"{'actor':>9} {'kind':>5} {'when':>5} {'non-actions':>11} {'ms':>7}")  # fmt: skip
    for name, totals in groups.items():
        for method, s, seconds in (("briefcli", totals.mine, totals.stage_seconds),
                                   ("baseline", totals.base, totals.base_seconds)):  # fmt: skip
            p, r, f1, kind_rate, when_rate = _rates(s)
            actor = f"{s.actor_right}/{s.found}"
            print(f"{name:13} {method:9} {totals.documents:4d} {s.required:4d} {p:5.2f} {r:5.2f} "
                  f"{f1:5.2f} {actor:>9} {kind_rate:5.2f} {when_rate:5.2f} {s.non_action_hits:11d} "
                  f"{seconds * 1000:7.1f}")  # fmt: skip
    print(
        f"\ntuned: the White House briefings the rules were built on; dev and frozen: State "
        f"Department and Australian PM items (frozen = benchmarks.split.is_frozen, held back). "
        f"gold = required items; actor = right actors / items found; action stage time is the "
        f"sum over documents of the median of {options.repeats} runs."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
