"""Speech made plain for the action rules: fillers, asides, false starts and restarts removed."""

from __future__ import annotations

import re

from briefcli.lexicon import actions as words
from briefcli.lexicon.actions import PERSON_PRONOUNS
from briefcli.text.keys import folds_apart

_CUT_OFF = re.compile(r"\b[\w’']+-\s+[—–]\s*")
_RESTART = re.compile(r"\b((?:[\w’']+\s+){0,2}[\w’']+)\s+[—–-]\s+(?=\1\b)", re.I)
# "our Special Envoy — it’s quite a title — is going to ...": an aside between subject and verb.
_ASIDE = re.compile(
    r"\s[—–]\s[^—–]{1,80}?\s[—–]\s(?=(?:is|are|will|has|have|was|were|must|should)\b)"
)

# "the Fund, I can tell you, will open": an aside between commas before the verb.
_COMMA_ASIDE = re.compile(
    r",\s(?:" + "|".join(re.escape(a) for a in words.SPOKEN_ASIDES) + r"),\s"
    r"(?=(?:is|are|will|has|have|was|were|must|should|would|can|[’']ll)\b)",
    re.I,
)


def plain(text: str) -> str:
    """The sentence with spoken false starts blanked out ("champion- — championship",
    "I’m — I’m going") and hesitations ("We will, uh, send") blanked out, keeping every
    character's offset."""
    if ", " in text and _may_repeat(text):
        text = _REPEATED.sub(_blank, text)  # "in, in September", "will, will have"
    if not _FILLERS.isdisjoint(text.lower().split()) or folds_apart(text):
        text = _FILLER.sub(_blank, text)
    if "know," in text:
        text = _YOU_KNOW.sub(_blank, text)  # "The Secretary will, you know, be in Brussels"
    if "ing," in text:
        text = _RESTATED.sub(_restated, text)  # "we will work, we are working, with"
    if ", as " in text:
        text = _AS_ASIDE.sub(_blank, text)
    if text.count(", ") > 1:
        text = _COMMA_ASIDE.sub(_blank, text)
    if "—" not in text and "–" not in text and " - " not in text:  # (a typed dash too)
        return text
    if "-" in text:  # every cut-off word ends with a hyphen
        text = _CUT_OFF.sub(_blank, text)
    for start, end in _restarts(text):
        text = text[:start] + " " * (end - start) + text[end:]
    if _may_start_falsely(text):
        text = _FALSE_START.sub(_false_start, text)
    return _ASIDE.sub(_blank, text)


def _may_repeat(text: str) -> bool:
    """Whether `_REPEATED` may match: after some comma and its blanks comes a word that the
    word before the comma, or the one before that, ends with (case aside). (A word said
    again that ends on an apostrophe, or a letter whose case `str.lower` folds unlike the
    pattern, is left to the pattern.) A comma in almost every sentence, a word said twice
    around one in few: the pattern, tried at every letter, is mostly not run."""
    if "İ" in text or "Σ" in text:
        return True
    for m in _AFTER_COMMA.finditer(text):
        said = m.group(1).lower()
        for word in text[: m.start()].rsplit(None, 2)[-2:]:
            if word.endswith(("’", "'")) or word.lower().endswith(said):
                return True
    return False


_AFTER_COMMA = re.compile(r",\s+([\w’']+)")


def _may_start_falsely(text: str) -> bool:
    """Whether `_FALSE_START` may match: some spaced dash comes right after an auxiliary
    ("going —", "we'll —"); a text with a letter whose case the pattern folds unlike
    `str.lower` is left to the pattern. (The pattern is tried at every letter.)"""
    if folds_apart(text):
        return True
    for gap in _DASH_GAP.finditer(text):
        before = text[: gap.start()].rsplit(None, 1)[-1:]
        if before and (
            before[0].lower() in _AUXILIARIES or before[0].lower().endswith(("’ll", "'ll"))
        ):
            return True
    return False


def _false_start(m: re.Match[str]) -> str:
    """A clause broken off at its verb and begun again: "PennDOT is going to — PennDOT will
    reopen", "we'll — Emergency Management Victoria will run". Its subject stays when the new
    start is a bare pronoun for it ("trucks over 40 tons must — they must use"), else it goes."""
    whole = m.group(0)
    if m.group("pronoun") is None:
        return " " * len(whole)
    if m.group("subject").split()[-1].lower() in PERSON_PRONOUNS:
        return " " * (m.start("pronoun") - m.start()) + m.group("pronoun")  # "we will — we will"
    start = m.start("aux") - m.start()
    return whole[:start] + " " * (len(whole) - start)


def _restated(m: re.Match[str]) -> str:
    """A verb said again in another tense, between commas: "we will work, we are working, with
    the Muslim community" reads as "we will work with the Muslim community"."""
    verb = m.group("verb")
    stem = verb[:-1] if verb.endswith("e") else verb  # "provide": "providing"
    if m.group("again").lower().startswith(stem.lower()):
        return m.group("said") + " " * (len(m.group(0)) - len(m.group("said")))
    return m.group(0)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _restarts(text: str) -> list[tuple[int, int]]:
    """The spans of `_RESTART.finditer(text)`, found by trying `_RESTART` only at the few
    places it can start: within the last three words before a spaced dash, with nothing
    but words and spaces between (trying it at every place is slow)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (gap := _DASH_GAP.search(text, pos)) is not None:
        end = gap.start()
        lo = pos
        for m in _RUN_BREAK.finditer(text, pos, end):
            lo = m.end()
        starts = [m.start() for m in _RUN_WORD.finditer(text, lo, end)]
        found = None
        for p in range(starts[-3] if len(starts) >= 3 else lo, end):
            found = _RESTART.match(text, p)
            if found is not None:
                break
        if found is not None:
            spans.append(found.span())
            pos = found.end()
        else:
            pos = gap.end()
    return spans


_DASH_GAP = re.compile(r"\s+[—–-]\s+")  # a spaced hyphen is a typed dash
# An aside on the speaker's record: "I'll also make clear, as I have consistently, that ...".
_AS_ASIDE = re.compile(
    r",\s+as\s+(?:I|we|you|he|she|they)\s+(?:have|has|had|did|do|said|say|know)\b[^,;:.]{0,30},"
    r"(?=\s)"
)
# A hesitation with its commas: "We will, uh, send" reads as "We will send".
# A spoken "you know" between commas: a filler, not a clause.
_YOU_KNOW = re.compile(r",\s(?:you|ya)\s+know,(?=\s)", re.I)
_FILLER = re.compile(r",?\s(?:uh|um|er|erm|ah|uhm)\b,?(?=\s)", re.I)
# A hesitation stands between blanks, a comma at most after it: one of these is a word of the
# text split at its blanks wherever `_FILLER` matches (a set test, not a pattern tried at
# every blank).
_FILLERS = frozenset(w + c for w in ("uh", "um", "er", "erm", "ah", "uhm") for c in ("", ","))
# "we will work, we are working, with": a pledge, then the same verb restated in the present.
_RESTATED = re.compile(
    r"(?P<said>\b(?P<s>we|I|they|he|she)\s+(?:will|shall|[’']ll|must|should)\s+"
    r"(?P<verb>[a-z]+)),\s+"
    r"(?P=s)\s+(?:are|is|am)\s+(?P<again>[a-z]+ing),(?=\s)",
    re.I,
)
_RUN_BREAK = re.compile(r"[^\w’'\s]")  # no character a restart's words can hold
_RUN_WORD = re.compile(r"[\w’']+")
# A word or two said twice with a comma between: "in, in September", "on the, on the contract".
# (Possessive runs: a match's runs are whole words and blanks, so giving back characters
# never finds one, and not trying it saves a third of the search.)
_REPEATED = re.compile(r"\b((?:[\w’']++\s++){0,1}[\w’']++),\s+(?=\1\b(?![’'-]))", re.I)
# The auxiliaries a clause broken off at its verb ends on ("is going to —", "we'll —").
_AUXILIARIES = (
    "will", "shall", "must", "is", "are", "am", "was", "were", "be", "going", "to", "need",
    "needs", "has", "have", "can", "should", "would",
)  # fmt: skip
# A clause broken off after its subject and auxiliaries, then a dash and a fresh clause; the
# subject runs from a clause boundary (the sentence start, a comma, "and", "so").
_FALSE_START = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))\s*"
    r"(?P<subject>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+?)"
    r"(?P<aux>(?:[’']ll|\s+(?:" + "|".join(_AUXILIARIES) + r"))+)"
    r"\s+[—–-]\s+(?![^—–]{1,40}\s[—–-]\s)"  # not an aside: "will — I think — deliver"
    r"(?:(?P<pronoun>he|she|they|it|we)(?=\s+(?!going\b)\w))?",
    re.I,
)
