"""Sentence centrality for the summary: sumy's LexRank, vectorized, and a linear-time variant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from briefcli.terms import stem, stop_words, words

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
    return [stem(w) for w in (w.lower() for w in words(text)) if w not in stops]


def lexrank(texts: Sequence[str]) -> list[float]:
    """sumy's LexRank scores for `texts`, computed with sparse matrices.

    Same model as `sumy.summarizers.lex_rank.LexRankSummarizer` with its defaults:
    TF is the term count over the sentence's largest count, IDF is log(N / (1 + df)),
    an edge joins two sentences whose TF-IDF cosine exceeds 0.1 (a sentence is its own
    neighbour), each row is divided by its degree, and the power method starts from the
    uniform vector and stops at sumy's coarse epsilon. Only the similarity arithmetic is
    vectorized: up to DENSE_LIMIT sentences the power method is sumy's own dense numpy
    code, so scores and ranking are sumy's to the last bit; above it the matrix stays
    sparse and scores are rounded to 12 digits so that near-ties stay ties.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    n = len(texts)
    if n == 0:
        return []
    counts = [Counter(sumy_terms(t)) for t in texts]
    vocabulary: dict[str, int] = {}
    for c in counts:
        for term in c:
            vocabulary.setdefault(term, len(vocabulary))
    rows: list[int] = []
    cols: list[int] = []
    tfs: list[float] = []
    for r, c in enumerate(counts):
        if not c:
            continue
        top = max(c.values())
        for term, k in c.items():
            rows.append(r)
            cols.append(vocabulary[term])
            tfs.append(k / top)
    shape = (n, len(vocabulary))
    tf = csr_matrix((np.array(tfs), (np.array(rows, dtype=np.int64), np.array(cols))), shape=shape)
    df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocabulary))
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


def degree_centrality(matrix: Any, damping: float = 0.85, tolerance: float = 1e-7) -> Any:
    """Continuous LexRank over the cosine graph of L2-normalised rows, in linear time.

    The similarity matrix S = M Mᵀ is never built: the random walk's step
    S D⁻¹ p is computed as M (Mᵀ (p / d)), two sparse products of the size of M, where
    d = S 1 = M (Mᵀ 1) are the weighted degrees. Sentences without terms jump anywhere.
    Returns a numpy array that sums to 1.
    """
    import numpy as np

    n = matrix.shape[0]
    if n == 0:
        return np.zeros(0)
    matrix_t = matrix.T.tocsr()
    degree = matrix @ (matrix_t @ np.ones(n))
    dangling = degree <= 1e-12
    safe = np.where(dangling, 1.0, degree)
    p = np.full(n, 1.0 / n)
    for _ in range(200):
        walk = matrix @ (matrix_t @ np.where(dangling, 0.0, p / safe))
        walk += p[dangling].sum() / n
        following = (1.0 - damping) / n + damping * walk
        following /= following.sum()
        done = float(np.abs(following - p).sum()) < tolerance
        p = following
        if done:
            break
    return p


def overlap_centrality(terms: Sequence[Sequence[str]]) -> Any:
    """Each sentence's summed word overlap with every other, as sumy's Reduction scores it.

    The edge between sentences i and j is the number of matching term pairs,
    Σₜ cᵢ(t)·cⱼ(t), over log |i| + log |j| (|i| counts terms); a sentence's score is the
    sum of its edges. Long sentences that share the briefing's words score high. The
    denominator depends on both sentences, but only through |i|, which takes few values:
    for each distinct length ℓ, one sparse product Cᵀ w with wⱼ = 1 / (log ℓ + log |j|)
    serves every sentence of that length, so the cost is the size of C times the number
    of distinct lengths, never the number of sentence pairs.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    n = len(terms)
    if n == 0:
        return np.zeros(0)
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, ts in enumerate(terms):
        for term, k in Counter(ts).items():
            rows.append(r)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            vals.append(float(k))
    counts = csr_matrix(
        (np.array(vals), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
        shape=(n, max(len(vocabulary), 1)),
    )
    sizes = np.array([len(ts) for ts in terms])
    logs = np.log(np.maximum(sizes, 1))
    counts_t = counts.T.tocsr()
    self_overlap = np.asarray(counts.multiply(counts).sum(axis=1)).ravel()
    scores = np.zeros(n)
    for size in np.unique(sizes[sizes > 0]):
        members = np.flatnonzero(sizes == size)
        norm = np.log(size) + logs
        # Two one-term sentences share a zero norm: Reduction counts their edge as 0.
        weights = np.divide(1.0, norm, out=np.zeros(n), where=norm > 0)
        weights[sizes == 0] = 0.0
        reach = counts[members] @ (counts_t @ weights)
        own = self_overlap[members] * weights[members]
        scores[members] = reach - own
    return scores
