"""The summary stage: the briefing's summary and each section's, ranked, then picked in order."""

from __future__ import annotations

from collections.abc import Sequence

from briefcli.model import Sentence
from briefcli.sections.boundaries import Span
from briefcli.summary.centrality import (
    overlap_centrality,
)
from briefcli.summary.length import Length
from briefcli.summary.picking import (
    COVERED_DECAY,
    COVERING_SECTION_DECAY,
    NEAR_DUPLICATE,
    select,
    select_covering,
    select_diverse,
)
from briefcli.summary.ranking import Profile, profile, rank, scaled
from briefcli.text.terms import SentenceVectors

SECTION_SUMMARY_SENTENCES = 2


# A section this long (in sentences) gets a second summary sentence, if one scores at
# least SECOND_SENTENCE_SHARE of the first's adjusted score.
SECOND_SENTENCE_FROM = 6


SECOND_SENTENCE_SHARE = 0.5


def summarize(
    sentences: Sequence[Sentence],
    vectors: SentenceVectors,
    spans: Sequence[Span],
    length: Length,
    method: str = "default",
    *,
    title: str | None = None,
) -> tuple[list[int], list[list[int]]]:
    """The summary's sentence ids, and each section's summary ids, all in document order.

    With the default method a section's summary is one sentence, or two when the section
    has SECOND_SENTENCE_FROM sentences or more and a second, different sentence scores
    at least SECOND_SENTENCE_SHARE of the first; its ranking mixes centrality within the
    section with centrality in the whole briefing. Other methods take their top two.
    """
    if method != "default":
        scores = rank(method, sentences, vectors, title=title)
        chosen = [sentences[i].id for i in select(sentences, scores, length)]
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
    if not sentences:
        return [], [[] for _ in spans]
    parts = profile(sentences, vectors, title)
    # The picks spread over the text's broad parts (a section's part, or the section).
    section_of = [0] * len(sentences)
    for k, span in enumerate(spans):
        for i in range(span.first_sentence, span.last_sentence + 1):
            section_of[i] = k if span.part is None else span.part
    if length.words is not None or parts.weights.cover:
        picked = select_covering(
            sentences,
            parts,
            length,
            vectors.matrix,
            decay=0.0 if length.words is not None else COVERED_DECAY,
            section_of=section_of,
            section_decay=COVERING_SECTION_DECAY,
        )
    else:
        picked = select_diverse(
            sentences,
            parts.scores(),
            length,
            vectors.matrix,
            section_of,
            redundancy=parts.weights.redundancy,
            section_decay=parts.weights.section_decay,
        )
    chosen = [sentences[i].id for i in picked]
    return chosen, _section_summaries(sentences, vectors, spans, parts)


def _section_summaries(
    sentences: Sequence[Sentence], vectors: SentenceVectors, spans: Sequence[Span], parts: Profile
) -> list[list[int]]:
    """One or two sentences for each section (see `summarize`), all sections at once."""
    import numpy as np
    from scipy.sparse import csr_matrix

    n = len(sentences)
    section = np.full(n, -1, dtype=np.int64)
    for k, span in enumerate(spans):
        section[span.first_sentence : span.last_sentence + 1] = k
    inside = section >= 0
    # What a section is about: word-overlap centrality among its own sentences. Giving
    # each (section, term) pair its own column keeps sentences of different sections
    # from overlapping, so one product scores every section.
    counts = parts.counts.tocoo()
    keep = inside[counts.row]
    columns = section[counts.row[keep]] * counts.shape[1] + counts.col[keep]
    _, columns = np.unique(columns, return_inverse=True)
    local_counts = csr_matrix(
        (counts.data[keep], (counts.row[keep], columns)),
        shape=(n, int(columns.max()) + 1 if columns.size else 1),
    )
    local = overlap_centrality(local_counts)
    whole = scaled(parts.centrality)
    best_local = np.zeros(len(spans))
    np.maximum.at(best_local, section[inside], local[inside])
    local = np.where(inside, local / np.where(best_local[section] > 0, best_local[section], 1), 0)
    # Half and half with the sentence's standing in the whole briefing.
    scores = (0.5 * local + 0.5 * whole + parts.prior) * parts.factor
    # A reporter's question never stands for a section; a section of questions alone has
    # no summary sentence.
    # Nor does a sentence without one word of content ("Okay.", "Thank you.").
    asked = np.array([s.question for s in sentences], dtype=bool)
    asked |= np.diff(parts.counts.tocsr().indptr) == 0
    scores = np.where(asked, -1.0, scores)
    redundancy = max(parts.weights.redundancy, 0.3)
    # Each section's best sentence, and (for long sections) every sentence's similarity to
    # the best ones, in one sparse product rather than one per section.
    bests: list[int | None] = []
    for span in spans:
        first, last = span.first_sentence, span.last_sentence + 1
        best = first + int(np.argmax(scores[first:last])) if last > first else None
        bests.append(None if best is None or asked[best] else best)
    long_bests = [
        b
        for b, span in zip(bests, spans, strict=True)
        if b is not None and span.last_sentence + 1 - span.first_sentence >= SECOND_SENTENCE_FROM
    ]
    column = {b: k for k, b in enumerate(long_bests)}
    similarities = (vectors.matrix @ vectors.matrix[long_bests].T).toarray() if long_bests else None
    out: list[list[int]] = []
    for span, found in zip(spans, bests, strict=True):
        first, last = span.first_sentence, span.last_sentence + 1
        if found is None:
            out.append([])
            continue
        best = found
        if last - first < SECOND_SENTENCE_FROM:
            out.append([sentences[best].id])
            continue
        assert similarities is not None
        similarity = similarities[first:last, column[best]]
        adjusted = np.where(
            similarity < NEAR_DUPLICATE, scores[first:last] * (1 - redundancy * similarity), 0.0
        )
        adjusted[best - first] = 0.0
        second = first + int(np.argmax(adjusted))
        if adjusted[second - first] <= 0 or (
            adjusted[second - first] < SECOND_SENTENCE_SHARE * scores[best]
        ):
            out.append([sentences[best].id])
        else:
            out.append([sentences[i].id for i in sorted((best, second))])
    return out
