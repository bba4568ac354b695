"""Sentence splitting: NLTK's Punkt with the packaged English model and briefing abbreviations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# Abbreviations of this domain that Punkt's English model lacks or knows only weakly.
# Each is written lower-case without its final period, as Punkt stores them.
BRIEFING_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr cdr adm sgt cpl pvt spc sen rep gov amb sec
    st mt ft pres hon rev jr sr esq gens sens reps govs
    u.s u.n u.k u.s.a e.u d.c a.m p.m e.g i.e et al vs etc inc ltd co corp no nos p pp
    jan feb mar apr jun jul aug sep sept oct nov dec
    ariz calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)


class SentenceSplitter:
    """Splits paragraph text into sentences; also the tokenizer object handed to sumy."""

    language = "english"

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
        from punkt import load_model

        model = load_model("english")
        params = PunktParameters()
        params.abbrev_types = set(model.abbrev_types) | set(BRIEFING_ABBREVIATIONS)
        params.collocations = set(model.collocations)
        params.sent_starters = set(model.sent_starters)
        params.ortho_context.update(model.ortho_context)
        self._punkt: Any = PunktSentenceTokenizer(params)

    def split(self, text: str) -> list[str]:
        """The sentences of one paragraph, whitespace folded, in order."""
        text = _WHITESPACE.sub(" ", text).strip()
        if not text:
            return []
        return [s for s in self._punkt.tokenize(text) if s.strip()]

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Character spans of the sentences of `text` (no whitespace folding)."""
        return iter(self._punkt.span_tokenize(text))

    # sumy's tokenizer protocol
    def to_sentences(self, paragraph: str) -> list[str]:
        return self.split(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        from briefcli.terms import words

        return words(sentence)


_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def splitter() -> SentenceSplitter:
    """The shared splitter (building it loads the model once per process)."""
    return SentenceSplitter()


def split(text: str) -> list[str]:
    """The sentences of one paragraph."""
    return splitter().split(text)
