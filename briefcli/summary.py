"""Summary: rank sentences and pick the best within a length, in document order."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from briefcli.errors import OptionError
from briefcli.model import Sentence
from briefcli.sections import Span
from briefcli.terms import SentenceVectors

DEFAULT_SENTENCES = 5


@dataclass(frozen=True)
class Length:
    """How long a summary may be: a sentence count, a ratio of the input, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise OptionError("give only one of --sentences, --ratio and --words")
        if self.sentences is not None and self.sentences < 0:
            raise OptionError("--sentences must be 0 or more")
        if self.words is not None and self.words < 0:
            raise OptionError("--words must be 0 or more")
        if self.ratio is not None and not (0.0 <= self.ratio <= 1.0):
            raise OptionError("--ratio must be between 0 and 1")

    def count(self, total: int) -> int | None:
        """The number of sentences to pick, or None when a word budget decides."""
        if self.words is not None:
            return None
        if self.ratio is not None:
            return min(total, max(1, math.ceil(self.ratio * total))) if self.ratio > 0 else 0
        n = DEFAULT_SENTENCES if self.sentences is None else self.sentences
        return min(n, total)


Ranker = Callable[[Sequence[Sentence], SentenceVectors], list[float]]


def _lexrank(sentences: Sequence[Sentence], vectors: SentenceVectors) -> list[float]:
    """Continuous LexRank: power iteration over the cosine-similarity graph."""
    import numpy as np

    n = len(sentences)
    if n == 0:
        return []
    sim = vectors.similarity().toarray() if n <= 3000 else vectors.similarity()
    sim = np.asarray(sim, dtype=float)
    row_sums = sim.sum(axis=1)
    row_sums[row_sums == 0] = 1.0
    transition = sim / row_sums[:, None]
    damping = 0.85
    scores = np.full(n, 1.0 / n)
    for _ in range(100):
        new = (1 - damping) / n + damping * (transition.T @ scores)
        if np.abs(new - scores).sum() < 1e-8:
            scores = new
            break
        scores = new
    return [float(x) for x in scores]


def _default(sentences: Sequence[Sentence], vectors: SentenceVectors) -> list[float]:
    """Centrality with a lead bonus; reporters' questions and greetings score nothing."""
    central = _lexrank(sentences, vectors)
    if not central:
        return []
    top = max(central) or 1.0
    scores = []
    for s, c in zip(sentences, central, strict=True):
        score = c / top
        score += 0.3 / (1 + s.paragraph)
        if s.question or len(vectors.terms[s.id]) < 3:
            score *= 0.1
        scores.append(score)
    return scores


def _sumy(name: str) -> Ranker:
    def rank(sentences: Sequence[Sentence], vectors: SentenceVectors) -> list[float]:
        return sumy_scores(name, [s.text for s in sentences])

    rank.__doc__ = f"sumy's {name} method."
    return rank


SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

METHODS: dict[str, Ranker] = {"default": _default} | {name: _sumy(name) for name in SUMY_METHODS}


def sumy_scores(name: str, texts: Sequence[str]) -> list[float]:
    """Scores from a sumy summarizer: higher for sentences it picks earlier."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from briefcli.sentences import splitter

    tokenizer = splitter()
    summarizer = _sumy_summarizer(name)
    sumy_sentences = [SumySentence(t, tokenizer) for t in texts]
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    picked = summarizer(document, len(texts))
    order = {str(s): i for i, s in enumerate(picked)}
    n = len(texts)
    # sumy returns its picks in document order; its internal ranking is what we want, so
    # rate by rank where sumy exposes it, else by being picked at all.
    rating = getattr(summarizer, "_last_rating", None)
    if isinstance(rating, dict):
        return [float(rating.get(s, 0.0)) for s in sumy_sentences]
    return [float(n - order[t]) if t in order else 0.0 for t in texts]


def _sumy_summarizer(name: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module = {
        "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
        "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
        "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
        "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
        "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
        "kl": ("sumy.summarizers.kl", "KLSummarizer"),
        "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
        "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    }[name]
    import importlib

    cls = getattr(importlib.import_module(module[0]), module[1])
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    if name == "edmundson":
        summarizer.null_words = get_stop_words("english")
        summarizer.bonus_words = ["will", "must", "agreed", "announced"]
        summarizer.stigma_words = ["thank", "thanks", "hello"]
    return summarizer


def select(sentences: Sequence[Sentence], scores: Sequence[float], length: Length) -> list[int]:
    """Ids of the best sentences within `length`, in document order."""
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    count = length.count(len(sentences))
    if count is not None:
        return sorted(order[:count])
    budget = length.words or 0
    picked: list[int] = []
    used = 0
    for i in order:
        n = len(sentences[i].text.split())
        if used + n <= budget:
            picked.append(i)
            used += n
    return sorted(picked)


SECTION_SUMMARY_SENTENCES = 2


def summarize(
    sentences: Sequence[Sentence],
    vectors: SentenceVectors,
    spans: Sequence[Span],
    length: Length,
    method: str = "default",
) -> tuple[list[int], list[list[int]]]:
    """The summary's sentence ids, and each section's summary ids, all in document order."""
    scores = rank(method, sentences, vectors)
    chosen = select(sentences, scores, length)
    per_section = []
    for span in spans:
        members = sentences[span.first_sentence : span.last_sentence + 1]
        local = select(
            members,
            scores[span.first_sentence : span.last_sentence + 1],
            Length(sentences=SECTION_SUMMARY_SENTENCES),
        )
        per_section.append([members[i].id for i in local])
    return chosen, per_section


def rank(method: str, sentences: Sequence[Sentence], vectors: SentenceVectors) -> list[float]:
    """Scores for every sentence by `method` (a name in METHODS)."""
    try:
        ranker = METHODS[method]
    except KeyError:
        raise OptionError(f"unknown method {method!r} (choose from {', '.join(METHODS)})") from None
    return ranker(sentences, vectors)
