"""Time, tense and mood of an action clause: when, and whether past, reported or hypothetical."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from briefcli.actions.clauses import Clause
from briefcli.actions.patterns import ACCEPTED_AFTER
from briefcli.actions.subjects import (
    FRONTED_TIME,
    clean_subject,
    leading_subject,
    subject_before,
)
from briefcli.lexicon import actions as words
from briefcli.lexicon import commitments
from briefcli.text.document import Document
from briefcli.text.keys import folds_apart
from briefcli.text.when import When, find_all

HEDGE = re.compile(r"\s*(?:probably|likely|possibly|perhaps|maybe|presumably)\b", re.I)
EXPECTING = re.compile(
    r"\b(?:expect|expects|expected|anticipate[sd]?|hope[sd]?|confident|optimistic)\s+"
    r"(?:that\s+)?$",
    re.I,
)
# "if", "unless", and the inverted "should Russia choose to ...".
_CONDITION = re.compile(
    r"(?<![Ee]ven )(?<![Aa]s )\b(?i:if(?!\s+(?:"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in words.QUALIFYING_CONDITIONS)
    + r")\b)|unless|in case|in the event of)\b|"
    r"\bshould\s+(?:(?:[A-Z][\w.’'-]*\s+){1,3}|(?:the|they|he|she|we|it|you|I|a|an|this|that|"
    r"there|any)\s+(?:[\w’'-]+\s+){0,2}?)(?!not\b)[a-z]+\b|"
    # opening the sentence: "Should the security situation in the region deteriorate, we"
    r"^\s*Should\s+(?!not\b)[^,;:?]{3,80},"
)
RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\b[^.;:]*$")
EMBEDDED = re.compile(r"\b(?:when|how|whether|if|what|where|why)\s+$", re.I)
GENERIC = re.compile(r"\s*(?:always|never|ever)\b", re.I)
# A call in the present perfect stands ("We have urged both sides to"); one in the past perfect
# ("aid agencies, who had urged Ottawa to act") is history, as the simple past is.
_PERFECT = re.compile(r"(?:\b(?:has|have)|[’']ve)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_PAST_TIME = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:19|20)\d\d\b|\b(?:last|previous)\s+(?:week|month|year)\b|"
    r"\byesterday\b|\bearlier\s+(?:this|today)\b|\bago\b|"
    # a time told by a past event: "When I attended the Pacific Island Forum we called for"
    r"\b[Ww]hen\s+(?:I|we|he|she|they)\s+(?:[a-z]+ed|was|were|went|met|spoke|came|took|gave|"
    r"made|saw)\b"
)


def past_call(doc: Document, text: str, clause: Clause, ahead: bool = False) -> bool:
    """Whether a call ("urged X to", "called for") is a report of one made before: in the
    simple past, by someone other than the speaker ("The Secretary urged both sides to"), or
    by the speaker at a past time ("In 2019 we called on the states to"). A task set (the
    lexicon's TASKING_CALLS) whose act has a time `ahead` is still to be done ("The Board asked
    the Chief Operating Officer to present a recovery plan at its next meeting")."""
    trigger = clause.trigger
    if trigger.object_actor is None and not trigger.call_for:
        return False
    word = text[trigger.start :].split(maxsplit=1)[0].lower() if text[trigger.start :] else ""
    if word not in commitments.PAST_CALLS or _PERFECT.search(text, 0, trigger.start):
        return False
    if ACCEPTED_AFTER.search(text, trigger.start):
        return False  # "invited Minister Moana to lead a delegation, and she accepted": to come
    if trigger.object_actor is not None:
        caller = clean_subject(subject_before(text, trigger.start)[0])
    else:
        caller = clean_subject(clause.subject)
    if not caller:
        caller = leading_subject(text)
    first_person = caller.lower() in {"i", "we", "we all"}
    if _PAST_TIME.search(text) is not None:
        return True
    return not first_person and not (ahead and word in commitments.TASKING_CALLS)


# Verbs whose "if" asks whether, not on what condition: "see if", "find out if", "ask if".
_ASKS_WHETHER = re.compile(
    r"\b(?:see|ask|know|find\s+out|check|determine|test|assess|learn|explore|examine|"
    r"gauge|decide|judge|look\s+at)\s+$",
    re.I,
)


def conditional(text: str, clause: Clause, vp_end: int) -> bool:
    """Whether a clause is a hypothetical: "If this is proven ..., it would be", "we will act
    if ...", "ready to respond ... should Russia choose to". A condition inside a relative
    clause of the verb phrase ("any response that is necessary should Putin decide to") is
    that clause's, not the pledge's."""
    if _has_condition(text) and _CONDITION.search(text, 0, clause.trigger.verb):
        return True
    if _UNTIL_BEFORE.search(
        text, max(0, clause.subject_start - 12), clause.subject_start
    ) and not FRONTED_TIME.match(f"until {clause.subject}"):
        # (not "until the end of the year the Government will trial": a time put first)
        return True  # "we'll support Ukraine until Russia is ready to engage": the condition
    if _CONDITION.match(text[vp_end:].lstrip(" ,")) and not _ASKS_WHETHER.search(
        text, clause.trigger.verb, vp_end
    ) and not _THAT_BEFORE.search(
        text, max(0, vp_end - 12), vp_end
    ) and not _JOINED_BEFORE.search(
        text, max(0, vp_end - 8), vp_end
    ):  # "I'll make clear that if Russia is interested, we are prepared": the report's "if"
        return True  # ("We will monitor prices, and if we see ...": the next clause's "if")
    if _SHOULD_NAME_AFTER.search(text, clause.trigger.verb):
        return True  # "ready to respond decisively, alongside allies, should Russia choose to"
    for inverted in _SHOULD_NOUN_VERB.finditer(text, clause.trigger.verb, vp_end):
        if inverted.group(1) not in words.BASE_VERBS and inverted.group(2) in words.BASE_VERBS:
            return True  # "we'll impose costs should provocations continue to emanate"
    if not _has_condition(text) and not folds_apart(text):
        return False  # no condition word: the search below finds nothing
    inside = _CONDITION.search(text, clause.trigger.verb, vp_end)
    while inside is not None and _ASKS_WHETHER.search(text, clause.trigger.verb, inside.start()):
        # "we'll continue to see if Russia is willing": whether, an embedded question
        inside = _CONDITION.search(text, inside.end(), vp_end)
    if inside is None:
        return False
    return not re.search(r"\b(?:that|which|who)\b", text[clause.trigger.verb : inside.start()])


_SHOULD_NOUN_VERB = re.compile(r"\sshould\s+([a-z]+s)\s+([a-z]+)\b")
# An inverted condition after a comma, a name for its subject: ", should Russia choose to".
_SHOULD_NAME_AFTER = re.compile(r",\s+should\s+(?:[A-Z][\w.’'-]*\s+){1,3}[a-z]+\b")
_THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$")
_JOINED_BEFORE = re.compile(r",\s*(?:and|but)\s*$")
# A clause that opens on these is the time or condition of another's deed.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|unless|once)\s+$", re.I)


def _times(text: str, today: str | None) -> tuple[tuple[When, ...], list[int]]:
    """The time expressions of a sentence and their starts, found once for all its clauses
    (searching the text before each clause's end again was quadratic in one long sentence),
    and once per distinct sentence while a brief is made (see `times_remembered`)."""
    remembered = _TIMES.get()
    if remembered is None:
        return _times_of(text, today)
    found = remembered.get((text, today))
    if found is None:
        found = remembered[(text, today)] = _times_of(text, today)
    return found


@lru_cache(maxsize=64)
def _times_of(text: str, today: str | None) -> tuple[tuple[When, ...], list[int]]:
    found = tuple(find_all(text, today))
    return found, [w.start for w in found]


# A brief's sentences' time expressions (they depend on the text and the briefing's date
# alone): a long meeting says a sentence again long after the 64 last ones.
_TIMES: ContextVar[dict[tuple[str, str | None], tuple[tuple[When, ...], list[int]]] | None] = (
    ContextVar("sentence_times", default=None)
)


@contextmanager
def times_remembered() -> Iterator[None]:
    """While a brief is made, each distinct sentence's time expressions are found once."""
    token = _TIMES.set({})
    try:
        yield
    finally:
        _TIMES.reset(token)


@lru_cache(maxsize=64)
def _has_condition(text: str) -> bool:
    """Whether a sentence has a condition word at all: a cheap test before searching the
    part before each of its verbs (which, for every verb of a long sentence, was quadratic)."""
    lower = text.lower()
    return "if" in lower or "unless" in lower or "in case" in lower or "should" in lower or (
        "in the event of" in lower
    )


# A date after "scheduled for" that the time expressions do not hold: "for October".
CALENDAR = re.compile(
    r"\s*(?:for|in|on)\s+(?:early\s+|mid-?|late\s+)?(?:(?:Jan|Febr)uary|March|April|May|June|"
    r"July|August|September|October|November|December|next|\d|(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|the\s+(?:spring|summer|autumn|fall|winter|end))"
)
_AHEAD = re.compile(
    r"\b(?:next|tomorrow|coming|upcoming|later|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


# The rest of the present period, still ahead of a future or a progressive: "Our diplomats
# are returning to Ukraine this week", "I will speak to him later today", "tonight".
_REST_OF_NOW = re.compile(
    r"later\s+today|tonight|this\s+(?:afternoon|evening|week|weekend|month)|"
    r"later\s+this\s+(?:week|month|year)|as\s+soon\s+as\s+(?:possible|I\s+can|we\s+can)|"
    r"shortly|soon",
    re.I,
)


def is_ahead(found: Sequence[When], today: str | None) -> bool:
    """Whether a clause's time is still to come: after the briefing's date, or, with no date
    to compare, written as ahead ("next week", "on Thursday", "later this year")."""
    if not found:
        return False
    when = found[0]
    if _REST_OF_NOW.fullmatch(when.text.strip()):
        return True  # "are returning to Ukraine this week", "later today": the period's rest
    if when.date is not None and today is not None:
        return when.date > today
    month = _MONTH_OF_YEAR.search(when.text)
    if month is not None and today is not None:
        # "in September", "before Christmas", "by December 2027": a month still to come
        number = words.MONTH_NUMBERS[month.group(1).lower()]
        year = int(month.group(2)) if month.group(2) else int(today[:4])
        return (year, number) > (int(today[:4]), int(today[5:7]))
    return _AHEAD.search(when.text) is not None


_MONTH_OF_YEAR = re.compile(
    r"\b((?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|"
    r"December|Christmas)\b(?:\s+(\d{4}))?"
)


def when_of(text: str, clause: Clause, vp_end: int, today: str | None) -> list[When]:
    """The time expression of a clause: in its verb phrase, or fronted before its subject
    ("Next week, NATO will hold ...", "On Tuesday, the president will ...")."""
    everywhere, starts = _times(text, today)
    # The sentence's expressions are found once, in order and without overlaps: the ones
    # before the verb phrase's end are a prefix of them (found by bisection, so that one
    # long sentence of many clauses and times stays linear).
    before_end = bisect_left(starts, vp_end)
    if before_end and everywhere[before_end - 1].end > vp_end:
        found = find_all(text[:vp_end], today)  # an expression cut by the verb phrase's end
    else:
        found = list(everywhere[:before_end])
    inside = [w for w in found if w.start >= clause.trigger.verb]
    if inside:
        return inside
    for w in reversed(found):
        if w.end > clause.subject_start:
            continue
        if _WHEN_SAID.search(text, max(0, w.start - 30), w.start):
            continue  # "Harbour Foods said on Tuesday it would close": when it was said
        gap = text[w.end : clause.subject_start]
        if _FRONTED_GAP.fullmatch(gap):
            return [w]
        if len(gap.strip(' \t\n,“"')) > 60:
            break  # more words between than a fronted time allows, and earlier ones have more
    return []


# A reporting verb just before a time: the time is the saying's ("said on Tuesday it would").
_WHEN_SAID = re.compile(r"\b(?:said|says|announced|confirmed|told\s+\w+)\s+$")
_FRONTED_GAP = re.compile(r"[\s,“\"]*(?:[A-Z][^,]{0,40},\s*)?")


def told_in_the_past(text: str, clause: Clause, vp_end: int, today: str | None) -> bool:
    """Whether a pledge in the past tense is told of a past time ("In June, President Biden
    committed to donate", "In 2019, we committed to donating"): history, not an item, unless
    the deed itself is dated ahead."""
    trigger = clause.trigger
    head = text[trigger.start : trigger.verb]
    first = re.findall(r"[A-Za-z]+", head)[:1]  # ("is committed to": a stance in force)
    pledged = bool(first) and first[0].lower() in _PAST_PLEDGES
    if not pledged:
        return False  # (a reported "would" of a past day is often still to come: kept)
    if pledged and _HAVE_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        return False  # "we met ... weeks ago and have agreed to sit down": an agreement in force
    if pledged and _BE_BEFORE.search(text, max(0, trigger.start - 20), trigger.start):
        return False  # "over the last year, President Biden is committed to": a stance in force
    before = text[: trigger.start]
    if not (_PAST_TIME_ANY_CASE.search(before) or _PAST_MONTH.search(before)):
        return False
    return not is_ahead(when_of(text, clause, vp_end, today), today)


_HAVE_BEFORE = re.compile(r"\b(?:have|has|[’']ve)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|am|remains?|stays?|[’'](?:s|re|m))\s+(?:\w+ly\s+|also\s+|still\s+)?$", re.I
)
_PAST_TIME_ANY_CASE = re.compile(_PAST_TIME.pattern, re.I)  # ("Last year the firm said")
# Past tenses of pledging: "committed to", "pledged to", "agreed to".
_PAST_PLEDGES = frozenset(
    "committed pledged promised vowed agreed decided undertook resolved".split()
)
# A month told as past, opening the sentence or after a comma: "In June, President Biden".
_PAST_MONTH = re.compile(
    r"(?:^|[,;]\s*)(?:[Ii]n|[Ee]arly|[Ll]ate)\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


def is_reported(left: str) -> bool:
    """Whether a "would" clause is reported future ("He said the U.S. would send ...")."""
    tail = left.split()[-12:]
    return any(w.lower().strip(",") in commitments.REPORTING_VERBS for w in tail)


_REPORTED_IN_A_PAST_FRAME = re.compile(
    r"\b(?:" + "|".join(sorted(commitments.PAST_FRAMES, key=len, reverse=True)) + r")\s+"
    r"(?:[\w.’'-]+\s+){0,4}(?:" + "|".join(sorted(commitments.REPORTING_VERBS)) + r")\b"
    r"[^.;:?!]*$",
    re.I,
)


def reported_in_a_past_frame(left: str) -> bool:
    """Whether a reported "would" stands in a time clause of the past ("from the day he
    announced that the military would be withdrawing, ...", "since they agreed that ..."):
    the setting of the sentence, a deed already under way, not an item."""
    return _REPORTED_IN_A_PAST_FRAME.search(left[-200:]) is not None
