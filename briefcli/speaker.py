"""People in a briefing: names with their titles, transcript labels and references resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefcli.document import Document
from briefcli.model import Sentence


@dataclass(frozen=True)
class Person:
    """Someone the briefing names: "Jens Stoltenberg", title "NATO Secretary General"."""

    name: str
    title: str | None = None


_TITLED_NAME = re.compile(
    r"\b(?P<title>(?:[A-Z][\w.\-]*\s+){0,4}?(?:Secretary|President|Minister|Advisor|Adviser|"
    r"Spokesperson|Spokesman|Press Secretary|Ambassador|Director|Senator|Governor|Mayor|"
    r"General|Gen\.|Admiral|Adm\.)(?:\s+(?:General|of\s+[A-Z]\w+|for\s+[A-Z]\w+))*)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\-]+){1,2})"
)


class People:
    """Who is named where; turns transcript labels and references into people."""

    def __init__(self, people: Sequence[Person], labels: dict[str, Person]) -> None:
        self.people = tuple(people)
        self._labels = labels

    @classmethod
    def from_document(cls, doc: Document, sentences: Sequence[Sentence]) -> People:
        people: dict[str, Person] = {}
        texts = [doc.title or ""] + [s.text for s in sentences]
        for text in texts:
            for m in _TITLED_NAME.finditer(text):
                name = m.group("name")
                people.setdefault(name, Person(name=name, title=m.group("title")))
        labels: dict[str, Person] = {}
        for block in doc.blocks:
            label = block.speaker
            if label is None or label in labels or block.question:
                continue
            surname = label.split()[-1].strip(".:").lower()
            for person in people.values():
                if person.name.split()[-1].lower() == surname:
                    labels[label] = person
                    break
        return cls(list(people.values()), labels)

    def label_name(self, label: str) -> str:
        """The display name for a transcript label: the person if known, else the label."""
        if label == "Q":
            return "Reporter"
        person = self._labels.get(label)
        if person is not None:
            return person.name
        return label.title()

    def label_person(self, label: str) -> Person | None:
        """The person a transcript label names, when the text names them."""
        return self._labels.get(label)

    def resolve(self, mention: str, sentence: int) -> Person | None:
        """The person `mention` ("he", "the secretary general", "Stoltenberg") refers to in
        sentence `sentence`, from who the text named before it; None if it cannot tell."""
        last = mention.split()[-1].lower() if mention.split() else ""
        for person in self.people:
            if person.name.split()[-1].lower() == last:
                return person
        return None
