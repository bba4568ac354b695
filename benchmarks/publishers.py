"""Briefings from other publishers: transcripts, reporters, speakers, titles and dates.

Scores briefcli on the Australian Prime Ministers' transcripts and releases and the U.S. State
Department briefings and statements of ../shared/corpus/aus/ and ../shared/corpus/state/, against
the labels of benchmarks/data/publishers/ (see its README: kind, title line, date, every speaker
label with the person's full name, which labels are reporters). Each document is briefed with
the public API only (`briefcli.brief_file(path).to_dict()`) and measured on:

- kind: Q&A documents read as transcripts (target >= 95%); releases read as transcripts
  (target 0). Remarks printed as speaker turns without questions accept either kind and are
  counted apart.
- reporters: the source file is parsed into turns here, independently of briefcli, from the
  labelled label strings (a line starting `LABEL:` with the turn inline, or a line that is only
  `LABEL:` with the turn's paragraphs after it). Every briefcli sentence is aligned to the
  source, in order, by its words (NFKC, curly quotes straightened, whitespace folded, case
  ignored; labels briefcli left in a sentence are ignored); it is a reporter's sentence when it
  lies in a reporter's turn (for a sentence that straddles turns: when most of its words do).
  Counted: reporters' sentences within a quote ([sentence, last_sentence]), in the summary, in a
  section summary, or the sentence of an action item (target 0 each); the share of reporters'
  sentences marked `question: true` (all reporters, and the askers alone: reporters less those
  who only run the session, the labels' `moderators`); officials' sentences marked as questions.
- speakers: per official turn, the share of its sentences whose `speaker` is the labelled name
  or an accepted form (case and punctuation ignored), averaged over turns, and over sentences.
  The distinct speaker names briefcli gives officials' sentences in a document, and how many
  are bare (target <= 10%): a label ("Pm", "Mr Price"), a single word, a title alone ("Prime
  Minister", "Treasurer"), or a title with a labelled person's surname ("Secretary Blinken"),
  while a full name is labelled. A name that is neither labelled nor bare is counted as wrong.
- titles equal to the labelled title line, dates equal to the labelled date.

The dev and the frozen test split (benchmarks/split.py) are printed side by side, with "all".
Per-document details (`--details`) are printed for development documents only: the frozen split
is never looked at in detail.

The fresh set (`--set fresh`, benchmarks/data/publishers_fresh/, see its README) is invented
documents in the layouts of other publishers (UK, Canada, New Zealand, UN, DoD, EU, TV and radio
interviews, committee hearings, ...), added in batches, each labelled before any run (`--batch N`
scores one), kept in the repo; it is scored
the same way (its labels may also give `label_separators`, `label_markup`, `label_prefix`,
`label_bare` and `opening_from`) and printed in a table of its own after the corpus publishers'.

Run: .venv/bin/python -m benchmarks.publishers [--details] [--set aus|state|fresh] [--batch N]
"""

from __future__ import annotations

import argparse
import json
import re
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import briefcli
from benchmarks.split import DEV, TEST, is_frozen

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "benchmarks" / "data" / "publishers"
FRESH = ROOT / "benchmarks" / "data" / "publishers_fresh"
SETS = ("aus", "state")  # the default run
CHOICES = (*SETS, "fresh")  # "fresh": invented texts kept in the repo, scored apart

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
_TITLE_WORDS = frozenset(
    "the a of for and to mr mr. ms ms. mrs dr hon honourable honorable senator sir "
    "prime minister deputy acting treasurer premier secretary assistant under state "
    "foreign defence defense finance infrastructure transport agriculture water resources "
    "industry member president vice chief army general lt lieutenant director special envoy "
    "spokesperson department ambassador chairman governor attorney-general attorney mp "
    "journalist question reporter moderator operator interpreter participant".split()
)
# The fresh set's offices and roles (benchmarks/data/publishers_fresh/): words of a title alone
# there ("Chief Health Officer", "Deputy Spokesperson", "Home Secretary"). Used for that set only,
# so the aus and state sets score exactly as they did.
_FRESH_TITLE_WORDS = _TITLE_WORDS | frozenset(
    "spokesman spokesperson chief health officer medical home commissioner emergency services "
    "press official officials senior government chancellor cabinet taoiseach tanaiste tánaiste "
    "rear admiral adm gov governor host presenter interviewer correspondent media staff "
    "audience mc master ceremonies chair committee shri aged care skills transport "
    "affairs interior "
    # batch 3: "First Minister", "Presiding Officer", "Programme Director", "Mayor", "Police
    # Commissioner", "Sec. Reyes" (an abbreviated title), "Questioner"
    "first presiding programme mayor police sec questioner".split()
)


def normalise(text: str) -> str:
    """NFKC, curly quotes straightened, whitespace folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split())


_HONORIFICS = set("the hon honourable honorable his her excellency senator sir".split())
_COURTESY = set("mr ms mrs dr professor prof".split())
_POSTNOMINALS = set("mp am ac mla ao".split())


def name_key(name: str | None) -> str:
    """A name compared case-insensitively, without dots and commas, honorifics ("The Hon.",
    "Honorable", "His Excellency"; "Mr", "Dr" before a full name) and post-nominals ("MP")."""
    words = re.sub(r"[.,]", " ", normalise(name or "").casefold()).split()
    while words and (words[0] in _HONORIFICS or (words[0] in _COURTESY and len(words) > 2)):
        words = words[1:]
    while len(words) > 1 and words[-1] in _POSTNOMINALS:
        words = words[:-1]
    return " ".join(words)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normalise(text).casefold())


# ---------------------------------------------------------------------------------------------
# The source, parsed into turns from the labels


@dataclass
class Turn:
    label: str | None  # None: title, date, header lines or a whole release
    text: str


def _separators(label: dict[str, Any]) -> tuple[str, ...]:
    """What ends a label: a colon, or the document's own marks (`label_separators`: ".", tab)."""
    return (":", *label.get("label_separators", []))


def _opens(line: str, labels: list[str], label: dict[str, Any]) -> tuple[str, str] | None:
    """The label a line opens a turn with, and the rest of the line; None for a body line."""
    prefix = label.get("label_prefix")
    if prefix:
        line = re.sub(rf"^(?:{prefix})", "", line, count=1)
    markup = label.get("label_markup", "")
    if markup and line.startswith(markup):
        line = line[len(markup) :]
    for lab in labels:
        if label.get("label_bare") and line.strip() == lab:
            return lab, ""
        for separator in _separators(label):
            if line.startswith(lab + separator):
                rest = line[len(lab) + len(separator) :]
                if markup and rest.startswith(markup):
                    rest = rest[len(markup) :]
                return lab, rest
    return None


def _markup_turn(line: str, marked: dict[str, str], current: Turn, turns: list[Turn]) -> Turn:
    """One line of a document whose questions are marked up, not labelled: the turn it is in."""
    markup, stripped = marked["markup"], line.strip()
    wrapped = stripped.startswith(markup) and stripped.endswith(markup)
    if wrapped and len(stripped) > 2 * len(markup):
        turns.append(current)
        return Turn(marked["question"], stripped[len(markup) : -len(markup)])
    if stripped and current.label == marked["question"]:
        turns.append(current)
        return Turn(marked["answer"], line)
    current.text += "\n" + line
    return current


def parse_turns(text: str, label: dict[str, Any]) -> list[Turn]:
    """The document as turns: each line starting `LABEL:` (inline or alone) opens a turn.

    A label may end with another mark than the colon (`label_separators`: `MS. SMITH.`, a tab)
    and be wrapped in markup (`label_markup`: `**PRIME MINISTER:**`), follow a prefix
    (`label_prefix`, a regex: a timestamp `[00:12:31] `, a question number `Q45 `), or stand
    alone on its line with no mark at all (`label_bare`). Text before the first
    label is the `opening_speaker`'s, from the line starting with `opening_from` where header
    lines come first. With `markup_turns` (`{"markup": "**", "question": QL, "answer": AL}`)
    there are no labels at all: a line wholly in the markup is a question of QL, and the
    next plain line opens AL's answer (a print interview with bold questions)."""
    labels = sorted(label.get("speakers", {}), key=len, reverse=True)
    opening = label.get("opening_speaker")
    opening_from = label.get("opening_from")
    lines = text.splitlines()
    turns = [Turn(None, "\n".join(lines[:2]))]
    current = Turn(opening, "") if opening and not opening_from else Turn(None, "")
    marked = label.get("markup_turns")
    for line in lines[2:]:
        if marked:
            current = _markup_turn(line, marked, current, turns)
            continue
        if opening_from and line.startswith(opening_from) and current.label is None:
            turns.append(current)
            current = Turn(opening, line)
            continue
        found = _opens(line, labels, label)
        if found is None:
            current.text += "\n" + line
            continue
        turns.append(current)
        current = Turn(found[0], found[1])
    turns.append(current)
    return [t for t in turns if t.text.strip() or t.label]


@dataclass
class Aligned:
    """Where briefcli's sentences lie in the source: the turn index of each, or None."""

    turn_of: dict[int, int | None] = field(default_factory=dict)
    unaligned: int = 0


def align(
    sentences: list[dict[str, Any]],
    turns: list[Turn],
    labels: list[str],
    separators: tuple[str, ...] = (":",),
) -> Aligned:
    """Each sentence found in the source word stream, in order; its turn is where most words lie."""
    stream: list[str] = []
    owner: list[int] = []
    for index, turn in enumerate(turns):
        words = _words(turn.text)
        stream.extend(words)
        owner.extend([index] * len(words))
    positions: dict[str, list[int]] = {}
    for at, word in enumerate(stream):
        positions.setdefault(word, []).append(at)
    ends = "|".join(re.escape(separator) for separator in separators)
    label_pattern = (
        re.compile(
            "|".join(re.escape(lab) + rf"\s*(?:{ends})" for lab in sorted(labels, key=len)[::-1])
        )
        if labels
        else None
    )

    def find(seq: list[str], start: int) -> int | None:
        for at in positions.get(seq[0], []):
            if at >= start and stream[at : at + len(seq)] == seq:
                return at
        return None

    result = Aligned()
    cursor = 0
    for sentence in sentences:
        text = normalise(sentence["text"])
        if label_pattern is not None:
            text = label_pattern.sub(" ", text)
        words = _words(text)
        if not words:
            result.turn_of[sentence["id"]] = None
            continue
        head, tail = words[:5], words[-5:]
        start = find(words, cursor)
        if start is None:
            start = find(head, cursor)
        if start is None:
            end = find(tail, cursor)
            start = None if end is None else max(0, end + len(tail) - len(words))
        if start is None:
            start = find(words, 0)
        if start is None:
            result.turn_of[sentence["id"]] = None
            result.unaligned += 1
            continue
        span = owner[start : min(len(owner), start + len(words))]
        result.turn_of[sentence["id"]] = Counter(span).most_common(1)[0][0] if span else None
        cursor = start + len(words)
    return result


# ---------------------------------------------------------------------------------------------
# Scores


@dataclass
class Score:
    docs: int = 0
    crashes: int = 0
    qa: int = 0
    qa_transcript: int = 0
    releases: int = 0
    release_transcript: int = 0
    either: int = 0
    either_transcript: int = 0
    reporter_sentences: int = 0
    in_quote: int = 0
    in_summary: int = 0
    in_section_summary: int = 0
    in_action: int = 0
    reporter_questions: int = 0
    asker_sentences: int = 0
    asker_questions: int = 0
    official_sentences: int = 0
    official_questions: int = 0
    official_right: int = 0
    turn_shares: list[float] = field(default_factory=list)
    names: int = 0
    bare: int = 0
    wrong_names: int = 0
    titles: int = 0
    titles_right: int = 0
    dates_right: int = 0
    unaligned: int = 0
    sentences: int = 0

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def _bare(name: str, label: dict[str, Any], title_words: frozenset[str] = _TITLE_WORDS) -> bool:
    """A label, one word, a title alone, or a title with a labelled person's surname."""
    key = name_key(name)
    words = key.split()
    if any(key == name_key(lab) for lab in label["speakers"]):
        return True
    if len(words) <= 1:
        return True
    if all(word in title_words for word in words):
        return True
    surnames = {name_key(full).split()[-1] for full in label["speakers"].values() if full}
    return words[-1] in surnames and all(word in title_words for word in words[:-1])


def _accepted(label: dict[str, Any], lab: str) -> set[str]:
    names = [label["speakers"][lab], *label.get("accepted", {}).get(lab, [])]
    return {name_key(name) for name in names}


@dataclass
class DocResult:
    score: Score
    details: list[str]


def score_document(
    label: dict[str, Any],
    brief: dict[str, Any],
    text: str,
    title_words: frozenset[str] = _TITLE_WORDS,
) -> DocResult:
    """One document's counts, and the lines --details prints for it."""
    s = Score(docs=1)
    details: list[str] = []
    kind = brief.get("kind")
    is_transcript = kind == "transcript"
    if label["kind"] == "transcript":
        s.qa, s.qa_transcript = 1, int(is_transcript)
        if not is_transcript:
            details.append(f"KIND   Q&A read as {kind!r}")
    elif label.get("kind_accepted"):
        s.either, s.either_transcript = 1, int(is_transcript)
    else:
        s.releases, s.release_transcript = 1, int(is_transcript)
        if is_transcript:
            details.append("KIND   release read as a transcript")
    s.titles = 1
    s.titles_right = int(normalise(brief.get("title") or "") == normalise(label["title"]))
    if not s.titles_right:
        details.append(f"TITLE  {brief.get('title')!r}")
    s.dates_right = int(brief.get("date") == label["date"])
    if not s.dates_right:
        details.append(f"DATE   {brief.get('date')!r}, labelled {label['date']}")

    sentences: list[dict[str, Any]] = brief.get("sentences", [])
    s.sentences = len(sentences)
    turns = parse_turns(text, label)
    aligned = align(sentences, turns, list(label.get("speakers", {})), _separators(label))
    s.unaligned = aligned.unaligned
    reporters = set(label.get("reporters", []))
    askers = reporters - set(label.get("moderators", []))
    by_id = {sentence["id"]: sentence for sentence in sentences}

    def label_of(sid: int) -> str | None:
        turn = aligned.turn_of.get(sid)
        return None if turn is None else turns[turn].label

    reporter_ids = {sid for sid in by_id if label_of(sid) in reporters}
    s.reporter_sentences = len(reporter_ids)
    for sid in sorted(reporter_ids):
        sentence = by_id[sid]
        s.reporter_questions += int(bool(sentence.get("question")))
        if label_of(sid) in askers:
            s.asker_sentences += 1
            s.asker_questions += int(bool(sentence.get("question")))
            if not sentence.get("question"):
                details.append(f"NOT-Q  [{sid}] {label_of(sid)}: {sentence['text'][:90]!r}")

    quoted: set[int] = set()
    for quote in brief.get("quotes", []):
        first = quote.get("sentence")
        if first is None:
            continue
        last = quote.get("last_sentence")
        quoted.update(range(first, (first if last is None else last) + 1))
    where = {
        "quote": quoted & reporter_ids,
        "summary": {item["sentence"] for item in brief.get("summary", [])} & reporter_ids,
        "section": {
            item["sentence"]
            for section in brief.get("sections", [])
            for item in section.get("summary", [])
        }
        & reporter_ids,
        "action": {item.get("sentence") for item in brief.get("actions", [])} & reporter_ids,
    }
    s.in_quote, s.in_summary = len(where["quote"]), len(where["summary"])
    s.in_section_summary, s.in_action = len(where["section"]), len(where["action"])
    for place, ids in where.items():
        for sid in sorted(ids):
            details.append(f"LEAK   {place:7} [{sid}] {label_of(sid)}: {by_id[sid]['text'][:80]!r}")

    official_labels = [lab for lab in label.get("speakers", {}) if lab not in reporters]
    names: set[str] = set()
    wrong: Counter[tuple[str, str]] = Counter()
    per_turn: dict[int, list[bool]] = {}
    for sid, sentence in by_id.items():
        turn = aligned.turn_of.get(sid)
        if turn is None or turns[turn].label not in official_labels:
            continue
        lab = turns[turn].label or ""
        s.official_sentences += 1
        s.official_questions += int(bool(sentence.get("question")))
        if sentence.get("question"):
            details.append(f"ASKED  [{sid}] {lab}: {sentence['text'][:80]!r}")
        given = sentence.get("speaker")
        right = name_key(given) in _accepted(label, lab)
        s.official_right += int(right)
        per_turn.setdefault(turn, []).append(right)
        if given:
            names.add(normalise(given))
        if not right:
            wrong[(lab, str(given))] += 1
    s.turn_shares = [sum(marks) / len(marks) for marks in per_turn.values()]
    labelled = {key for lab in label.get("speakers", {}) for key in _accepted(label, lab)}
    for name in sorted(names):
        if name_key(name) in labelled:
            continue
        if _bare(name, label, title_words):
            s.bare += 1
            details.append(f"BARE   {name!r}")
        else:
            s.wrong_names += 1
            details.append(f"NAME   {name!r} (not a labelled name)")
    s.names = len(names)
    for (lab, given), count in wrong.most_common():
        want = label["speakers"][lab]
        details.append(f"WHO    {lab}: {count} sentence(s) given {given!r}, labelled {want!r}")
    if aligned.unaligned:
        details.append(f"ALIGN  {aligned.unaligned} sentence(s) not found in the source")
    return DocResult(s, details)


# ---------------------------------------------------------------------------------------------
# Report


def _ratio(n: int, d: int) -> str:
    return f"{n}/{d}" if d else "-"


def _pct(n: float, d: float) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def _rows(s: Score) -> list[tuple[str, str]]:
    mean_turn = sum(s.turn_shares) / len(s.turn_shares) if s.turn_shares else 0.0
    return [
        ("documents", str(s.docs)),
        ("crashes", str(s.crashes)),
        ("Q&A documents read as transcripts (>=95%)", _ratio(s.qa_transcript, s.qa)),
        ("releases read as transcripts (0)", _ratio(s.release_transcript, s.releases)),
        ("remarks in turns, either kind: transcripts", _ratio(s.either_transcript, s.either)),
        ("reporters' sentences", str(s.reporter_sentences)),
        ("  in a quote (0)", str(s.in_quote)),
        ("  in the summary (0)", str(s.in_summary)),
        ("  in a section summary (0)", str(s.in_section_summary)),
        ("  an action item's sentence (0)", str(s.in_action)),
        ("  marked question: all reporters", _pct(s.reporter_questions, s.reporter_sentences)),
        ("  marked question: askers", _pct(s.asker_questions, s.asker_sentences)),
        (
            "officials' sentences marked question",
            _ratio(s.official_questions, s.official_sentences),
        ),
        ("officials' sentences, speaker right", _pct(s.official_right, s.official_sentences)),
        ("official turns, mean share right", _pct(mean_turn, 1.0) if s.turn_shares else "-"),
        ("distinct speaker names (per document)", str(s.names)),
        ("  bare title/label/surname (<=10%)", f"{s.bare} ({_pct(s.bare, s.names)})"),
        ("  other wrong names", str(s.wrong_names)),
        ("titles = the title line (>=90%)", _pct(s.titles_right, s.titles)),
        ("dates = the date line", _pct(s.dates_right, s.titles)),
        ("sentences not aligned to the source", _ratio(s.unaligned, s.sentences)),
    ]


def _label_dir(name: str) -> Path:
    return FRESH / "labels" if name == "fresh" else LABELS / name


def source_root(name: str) -> Path:
    """Where a set's `source` paths start: the corpus, or the fresh set's own folder."""
    return FRESH if name == "fresh" else CORPUS


def load_labels(sets: tuple[str, ...]) -> list[dict[str, Any]]:
    labels = []
    for name in sets:
        for path in sorted(_label_dir(name).glob("*.json")):
            labels.append(json.loads(path.read_text(encoding="utf-8")))
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.publishers", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument(
        "--details", action="store_true", help="per-document errors (development documents only)"
    )
    parser.add_argument(
        "--set",
        choices=CHOICES,
        help="one set only ('fresh': the invented set); by default all, in two tables",
    )
    parser.add_argument(
        "--batch",
        type=int,
        help="the fresh set's documents of one batch only (labels' `batch`, 1 when absent)",
    )
    options = parser.parse_args(argv)
    if options.set:
        return _run((options.set,), details=options.details, batch=options.batch)
    # The default run: the two corpus publishers together, then the fresh set on its own.
    _run(SETS, details=options.details)
    print()
    return _run(("fresh",), details=options.details)


def _run(sets: tuple[str, ...], *, details: bool, batch: int | None = None) -> int:
    root = source_root(sets[0]) if len(sets) == 1 else CORPUS
    title_words = _FRESH_TITLE_WORDS if sets == ("fresh",) else _TITLE_WORDS
    totals = {DEV: Score(), TEST: Score()}
    for label in load_labels(sets):
        if batch is not None and label.get("batch", 1) != batch:
            continue
        path = root / label["source"]
        split = TEST if is_frozen(path.name) else DEV
        try:
            brief = briefcli.brief_file(str(path)).to_dict()
        except Exception:  # noqa: BLE001 - a crash is a result here
            totals[split].add(Score(docs=1, crashes=1))
            if split == DEV and details:
                print(f"## {label['source']}\n  CRASH  {traceback.format_exc(limit=1)}")
            continue
        result = score_document(label, brief, path.read_text(encoding="utf-8"), title_words)
        totals[split].add(result.score)
        if split == DEV and details and result.details:
            print(f"## {label['source']} ({brief.get('kind')})")
            for line in result.details:
                print(f"  {line}")
    if details:
        print()
    everything = Score()
    everything.add(totals[DEV])
    everything.add(totals[TEST])
    columns = [_rows(totals[DEV]), _rows(totals[TEST]), _rows(everything)]
    print(f"publishers: {', '.join(sets)}")
    print(f"{'':44} {'dev':>10} {'frozen':>10} {'all':>10}")
    for index, (name, _) in enumerate(columns[0]):
        values = " ".join(f"{column[index][1]:>10}" for column in columns)
        print(f"{name:44} {values}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
