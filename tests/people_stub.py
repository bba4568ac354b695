"""A stand-in for the People API the action stage relies on, with a fixed list of people."""

from __future__ import annotations

from briefcli.people import Person


class PeopleStub:
    """People known by their labels; a mention is the person whose surname it ends with."""

    def __init__(self, labels: dict[str, Person]) -> None:
        self.people = tuple(labels.values())
        self.author: Person | None = None
        self._labels = labels

    def resolve(self, mention: str, sentence: int) -> Person | None:
        last = mention.split()[-1].lower() if mention.split() else ""
        for person in self.people:
            if person.name.split()[-1].lower() == last:
                return person
        return None

    def label_person(self, label: str) -> Person | None:
        return self._labels.get(label)
