"""Benchmark quotes and speakers against hand-labelled quotes from ../shared/corpus.

Three sets of labels in benchmarks/data/quotes/:
- old (labels.json): the NATO article, White House articles with reactions, BBC articles that
  quote people; plus transcript labels to names;
- news (labels_news.json): every other corpus text that is not a question-and-answer
  transcript (BBC articles, White House statements and readouts, State Department statements,
  readouts, media notes and remarks, Australian media releases), texts without quotes included;
- styles (house_styles.json): short passages written for the purpose, one newsroom habit each
  (other quotation marks, fragments, vox-pop lines, bracketed party, initials, pronouns...):
  invented, a development check, never a held-back measure;
- newsroom (newsroom/labels.json): 87 whole news articles written for the purpose in the house
  styles of different newsrooms (Canadian, U.S. election, wire, local), each batch labelled
  before briefcli was run on it; invented, split into dev and frozen test by file name like the
  corpus sets, so its frozen figure is the generalization estimate;
- hard (hard/labels.json): 46 more whole articles written in round 3 in the styles the newsroom
  set lacked (CBC/CP, Quebec, AP/Reuters/AFP wire, US local and election, UK broadsheet and
  tabloid, magazine features, live blogs, a printed Q&A, obituaries, court reports, captions),
  labelled before briefcli was run on them; invented, split like newsroom;
- round5 (round5/labels.json): 31 more whole articles written in round 5 in the styles of the
  held-back sets (Canadian newsrooms: CBC, Canadian Press, Globe, National Post, Quebec; U.S.
  election coverage: AP, Reuters, a newspaper, cable-news web copy, local TV, a political
  newsletter), labelled before briefcli was run on them; invented, split like newsroom;
- round6 (round6/labels.json): 27 more whole articles written in round 6 in the styles of
  newsrooms the other sets lack (Australian, New Zealand, Irish, Scottish, Indian wire, South
  African, Al Jazeera, Bloomberg, Guardian single marks, Telegraph, British courts and football)
  and again Canadian, U.S. and wire copy, labelled before briefcli was run on them; invented,
  split like newsroom;
- round7 (round7/labels.json): 28 more whole articles written in round 7 (Australian, New
  Zealand, Indian, Irish, Scottish, South African papers, wire copy with datelines, long features
  that reintroduce a person by title, quotes in parentheses, quotes spanning paragraphs,
  organisations' spokespeople), labelled before briefcli was run on them; split like newsroom;
- round8 (round8/labels.json): 29 more whole articles written in round 8 (U.S. local TV web copy,
  Canadian regional papers with '' marks, magazine profiles with long reintroductions, quote dumps
  after politics events, liveblogs with timestamps, two people of one surname, a woman and a man
  alternating with pronouns, titles only after first mention, "according to", organisations,
  quotes in headlines and captions, partial quotes), labelled before briefcli was run on them;
  split like newsroom;
- round9 (round9/labels.json): 30 more whole articles written in round 9 (wire copy with datelines
  and "(Reuters) -", UK broadsheet "Mr"/"Ms", Australian and New Zealand regional news, Indian
  English papers, agency reaction roundups, court reports with counsel and judges, opinion
  columns, transcripts quoted inside news, quotes after a colon with no verb, multi-paragraph
  quotes, speakers named again only by a descriptive phrase), labelled before briefcli was run on
  them; split like newsroom;
- round10 (round10/labels.json): 23 more whole articles written in round 10 (South African,
  Nigerian, Singapore, Philippine, Caribbean and Pacific papers, French-named Canadian politicians
  in English copy, a long investigation with many named sources, a politician's sports-style press
  conference, obituaries quoting family, business news quoting CEOs and analysts, a court report,
  science stories quoting "Dr"/"Prof." researchers), labelled before briefcli was run on them;
  split like newsroom;
- round11 (round11/labels.json): 26 more whole articles written in round 11 (AP/Reuters wire
  copy with datelines and "(Reporting by …)" footers, tabloids with single marks and nicknames,
  US regional papers quoting sheriffs and council members, Australian and New Zealand papers
  with single marks, Indian English papers with Shri/Smt and long appositives, Irish papers,
  live blogs with timestamps, Q&A interviews inside articles, paragraphs continuing a quote,
  split and nested quotes, pronouns after several people, organisations and spokespeople),
  labelled before briefcli was run on them; split like newsroom;
- round12 (round12/labels.json): 23 more whole articles written in round 12 (obituaries and
  profiles, sports reports, court reports, science and health news, business news with earnings
  calls and analysts' notes, foreign correspondents quoting through an interpreter, features with
  many speakers, local TV web copy, an agency roundup, social-media posts, letters and filings,
  pronouns after two people of one gender), labelled before briefcli was run on them; split like
  newsroom;
- round13 (round13/labels.json): 17 more whole articles written in round 13 where who speaks is
  hard (two people of one surname or gender in turn, a quote named only by the next paragraph,
  a speaker called by role after being named, organisations' statements, reported dialogue, a
  Q&A inside an article, translated quotes, "she added" after another's paraphrase, fragments),
  labelled before briefcli was run on them; split like newsroom.
Each labelled span has its speaker's full name; `fragment` marks quoted phrases inside a
sentence, `ignore` quoted words that are nobody's clear speech. A found quote matches a
labelled one when their words overlap (Dice >= 0.5, one to one). Reported: precision, recall
and F1 of quotes; speaker accuracy over matched quotes, as the full name (the found speaker
equals a labelled form) and by surname (the last words agree); for all quotes and for
whole-sentence quotes only; for the development and the frozen test split
(benchmarks.split) side by side, and both together. A naive baseline (every quoted span,
speaker = the nearest full name before it) runs alongside. Misses are printed (--verbose) for
development texts only, never for the frozen split.

Run: .venv/bin/python -m benchmarks.quotes
     [--set old|news|styles|newsroom|hard|round5|...|round13|all] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.split import is_frozen
from briefcli.inputs import decode
from briefcli.model import Quote, Sentence
from briefcli.people import People, find_names
from briefcli.pipeline import parse, sentences_of
from briefcli.quotes import find_quotes
from briefcli.text import Document, split

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "quotes"
LABELS = DATA / "labels.json"
NEWS = DATA / "labels_news.json"
STYLES = DATA / "house_styles.json"
NEWSROOM = DATA / "newsroom"
HARD = DATA / "hard"
ROUND5 = DATA / "round5"
ROUND6 = DATA / "round6"
ROUND7 = DATA / "round7"
ROUND8 = DATA / "round8"
ROUND9 = DATA / "round9"
ROUND10 = DATA / "round10"
ROUND11 = DATA / "round11"
ROUND12 = DATA / "round12"
ROUND13 = DATA / "round13"
# The sets of invented whole articles, each in its own directory, split by file name.
ARTICLE_SETS = {
    "newsroom": NEWSROOM,
    "hard": HARD,
    "round5": ROUND5,
    "round6": ROUND6,
    "round7": ROUND7,
    "round8": ROUND8,
    "round9": ROUND9,
    "round10": ROUND10,
    "round11": ROUND11,
    "round12": ROUND12,
    "round13": ROUND13,
}
SETS = ("old", "news", "styles", *ARTICLE_SETS)
CORPUS = HERE.parent.parent / "shared" / "corpus"


@dataclass
class Text:
    source: str
    doc: Document
    sentences: list[Sentence]


def load(source: str, root: Path = CORPUS) -> Text:
    """A corpus text through the pipeline's stages up to sentences (as briefcli does)."""
    path = root / source
    media = "text/markdown" if path.suffix == ".md" else None
    doc = parse(decode(path.read_bytes(), str(path)), source=str(path), media_type=media)
    sentences = sentences_of(doc)
    return Text(source, doc, sentences)


def load_passage(name: str, text: str) -> Text:
    """An invented passage (house_styles.json) through the same stages, as a plain text."""
    doc = parse(text, source=name)
    return Text(name, doc, sentences_of(doc))


def briefcli_quotes(text: Text) -> list[Quote]:
    people = People.from_document(text.doc, text.sentences)
    sentences = text.sentences
    if text.doc.kind == "transcript":
        sentences = [
            Sentence(s.id, s.text, s.paragraph, people.label_name(s.speaker), s.question)
            if s.speaker is not None
            else s
            for s in sentences
        ]
    return find_quotes(text.doc, sentences, people)


_SPAN = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def naive_quotes(text: Text) -> list[Quote]:
    """Every quoted span; its speaker the last full name before it in the paragraph."""
    out = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in text.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for group in by_paragraph.values():
        joined = " ".join(s.text for s in group)
        for m in _SPAN.finditer(joined):
            names = [n.name for n in find_names(joined[: m.start()]) if n.full]
            out.append(Quote(m.group(1), names[-1] if names else None, None, 0, 0, True, 1.0))
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = 0
    pool = list(b)
    for w in a:
        if w in pool:
            pool.remove(w)
            common += 1
    return 2 * common / (len(a) + len(b))


def _norm_name(name: str | None) -> str:
    words = _tokens(name or "")
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _surname(name: str | None) -> str:
    words = _norm_name(name).split()
    return words[-1] if words else ""


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0
    surname_right: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.surname_right += other.surname_right

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def surname_accuracy(self) -> float:
        return self.surname_right / self.matched if self.matched else 0.0


def score(
    gold: Sequence[dict[str, object]], found: Sequence[Quote], *, sentences_only: bool
) -> tuple[Score, list[str]]:
    """Match found quotes to labelled ones; misses and wrong speakers as notes."""
    pairs = []
    for i, g in enumerate(gold):
        for j, q in enumerate(found):
            d = _dice(_tokens(str(g["text"])), _tokens(q.text))
            if d >= 0.5:
                pairs.append((d, i, j))
    pairs.sort(reverse=True)
    used_gold: dict[int, int] = {}
    used_found: set[int] = set()
    for _, i, j in pairs:
        if i in used_gold or j in used_found:
            continue
        used_gold[i] = j
        used_found.add(j)
    result = Score()
    notes = []
    skipped_found = set()
    for i, g in enumerate(gold):
        skip = bool(g.get("ignore")) or (sentences_only and bool(g.get("fragment")))
        if skip:
            if i in used_gold:
                skipped_found.add(used_gold[i])
            continue
        result.gold += 1
        if i not in used_gold:
            notes.append(f"  missed: {str(g['text'])[:70]!r} ({g['speaker']})")
            continue
        result.matched += 1
        speakers = g["speaker"] if isinstance(g["speaker"], list) else [g["speaker"]]
        q = found[used_gold[i]]
        if _surname(q.speaker) in {_surname(str(s)) for s in speakers} - {""}:
            result.surname_right += 1
        if _norm_name(q.speaker) in {_norm_name(str(s)) for s in speakers}:
            result.speaker_right += 1
        else:
            notes.append(f"  speaker: {q.text[:50]!r} -> {q.speaker!r}, want {speakers[0]!r}")
    for j, q in enumerate(found):
        if j in skipped_found:
            continue
        if sentences_only and j not in used_found and len(q.text.split()) <= 5:
            continue  # an unlabelled short fragment: not judged among whole sentences
        result.found += 1
        if j not in used_found:
            notes.append(f"  extra: {q.text[:70]!r} ({q.speaker})")
    return result, notes


@dataclass
class Item:
    """A labelled text of a set: its pipeline stages, labels, split and source group."""

    text: Text
    gold: list[dict[str, object]]
    split: str
    group: str


def _group(source: str) -> str:
    top = source.split("/")[0]
    return {"briefings": "whitehouse"}.get(top, top)


def _split(source: str) -> str:
    return "test" if is_frozen(source) else "dev"


def load_set(name: str) -> list[Item]:
    """The labelled texts of a set (old, news, styles, or one of the article sets)."""
    if name in ARTICLE_SETS:
        root = ARTICLE_SETS[name]
        labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
        return [
            Item(load(t["source"], root), t["quotes"], _split(t["source"]), "invented")
            for t in labels["texts"]
        ]
    if name == "styles":
        styles = json.loads(STYLES.read_text(encoding="utf-8"))
        return [
            Item(load_passage(f"{p['id']}.txt", p["text"]), p["quotes"], "dev", "invented")
            for p in styles["passages"]
        ]
    labels = json.loads((LABELS if name == "old" else NEWS).read_text(encoding="utf-8"))
    items = []
    for t in labels["texts"]:
        split_ = _split(t["source"])
        if t.get("split", split_) != split_:
            raise SystemExit(f"{t['source']}: labelled {t['split']!r}, split.py says {split_!r}")
        items.append(Item(load(t["source"]), t["quotes"], split_, _group(t["source"])))
    return items


def _counts(items: Sequence[Item]) -> str:
    spans = [g for item in items for g in item.gold]
    scored = [g for g in spans if not g.get("ignore")]
    fragments = sum(1 for g in scored if g.get("fragment"))
    return (
        f"{len(items)} texts, {len(spans)} spans, {len(scored)} scored "
        f"({len(scored) - fragments} sentences, {fragments} fragments)"
    )


_BLOCK = 46


def _block(s: Score) -> str:
    return (
        f"{s.gold:>5} {s.found:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} "
        f"{s.speaker_accuracy:>6.3f} {s.surname_accuracy:>6.3f}"
    )


def run_set(name: str, items: list[Item], *, verbose: bool) -> None:
    """Both methods on a set: dev, frozen test and both together side by side."""
    files = {
        "old": LABELS.name,
        "news": NEWS.name,
        "styles": f"{STYLES.name}, invented",
        "newsroom": "newsroom/labels.json, invented articles",
        "hard": "hard/labels.json, invented articles, round 3",
        "round5": "round5/labels.json, invented articles, round 5",
        "round6": "round6/labels.json, invented articles, round 6",
        "round7": "round7/labels.json, invented articles, round 7",
        "round8": "round8/labels.json, invented articles, round 8",
        "round9": "round9/labels.json, invented articles, round 9",
        "round10": "round10/labels.json, invented articles, round 10",
        "round11": "round11/labels.json, invented articles, round 11",
        "round12": "round12/labels.json, invented articles, round 12",
        "round13": "round13/labels.json, invented articles, round 13",
    }
    print(f"== {name} set ({files[name]}): {_counts(items)}")
    splits = [
        (s, t)
        for s, t in (("dev", "dev"), ("test", "frozen test"))
        if any(item.split == s for item in items)
    ]
    if name == "styles":
        splits = [("dev", "invented passages (development check)")]
    for split_, title in splits:
        print(f"   {title}: {_counts([item for item in items if item.split == split_])}")
    if name == "news":
        for group in sorted({item.group for item in items}):
            of = [item for item in items if item.group == group]
            dev = _counts([item for item in of if item.split == "dev"])
            test = _counts([item for item in of if item.split == "test"])
            print(f"   {group:<11} dev {dev}; test {test}")
    columns = [*splits, ("all", "dev + test")] if len(splits) > 1 else splits
    print((" " * 20 + " | ".join(f"{title:^{_BLOCK}}" for _, title in columns)).rstrip())
    head = f"{'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'spkr':>6} {'surn':>6}"
    print(f"{'method':<9} {'quotes':<10}" + " | ".join(head for _ in columns) + "  ms/text")
    methods: dict[str, Callable[[Text], list[Quote]]] = {
        "briefcli": briefcli_quotes,
        "naive": naive_quotes,
    }
    thin = False
    for method_name, method in methods.items():
        times = []
        outputs: list[list[Quote]] = []
        for _ in range(3):
            started = time.perf_counter()
            outputs = [method(item.text) for item in items]
            times.append((time.perf_counter() - started) / len(items) * 1000)
        for sentences_only in (False, True):
            totals = {"dev": Score(), "test": Score(), "all": Score()}
            notes_of = []
            for item, found in zip(items, outputs, strict=True):
                s, notes = score(item.gold, found, sentences_only=sentences_only)
                totals[item.split].add(s)
                totals["all"].add(s)
                if item.split == "dev":  # never the frozen split's details
                    notes_of.append((item.text.source, s, notes))
            label = "sentences" if sentences_only else "all"
            thin = thin or any(totals[s].gold < 30 for s, _ in columns)
            print(
                f"{method_name:<9} {label:<10}"
                + " | ".join(_block(totals[s]) for s, _ in columns)
                + f"  {statistics.median(times):>7.1f}"
            )
            if verbose and method_name == "briefcli" and not sentences_only:
                for source, s, notes in notes_of:
                    if notes:
                        print(f" {source} (P {s.precision:.2f} R {s.recall:.2f})")
                        print("\n".join(notes))
    print(
        "(spkr: speaker accuracy, full name; surn: by surname; over matched quotes. "
        "sentences: fragments left out)"
    )
    if thin:
        print("(a column with fewer than 30 labelled quotes: its rates are anecdotes)")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks.quotes",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--set", choices=[*SETS, "all"], default="all", help="which labels (default: all)"
    )
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="show misses per text (dev texts only)"
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return 1
    for name in SETS if args.set == "all" else (args.set,):
        run_set(name, load_set(name), verbose=args.verbose)
    if args.set in ("old", "all"):
        old_checks(verbose=args.verbose)
    return 0


def old_checks(*, verbose: bool) -> None:
    """The old set's further checks: NATO speakers, speed, transcripts and their labels."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    texts = [load(t["source"]) for t in labels["texts"]]
    nato = next(t for t in texts if "nato" in t.source)
    quotes = briefcli_quotes(nato)
    right = sum(1 for q in quotes if q.speaker == "Jens Stoltenberg")
    wrong = sum(1 for q in quotes if q.speaker in ("Yoav Gallant", "Tom Goffus"))
    print(
        f"\nNATO article: {len(quotes)} quotes, {right} to Jens Stoltenberg, "
        f"{wrong} to Gallant or Goffus (labelled: 15)"
    )
    # Speed: people + quotes against the sentence splitting they run after, same texts.
    split_times, quote_times = [], []
    sources = [t.source for t in texts] + list(labels["transcript_labels"])
    loaded = [load(source) for source in sources]
    for _ in range(5):
        started = time.perf_counter()
        for text in loaded:
            for block in text.doc.blocks:
                split(block.text)
        split_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for text in loaded:
            briefcli_quotes(text)
        quote_times.append(time.perf_counter() - started)
    words = sum(len(s.text.split()) for text in loaded for s in text.sentences)
    print(
        f"\nspeed on {len(loaded)} texts ({words} words), median of 5: people + quotes "
        f"{statistics.median(quote_times) * 1000:.0f} ms, sentence splitting (reference) "
        f"{statistics.median(split_times) * 1000:.0f} ms"
    )
    print("\ntranscripts: quotes from officials' turns")
    for source in labels["transcript_labels"]:
        text = load(source)
        quotes = briefcli_quotes(text)
        asked = {s.id for s in text.sentences if s.question}
        from_questions = sum(1 for q in quotes if q.sentence in asked)
        print(
            f"  {Path(source).name[:60]:<60} {len(quotes):>4} quotes "
            f"{sum(q.key for q in quotes):>4} key, {from_questions} from reporters' questions"
        )
    print("\ntranscript labels -> names")
    right = total_labels = 0
    for source, expected in labels["transcript_labels"].items():
        text = load(source)
        people = People.from_document(text.doc, text.sentences)
        for label, want in expected.items():
            got = people.label_name(label)
            total_labels += 1
            right += got == want
            if (got != want or verbose) and not is_frozen(source):
                print(f"  {label:<32} -> {got!r} (want {want!r})")
    print(f"  {right}/{total_labels} labels named right (details for dev transcripts only)")


if __name__ == "__main__":
    raise SystemExit(main())
