"""Key quotes: how informative a quote is, in [0, 1], and from what score it is key."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from briefcli.lexicon.speech import FILLER_PHRASES
from briefcli.people.names import word_set
from briefcli.text.phrases import any_phrase

GREETING = re.compile(
    r"^\s*(?:thank(?:s| you)|good (?:morning|afternoon|evening)|hi|hello|hey|okay|ok|yes|"
    r"yeah|no|sure|great|all right|alright|welcome|it'?s (?:great|good|an honor)|"
    r"i appreciate|appreciate it|congratulations)\b",
    re.IGNORECASE,
)


# Words of commitment and of position; a word matches a stem when it starts with it.
_COMMITMENT_WORDS = frozenset(
    """will would must should plan plans planned expect expects expected commit commits
    committed agree agreed agrees ensure urge urged urges impose increase reduce cut""".split()
)


_COMMITMENT_STEMS = (
    "announc",
    "intend",
    "decid",
    "launch",
    "condemn",
    "support",
    "sanction",
    "deploy",
    "invest",
)


_COMMITMENT_PHRASES = (
    "going to",
    "need to",
    "have to",
    "continue to",
    "call on",
    "call for",
    "calls on",
    "calls for",
    "called on",
    "called for",
)


# A quote in an article is key from this score; every sentence of an official's turn is
# speech, so a transcript keeps only its most informative sentences.
KEY_SCORE = 0.4


KEY_SCORE_TURN = 0.6


_POSITION_WORDS = frozenset(
    """only must need needs right essential important critical threat clear strongly
    believe confident proud determined serious never always priority unacceptable wrong
    best worst""".split()
)


_POSITION_STEMS = ("condemn", "welcome", "concern", "remain", "responsib")


def _has_term(
    text: str,
    words: AbstractSet[str],
    vocabulary: frozenset[str],
    stems: re.Pattern[str],
    phrases: re.Pattern[str] | None = None,
) -> bool:
    if not words.isdisjoint(vocabulary):
        return True
    if stems.search(text) and any(_word_starts(text, m.start()) for m in stems.finditer(text)):
        return True
    return phrases is not None and phrases.search(text) is not None


def _word_starts(text: str, at: int) -> bool:
    return at == 0 or not "a" <= text[at - 1] <= "z"


def _stems(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One of `stems` in lower-case text (a word starts with it when no letter is before:
    tested apart, which lets the search skip ahead to the stems' letters)."""
    return re.compile("|".join(stems))


def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `phrases` anywhere in the text, in one search (the phrases share their
    beginnings: the engine follows only those that start with a character)."""
    return any_phrase(phrases)


_COMMITMENT_STEM = _stems(_COMMITMENT_STEMS)


_POSITION_STEM = _stems(_POSITION_STEMS)


_COMMITMENT_PHRASE = _any_of(_COMMITMENT_PHRASES)


def _has_digit(text: str) -> bool:
    """Any character that str.isdigit() takes: a decimal digit found by a pattern, or one
    of the few other digits (superscripts, circled numbers) among the non-ASCII ones."""
    if _DECIMAL.search(text):
        return True
    return not text.isascii() and any(map(str.isdigit, _NON_ASCII.findall(text)))


_DECIMAL = re.compile(r"\d")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_FILLER_PHRASE = _any_of(FILLER_PHRASES)


_QUANTITIES = frozenset("percent million billion thousand hundred hundreds dozen dozens".split())


def quote_score(text: str, *, fragment: bool, words: list[str] | None = None) -> float:
    """How informative a quote is, in [0, 1]: new facts (numbers, names), commitments
    (will, plan, announce) and positions (must, only, condemn) score high; greetings,
    thanks, filler and short fragments low. `words` are text.split(), if known."""
    words = text.split() if words is None else words
    n = len(words)
    if GREETING.match(text) and n < 25:
        return 0.05
    length = min(n, 25) / 25
    if n > 60:
        length *= 0.8
    names = sum(map(str.isupper, [w[0] for w in words[1:]]))
    lower = text.lower()
    vocabulary = word_set(text)
    score = (
        0.3
        + 0.25 * length
        + 0.1 * (_has_digit(text) or not vocabulary.isdisjoint(_QUANTITIES))
        + 0.15
        * _has_term(lower, vocabulary, _COMMITMENT_WORDS, _COMMITMENT_STEM, _COMMITMENT_PHRASE)
        + 0.1 * _has_term(lower, vocabulary, _POSITION_WORDS, _POSITION_STEM)
        + 0.1 * min(names, 3) / 3
    )
    if _FILLER_PHRASE.search(lower.replace("’", "'")):
        score -= 0.3
    if fragment or n < 5:
        score *= 0.5
    if text.rstrip().endswith("?"):
        score *= 0.6
    return max(0.0, min(1.0, score))
