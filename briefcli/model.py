"""The Brief: frozen data the pipeline produces and every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

Kind = Literal["article", "transcript"]
ActionKind = Literal["commitment", "obligation", "expectation", "scheduled"]


@dataclass(frozen=True)
class Sentence:
    """One sentence of the briefing; `paragraph` indexes the paragraph or speaker turn."""

    id: int
    text: str
    paragraph: int
    speaker: str | None = None
    question: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "paragraph": self.paragraph,
            "speaker": self.speaker,
            "question": self.question,
        }


@dataclass(frozen=True)
class SummarySentence:
    """A sentence chosen for a summary, by id into `Brief.sentences`."""

    sentence: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "text": self.text}


@dataclass(frozen=True)
class Section:
    """A topical run of sentences, `first_sentence` to `last_sentence` inclusive."""

    title: str
    first_sentence: int
    last_sentence: int
    summary: tuple[SummarySentence, ...] = ()
    # The broad part of the text the section belongs to, over which the summary spreads its
    # picks (prose is cut finer than its parts); None: a part of its own. Not serialised.
    part: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "first_sentence": self.first_sentence,
            "last_sentence": self.last_sentence,
            "summary": [s.to_dict() for s in self.summary],
        }


@dataclass(frozen=True)
class Quote:
    """Direct speech: the quoted words without marks, and who said them."""

    text: str
    speaker: str | None
    speaker_title: str | None
    sentence: int
    last_sentence: int
    key: bool
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "sentence": self.sentence,
            "last_sentence": self.last_sentence,
            "key": self.key,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Action:
    """An action item: who will (or must, or is expected to) do what, and when."""

    text: str
    actor: str | None
    action: str
    when: str | None
    sentence: int
    kind: ActionKind = "commitment"
    date: str | None = None
    by: str | None = None  # who says it will happen, when not the actor ("per Stoltenberg")

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "actor": self.actor,
            "action": self.action,
            "when": self.when,
            "date": self.date,
            "kind": self.kind,
            "by": self.by,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Brief:
    """Everything a brief says about one briefing; `to_dict()` is the JSON document."""

    source: str
    title: str | None
    kind: Kind
    date: str | None
    sentences: tuple[Sentence, ...]
    summary: tuple[SummarySentence, ...]
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...]
    actions: tuple[Action, ...]
    schema_version: int = field(default=SCHEMA_VERSION)

    @property
    def key_quotes(self) -> tuple[Quote, ...]:
        """The quotes worth showing a reader, in document order."""
        return tuple(q for q in self.quotes if q.key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "title": self.title,
            "kind": self.kind,
            "date": self.date,
            "sentences": [s.to_dict() for s in self.sentences],
            "summary": [s.to_dict() for s in self.summary],
            "sections": [s.to_dict() for s in self.sections],
            "quotes": [q.to_dict() for q in self.quotes],
            "actions": [a.to_dict() for a in self.actions],
        }
