"""A pattern guarded by its first characters finds the same matches as the pattern itself."""

from __future__ import annotations

import re

import pytest

from briefcli.actions import patterns
from briefcli.text.guard import guarded

_TEXTS = [
    "We will not only continue; they'll act and the Minister won't wait.",
    "The Government is providing $10 million to support farmers, with work due in May.",
    "We call on all parties to agree, and we are looking to finalise the deal by June.",
    "What we intend to do is to have a plan to be completed, as we're off to Fiji.",
    "WE SHALL see. Our aim is to build. Let me say it is important that the Council act.",
    "",
    "’ll 'll will",
]


@pytest.mark.parametrize(
    "source,flags",
    [
        (r"\b(?:will|shall)\b", 0),
        (r"(?P<t>\b(?:is|are)|[’'](?:re|m))\s+(?P<v>[a-z]+ing)", 0),
        (r"(?<![\w-])(?:by|before)?\s*\d{1,2}\s+May", re.I),
        (r"(?=[A-Z])\b[A-Z][a-z]+", 0),
        (r"\bwon[’']t\b", re.I),
    ],
)
def test_same_matches_as_the_pattern(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    guard = guarded(plain)
    assert guard is not plain
    for text in _TEXTS:
        assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in guard.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize(
    "source",
    [
        r"will\b",  # opens on a character: the engine looks for it already
        r"(?:will|shall)",  # alternatives each opening on a character
        r"\b.*ing",  # any character first
        r"\b(?:will)?",  # may be empty
        r"(?i)\bwill",  # global flags inline
        r"\b[^a-z]+",  # a negated set
    ],
)
def test_left_alone_when_no_guard_helps_or_holds(source: str) -> None:
    plain = re.compile(source)
    assert guarded(plain) is plain


def test_trigger_patterns_find_what_they_found_unguarded() -> None:
    for name in ("FUTURE", "ANNOUNCING", "INTENT", "CALL_ON", "OBLIGATION", "COMMITMENT"):
        guard = getattr(patterns, name)
        plain = re.compile(guard.pattern.split("])", 1)[1], guard.flags)
        assert guard.pattern.startswith("(?=[")
        for text in _TEXTS:
            assert [m.span() for m in guard.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]
