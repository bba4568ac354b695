"""Words, stop words, stems and TF-IDF sentence vectors shared by sections and summary."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# A word: letters (any script) with inner apostrophes or hyphens; numbers kept whole.
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of `text`, in order, as written."""
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words from sumy's bundled list (nothing is downloaded)."""
    from sumy.utils import get_stop_words

    return frozenset(w.lower() for w in get_stop_words("english"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English (Porter 2) stem of a lower-cased word, by the Snowball project's
    own implementation: importing NLTK's costs a second and a half of every start, since
    `import nltk` imports scipy.stats. Curly apostrophes count as straight ones, as NLTK's
    stemmer has them."""
    return str(_stemmer().stemWord(word.replace("’", "'")))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """PyStemmer (the Snowball algorithms compiled to C, 10-15 times faster per word), or,
    where it is not installed, `snowballstemmer`'s pure-Python code: both are generated from
    the same Snowball source and stem every word of the corpus (and 980,000 words of text
    and code besides) alike."""
    try:
        import Stemmer
    except ImportError:
        from snowballstemmer.english_stemmer import EnglishStemmer

        return EnglishStemmer()
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def sumy_stem(word: str) -> str:
    """The stem sumy gives a lower-cased word: NLTK's Snowball English stemmer, whose
    rules differ from the current Snowball release on a few words ("added": "ad", not
    "add"). Used where a ranking must be sumy's own (`centrality.sumy_terms`)."""
    return str(_nltk_stemmer().stem(word))


@lru_cache(maxsize=1)
def _nltk_stemmer() -> Any:
    from nltk.stem.snowball import EnglishStemmer

    return EnglishStemmer()


@lru_cache(maxsize=131072)
def _term(word: str) -> tuple[str, bool] | None:
    """A word as the vectors see it: None for a stop word, else its stem and whether it is
    a content term (not a bare number or a single letter). Cached: most words recur."""
    lw = word.lower()
    if lw in stop_words():
        return None
    return stem(lw), not (lw[0].isdigit() or len(lw) < 2)


def content_terms(text: str) -> list[str]:
    """Stems of the words of `text` that carry content: no stop words, no bare numbers."""
    found = map(_term, words(text))
    return [t[0] for t in found if t is not None and t[1]]


def all_stems(text: str) -> list[str]:
    """Stems of every word of `text` but stop words, numbers and single letters included
    (the stems `vectorize` keeps as `SentenceVectors.stems`)."""
    return [t[0] for t in map(_term, words(text)) if t is not None]


@dataclass(frozen=True)
class SentenceVectors:
    """TF-IDF vectors of a list of sentences, rows L2-normalised (a scipy CSR matrix).

    `terms` are each sentence's content terms (see `content_terms`), which the vectors
    are made of; `stems` are all its non-stop-word stems, numbers and single letters
    included (`all_stems`; empty when not computed).
    """

    terms: tuple[tuple[str, ...], ...]
    vocabulary: dict[str, int]
    idf: Any  # numpy array, one weight per vocabulary term
    matrix: Any  # scipy.sparse.csr_matrix, sentences x vocabulary
    stems: tuple[tuple[str, ...], ...] = ()

    def similarity(self) -> Any:
        """Cosine similarity of every pair of sentences (sparse)."""
        return self.matrix @ self.matrix.T


def vectorize(texts: Sequence[str]) -> SentenceVectors:
    """TF-IDF vectors for `texts` (each a sentence), with smoothed IDF."""
    import numpy as np
    from scipy.sparse import csr_matrix

    stems_of: list[tuple[str, ...]] = []
    terms_of: list[tuple[str, ...]] = []
    for text in texts:
        # One pass gives both views (`all_stems` and `content_terms`).
        stems: list[str] = []
        content: list[str] = []
        for w in words(text):
            term = _term(w)
            if term is None:
                continue
            stems.append(term[0])
            if term[1]:
                content.append(term[0])
        stems_of.append(tuple(stems))
        terms_of.append(tuple(content))
    terms = tuple(terms_of)
    vocabulary: dict[str, int] = {}
    df: Counter[str] = Counter()
    for ts in terms:
        for t in ts:
            vocabulary.setdefault(t, len(vocabulary))
        df.update(set(ts))
    n = max(len(terms), 1)
    idf = np.zeros(len(vocabulary))
    for t, i in vocabulary.items():
        idf[i] = math.log((1 + n) / (1 + df[t])) + 1.0
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, ts in enumerate(terms):
        for t, c in Counter(ts).items():
            j = vocabulary[t]
            rows.append(r)
            cols.append(j)
            vals.append(c * idf[j])
    matrix = csr_matrix(
        (
            np.array(vals, dtype=float),
            (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)),
        ),
        shape=(len(terms), len(vocabulary)),
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    from scipy.sparse import diags

    matrix = diags(1.0 / norms) @ matrix
    return SentenceVectors(
        terms=terms, vocabulary=vocabulary, idf=idf, matrix=matrix.tocsr(), stems=tuple(stems_of)
    )
