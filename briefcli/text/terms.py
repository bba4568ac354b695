"""Words, stop words, stems and TF-IDF sentence vectors shared by sections and summary."""

from __future__ import annotations

import math
import re
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


class _Terms(dict[str, "tuple[str, str | None] | None"]):
    """What each word is to the vectors, looked up per word and computed once: None for a
    stop word, else its stem and, if it is a content term (not a bare number or a single
    letter), the stem again (else None). A plain dict whose misses are computed (the lookup
    of a known word stays a C-level dict access); emptied when it holds MAX_WORDS words, so
    that an input of a million distinct tokens cannot grow it without bound."""

    MAX_WORDS = 131072

    def __missing__(self, word: str) -> tuple[str, str | None] | None:
        lw = word.lower()
        if lw in stop_words():
            value = None
        else:
            stemmed = stem(lw)
            value = (stemmed, None if lw[0].isdigit() or len(lw) < 2 else stemmed)
        if len(self) >= self.MAX_WORDS:
            self.clear()
        self[word] = value
        return value


_TERMS = _Terms()


def content_terms(text: str) -> list[str]:
    """Stems of the words of `text` that carry content: no stop words, no bare numbers."""
    found = map(_TERMS.__getitem__, words(text))
    return [t[1] for t in found if t is not None and t[1] is not None]


def all_stems(text: str) -> list[str]:
    """Stems of every word of `text` but stop words, numbers and single letters included
    (the stems `vectorize` keeps as `SentenceVectors.stems`)."""
    return [t[0] for t in map(_TERMS.__getitem__, words(text)) if t is not None]


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
    from scipy.sparse import csr_matrix, diags

    lookup = _TERMS.__getitem__
    stems_of: list[tuple[str, ...]] = []
    terms_of: list[tuple[str, ...]] = []
    read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # a text said again
    for text in texts:
        known = read.get(text)
        if known is None:
            # One pass gives both views (`all_stems` and `content_terms`).
            found = [t for t in map(lookup, _WORD.findall(text)) if t is not None]
            known = read[text] = (
                tuple([t[0] for t in found]),
                tuple([t[1] for t in found if t[1] is not None]),
            )
        stems_of.append(known[0])
        terms_of.append(known[1])
    terms = tuple(terms_of)
    n = len(terms)
    # Term ids in order of first use; a sentence's count of a term is the number of its
    # (sentence, term) pairs, summed when the matrix is built.
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(t, len(vocabulary)) for ts in terms for t in ts]
    rows = np.repeat(np.arange(n, dtype=np.int64), [len(ts) for ts in terms])
    counts = csr_matrix(
        (np.ones(len(ids)), (rows, np.array(ids, dtype=np.int64))), shape=(n, len(vocabulary))
    )
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = np.zeros(len(vocabulary))
    size = max(n, 1)
    for i, d in enumerate(df.tolist()):
        idf[i] = math.log((1 + size) / (1 + d)) + 1.0
    matrix = csr_matrix(
        (counts.data * idf[counts.indices], counts.indices, counts.indptr),
        shape=(n, len(vocabulary)),
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = diags(1.0 / norms) @ matrix
    return SentenceVectors(
        terms=terms, vocabulary=vocabulary, idf=idf, matrix=matrix.tocsr(), stems=tuple(stems_of)
    )
