"""A person a briefing names, and a place where the text refers to them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """Someone the briefing names: "Jens Stoltenberg", title "NATO Secretary General"."""

    name: str
    title: str | None = None


@dataclass(frozen=True)
class Mention:
    """Where the text refers to a person; `salient` when they are the sentence's subject
    or the one speaking ("Stoltenberg said", "said Cara Diemont"), not a passing name."""

    sentence: int
    start: int
    end: int
    person: Person
    salient: bool
