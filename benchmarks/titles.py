"""Section titles and topic boundaries against hand-named topics, dev and frozen test side by side.

Each file in benchmarks/data/titles/ names a corpus text and its topics, in order: the first
words of the sentence that opens each topic (a snippet copied from the text) and the title a
careful editor would give it (see that folder's README; the labels were written from the text
alone, before briefcli was run on it). Every document is briefed with the public API
(`briefcli.brief_file(path).to_dict()`); each snippet is mapped to the id of the first sentence
at or after the previous topic's that contains it (both sides NFKC-normalised, curly quotes
straightened, whitespace folded; a snippet that is not found stops the run). Gold topics are
the runs of sentences from one start to the next (a return to an earlier subject is a new run
with the same title). Measured per split (`benchmarks.split`: dev, and the frozen test split),
each figure for both in the same run:

1. Boundaries at sentence level: Pk and WindowDiff (NLTK; k as NLTK's default, half the
   mean gold topic length in sentences, the same k for every method of a document) of
   briefcli's sections and of NLTK's TextTilingTokenizer run on the same sentences, one
   sentence a paragraph (built as in benchmarks/sections.py, sumy's English stop words passed
   explicitly; a text it refuses is one segment). Means over documents, for all documents,
   for transcripts alone and for prose alone (releases, statements, readouts, articles: no
   speaker turns); "one section" (no boundary at all) is shown for scale.
2. Titles: for each gold topic, the briefcli section that overlaps it most (most shared
   sentences, the earlier on a tie); ROUGE-1 F between that section's title and the topic title
   (lower case, punctuation out, sumy's English stop words out, Snowball English stems from the
   `snowballstemmer` package, clipped counts), averaged over the topics of the split. Two
   baselines on the same section: its 3 highest TF-IDF words (TF in the section, smoothed IDF
   over the brief's sections, content words only) and the first 6 content words of its first
   sentence.
3. Odd titles, over all briefcli section titles: a lone nationality or party adjective before a
   colon ("Swedish: ratification"), "Name: one-word", a title equal to the briefing's title or to
   another section's title, a title over 8 words, a title with no noun-like word (heuristic: no
   content word that is an acronym or lacks an adjective, adverb or participle ending).
4. Sections per gold topic: how many briefcli sections overlap each topic (median, and mean).
5. The titler alone, boundaries aside: briefcli's titler (`briefcli.sections.title`) run on the
   gold topic spans themselves (the brief's sentences, the words of its speakers' labels and of
   the people addressed by name kept out of titles as briefcli does), against TF-IDF-3 on the
   same spans. A section that runs over several topics can name only some of them, so this
   figure isolates the titles from the boundaries.

Per-document details (`--details`) are printed for dev documents only; the frozen split is
reported in aggregate, never document by document, and rules are not tuned on it.

Run: .venv/bin/python -m benchmarks.titles [--details] [--data FOLDER]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from benchmarks.split import DEV, TEST, split_of

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "titles"
CORPUS = HERE.parent.parent / "shared" / "corpus"
SPLITS = (DEV, TEST)

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# Nationality (and a few state) and party adjectives: the "Swedish: ratification" kind of title.
_NATIONALITY = frozenset(
    """
    afghan african albanian algerian american angolan arab argentine argentinian armenian
    asian australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian
    bosnian brazilian british bulgarian burmese burundian cambodian cameroonian canadian
    chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dominican
    dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian
    filipino finnish french georgian german ghanaian greek guatemalan haitian honduran
    hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian
    jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian
    lebanese liberian libyan lithuanian malagasy malawian malaysian malian maltese mexican
    moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien
    nicaraguan norwegian omani pakistani palestinian panamanian papuan paraguayan persian
    peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi
    scottish senegalese serbian singaporean slovak slovakian slovenian somali spanish
    sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tongan tunisian
    turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
    zambian zimbabwean western eastern northern southern allied soviet atlantic pacific
    victorian tasmanian californian texan floridian hawaiian alaskan
    """.split()
)
_PARTY = frozenset(
    """
    republican republicans democratic democrat democrats liberal labor labour conservative
    green socialist communist progressive libertarian unionist nationalist bipartisan
    partisan coalition
    """.split()
)
_NOT_NOUN_ENDINGS = (
    "ly",
    "ous",
    "ive",
    "ful",
    "less",
    "able",
    "ible",
    "ical",
    "ial",
    "ed",
    "ese",
    "ish",
    "ic",
    "ant",
    "ent",
)
# Nouns with an adjective-like ending, and common adjectives without one.
_NOUNS = frozenset(
    """
    public republic topic music traffic logic clinic critic epidemic pandemic rhetoric tactic
    panic fabric graphic arithmetic grant migrant immigrant assistant merchant restaurant
    tenant servant giant applicant participant consultant accountant defendant lieutenant
    sergeant element comment agreement government department president parliament event
    payment statement investment development management moment talent student agent
    incident resident patient client component opponent equipment employment environment
    settlement treatment commitment enforcement requirement unemployment shipment segment
    announcement amendment assessment engagement document content percent accent continent
    cement rent tent dissent descent consent extent intent need speed seed creed greed
    breed weed deed feed bed shed red ally family supply assembly reply anomaly monopoly
    italy july rally belly fly
    """.split()
)
_ADJECTIVES = frozenset(
    """
    important significant major key main current recent further final strong great good big
    high large small old different additional serious senior joint brief
    """.split()
)


# --- text --------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFKC, straight quotes, one space for every run of whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def words(text: str) -> list[str]:
    """Word tokens, punctuation out; a possessive or contracted "'s" is dropped."""
    out = []
    for w in _WORD.findall(normalise(text)):
        if w.lower().endswith("'s"):
            w = w[:-2]
        out.append(w.replace("'", ""))
    return [w for w in out if w]


def content_words(text: str) -> list[str]:
    """Words that are not sumy English stop words and have a letter, in text order."""
    stops = _stop_words()
    return [w for w in words(text) if w.lower() not in stops and any(c.isalpha() for c in w)]


def rouge_terms(text: str) -> list[str]:
    """ROUGE tokens of a title: lower case, stop words out, Snowball English stems."""
    return [stem(w.lower()) for w in content_words(text)]


def rouge1_f(candidate: str, reference: str) -> float:
    cand, ref = Counter(rouge_terms(candidate)), Counter(rouge_terms(reference))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    recall = overlap / sum(ref.values())
    precision = overlap / sum(cand.values())
    return 2 * recall * precision / (recall + precision)


# --- cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    title: str
    first: int  # sentence position (index into the brief's sentences)
    last: int


@dataclass(frozen=True)
class Section:
    title: str
    first: int
    last: int


@dataclass
class Case:
    """One labelled document and its brief."""

    name: str
    split: str
    kind: str
    title: str
    sentences: list[str]
    topics: list[Topic]
    sections: list[Section]
    dropped: list[str] = field(default_factory=list)  # topics that start where the next does
    generic: frozenset[str] = frozenset()  # speakers' and addressees' words: never a title


class SnippetNotFound(Exception):
    pass


def locate(sentences: Sequence[str], snippets: Sequence[str], name: str) -> list[int]:
    """The position of the sentence each snippet starts, searching forward, in order."""
    norm = [normalise(s) for s in sentences]
    found: list[int] = []
    pos, offset = 0, -1
    for snippet in snippets:
        needle = normalise(snippet)
        hit = None
        for i in range(pos, len(norm)):
            at = norm[i].find(needle, offset + 1 if i == pos else 0)
            if at >= 0:
                hit = (i, at)
                break
        if hit is None:
            raise SnippetNotFound(f"{name}: snippet not found after sentence {pos}: {snippet!r}")
        pos, offset = hit
        found.append(pos)
    return found


# A person addressed by name ("Thanks, Jen."), as briefcli's sections read it.
_VOCATIVE = re.compile(r"(?:,\s+([A-Z][a-z]+)\s*[.?!—]|^([A-Z][a-z]+),\s+(?:thank|go|you|I)\b)")


def load_case(spec_path: Path) -> Case:
    import briefcli

    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    # A corpus text ("source"), or a text written for this benchmark beside its labels ("file").
    source = spec_path.parent / spec["file"] if "file" in spec else CORPUS / spec["source"]
    split = split_of(source.name)
    if spec.get("split", split) != split:
        raise ValueError(f"{spec_path.name}: split {spec['split']!r}, benchmarks.split: {split!r}")
    brief: dict[str, Any] = briefcli.brief_file(str(source)).to_dict()
    ids = [int(s["id"]) for s in brief["sentences"]]
    position = {sid: i for i, sid in enumerate(ids)}
    texts = [str(s["text"]) for s in brief["sentences"]]
    n = len(texts)
    starts = locate(texts, [t["start"] for t in spec["topics"]], spec_path.stem)
    titles = [str(t["title"]) for t in spec["topics"]]
    starts[0] = 0  # sentences before the first snippet belong to the first topic
    topics, dropped = [], []
    for k, (start, title) in enumerate(zip(starts, titles, strict=True)):
        end = starts[k + 1] - 1 if k + 1 < len(starts) else n - 1
        if end < start:  # two snippets in one sentence: the later topic starts there
            dropped.append(title)
            continue
        topics.append(Topic(title, start, end))
    sections = []
    for s in brief["sections"]:
        first = position.get(int(s["first_sentence"]), 0)
        last = position.get(int(s["last_sentence"]), n - 1)
        sections.append(Section(str(s["title"] or ""), first, last))
    generic: set[str] = set()
    for sent in brief["sentences"]:
        if sent.get("speaker"):
            generic.update(w.lower().strip(".:") for w in str(sent["speaker"]).split())
        for m in _VOCATIVE.finditer(str(sent["text"])):
            generic.add((m.group(1) or m.group(2)).lower())
    return Case(
        generic=frozenset(w for w in generic if w),
        name=spec_path.stem,
        split=split,
        kind=str(brief.get("kind") or ""),
        title=str(brief.get("title") or ""),
        sentences=texts,
        topics=topics,
        sections=sections,
        dropped=dropped,
    )


# --- boundaries --------------------------------------------------------------------------


def topic_labels(case: Case) -> list[int]:
    labels = [0] * len(case.sentences)
    for k, t in enumerate(case.topics):
        for i in range(t.first, t.last + 1):
            labels[i] = k
    return labels


def section_labels(case: Case) -> list[int]:
    """The section of each sentence; a sentence outside every section keeps the one before."""
    labels: list[int | None] = [None] * len(case.sentences)
    for k, s in enumerate(case.sections):
        for i in range(max(s.first, 0), min(s.last, len(labels) - 1) + 1):
            labels[i] = k
    out, current = [], 0
    for lab in labels:
        current = lab if lab is not None else current
        out.append(current)
    return out


def boundaries(labels: Sequence[int]) -> str:
    """NLTK's boundary string: '1' after each sentence where the next starts a new segment."""
    return "".join("1" if a != b else "0" for a, b in zip(labels, labels[1:], strict=False)) + "0"


def window(ref: Sequence[int]) -> int:
    """k as NLTK's default and benchmarks/sections.py: length / (2 x gold boundaries)."""
    k = max(1, round(len(ref) / (2 * max(1, boundaries(ref).count("1")))))
    return max(1, min(k, len(ref) - 1))


def pk_windowdiff(ref: Sequence[int], hyp: Sequence[int], k: int) -> tuple[float, float]:
    from nltk.metrics.segmentation import pk, windowdiff

    r, h = boundaries(ref), boundaries(hyp)
    return float(pk(r, h, k=k)), float(windowdiff(r, h, k))


def texttiling_labels(sentences: Sequence[str]) -> tuple[list[int], bool]:
    """TextTiling on the sentences, one a paragraph; False when it refuses the text."""
    from nltk.tokenize.texttiling import TextTilingTokenizer
    from sumy.utils import get_stop_words

    paragraphs = [" ".join(s.split()) or "." for s in sentences]
    text = "\n\n".join(paragraphs)
    tiler = TextTilingTokenizer(stopwords=list(get_stop_words("english")))
    try:
        segments = tiler.tokenize(text)
    except ValueError:
        return [0] * len(sentences), False
    ends, pos = [], 0
    for seg in segments:
        pos += len(seg)
        ends.append(pos)
    labels, offset, seg_no = [], 0, 0
    for p in paragraphs:
        while seg_no + 1 < len(ends) and offset >= ends[seg_no]:
            seg_no += 1
        labels.append(seg_no)
        offset += len(p) + 2
    return labels, True


# --- titles ------------------------------------------------------------------------------


def overlap(a_first: int, a_last: int, b_first: int, b_last: int) -> int:
    return max(0, min(a_last, b_last) - max(a_first, b_first) + 1)


def best_section(case: Case, topic: Topic) -> int:
    """The section sharing most sentences with the topic (the earlier on a tie)."""
    shares = [overlap(topic.first, topic.last, s.first, s.last) for s in case.sections]
    return max(range(len(shares)), key=lambda k: (shares[k], -k)) if shares else -1


def tfidf_title(case: Case, k: int, n: int = 3) -> str:
    """The section's n highest TF-IDF content words: TF in it, IDF over the brief's sections."""
    bags = []
    for s in case.sections:
        bags.append(
            [w for i in range(s.first, s.last + 1) for w in content_words(case.sentences[i])]
        )
    df: Counter[str] = Counter()
    for bag in bags:
        df.update({stem(w.lower()) for w in bag})
    bag = bags[k]
    tf = Counter(stem(w.lower()) for w in bag)
    first_at: dict[str, int] = {}
    surface: dict[str, Counter[str]] = {}
    for i, w in enumerate(bag):
        st = stem(w.lower())
        first_at.setdefault(st, i)
        surface.setdefault(st, Counter())[w] += 1
    n_docs = len(bags)

    def score(st: str) -> tuple[float, int]:
        return tf[st] * (math.log((1 + n_docs) / (1 + df[st])) + 1), -first_at[st]

    top = sorted(tf, key=score, reverse=True)[:n]
    top.sort(key=lambda st: first_at[st])
    return " ".join(surface[st].most_common(1)[0][0] for st in top)


def lead_title(case: Case, k: int, n: int = 6) -> str:
    """The first n content words of the section's first sentence."""
    return " ".join(content_words(case.sentences[case.sections[k].first])[:n])


# --- odd titles --------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


def noun_like(title: str) -> bool:
    for w in content_words(title):
        low = w.lower()
        if low in _NATIONALITY or low in _PARTY:
            continue
        if (w.isupper() and len(w) > 1) or any(c.isdigit() for c in w):
            return True
        if low in _NOUNS or (low not in _ADJECTIVES and not low.endswith(_NOT_NOUN_ENDINGS)):
            return True
    return False


def odd_reasons(title: str, others: Sequence[str], briefing_title: str) -> list[str]:
    """Why a section title reads oddly; empty when it does not."""
    reasons = []
    head, colon, tail = title.partition(":")
    if colon:
        head_words = words(head)
        if len(head_words) == 1 and head_words[0].lower() in _NATIONALITY | _PARTY:
            reasons.append("adjective before colon")
        if len(words(tail)) == 1:
            reasons.append("name: one-word")
    folded = _fold(title)
    if briefing_title and folded == _fold(briefing_title):
        reasons.append("briefing title")
    if any(folded == _fold(o) for o in others):
        reasons.append("repeated title")
    if len(words(title)) > 8:
        reasons.append("over 8 words")
    if not noun_like(title):
        reasons.append("no noun-like word")
    return reasons


# --- report ------------------------------------------------------------------------------


@dataclass
class Scores:
    """Per-document and per-topic figures of one split."""

    docs: list[str] = field(default_factory=list)
    transcripts: list[bool] = field(default_factory=list)
    pk: dict[str, list[float]] = field(
        default_factory=lambda: {"briefcli": [], "tt": [], "one": []}
    )
    wd: dict[str, list[float]] = field(
        default_factory=lambda: {"briefcli": [], "tt": [], "one": []}
    )
    tt_failed: int = 0
    sentences: int = 0
    rouge: dict[str, list[float]] = field(
        default_factory=lambda: {
            "briefcli": [],
            "tfidf": [],
            "lead": [],
            "gold briefcli": [],
            "gold tfidf": [],
        }
    )
    titles: int = 0
    odd: Counter[str] = field(default_factory=Counter)
    odd_titles: int = 0
    per_topic: list[int] = field(default_factory=list)
    topics: int = 0
    dropped: int = 0
    distinct_titles: int = 0
    sections: int = 0
    tt_segments: int = 0


def gold_span_titles(case: Case) -> list[tuple[Topic, str, str]]:
    """Each gold topic with the title briefcli's titler gives its span, and TF-IDF-3's."""
    from briefcli.sections.title import section_titles, sentence_topics

    topics = [sentence_topics(x) for x in case.sentences]
    ours = section_titles(
        [topics[t.first : t.last + 1] for t in case.topics],
        generic=case.generic,
        briefing_title=case.title or None,
        fallback=case.title or "Briefing",
    )
    spans = Case(
        name=case.name,
        split=case.split,
        kind=case.kind,
        title=case.title,
        sentences=case.sentences,
        topics=case.topics,
        sections=[Section(t.title, t.first, t.last) for t in case.topics],
    )
    pairs = zip(case.topics, ours, strict=True)
    return [(t, o, tfidf_title(spans, k)) for k, (t, o) in enumerate(pairs)]


def evaluate(case: Case, scores: Scores, details: bool) -> None:
    ref = topic_labels(case)
    hyp = section_labels(case)
    tt, tt_ok = texttiling_labels(case.sentences)
    k = window(ref)
    pk_ours, wd_ours = pk_windowdiff(ref, hyp, k)
    pk_tt, wd_tt = pk_windowdiff(ref, tt, k)
    scores.docs.append(case.name)
    scores.transcripts.append(case.kind == "transcript")
    scores.pk["briefcli"].append(pk_ours)
    scores.wd["briefcli"].append(wd_ours)
    scores.pk["tt"].append(pk_tt)
    scores.wd["tt"].append(wd_tt)
    pk_one, wd_one = pk_windowdiff(ref, [0] * len(ref), k)
    scores.pk["one"].append(pk_one)
    scores.wd["one"].append(wd_one)
    scores.tt_failed += not tt_ok
    scores.tt_segments += len(set(tt))
    scores.sentences += len(case.sentences)
    scores.topics += len(case.topics)
    scores.dropped += len(case.dropped)
    scores.distinct_titles += len({t.title for t in case.topics})
    scores.sections += len(case.sections)

    rows = []
    for t in case.topics:
        k_sec = best_section(case, t)
        if k_sec < 0:
            ours = tfidf = lead = ""
        else:
            ours = case.sections[k_sec].title
            tfidf, lead = tfidf_title(case, k_sec), lead_title(case, k_sec)
        f = (rouge1_f(ours, t.title), rouge1_f(tfidf, t.title), rouge1_f(lead, t.title))
        scores.rouge["briefcli"].append(f[0])
        scores.rouge["tfidf"].append(f[1])
        scores.rouge["lead"].append(f[2])
        n_over = sum(1 for s in case.sections if overlap(t.first, t.last, s.first, s.last))
        scores.per_topic.append(n_over)
        rows.append((t, ours, tfidf, lead, f, n_over))

    for t, ours, tfidf in gold_span_titles(case):
        scores.rouge["gold briefcli"].append(rouge1_f(ours, t.title))
        scores.rouge["gold tfidf"].append(rouge1_f(tfidf, t.title))

    odd_rows = []
    titles = [s.title for s in case.sections]
    for i, title in enumerate(titles):
        reasons = odd_reasons(title, titles[:i] + titles[i + 1 :], case.title)
        scores.titles += 1
        scores.odd.update(reasons)
        if reasons:
            scores.odd_titles += 1
            odd_rows.append((title, reasons))

    if not details:
        return
    print(f"\n== {case.name}  [{case.kind}]")
    print(
        f"   {len(case.sentences)} sentences, {len(case.topics)} topics, "
        f"{len(case.sections)} sections, k={k}; Pk {pk_ours:.3f} (TextTiling {pk_tt:.3f}"
        f"{'' if tt_ok else ', refused'}), WD {wd_ours:.3f} (TextTiling {wd_tt:.3f})"
    )
    if case.dropped:
        print("   topics sharing a sentence with the next (not scored):", "; ".join(case.dropped))
    for t, ours, tfidf, _lead, f, n_over in rows:
        print(
            f"   {t.first:4d}-{t.last:<4d} {t.title[:38]:38s} | {ours[:40]:40s} {f[0]:.2f}"
            f" | tfidf {tfidf[:30]:30s} {f[1]:.2f} | lead {f[2]:.2f} | {n_over} sec"
        )
    for title, reasons in odd_rows:
        print(f"   odd: {title!r}: {', '.join(reasons)}")


def _mean(xs: Sequence[float]) -> float:
    return statistics.mean(xs) if xs else float("nan")


def report(by_split: dict[str, Scores]) -> None:
    cols = [by_split[s] for s in SPLITS]
    print(f"{'':48s} {'dev':>10s} {'test':>10s}")

    def row(label: str, values: Sequence[str]) -> None:
        print(f"{label:48s} " + " ".join(f"{v:>10s}" for v in values))

    row("documents (transcripts)", [f"{len(c.docs)} ({sum(c.transcripts)})" for c in cols])
    row("sentences", [str(c.sentences) for c in cols])
    row("gold topics (runs) / distinct titles", [f"{c.topics}/{c.distinct_titles}" for c in cols])
    row("  topics not scored (start where the next does)", [str(c.dropped) for c in cols])
    row("briefcli sections", [str(c.sections) for c in cols])
    row("TextTiling segments", [str(c.tt_segments) for c in cols])
    print()
    print("boundaries, sentence level (mean over documents)")
    for group, pick in (("all", None), ("transcripts", True), ("prose", False)):
        for metric, table in (("Pk", "pk"), ("WindowDiff", "wd")):
            for method, name in (
                ("briefcli", "briefcli"),
                ("tt", "TextTiling"),
                ("one", "(one section)"),
            ):
                vals = []
                for c in cols:
                    data = getattr(c, table)[method]
                    sel = [v for v, t in zip(data, c.transcripts, strict=True) if pick in (None, t)]
                    vals.append(f"{_mean(sel):.3f}" if sel else "-")
                row(f"  {group:12s} {metric:10s} {name}", vals)
        ratios = []
        for c in cols:
            ours = [
                v for v, t in zip(c.pk["briefcli"], c.transcripts, strict=True) if pick in (None, t)
            ]
            tt = [v for v, t in zip(c.pk["tt"], c.transcripts, strict=True) if pick in (None, t)]
            ratios.append(f"{_mean(ours) / _mean(tt):.2f}" if ours and _mean(tt) else "-")
        row(f"  {group:12s} Pk ratio to TextTiling (<= 0.8)", ratios)
    row("  TextTiling refused (one segment)", [str(c.tt_failed) for c in cols])
    print()
    print("titles: ROUGE-1 F against the gold topic title (mean over topics)")
    for method, name in (
        ("briefcli", "briefcli section title"),
        ("tfidf", "baseline: 3 top TF-IDF words"),
        ("lead", "baseline: first 6 content words"),
    ):
        row(f"  {name}", [f"{_mean(c.rouge[method]):.3f}" for c in cols])
    ratios = []
    for c in cols:
        better = max(_mean(c.rouge["tfidf"]), _mean(c.rouge["lead"]))
        ratios.append(f"{_mean(c.rouge['briefcli']) / better:.2f}" if better else "-")
    row("  briefcli / better baseline (target >= 1.3)", ratios)
    print()
    print("the titler alone, on the gold topic spans (ROUGE-1 F, mean over topics)")
    row("  briefcli's titler", [f"{_mean(c.rouge['gold briefcli']):.3f}" for c in cols])
    row("  baseline: 3 top TF-IDF words", [f"{_mean(c.rouge['gold tfidf']):.3f}" for c in cols])
    ratios = []
    for c in cols:
        base = _mean(c.rouge["gold tfidf"])
        ratios.append(f"{_mean(c.rouge['gold briefcli']) / base:.2f}" if base else "-")
    row("  briefcli / TF-IDF", ratios)
    print()
    row(
        "odd titles (target <= 5%)",
        [f"{c.odd_titles}/{c.titles} {100 * c.odd_titles / max(c.titles, 1):.0f}%" for c in cols],
    )
    for reason in (
        "adjective before colon",
        "name: one-word",
        "briefing title",
        "repeated title",
        "over 8 words",
        "no noun-like word",
    ):
        row(f"  {reason}", [str(c.odd[reason]) for c in cols])
    print()
    row(
        "sections per gold topic: median (mean)",
        [
            f"{statistics.median(c.per_topic):.0f} ({_mean(c.per_topic):.1f})"
            if c.per_topic
            else "-"
            for c in cols
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--details",
        action="store_true",
        help="per dev document: each topic with its section's title and the baselines, odd titles",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA,
        help="folder of labelled documents (default: benchmarks/data/titles; a folder of new "
        "labels gives their first, fresh figures)",
    )
    args = parser.parse_args(argv)

    specs = sorted(args.data.glob("*.json"))
    if not specs:
        print(f"no labelled documents in {args.data}")
        return 1
    by_split = {s: Scores() for s in SPLITS}
    cases, missing = [], []
    for p in specs:
        try:
            cases.append(load_case(p))
        except SnippetNotFound as err:
            missing.append(str(err))
    if missing:
        print("\n".join(f"error: {m}" for m in missing))
        return 1
    for case in cases:
        evaluate(case, by_split[case.split], details=args.details and case.split == DEV)
    if args.details:
        print()
    report(by_split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
