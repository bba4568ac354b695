"""Time expressions ("next week", "by the end of the year", "Oct. 10") and the dates they name."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefcli.text.keys import folds_apart
from briefcli.text.phrases import any_phrase

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Month names as briefings write them, with and without the AP abbreviation period.
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3, "couple of": 2,
    "a couple of": 2,
}  # fmt: skip

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:day|week|month|year)s?"
_PERIOD = (
    r"(?:week|weekend|month|year|quarter|fall|autumn|spring|summer|winter|morning|afternoon|"
    r"evening)"
)
# Seasons, holidays and a parliament's calendar: "before Christmas", "in the autumn", "by the
# summer recess", "in the winter sittings".
_SEASON = (
    r"(?:the\s+)?(?:early\s+|late\s+)?(?:(?:summer|winter|spring|autumn|Christmas|Easter)\s+"
    r"(?:recess|break|sittings?|session)|autumn|fall|spring|summer|winter|Christmas|Easter|"
    r"New\s+Year|holidays)(?!\s+of\b)"
)
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|"
    r"a couple of|couple of)"
)

# Ordered from the most to the least specific; the first match in a text wins by position.
_PATTERNS = [
    rf"(?:by|before|until|through|on|starting|beginning)?\s*(?:{_DAY},?\s+)?{_MONTH}\s+\d{{1,2}}"
    rf"(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?",
    rf"(?:by|before|until|in|during)\s+(?:early\s+|mid-?\s*|late\s+)?{_MONTH}(?:\s+\d{{4}})?",
    # Day first, as Australian and British releases write dates: "on 14 May", "by 1 July 2024".
    rf"(?:by|before|until|through|on|from|starting|beginning)?\s*(?:{_DAY},?\s+)?\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?",
    rf"(?:by|at|before|until)\s+the\s+end\s+of\s+(?:the|this|next)\s+{_PERIOD}",
    rf"(?:by|at|before)\s+the\s+end\s+of\s+{_MONTH}(?:\s+\d{{4}})?",
    r"(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d\d",
    # A year alone after "in": "in 2027", "in 2025-26" (a financial year).
    r"(?:in|during|from)\s+(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?",
    r"(?:next|this|the\s+coming)\s+financial\s+year",
    rf"(?:by|before|until|in|during|over|ahead\s+of)\s+{_SEASON}(?:\s+(?:19|20)\d\d)?",
    rf"(?:later|earlier)\s+(?:today|tonight|this\s+{_PERIOD}|in\s+the\s+{_PERIOD})",
    rf"(?:early|late)\s+next\s+{_PERIOD}",
    rf"(?:within|in|over)\s+the\s+(?:next|coming)\s+(?:{_COUNT}\s+)?{_UNIT}",
    # "over four years" ahead, not "for over 40 years" gone by
    rf"(?<!for )over\s+(?:the\s+)?(?:next\s+)?{_COUNT}\s+{_UNIT}",
    rf"in\s+(?:the\s+)?coming\s+{_UNIT}",  # "in coming days", as some say it
    rf"(?:within|in)\s+{_COUNT}\s+{_UNIT}",
    rf"(?:{_COUNT})\s+{_UNIT}\s+from\s+now",
    rf"(?:next|this|this\s+coming)\s+(?:{_DAY}|{_PERIOD})",
    rf"(?:(?:on|this|next|by|before|until|starting)\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?",
    r"(?:over|during)\s+the\s+weekend",
    r"tomorrow(?:\s+(?:morning|afternoon|evening|night))?",
    r"tonight|this\s+evening|today",
    r"at\s+\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?:ET|EDT|EST|Eastern|Central|CT))?",
    r"(?:in\s+)?(?:the\s+)?(?:days|weeks|months)\s+ahead",
    r"as\s+soon\s+as\s+(?:possible|I\s+can|we\s+can)|as\s+quickly\s+as\s+possible|immediately|"
    r"soon|shortly|in\s+the\s+near\s+future",
]
_WHEN = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + r")(?![\w-])", re.IGNORECASE
)


# What every time expression above holds, case aside: a digit, a month's first three letters,
# or one of these words (a weekday's "day", "week", "soon" …). A text with none of them holds
# no time expression and is not searched with `_WHEN`, whose alternatives are tried at every
# word. The hints are one pass (`any_phrase`) over the text in lower case (a pattern that
# ignores case tries every alternative at every character); a text with a letter whose case
# `str.lower` folds unlike the pattern is always searched.
_HINT_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "end",
    "day", "week", "month", "year", "quarter", "fall", "autumn", "spring", "summer", "winter",
    "morning", "afternoon", "evening", "christmas", "easter", "tonight", "tomorrow", "soon",
    "quickly", "immediately", "shortly", "near",
)  # fmt: skip
_HINT = re.compile(r"\d|" + any_phrase(_HINT_WORDS).pattern)


def may_hold_time(text: str) -> bool:
    """Whether `text` may hold a time expression (False: `find_all` finds none)."""
    return _HINT.search(text.lower()) is not None or folds_apart(text)


_YEAR_ALONE = re.compile(r"(?:in|during|from) ((?:19|20)\d\d)(?:[-–/]\d{2,4})?")


@dataclass(frozen=True)
class When:
    """A time expression as written, its place in the text, and its date when it names one."""

    text: str
    start: int
    end: int
    date: str | None


def find_when(text: str, today: str | None = None) -> When | None:
    """The first time expression in `text`, resolved against `today` (ISO) when it has one."""
    found = find_all(text, today)
    return found[0] if found else None


def find_all(text: str, today: str | None = None) -> list[When]:
    """Every time expression in `text`, in order, each resolved against `today` (ISO)."""
    found: list[When] = []
    if not may_hold_time(text):
        return found
    for m in _WHEN.finditer(text):
        written = m.group(0).strip()
        if not written or _is_month_alone(written):
            continue
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        day = resolve(written, today)
        if _YEAR_ALONE.fullmatch(written.lower()) and day and today and day[:4] < today[:4]:
            continue  # "in the line of duty in 2021", said in 2022: a year gone by
        found.append(When(_lower_first(written), start, start + len(written), day))
    return found


def leading(text: str, today: str | None = None) -> When | None:
    """The time expression `text` opens with ("Next week, NATO …"), as `find_all` finds it;
    None when it opens with anything else (a test at the start only, not a search)."""
    m = _WHEN.match(text)
    if m is None or m.start() != 0 or m.group(0)[:1].isspace():
        return None
    found = find_all(text[: m.end()], today)
    return found[0] if found and found[0].start == 0 else None


def _lower_first(written: str) -> str:
    # "Next week, NATO will ..." gives "next week"; "On Tuesday" gives "on Tuesday"; names keep
    # their capitals ("Oct. 10", "Tuesday").
    first = written.split()[0].lower().rstrip(".,")
    if first in WEEKDAYS or first in _MONTHS:
        return written
    return written[0].lower() + written[1:]


def _is_month_alone(written: str) -> bool:
    # "May" and "March" are verbs and names too; alone they are never taken as a date.
    return written.lower() in {"may", "march", "june", "jan.", "aug."}


def resolve(expression: str, today: str | None) -> str | None:
    """The ISO date `expression` names, counted from `today`; None if it names no one day.

    A span ("next week", "next month") resolves to its first day, a deadline ("by the end of the
    year", "within two months") to its last day.
    """
    if today is None:
        return None
    try:
        base = date.fromisoformat(today)
    except ValueError:
        return None
    day = _resolve(expression.lower().strip(), base)
    return day.isoformat() if day is not None else None


def _resolve(text: str, base: date) -> date | None:
    text = re.sub(r"\s+", " ", text)
    month_day = re.search(
        rf"\b{_MONTH}\s+(\d{{1,2}})\b(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(\d{{4}}))?",
        text,
        re.IGNORECASE,
    )
    if not month_day:
        day_month = re.search(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?", text, re.I
        )
        if day_month:
            month = _MONTHS[day_month.group(2).rstrip(".").lower()]
            year = int(day_month.group(3)) if day_month.group(3) else base.year
            try:
                return date(year, month, int(day_month.group(1)))
            except ValueError:
                return None
    year_alone = _YEAR_ALONE.fullmatch(text)
    if year_alone:
        return date(int(year_alone.group(1)), 1, 1)
    if month_day:
        month = _MONTHS[month_day.group(0).split()[0].rstrip(".").lower()]
        year = int(month_day.group(2)) if month_day.group(2) else base.year
        try:
            return date(year, month, int(month_day.group(1)))
        except ValueError:
            return None
    if text.startswith(("today", "tonight", "this evening", "later today", "later tonight")):
        return base
    if re.match(r"at \d", text):
        return base  # a clock time and no day: the day of the briefing
    if text.startswith("tomorrow"):
        return base + timedelta(days=1)
    end_of = re.search(r"end of (?:the |this )?(week|month|year)", text)
    if end_of and "next" not in text:
        return _period_end(end_of.group(1), base)
    weekday = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", text)
    if weekday:
        ahead = (WEEKDAYS.index(weekday.group(1)) - base.weekday()) % 7 or 7
        if text.startswith("next") and ahead < 7 - base.weekday():
            ahead += 7
        return base + timedelta(days=ahead)
    if re.fullmatch(r"next week", text):
        return base + timedelta(days=7 - base.weekday())
    if re.fullmatch(r"next month", text):
        return (base.replace(day=1) + timedelta(days=32)).replace(day=1)
    if re.fullmatch(r"next year", text):
        return date(base.year + 1, 1, 1)
    within = re.fullmatch(rf"(?:within|in) ({_COUNT}) ({_UNIT})", text)
    if within:
        count = int(within.group(1)) if within.group(1).isdigit() else _NUMBERS[within.group(1)]
        return _add(base, count, within.group(2).rstrip("s"))
    return None


def _period_end(unit: str, base: date) -> date:
    if unit == "week":
        return base + timedelta(days=6 - base.weekday())
    if unit == "month":
        return base.replace(day=calendar.monthrange(base.year, base.month)[1])
    return date(base.year, 12, 31)


def _add(base: date, count: int, unit: str) -> date:
    if unit == "day":
        return base + timedelta(days=count)
    if unit == "week":
        return base + timedelta(weeks=count)
    months = base.month - 1 + count * (12 if unit == "year" else 1)
    year, month = base.year + months // 12, months % 12 + 1
    return date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
