"""A pattern given a lookahead of the characters its matches can start with, for a faster search."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A pattern that opens on an assertion ("\b(?:will|shall)", "(?<![\w-])(?:by|before)…") or on
# a group of alternatives gives the regular expression engine no first character to look
# for: it enters the whole pattern at every position of the text. A lookahead of the first
# characters its matches can start with ("(?=[wsW])") fails at most positions at once: the
# same matches, found two or three times faster on a sentence.

_CATEGORIES = {
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead of its first characters in front: the same matches for
    every search, match and finditer. `pattern` itself when they cannot be told (a match
    may be empty or open on any character, or the pattern sets its flags inline)."""
    if not isinstance(pattern.pattern, str):
        return pattern
    if pattern.pattern.startswith("(?") and pattern.pattern[2:3] in tuple("aiLmsux-"):
        return pattern  # global inline flags must stay first
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags).data
    except (re.error, TypeError, ValueError):
        return pattern
    if not _opens_on_a_test(parsed):
        return pattern  # the engine looks for its first character or set already
    first = _sequence(parsed)
    if first is None or first[1] or not first[0]:
        return pattern
    return re.compile(f"(?=[{''.join(dict.fromkeys(first[0]))}])" + pattern.pattern, pattern.flags)


def _opens_on_a_test(items: list[tuple[Any, Any]]) -> bool:
    """Whether the engine must enter the pattern at every position: it opens on an
    assertion, or on alternatives not all of which open on a character."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is sre.BRANCH:
        return not all(branch.data and branch.data[0][0] is sre.LITERAL for branch in av[1])
    return op in _ZERO_WIDTH


def _sequence(items: list[tuple[Any, Any]]) -> tuple[list[str], bool] | None:
    """The set items a match of `items` can start with, and whether it can be empty."""
    pieces: list[str] = []
    for op, av in items:
        part = _item(op, av)
        if part is None:
            return None
        pieces += part[0]
        if not part[1]:
            return pieces, False
    return pieces, True


def _item(op: Any, av: Any) -> tuple[list[str], bool] | None:
    if op is sre.LITERAL:
        return [_char(av)], False
    if op is sre.IN:
        pieces = []
        for kind, value in av:
            if kind is sre.LITERAL:
                pieces.append(_char(value))
            elif kind is sre.RANGE:
                pieces.append(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                pieces.append(_CATEGORIES[value])
            else:
                return None  # a negated set, or one this does not read
        return pieces, False
    if op in _ZERO_WIDTH:
        return [], True
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _sequence(inner.data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is sre.BRANCH:
        pieces, empty = [], False
        for branch in av[1]:
            part = _sequence(branch.data)
            if part is None:
                return None
            pieces += part[0]
            empty = empty or part[1]
        return pieces, empty
    if op in _REPEATS:
        low, _, inner = av
        part = _sequence(inner.data)
        if part is None:
            return None
        return part[0], part[1] or low == 0
    return None  # any character, a back reference, a conditional: no guard


def _char(code: int) -> str:
    return re.escape(chr(code))
