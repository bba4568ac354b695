"""Paragraphs as the quote finder reads them: plain text, sentence offsets, masked title stops."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefcli.lexicon.people import TITLE_ABBREVIATIONS
from briefcli.model import Sentence
from briefcli.people.speaker import single_marks_quote
from briefcli.quotes.reporting import attributing, plausible_who
from briefcli.quotes.spans import plain_text_of


@dataclass
class Paragraph:
    """A paragraph's plain text (links and emphasis removed) and its sentences."""

    index: int
    plain: str
    origin: list[int]  # plain offset -> offset in the joined sentence text
    sentences: list[Sentence]
    starts: list[int]  # offset of each sentence in the joined sentence text
    # `plain` with the stops of abbreviated titles ("the Rev. Thomas Lyle") as spaces:
    # the same offsets, read for attributions only.
    masked: str = ""
    # Who each sentence (by its plain offset) names speaking, read when first needed.
    speakers: dict[int, Speakers] = field(default_factory=dict)

    def sentence_start(self, plain_offset: int) -> int:
        """The plain offset where the sentence holding `plain_offset` begins."""
        sid, inside = self.locate(plain_offset)
        at = self.origin[min(plain_offset, len(self.origin) - 1)] - inside
        # `origin` increases strictly: a bisection, not a scan per quote.
        return bisect_left(self.origin, at)

    def locate(self, plain_offset: int) -> tuple[int, int]:
        """The sentence id and offset inside that sentence of a plain-text offset."""
        at = self.origin[min(plain_offset, len(self.origin) - 1)] if self.origin else 0
        i = max(0, bisect_right(self.starts, at) - 1)
        return self.sentences[i].id, at - self.starts[i]


_ABBREVIATED_TITLE = re.compile(
    rf"\b({'|'.join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))})\.(?=\s+[A-Z])"
)


UNMASK = re.compile(
    rf"\b({'|'.join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))})  (?=[A-Z])"
)


def read_paragraphs(sentences: Sequence[Sentence]) -> list[Paragraph]:
    grouped: dict[int, list[Sentence]] = {}
    for s in sentences:
        grouped.setdefault(s.paragraph, []).append(s)
    out = []
    singles = single_marks_quote(s.text for s in sentences)
    for index, group in sorted(grouped.items()):
        starts, pos = [], 0
        for s in group:
            starts.append(pos)
            pos += len(s.text) + 1
        joined = " ".join(s.text for s in group)
        plain, origin = plain_text_of(joined, singles)
        masked = _ABBREVIATED_TITLE.sub(r"\1 ", plain) if "." in plain else plain
        out.append(Paragraph(index, plain, origin, group, starts, masked=masked))
    return out


@lru_cache(maxsize=2048)
def plain_text(text: str) -> str:
    """A sentence's text without links and emphasis; kept, as quotes look back over it."""
    return plain_text_of(text)[0]


# The head of a description and a relative pronoun: "a remark that ", "the plan which ".
_RELATIVE_HEAD = re.compile(r"^(?:[\w'’\-]+\s+){1,4}?(?:that|which)\s+(?=\S)")


class Speakers:
    """The speakers a sentence names with a reporting verb, read once from the sentence's
    start however many fragments it quotes. No match holds a quotation mark, so the
    matches before a fragment's opening mark are those of the text up to that mark."""

    def __init__(self, plain: str, start: int, end: int) -> None:
        self.end = end
        self._text = plain
        self._matches = attributing().sentence_speaker.finditer(plain, start, end)
        self._starts: list[int] = []
        # The latest plausible speaker up to each match.
        self._latest: list[tuple[str, int, bool] | None] = []
        self._done = False

    def latest_before(self, end: int) -> tuple[str, int, bool] | None:
        """The last plausible speaker of a match that starts before `end`."""
        while not self._done and (not self._starts or self._starts[-1] < end):
            m = next(self._matches, None)
            if m is None:
                self._done = True
                break
            best = self._latest[-1] if self._latest else None
            subject, start = m.group("who"), m.start("who")
            clause = _RELATIVE_HEAD.match(subject)
            if clause is not None and not plausible_who(subject):
                # "a remark that Atlanta's mayor, Kendra Oduya-Phelps, described as": the
                # speaker is the relative clause's subject.
                subject, start = subject[clause.end() :], start + clause.end()
            where = _PEOPLE_OF_PLACE.search(self._text, max(0, start - 40), start)
            if where is not None:
                # "Islanders on South Uist say": the people of a place speak, not the place.
                subject, start = self._text[where.start() : m.end("who")], where.start()
            who = subject + (m.group("mid") or "")
            if plausible_who(subject) and '"' not in who and "“" not in who:
                best = (who, start, m.group("verb") in _DESCRIBING)
            self._starts.append(m.start())
            self._latest.append(best)
        k = bisect_left(self._starts, end)
        return self._latest[k - 1] if k else None


# People named by a plural noun and where they are, right before a place's name:
# "Islanders on South Uist", "Officials in Ottawa".
_PEOPLE_OF_PLACE = re.compile(r"\b[A-Za-z][a-z]{2,}s\s+(?:on|in|at|from)\s+$")


_DESCRIBING = frozenset({"called", "calls", "described", "describes", "believes", "thinks"})
