"""Who speaks in a brief: each named person, their title, and how much they said."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefcli.model import Brief


@dataclass(frozen=True)
class Person:
    """A named speaker of one briefing: quoted, or speaking in a transcript's turns."""

    name: str
    title: str | None
    quotes: int
    sentences: int


def people_of(brief: Brief) -> list[Person]:
    """The people who speak in `brief`, in order of first appearance. Reporters' questions
    are not an official's words, so a name seen only asking is left out."""
    order: dict[str, str] = {}  # casefolded name -> the name as first written
    quotes: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    titles: dict[str, Counter[str]] = {}
    spoken = sorted(
        [(q.sentence, 0, q.speaker, q.speaker_title) for q in brief.quotes if q.speaker]
        + [(s.id, 1, s.speaker, None) for s in brief.sentences if s.speaker and not s.question]
    )
    for _, is_sentence, name, title in spoken:
        assert name is not None
        key = name.casefold()
        order.setdefault(key, name)
        if is_sentence:
            sentences[key] += 1
        else:
            quotes[key] += 1
            if title:
                titles.setdefault(key, Counter())[title] += 1
    return [
        Person(
            name=name,
            title=titles[key].most_common(1)[0][0] if key in titles else None,
            quotes=quotes[key],
            sentences=sentences[key],
        )
        for key, name in order.items()
    ]
