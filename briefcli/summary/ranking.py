"""Summary: rank sentences and pick the best within a length, in document order.

Methods (`METHODS`, chosen by name with `--method`):

- ``default``: made for briefings, linear in the number of sentences.
  Centrality: each sentence's word overlap with every other sentence (the edge weight of
  sumy's Reduction, summed in linear time: `centrality.overlap_centrality`).
  Genre, added: the lead of an article; the opening statement of a transcript (every
  turn before the first reporter's question, or where no label marks reporters, as in
  a committee that names its members, before the first turn that asks; except a
  moderator's or aide's).
  Genre, multiplied: in transcripts a bonus for naming an actor, giving a number or date,
  and a commitment ("will", "announced", "agreed"); penalties for reporters' questions
  and other questions, greetings and thanks, courtesies ("it is a great pleasure…"),
  logistics ("take a few questions", "embargo", "without objection", "apologies for
  absence"), a moderator's or aide's turn, non-answers ("I'm not going to get ahead
  of…"), attribution-only fragments ("he said."), very short
  sentences, very long ones, and speech that restarts itself ("I — I — we").
  Picking: an article's summary takes sentences in score order, skipping a
  near-duplicate of a chosen sentence and lowering each further sentence from a section
  already drawn on. A transcript's summary, and any summary under a word budget, is
  picked for coverage (`select_covering`): each step takes the sentence whose terms not
  yet covered are worth most (a term is worth the number of sentences that use it),
  mixed with its centrality and genre, divided under a budget by the square root of its
  words (a plain per-word value fills a budget with "Yeah." and "Pardon me."). So the
  summary spans the briefing's topics instead of repeating one.
- ``lexrank``: sumy's LexRank, computed with sparse matrices (`centrality.lexrank`); its
  ranking is sumy's own, hundreds of times faster.
- ``textrank``, ``lsa``, ``luhn``, ``edmundson``, ``kl``, ``sumbasic``, ``reduction``:
  sumy's summarizers themselves, given our sentences grouped into our paragraphs; the
  ranking each one computes is kept whole, so at any length the picks are sumy's.

Length (`Length`): a number of sentences, a ratio of the sentences (rounded up, at least
one when the ratio is above 0), or a word budget. A word is a whitespace-separated token
of the sentence text. Under a word budget, sentences are taken best first and a sentence
that would overflow the budget is skipped (never cut), so the summary has at most that
many words; it may be empty when no sentence fits.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from briefcli.errors import OptionError
from briefcli.model import Sentence
from briefcli.summary.centrality import (
    degree_centrality,
    lexrank,
    overlap_centrality,
    term_counts,
)
from briefcli.summary.length import word_count
from briefcli.text.terms import SentenceVectors, all_stems, content_terms
from briefcli.text.turn import asks

Ranker = Callable[[Sequence[Sentence], SentenceVectors, "str | None"], list[float]]


# --- the default ranking -------------------------------------------------------------

# What a summary should not carry. These patterns are written in lower case and searched
# in the lower-cased sentence, curly apostrophes made straight (several times faster than
# re.IGNORECASE); a match multiplies the sentence's score by a factor (see _genre_factors).
_FILLER = re.compile(
    r"^\W*(?:thank you|thanks|good (?:morning|afternoon|evening)|hi|hello|hey|okay|ok|"
    r"all right|alright|great|yes|yeah|no|sure|absolutely|go ahead|please|welcome|"
    r"(?:and )?with that|so,? with that|next question|last question|one more|"
    r"appreciate it|i appreciate|nice to see|good to see|it'?s (?:great|good) to)\b",
)
_LOGISTICS = re.compile(
    r"\b(?:take (?:a few |some |your )?questions|turn it (?:back )?over|hand it (?:back )?over|"
    r"turn (?:the floor|things) over|(?:a|one) (?:couple|few) more|"
    r"ground rules|on background|embargo|for attribution|dial[- ]in|this call|"
    r"(?:can|could) you hear|(?:go|move) to (?:the )?(?:next|line)|"
    r"(?:i'?ll|we'?ll|let me) (?:start|begin) with|joining (?:me|us) (?:today|here)|i'?m joined|"
    r"i have (?:a couple|a few|two|three) (?:things|items)|at the top|"
    r"(?:laughter|applause|inaudible|crosstalk)|"
    # the procedure of a hearing or committee meeting
    r"come to order|without objection|so ordered|yields? back|(?:my|your) time has expired|"
    r"reclaiming my time|unanimous consent|point of order|(?:stands?|is) adjourned|"
    r"(?:i now|chair) recognizes?|is recognized|roll call|all (?:those )?in favou?r|"
    r"(?:any|those) opposed|motion (?:carries|passes|fails)|second the motion|"
    r"call(?:ed)? (?:this|the) meeting to order|welcome to (?:this|the|today'?s|meeting)|"
    r"apologies (?:for absence|from)|declarations? of interest|papers to note|"
    r"(?:you|we) have (?:\w+ )?minutes|(?:move|go) (?:on )?to (?:item|the next item)|"
    r"exclude the public|in camera|for (?:the )?accuracy|suspend (?:the meeting|for))\b",
)
# Courtesies of any length: "It is a great satisfaction to all of us that…", "I'm very pleased
# to welcome the Minister…", "Thank you all for being here…".
_COURTESY = re.compile(
    r"\b(?:(?:it is|it'?s|it was) (?:a |an )?(?:great |real |special |particular )?"
    r"(?:pleasure|satisfaction|honou?r|privilege|joy)|"
    r"(?:i am|i'?m|we are|we'?re|i was|we were) (?:so |very |really |truly |particularly )?"
    r"(?:pleased|delighted|honou?red|happy|glad|thrilled|grateful) to "
    r"(?:welcome|be (?:here|with)|host|have|join|see)|"
    r"(?:warm(?:ly)?|hearty?) welcome|"
    r"(?:express|extend|offer|convey) (?:my |our |the )?(?:sincere |deep |deepest |heartfelt )?"
    r"(?:thanks|gratitude|appreciation)|"
    r"thank(?:s| you) (?:all |everyone )?(?:so much |very much )?for "
    r"(?:being here|coming|joining|attending|having))"
)
_NON_ANSWER = re.compile(
    r"\b(?:get ahead of|refer you (?:to|back)|point you to|(?:don'?t|do not) have "
    r"(?:anything|any(?: more)? (?:update|details?|information)|an update)|"
    r"not going to (?:comment|speak|get into|go into|weigh in)|no (?:update|comment)|"
    r"(?:won'?t|will not|can'?t|cannot) (?:comment|speculate|get into|preview|go into)|"
    r"not (?:in a position|able) to|i(?:'?m| am) not sure|i don'?t know)\b",
)
_ATTRIBUTION = re.compile(
    r"^[^.!?]{0,80}\b(?:said|says|told|added|noted|according to|stated|explained)\b"
    r"[^.!?]{0,40}[.!?]?$",
)
# Signs of substance: a number, an amount, a share, a date; a commitment or decision.
_FIGURE = re.compile(r"[\d$%]")
_CONCRETE_WORD = re.compile(
    r"\b(?:million|billion|percent|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|tomorrow|next week)\b"
)
_COMMITMENT = re.compile(
    r"\b(?:will|announc\w*|agree\w*|commit\w*|launch\w*|sign\w*|approv\w*|decid\w*|"
    r"plan(?:s|ned)? to|intend\w*|pledg\w*|propos\w*|deliver\w*|provid\w*|impos\w*|"
    r"invest\w*|deploy\w*|sanction\w*|establish\w*|releas\w*)\b",
)

# A capitalised word after the first: a named actor, place or institution. The character
# before it is part of the match (not a look-behind): a pattern opening with a character
# class is scanned for that class, much faster than one tried at every place.
_NAMED = re.compile(r"[\s(“\"'](?:[A-Z][a-z]+|[A-Z]{2,})\b")

# Substrings of which every match of a pattern contains one (see `_Joined.count`). Keep them in
# step with the patterns: each alternative must contain one of its pattern's hints.
_NON_ANSWER_HINTS = (
    "get ahead of", "refer you ", "point you to", "t have ", "not have ", "not going to ",
    "no update", "comment", "speculate", "get into", "preview", "go into",
    "not in a position", "not able to", "not sure", "t know",
)  # fmt: skip
_BREAK_HINTS = ("—", "–")
_LOGISTICS_HINTS = (
    "questions", "turn ", "hand it", "couple more", "few more", "ground rules",
    "on background", "embargo", "attribution", "dial", "this call", "you hear", "go to ",
    "move to ", "start with", "begin with", "joining ", "m joined", "i have ", "at the top",
    "laughter", "applause", "inaudible", "crosstalk", "to order", "without objection",
    "so ordered", "yield", "time has expired", "reclaiming", "unanimous consent",
    "point of order", "adjourned", "recogni", "roll call", "in favo", "opposed", "motion",
    "welcome to", "apologies", "of interest", "papers to note", "minutes", "item",
    "exclude the public", "in camera", "accuracy", "suspend",
)  # fmt: skip
_COURTESY_HINTS = (
    "pleasure", "satisfaction", "honor", "honour", "privilege", "joy", "pleased", "delighted",
    "happy", "glad", "thrilled", "grateful", "welcome", "for being here", "for coming",
    "for joining", "for attending", "for having", "thanks", "gratitude", "appreciation",
)  # fmt: skip
_CONCRETE_WORD_HINTS = (
    "million", "billion", "percent", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "tomorrow", "next week",
)  # fmt: skip
_COMMITMENT_HINTS = (
    "will", "announc", "agree", "commit", "launch", "sign", "approv", "decid", "plan",
    "intend", "pledg", "propos", "deliver", "provid", "impos", "invest", "deploy", "sanction",
    "establish", "releas",
)  # fmt: skip

# A sentence that starts mid-thought: a dash, an ellipsis or a lower-case word.
_FRAGMENT = re.compile(r"\s*(?:[—–-]|\.\.\.|…|[a-z])")
FRAGMENT_FACTOR = 0.5

# Sentences longer than this many words are lowered by the square root of the excess ratio.
LONG_SENTENCE_WORDS = 35

# Who runs the event rather than speaks to its substance (a turn label's words).
_LOGISTICS_ROLE = re.compile(r"\b(?:moderator|aide|operator|staff|host|announcer)\b", re.I)
# Spoken disfluency: a dash breaking a sentence, a cut-off word ("shooti- —").
_BREAK = re.compile(r"\s[—–]\s|\w-\s?[—–]")


@dataclass(frozen=True)
class Weights:
    """Weights of the default ranking for one kind of briefing (set on benchmarks/summary.py)."""

    overlap: float  # word-overlap centrality (sumy Reduction's), scaled to 1
    degree: float  # TF-IDF cosine degree centrality, scaled to 1
    lead: float  # article: the first paragraph gets this much, the k-th lead / k
    opening: float  # transcript: every sentence before the first question (_first_question)
    title: float  # TF-IDF cosine with the title, scaled to 1
    substance: float  # bonus factor for each of: a named actor, a number or date, a commitment
    full_sentence_terms: int  # fewer content terms than this lowers a sentence (square root)
    redundancy: float  # see select_diverse
    section_decay: float  # see select_diverse
    cover: bool  # pick a sentence count by coverage (select_covering), not by rank


# Set on benchmarks/summary.py (BBC and our briefings; see its report). Articles keep
# centrality's own order (BBC's long references reward it); transcripts, long and full of
# side talk, are picked by coverage.
ARTICLE = Weights(
    overlap=1.0,
    degree=0.0,
    lead=0.15,
    opening=0.0,
    title=0.0,
    substance=0.0,
    full_sentence_terms=4,
    redundancy=0.0,
    section_decay=0.9,
    cover=False,
)
TRANSCRIPT = Weights(
    overlap=1.0,
    degree=0.0,
    lead=0.0,
    opening=0.2,
    title=0.0,
    substance=0.2,
    full_sentence_terms=8,
    redundancy=0.3,
    section_decay=0.75,
    cover=True,
)


@dataclass(frozen=True)
class Profile:
    """The default ranking's parts, per sentence: centrality, prior, and genre factor."""

    centrality: Any  # numpy array: weighted centralities
    prior: Any  # numpy array: lead or opening statement, and overlap with the title
    factor: Any  # numpy array: bonuses for substance times penalties for filler
    weights: Weights
    counts: Any  # sentences x terms counts, terms as sumy's Reduction sees them

    def scores(self) -> Any:
        return (self.centrality + self.prior) * self.factor


def is_transcript(sentences: Sequence[Sentence]) -> bool:
    """Whether the sentences come from speaker turns (a transcript) rather than paragraphs."""
    return any(s.speaker is not None for s in sentences)


def profile(
    sentences: Sequence[Sentence], vectors: SentenceVectors, title: str | None = None
) -> Profile:
    """Centrality, prior and genre factor of every sentence (see the module docstring)."""
    import numpy as np

    n = len(sentences)
    transcript = is_transcript(sentences)
    weights = TRANSCRIPT if transcript else ARTICLE
    central = np.zeros(n)
    stems = vectors.stems if len(vectors.stems) == n else [all_stems(s.text) for s in sentences]
    counts = term_counts(stems)
    if weights.overlap:
        central += weights.overlap * scaled(overlap_centrality(counts))
    if weights.degree:
        central += weights.degree * scaled(degree_centrality(vectors.matrix))
    prior = np.zeros(n)
    if title and weights.title:
        prior += weights.title * scaled(_title_similarity(vectors, title))
    if transcript:
        first_question = _first_question(sentences)
        for i, s in enumerate(sentences[:first_question]):
            if not _LOGISTICS_ROLE.search(s.speaker or ""):
                prior[i] += weights.opening
    else:
        # The lead: the first paragraphs carry the news in an article, decaying fast.
        paragraphs = sorted({s.paragraph for s in sentences})
        rank = {p: i for i, p in enumerate(paragraphs)}
        for i, s in enumerate(sentences):
            prior[i] += weights.lead / (1 + rank[s.paragraph])
    factor = _genre_factors(sentences, [len(t) for t in vectors.terms], weights)
    return Profile(central, prior, factor, weights, counts)


def _first_question(sentences: Sequence[Sentence]) -> int:
    """Where the opening statement ends: the first reporter's question, or where no label
    marks reporters (a committee names its members), the first turn that asks. A host's or
    chair's opening lines that ask nothing ("I call this meeting to order.", "Our first
    speaker is the Minister.") come before the opening statement, not after it."""
    if any(s.question for s in sentences):
        spoken = False
        for i, s in enumerate(sentences):
            if not s.question:
                spoken = True
            elif spoken or s.text.rstrip().rstrip("\"”’')").endswith("?"):
                return i
        return len(sentences)
    start = 0
    for i in range(1, len(sentences) + 1):
        if i == len(sentences) or sentences[i].speaker != sentences[start].speaker:
            if sentences[start].speaker is not None and asks([s.text for s in sentences[start:i]]):
                return start
            start = i
    return len(sentences)


def _genre_factors(sentences: Sequence[Sentence], terms: Sequence[int], weights: Weights) -> Any:
    """How much each sentence's kind raises or lowers its score (1 is neutral)."""
    import numpy as np

    texts = [s.text.replace(_SEPARATOR, " ") for s in sentences]
    # The patterns are counted once per distinct text (a meeting repeats its thanks and
    # handovers, a pasted transcript every sentence), then given to each sentence.
    distinct: dict[str, int] = {}
    of_text = np.asarray([distinct.setdefault(t, len(distinct)) for t in texts], dtype=np.int64)
    unique_lowers = [t.lower().replace("’", "'") for t in distinct]
    lowers = [unique_lowers[k] for k in of_text]
    as_written, lowered = _Joined(list(distinct)), _Joined(unique_lowers)
    logistics = lowered.count(_LOGISTICS, _LOGISTICS_HINTS)[of_text]
    non_answer = lowered.count(_NON_ANSWER, _NON_ANSWER_HINTS)[of_text]
    courtesy = lowered.count(_COURTESY, _COURTESY_HINTS)[of_text]
    breaks = as_written.count(_BREAK, _BREAK_HINTS)[of_text]
    if weights.substance:
        concrete = as_written.count(_FIGURE) + as_written.count(
            _CONCRETE_WORD, _CONCRETE_WORD_HINTS
        )
        substance = (
            (as_written.count(_NAMED) > 0).astype(float)
            + (concrete > 0)
            + (lowered.count(_COMMITMENT, _COMMITMENT_HINTS) > 0)
        )[of_text]
    else:
        substance = np.zeros(len(texts))
    factors = np.ones(len(texts))
    # whether each speaker is a moderator, an aide …, read once per speaker (a meeting has
    # a score of speakers and thousands of sentences)
    logistics_role: dict[str, bool] = {}
    for i, s in enumerate(sentences):
        factor = math.sqrt(min(1.0, terms[i] / weights.full_sentence_terms))
        if s.question:
            factors[i] = factor * 0.05  # nothing else can lift a reporter's question
            continue
        if texts[i].rstrip().endswith("?"):
            factor *= 0.3
        if s.speaker:
            role = logistics_role.get(s.speaker)
            if role is None:
                role = logistics_role[s.speaker] = _LOGISTICS_ROLE.search(s.speaker) is not None
            if role:
                factor *= 0.2
        if terms[i] < weights.full_sentence_terms and _FILLER.search(lowers[i]):
            factor *= 0.2
        if logistics[i]:
            factor *= 0.3
        if non_answer[i]:
            factor *= 0.4
        if courtesy[i]:
            factor *= 0.4
        if terms[i] < 6 and _ATTRIBUTION.match(lowers[i]):
            factor *= 0.3
        if _FRAGMENT.match(texts[i]):  # a turn's continuation after an interruption
            factor *= FRAGMENT_FACTOR
        words = word_count(texts[i])
        if words > LONG_SENTENCE_WORDS:  # a long sentence dilutes a short summary
            factor *= math.sqrt(LONG_SENTENCE_WORDS / words)
        if breaks[i] > 1:  # one dash is punctuation; more is speech that restarts itself
            factor *= 0.9 ** (breaks[i] - 1)
        factors[i] = factor * (1.0 + weights.substance * substance[i])
    return factors


# Sentences are searched joined by this character, which is neither a word character nor
# whitespace (unlike "\x1f"), so no pattern matches across it.
_SEPARATOR = "\x00"


class _Joined:
    """Texts joined by _SEPARATOR once, so that each pattern scans them all in one pass."""

    def __init__(self, texts: Sequence[str]) -> None:
        import numpy as np

        self.texts = texts
        self.joined = _SEPARATOR.join(texts)
        self.starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]) if texts else np.zeros(0)

    def count(self, pattern: re.Pattern[str], hints: tuple[str, ...] | None = None) -> Any:
        """How many times `pattern` matches in each text.

        Every match contains one of the substrings `hints`: only the texts that have one are
        scanned, found by searching the joined texts for each hint (C-speed substring
        search, far faster than a pattern of many alternatives tried at every character).
        """
        import numpy as np

        n = len(self.texts)
        if hints is not None:
            found_at: list[int] = []
            for hint in hints:
                at = self.joined.find(hint)
                while at >= 0:
                    found_at.append(at)
                    at = self.joined.find(hint, at + 1)
            if not found_at:
                return np.zeros(n, dtype=np.int64)
            owners = np.unique(np.searchsorted(self.starts, found_at, side="right") - 1)
            if len(owners) < n:
                counts = np.zeros(n, dtype=np.int64)
                counts[owners] = _Joined([self.texts[i] for i in owners]).count(pattern)
                return counts
        found = np.array([m.start() for m in pattern.finditer(self.joined)], dtype=int)
        owner = np.searchsorted(self.starts, found, side="right") - 1
        return np.bincount(owner, minlength=n).astype(np.int64)


def scaled(values: Any) -> Any:
    import numpy as np

    values = np.asarray(values, dtype=float)
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values


def _title_similarity(vectors: SentenceVectors, title: str) -> Any:
    """Cosine between each sentence and the title, in the sentences' TF-IDF space."""
    import numpy as np

    weights: dict[int, float] = {}
    for term in content_terms(title):
        j = vectors.vocabulary.get(term)
        if j is not None:
            weights[j] = weights.get(j, 0.0) + float(vectors.idf[j])
    n = vectors.matrix.shape[0]
    if not weights:
        return np.zeros(n)
    query = np.zeros(vectors.matrix.shape[1])
    for j, w in weights.items():
        query[j] = w
    query /= np.linalg.norm(query)
    return np.asarray(vectors.matrix @ query).ravel()


def _default(
    sentences: Sequence[Sentence], vectors: SentenceVectors, title: str | None = None
) -> list[float]:
    """The briefing ranking: centrality and genre (see the module docstring)."""
    if not sentences:
        return []
    return [float(x) for x in profile(sentences, vectors, title).scores()]


# --- sumy's methods --------------------------------------------------------------------


def _lexrank(
    sentences: Sequence[Sentence], vectors: SentenceVectors, title: str | None = None
) -> list[float]:
    """sumy's LexRank ranking, vectorized (on sumy's own stems: `centrality.sumy_terms`)."""
    return lexrank([s.text for s in sentences])


def _sumy(name: str) -> Ranker:
    def rank(
        sentences: Sequence[Sentence], vectors: SentenceVectors, title: str | None = None
    ) -> list[float]:
        return sumy_scores(name, sentences, title)

    rank.__doc__ = f"sumy's {name} method."
    return rank


SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

METHODS: dict[str, Ranker] = {"default": _default, "lexrank": _lexrank} | {
    name: _sumy(name) for name in SUMY_METHODS if name != "lexrank"
}

# Edmundson's cue method needs bonus and stigma words; these are the briefing's own.
EDMUNDSON_BONUS_WORDS = ("will", "must", "agreed", "announced", "committed", "launched")
EDMUNDSON_STIGMA_WORDS = ("thank", "thanks", "hello", "question", "laughter")


def sumy_scores(
    name: str, sentences: Sequence[Sentence] | Sequence[str], title: str | None = None
) -> list[float]:
    """The rating sumy's summarizer `name` gives each sentence, in sentence order.

    sumy's summarizers all end by sorting the sentences on their rating and taking the
    first N; the rating is captured there, so ordering by it (ties in document order, as
    sumy's stable sort does) gives sumy's own pick at every length. Sentences are grouped
    into sumy paragraphs by `Sentence.paragraph`; the title, if any, is a sumy heading.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from briefcli.text.sentences import splitter

    if not sentences:
        return []
    tokenizer = splitter()
    paragraphs: list[list[Any]] = []
    last: int | None = None
    for s in sentences:
        text, paragraph = (s, 0) if isinstance(s, str) else (s.text, s.paragraph)
        if last is None or paragraph != last:
            paragraphs.append([])
            last = paragraph
        paragraphs[-1].append(SumySentence(text, tokenizer))
    if title:
        paragraphs[0].insert(0, SumySentence(title, tokenizer, is_heading=True))
    document = ObjectDocumentModel([Paragraph(p) for p in paragraphs])
    summarizer = _sumy_summarizer(name)
    captured: list[list[float]] = []

    def capture(sumy_sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(rating, dict):
            captured.append([float(rating[s]) for s in sumy_sentences])
        else:
            captured.append([float(rating(s, *args, **kwargs)) for s in sumy_sentences])
        return ()

    summarizer._get_best_sentences = capture
    with warnings.catch_warnings():
        # LSA warns when a text has fewer distinct words than sentences; it still ranks.
        warnings.simplefilter("ignore")
        summarizer(document, len(sentences))
    if not captured:  # sumy returns early on a text without words: nothing stands out
        return [0.0] * len(sentences)
    return captured[-1]


def _sumy_summarizer(name: str) -> Any:
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module, cls_name = {
        "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
        "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
        "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
        "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
        "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
        "kl": ("sumy.summarizers.kl", "KLSummarizer"),
        "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
        "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    }[name]
    cls = getattr(importlib.import_module(module), cls_name)
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    if name == "edmundson":
        summarizer.null_words = get_stop_words("english")
        summarizer.bonus_words = EDMUNDSON_BONUS_WORDS
        summarizer.stigma_words = EDMUNDSON_STIGMA_WORDS
    return summarizer


# --- picking ---------------------------------------------------------------------------


def rank(
    method: str,
    sentences: Sequence[Sentence],
    vectors: SentenceVectors,
    *,
    title: str | None = None,
) -> list[float]:
    """Scores for every sentence by `method` (a name in METHODS); higher is better."""
    try:
        ranker = METHODS[method]
    except KeyError:
        raise OptionError(f"unknown method {method!r} (choose from {', '.join(METHODS)})") from None
    return ranker(sentences, vectors, title)
