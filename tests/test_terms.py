"""Terms: words, stop words, stems and the TF-IDF sentence vectors sections and summary share."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from briefcli.text import terms
from briefcli.text.terms import content_terms, stem, stop_words, vectorize, words

DATA = Path(__file__).parent / "data"


def test_words_keep_inner_apostrophes_hyphens_and_whole_numbers() -> None:
    assert words("NATO's long-range plan: $1,300.50 by Oct. 10 — we’re ready.") == [
        "NATO's", "long-range", "plan", "1,300.50", "by", "Oct", "10", "we’re", "ready",
    ]


def test_stop_words_come_from_sumys_english_list_lower_cased() -> None:
    stops = stop_words()
    assert {"the", "and", "will", "said"} <= stops
    assert "nato" not in stops
    assert all(w == w.lower() for w in stops)


def test_stems_are_snowball_english() -> None:
    assert stem("ministers") == "minist"
    assert stem("immobilized") == "immobil"
    assert stem("running") == "run"


def test_the_compiled_stemmer_and_the_pure_python_fallback_stem_alike() -> None:
    # PyStemmer (C) is used where installed; snowballstemmer's pure Python otherwise. Both are
    # generated from the Snowball source: every word of the test texts stems the same.
    from snowballstemmer.english_stemmer import EnglishStemmer

    compiled = pytest.importorskip("Stemmer").Stemmer("english")
    pure = EnglishStemmer()
    vocabulary = {
        w.lower().replace("’", "'")
        for path in DATA.rglob("*")
        if path.is_file() and path.suffix in (".txt", ".md", ".json", ".html")
        for w in words(path.read_text(encoding="utf-8", errors="replace"))
    }
    assert len(vocabulary) > 5000
    assert [compiled.stemWord(w) for w in sorted(vocabulary)] == [
        pure.stemWord(w) for w in sorted(vocabulary)
    ]


def test_stems_fall_back_to_pure_python_without_pystemmer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "Stemmer", None)  # import Stemmer raises ImportError
    terms._stemmer.cache_clear()
    try:
        assert type(terms._stemmer()).__module__ == "snowballstemmer.english_stemmer"
        assert terms._stemmer().stemWord("ministers") == "minist"
    finally:
        terms._stemmer.cache_clear()


def test_content_terms_drop_stop_words_numbers_and_single_letters() -> None:
    assert content_terms("The U.S. will send 4,700 troops to Poland.") == [
        "send", "troop", "poland",
    ]


def test_vectorize_gives_unit_rows_over_a_shared_vocabulary() -> None:
    vectors = vectorize(
        [
            "NATO ministers met in Brussels.",
            "The ministers discussed Kosovo.",
            "Thank you.",
            "Kosovo tensions rose.",
        ]
    )
    assert vectors.terms[0] == ("nato", "minist", "met", "brussel")
    assert vectors.terms[2] == ()  # "thank" and "you" are both stop words
    assert set(vectors.vocabulary) == {
        t for terms in vectors.terms for t in terms
    }
    norms = np.sqrt(np.asarray(vectors.matrix.multiply(vectors.matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, [1.0, 1.0, 0.0, 1.0])
    # A term in two sentences weighs less than one in a single sentence.
    assert vectors.idf[vectors.vocabulary["minist"]] < vectors.idf[vectors.vocabulary["nato"]]
    similarity = vectors.similarity().toarray()
    assert np.allclose(similarity, similarity.T)
    assert similarity[0, 1] > 0 and similarity[0, 3] == 0 and similarity[1, 3] > 0


def test_vectorize_handles_no_sentences_and_sentences_without_terms() -> None:
    empty = vectorize([])
    assert empty.matrix.shape == (0, 0)
    blank = vectorize(["", "Thank you.", "Kosovo."])
    assert blank.terms[:2] == ((), ())
    assert blank.matrix.shape == (3, 1)
    assert blank.matrix[0].nnz == 0


def test_vectorize_keeps_every_stem_as_sumy_sees_it() -> None:
    vectors = vectorize(["The U.N. will send 4,700 troops to Poland in 2 weeks."])
    # Numbers stay among the stems, as sumy sees a sentence; the content terms drop them.
    assert vectors.stems[0] == ("send", "4,700", "troop", "poland", "2", "week")
    assert vectors.terms[0] == ("send", "troop", "poland", "week")
