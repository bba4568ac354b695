"""The digest: one brief across many briefings (briefings, actions, people, recurring topics)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefcli.archive.roster import people_of
from briefcli.lexicon.topics import PHRASE_JOINERS
from briefcli.model import Action, Brief

DIGEST_SCHEMA_VERSION = 1

# A topic must recur: shared by at least this many briefings.
MIN_TOPIC_BRIEFINGS = 2


@dataclass(frozen=True)
class BriefingLine:
    """One briefing in a line: its date, title, kind and first summary sentence."""

    source: str
    title: str | None
    date: str | None
    kind: str
    summary: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "kind": self.kind,
            "summary": self.summary,
        }


@dataclass(frozen=True)
class DatedAction:
    """An action item with the briefing it came from. `action.date` is the action's own
    time resolved to a date; `briefing_date` is the date of the briefing."""

    action: Action
    source: str
    briefing_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return self.action.to_dict() | {"source": self.source, "briefing_date": self.briefing_date}


@dataclass(frozen=True)
class ActorActions:
    """Every action item of one actor across the briefings, by briefing date."""

    actor: str
    actions: tuple[DatedAction, ...]


@dataclass(frozen=True)
class PersonSummary:
    """A person across the briefings: how often they appear and speak, and their best quote."""

    name: str
    title: str | None
    briefings: int
    quotes: int
    key_quote: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "briefings": self.briefings,
            "quotes": self.quotes,
            "key_quote": self.key_quote,
        }


@dataclass(frozen=True)
class Topic:
    """A section title or key term that recurs, with the briefings it occurs in."""

    title: str
    briefings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "briefings": list(self.briefings)}


@dataclass(frozen=True)
class Digest:
    """One brief across many briefings; `to_dict()` is its JSON document."""

    briefings: tuple[BriefingLine, ...]
    actions: tuple[ActorActions, ...]
    people: tuple[PersonSummary, ...]
    topics: tuple[Topic, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": DIGEST_SCHEMA_VERSION,
            "briefings": [b.to_dict() for b in self.briefings],
            "actions": [a.to_dict() for group in self.actions for a in group.actions],
            "people": [p.to_dict() for p in self.people],
            "topics": [t.to_dict() for t in self.topics],
        }


def _by_date(brief: Brief) -> tuple[bool, str, str]:
    # Dated briefings first, oldest first; undated ones after, by source.
    return (brief.date is None, brief.date or "", brief.source)


def digest(briefs: Iterable[Brief]) -> Digest:
    """The digest of `briefs` (in any order; the digest orders them by date)."""
    ordered = sorted(briefs, key=_by_date)
    return Digest(
        briefings=tuple(_line(b) for b in ordered),
        actions=_actions(ordered),
        people=_people(ordered),
        topics=_topics(ordered),
    )


def _line(brief: Brief) -> BriefingLine:
    first = brief.summary[0].text if brief.summary else None
    return BriefingLine(brief.source, brief.title, brief.date, brief.kind, first)


def _actions(ordered: list[Brief]) -> tuple[ActorActions, ...]:
    groups: dict[str, list[DatedAction]] = {}
    names: dict[str, str] = {}
    for brief in ordered:
        for action in brief.actions:
            actor = action.actor or "Unattributed"
            key = actor.casefold()
            names.setdefault(key, actor)
            groups.setdefault(key, []).append(DatedAction(action, brief.source, brief.date))
    # Briefings are in date order already, so each group is too; groups by first date.
    return tuple(ActorActions(names[key], tuple(items)) for key, items in groups.items())


def _people(ordered: list[Brief]) -> tuple[PersonSummary, ...]:
    names: dict[str, str] = {}
    titles: dict[str, Counter[str]] = {}
    briefings: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    best: dict[str, tuple[bool, float, str]] = {}
    for brief in ordered:
        for person in people_of(brief):
            key = person.name.casefold()
            names.setdefault(key, person.name)
            briefings[key] += 1
            quotes[key] += person.quotes
            if person.title:
                titles.setdefault(key, Counter())[person.title] += 1
        for quote in brief.quotes:
            if not quote.speaker:
                continue
            key = quote.speaker.casefold()
            candidate = (quote.key, quote.score, quote.text)
            if key not in best or candidate[:2] > best[key][:2]:
                best[key] = candidate
    people = [
        PersonSummary(
            name=names[key],
            title=titles[key].most_common(1)[0][0] if key in titles else None,
            briefings=briefings[key],
            quotes=quotes[key],
            key_quote=best[key][2] if key in best else None,
        )
        for key in names
    ]
    people.sort(key=lambda p: (-p.briefings, -p.quotes, p.name.casefold()))
    return tuple(people)


_SPLIT = re.compile(r":|\s+and\s+|,\s*")
# A preposition that joins a thing to a name: "Hamas attacks on Israel", "NATO mission in Iraq".
_NAMED_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(PHRASE_JOINERS - {"and"})) + r")\s+(?=[A-Z])"
)


def _terms(title: str) -> list[str]:
    """The key terms of a section title: "Finland and Estonia: critical undersea
    infrastructure" gives Finland, Estonia and the phrase after the colon; "NATO mission in
    Iraq" gives itself and Iraq, the name after its preposition."""
    out = []
    for part in _SPLIT.split(title):
        term = part.strip(" .;-–—")
        if term:
            out.append(term)
            out.extend(x.strip(" .;-–—") for x in _NAMED_AFTER.split(term)[1:] if x.strip())
    return out


def _term_key(term: str) -> str:
    """Terms that name the same thing meet: case, a possessive and a plural "s" aside
    ("Russians" and "Russian", "NATO's" and "NATO")."""
    key = term.casefold().replace("’", "'")
    key = re.sub(r"'s$", "", key)
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return " ".join(key.split())


def _topics(ordered: list[Brief]) -> tuple[Topic, ...]:
    sources: dict[str, list[str]] = {}
    spellings: dict[str, Counter[str]] = {}
    for brief in ordered:
        seen: set[str] = set()
        for section in brief.sections:
            for term in _terms(section.title):
                key = _term_key(term)
                spellings.setdefault(key, Counter())[term] += 1
                if key not in seen:
                    seen.add(key)
                    sources.setdefault(key, []).append(brief.source)
    topics = [
        Topic(_spelling(spellings[key]), tuple(found))
        for key, found in sources.items()
        if len(found) >= MIN_TOPIC_BRIEFINGS
    ]
    topics.sort(key=lambda t: (-len(t.briefings), t.title.casefold()))
    return tuple(topics)


def _spelling(forms: Counter[str]) -> str:
    """The most common way a topic is written; of equally common ones, the shortest."""
    return min(forms, key=lambda form: (-forms[form], len(form), form))
