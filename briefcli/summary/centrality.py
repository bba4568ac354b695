"""Sentence centrality for the summary: sumy's LexRank, vectorized, and a linear-time variant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefcli.text.terms import stop_words, sumy_stem, words

# sumy's LexRankSummarizer constants: cosine above THRESHOLD makes an edge; the power
# method stops once an iteration moves the (unit-length) score vector by EPSILON or less.
SUMY_THRESHOLD = 0.1
SUMY_EPSILON = 0.1
# Up to this many sentences the power method runs on a dense matrix exactly as sumy's does
# (at most 50 MB); beyond it a sparse matrix keeps memory linear in the edges.
DENSE_LIMIT = 2500


def sumy_terms(text: str) -> list[str]:
    """The terms sumy's LexRank sees in a sentence given our tokenizer.

    sumy lower-cases each word, drops its stop words, then stems; unlike
    `terms.content_terms` it keeps numbers and one-letter words.
    """
    stops = stop_words()
    return [sumy_stem(w) for w in (w.lower() for w in words(text)) if w not in stops]


def lexrank(texts: Sequence[str], stems: Sequence[Sequence[str]] | None = None) -> list[float]:
    """sumy's LexRank scores for `texts`, computed with sparse matrices.

    Same model as `sumy.summarizers.lex_rank.LexRankSummarizer` with its defaults:
    TF is the term count over the sentence's largest count, IDF is log(N / (1 + df)),
    an edge joins two sentences whose TF-IDF cosine exceeds 0.1 (a sentence is its own
    neighbour), each row is divided by its degree, and the power method starts from the
    uniform vector and stops at sumy's coarse epsilon. Only the similarity arithmetic is
    vectorized: up to DENSE_LIMIT sentences the power method is sumy's own dense numpy
    code, so scores and ranking are sumy's to the last bit; above it the matrix stays
    sparse and scores are rounded to 12 digits so that near-ties stay ties. `stems`, if
    given, are the sentences' `sumy_terms` (as in `SentenceVectors.stems`).
    """
    import numpy as np
    from scipy.sparse import diags

    n = len(texts)
    if n == 0:
        return []
    if stems is None or len(stems) != n:
        stems = [sumy_terms(t) for t in texts]
    counts = term_counts(stems)
    top = counts.max(axis=1).toarray().ravel()
    tf = diags(np.divide(1.0, top, out=np.zeros(n), where=top > 0)) @ counts
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    # The sign of sumy's IDF (negative for a term in nearly every sentence) never matters:
    # it enters the cosine squared.
    idf = np.abs(np.log(n / (1.0 + df)))
    weighted = tf @ diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    unit = diags(np.divide(1.0, norms, out=np.zeros(n), where=norms > 0)) @ weighted
    cosine = (unit @ unit.T).tocsr()
    cosine.data = (cosine.data > SUMY_THRESHOLD).astype(float)
    cosine.eliminate_zeros()
    degree = np.asarray(cosine.sum(axis=1)).ravel()
    degree[degree == 0] = 1.0
    if n <= DENSE_LIMIT:
        # sumy's own arithmetic (a dense row-normalised matrix, numpy.dot), so even its
        # near-ties, decided by the last bits of a float, fall the same way.
        transition_t = (cosine.toarray() / degree[:, None]).T
    else:
        transition_t = (diags(1.0 / degree) @ cosine).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > SUMY_EPSILON:
        following = transition_t @ p
        norm = np.linalg.norm(following)
        if norm == 0:  # no edges at all: sumy would divide by zero; every sentence ties
            return [0.0] * n
        following = following / norm
        change = float(np.linalg.norm(np.subtract(following, p)))
        p = following
    if n <= DENSE_LIMIT:
        return [float(x) for x in p]
    return [round(float(x), 12) for x in p]


def degree_centrality(matrix: Any) -> Any:
    """Each sentence's summed TF-IDF cosine with every sentence, in linear time.

    This is continuous LexRank without damping: on an undirected weighted graph the
    random walk's stationary distribution is proportional to the weighted degree, so no
    iteration is needed. The similarity matrix S = M Mᵀ is never built: the degrees
    S 1 = M (Mᵀ 1) are two sparse products of the size of M (rows L2-normalised).
    """
    import numpy as np

    n = matrix.shape[0]
    if n == 0:
        return np.zeros(0)
    return np.asarray(matrix @ (matrix.T @ np.ones(n))).ravel()


def term_counts(terms: Sequence[Sequence[str]]) -> Any:
    """A sentences x terms sparse matrix of term counts (CSR)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    cols = [vocabulary.setdefault(t, len(vocabulary)) for ts in terms for t in ts]
    rows = np.repeat(np.arange(len(terms), dtype=np.int64), [len(ts) for ts in terms])
    # Repeated (row, column) pairs are summed into counts when the matrix is built.
    counts = csr_matrix(
        (np.ones(len(cols)), (rows, np.array(cols, dtype=np.int64))),
        shape=(len(terms), max(len(vocabulary), 1)),
    )
    counts.sum_duplicates()
    return counts


def overlap_centrality(counts: Any) -> Any:
    """Each sentence's summed word overlap with every other, as sumy's Reduction scores it.

    `counts` is a sentences x terms count matrix C (see `term_counts`; a slice of rows
    scores those sentences among themselves). The edge between sentences i and j is the
    number of matching term pairs, Σₜ cᵢ(t)·cⱼ(t), over log |i| + log |j| (|i| counts
    terms); a sentence's score is the sum of its edges. Long sentences that share the
    briefing's words score high. The denominator depends on both sentences, but on i
    only through |i|, which takes few values: for each distinct length ℓ, the column
    wⱼ = 1 / (log ℓ + log |j|) gives C (Cᵀ w), the score of every sentence of that
    length, so the cost is the size of C times the number of distinct lengths, never
    the number of sentence pairs.
    """
    import numpy as np

    n = counts.shape[0]
    if n == 0:
        return np.zeros(0)
    sizes = np.asarray(counts.sum(axis=1)).ravel().round().astype(np.int64)
    logs = np.log(np.maximum(sizes, 1))
    lengths, column = np.unique(sizes, return_inverse=True)
    # norms[j, k]: log |j| + log (k-th distinct length); two one-term sentences share a
    # zero norm and Reduction counts their edge as 0, as it does any edge of an empty one.
    norms = logs[:, None] + np.log(np.maximum(lengths, 1))[None, :]
    weights = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    weights[sizes == 0, :] = 0.0
    reach = np.asarray(counts @ (counts.T @ weights))  # n x distinct lengths
    rows = np.arange(n)
    self_overlap = np.asarray(counts.multiply(counts).sum(axis=1)).ravel()
    scores = reach[rows, column] - self_overlap * weights[rows, column]
    scores[sizes == 0] = 0.0
    return scores
