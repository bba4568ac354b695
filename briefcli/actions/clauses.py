"""Action clauses: a trigger with its subject, found in a sentence's plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefcli.actions.subjects import (
    EMBEDDING,
    FINITE,
    NOT_NOUNS,
    PREPOSITIONS,
    clean_subject,
    leading_subject,
    subject_before,
)
from briefcli.actions.triggers import Trigger, find_triggers
from briefcli.lexicon import actions as words

_DETERMINERS = re.compile(r"\b(?:the|a|an|this|its|their|our|his|her)\s", re.I)


def _last_noun_phrase(text: str, end: int) -> int | None:
    """Where the noun phrase ending at `end` starts: its earliest determiner within nine words
    with no verb between ("will establish a minimum national fuel reserve of 35 days")."""
    best = None
    for m in reversed(list(_DETERMINERS.finditer(text, max(0, end - 80), end))):
        between = text[m.start() : end].split()
        if len(between) > 9 or any(w.lower().strip(",") in FINITE | _MODALS for w in between):
            break
        best = m.start()
    return best


_MODALS = words.word_set("can could may might must should shall will would")


@dataclass(frozen=True)
class Clause:
    """A trigger with its subject as written; `relative` when the clause is a relative or
    embedded one ("the order that the president will sign"), never an item of its own."""

    trigger: Trigger
    subject: str
    subject_start: int
    relative: bool = False
    # "the joint statement that we will issue", "correspondence which I will be sending":
    # the noun the clause's verb takes as its object (the clause is then an item of its own).
    antecedent: str | None = None


def find_clauses(text: str) -> list[Clause]:
    triggers = find_triggers(text)
    clauses: list[Clause] = []
    previous: Clause | None = None
    for trigger in triggers:
        if trigger.object_actor is not None:
            clauses.append(Clause(trigger, trigger.object_actor, trigger.start))
            continue
        if trigger.event and trigger.owner is not None:
            # "There'll be a National Cabinet meeting on Friday": the event is the subject
            clause = Clause(trigger, trigger.owner, trigger.start)
            clauses.append(clause)
            previous = clause
            continue
        if trigger.to_be:
            # "a minimum national fuel reserve of 35 days, to be held onshore": that noun
            np_start = _last_noun_phrase(text, trigger.start)
            if np_start is not None:
                clause = Clause(trigger, text[np_start : trigger.start].strip(" ,"), np_start)
                clauses.append(clause)
                previous = clause
                continue
        floor = previous.trigger.verb if previous is not None else 0
        aside = _RELATIVE_ASIDE.search(text, max(floor, trigger.start - 200), trigger.start)
        if aside is None and previous is not None and previous.relative:
            # "The second, which we intend to be in person, will be held": the clause before
            # is the aside itself, and the subject is before it
            aside = _RELATIVE_ASIDE.search(text, max(0, trigger.start - 200), trigger.start)
            floor = 0 if aside is not None and aside.start() < floor else floor
        before = aside.start() if aside is not None else trigger.start
        subject, start, relative = subject_before(text, before, floor)
        subject = clean_subject(subject)
        if re.match(r"(?:[a-z]+\s+)?by\s", subject, re.I):
            # "The delegation, led by Deputy Secretary Sherman, will travel": the subject is
            # before the aside when it is a body ("our plan, as recommended by the Board,
            # will": a thing, no item).
            comma = text.rfind(",", max(floor, start - 80), start)
            named, named_start, inside = subject_before(text, comma, floor) if comma > 0 else (
                "", start, True
            )
            head = named.split()[-1].lower() if named.split() else ""
            if named and not inside and head in words.AGENT_NOUNS:
                subject, start = clean_subject(named), named_start
            elif re.search(r",\s+as\s+\w+\s*$", text[max(0, start - 40) : start]):
                subject, relative = "", True  # "as recommended by the Board": a thing's aside
            # else "The talks, hosted by Germany, will ...": the one named after "by", as before
        opening = (
            _OPENING_PHRASE.match(text[: trigger.start])
            or _WHERE_PRONOUN.search(text, max(0, trigger.start - 20), trigger.start)
            if relative and not subject
            else None
        )
        if opening is not None:
            # "During the visit he is expected to call on": an opening phrase with no comma,
            # then the pronoun that is the subject (not "the visit he is expected to make");
            # "to Farchana camp, where she is to meet": a place's clause with its own subject
            subject, start, relative = opening.group("pron"), opening.start("pron"), False
        if relative and not subject and trigger.kind in {"commitment", "scheduled"} and not (
            trigger.itinerary
        ):
            object_of = _object_relative(text, trigger.start)
            if object_of is not None:
                pronoun, pronoun_start, antecedent = object_of
                clause = Clause(trigger, pronoun, pronoun_start, False, antecedent)
                clauses.append(clause)
                previous = clause
                continue
        if not subject and not relative:
            # "..., and called for ...": the subject of the clause before, or of the sentence.
            # (Its words are not here: the clause before runs up to this trigger, not to where
            # the search for a subject gave up, inside that clause's own verb phrase.)
            start = max(start, trigger.start)
            if previous is not None:
                subject, relative = previous.subject, previous.relative
            else:
                subject = leading_subject(text)
        clause = Clause(trigger, subject, start, relative)
        clauses.append(clause)
        previous = clause
    return clauses


# A sentence's opening phrase of time or place, no comma, then a pronoun subject: "During the
# visit he", "On Monday we", "After the summit the President ...".
_OPENING_PHRASE = re.compile(
    r"\s*(?:During|After|Before|On|In|At|Following|Over|Later|Next|Throughout)\s+"
    r"[^,;:.?!]{1,50}?\s+(?P<pron>he|she|they|we|I)\s+$"
)
_WHERE_PRONOUN = re.compile(r",\s+where\s+(?P<pron>he|she|they|we|I)\s+$")
# A non-restrictive relative clause between a subject and its verb: "Shayne Neumann MP, who
# before his parliamentary career established and ran a successful law firm, will be ...".
# ("The programme, which was launched in 2019, will continue": a thing's aside alike)
_RELATIVE_ASIDE = re.compile(r"(?<=\w),\s+(?:who|which)\s+[^,;:—–()“”\"]{3,140},\s*$")
# An object relative clause with a pronoun for its subject, ending where its trigger begins:
# "the joint statement that we will issue", "a meeting that I'll convene on Monday",
# "endorsed correspondence which I will be sending", "the programs they will fund".
_OBJECT_RELATIVE = re.compile(
    r"(?:^|[\s(“\"])(?P<np>(?:(?:the|a|an|our|their|its|this|these|those|his|her|my|some|any|"
    r"every|each|one\s+of\s+the)\s+(?:[\w’'$.-]+\s+){0,4}?)?[a-z][\w’'-]*)\s+"
    r"(?:(?:that|which)\s+)?(?P<pron>I|we|he|she|they)(?:[’'](?:ll|re|m))?\s*$"
)
# Heads an object relative's noun cannot have: nothing is named ("everything that we're
# going to do"), or the noun is a time or a manner ("the day we will", "the way we will").
_NOT_ANTECEDENTS = words.THING_PRONOUNS | words.word_set(
    "everything anything something nothing all way ways time times day days moment year years "
    "week weeks reason reasons extent point place"
) | words.FRONTED_TIME_NOUNS


def _object_relative(text: str, trigger_start: int) -> tuple[str, int, str] | None:
    """(pronoun, its start, antecedent) when the trigger opens an object relative clause
    whose subject is a pronoun ("the joint statement that we will issue"), else None."""
    window = text[max(0, trigger_start - 120) : trigger_start]
    m = _OBJECT_RELATIVE.search(window)
    if m is None:
        return None
    antecedent = m.group("np")
    if any(w.lower() in FINITE or w.lower() in _MODALS for w in antecedent.split()):
        return None  # "the Government can guarantee that we will": a verb's clause
    head = antecedent.split()[-1].lower()
    if head in _NOT_ANTECEDENTS or head in words.CLAUSE_WORDS or head in NOT_NOUNS or (
        head in EMBEDDING  # "that's why we're heading to Australia"
    ):
        return None
    if len(antecedent.split()) == 1 and (head.endswith(("ed", "ly")) or head in PREPOSITIONS):
        return None  # "announced we will": a verb; "to we": no noun
    offset = trigger_start - len(window)
    return m.group("pron"), offset + m.start("pron"), antecedent
