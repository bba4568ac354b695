"""Quotation marks of any newsroom, read as straight or curly double marks (with offsets)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefcli.lexicon.quotation import (
    BEFORE_OPENER,
    DIALOGUE_DASHES,
    DOUBLED_MARKS,
    GUILLEMETS,
    LOW_OPENERS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
)
from briefcli.lexicon.speech import REPORTING_VERBS

# A text with none of these has only the plain marks: it is returned as it is.
_UNUSUAL = re.compile(r"''|``|‘|’’|,,|[«»„‚]|(?:^|[\s(\[—–])[”’']|[^\s(\[{—–\-/:*\"“]“")
# `_UNUSUAL` in parts that run at C speed (it is asked of every sentence, and as one pattern
# its last alternative is tried at every character): marks found by substring, a closing
# mark after a space or bracket by a pattern that starts with that character class, an
# opening mark glued to the word before by a pattern that starts with the mark.
_UNUSUAL_MARKS = ("''", "``", "‘", "’’", ",,", "«", "»", "„", "‚")
_CLOSER_OPENS = re.compile(r"[\s(\[—–][”’']")
_GLUED_OPENER = re.compile(r"“(?<=[^\s(\[{—–\-/:*\"“]“)")


def _unusual(text: str) -> bool:
    """Whether `_UNUSUAL` is found in `text`."""
    if any(mark in text for mark in _UNUSUAL_MARKS):
        return True
    if text[:1] and text[:1] in "”’'":
        return True
    if _CLOSER_OPENS.search(text) is not None:
        return True
    return "“" in text and _GLUED_OPENER.search(text) is not None
_DOUBLED = re.compile("|".join(re.escape(m) for m in DOUBLED_MARKS))
_DOUBLE = frozenset('"“”')
_FUNCTION_WORDS = frozenset(
    "and or but nor for to in on at of with as by from that which who is was are were "
    "he she they it said says while when after before if than so".split()
)
_ANY_DOUBLE = re.compile("[\"“”«»„]|''|‘’|’’")


def uses_double_marks(texts: Iterable[str]) -> bool:
    """Whether a document quotes with double marks (of any kind): then its single marks
    are headline-style scare quotes or quotes inside quotes, not its quotation marks."""
    return any(_ANY_DOUBLE.search(t) for t in texts)


def double_marks(text: str, singles: bool = True) -> tuple[str, list[int]]:
    """`text` with every quotation mark it uses as '"', '“' or '”', and each character's
    offset in `text` (plus one past the end): ''…'', ”…”, „…“, «…», »…«, ‘’…’’ and, when
    `singles` (a document without double marks), British ‘…’ become “…"; apostrophes stay."""
    marked = double_marks_if_any(text, singles)
    return marked if marked is not None else (text, list(range(len(text) + 1)))


def double_marks_if_any(text: str, singles: bool = True) -> tuple[str, list[int]] | None:
    """`double_marks` of `text`, or None where it has no unusual mark to change: the text
    is its own marked form and each offset its own (most sentences, whose offsets a caller
    would build only to throw away)."""
    if text[:1] in DIALOGUE_DASHES:
        dialogue = _dialogue(text)
        if dialogue is not None:
            marked, outer = dialogue
            inner_text, inner = double_marks(marked, singles)
            return inner_text, [outer[i] for i in inner]
    if not _unusual(text):
        return None
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _DOUBLED.finditer(text):
        if m.group() == ",," and not (m.end() < len(text) and text[m.end()].isalpha()):
            continue  # two commas, not a low opening mark
        chars.extend(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        chars.append(DOUBLED_MARKS[m.group()])
        origin.append(m.start())
        pos = m.end()
    chars.extend(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    _orient_doubles(chars)
    if singles and any(c in SINGLE_OPENERS for c in chars):
        _pair_singles(chars)
    return "".join(chars), origin


def _opens(chars: list[str], i: int) -> bool:
    """A mark at `i` stands where a quote opens: after a space (or the start), before a word."""
    prev = chars[i - 1] if i > 0 else " "
    nxt = chars[i + 1] if i + 1 < len(chars) else " "
    return (prev in BEFORE_OPENER or prev in _DOUBLE) and not nxt.isspace()


def _orient_doubles(chars: list[str]) -> None:
    """Low marks and guillemets (French « », German » «) as “ ”; ” that opens a quote
    as “, “ that closes one as ”."""
    in_guillemets = False  # « » and » « alike: the first of a pair opens
    for i, ch in enumerate(chars):
        if ch in LOW_OPENERS:
            chars[i] = "“" if ch == "„" or _opens(chars, i) else ch
        elif ch in GUILLEMETS:
            chars[i] = "”" if in_guillemets else "“"
            in_guillemets = not in_guillemets
        elif ch == "”" and _opens(chars, i):
            chars[i] = "“"
        elif ch == "“" and i > 0 and not _opens(chars, i) and not chars[i - 1].isspace():
            chars[i] = "”"  # German „…“: the high mark closes


def _pair_singles(chars: list[str]) -> None:
    """British single marks outside double quotes, paired opener to closer; an opener
    left unclosed in the text is an apostrophe ('til, ’em)."""
    inside_double = False
    open_at = -1
    n = len(chars)
    last_closer = max((i for i, c in enumerate(chars) if c in SINGLE_CLOSERS), default=-1)
    for i, ch in enumerate(chars):
        if ch in _DOUBLE:
            inside_double = not inside_double if ch == '"' else ch == "“"
            continue
        if inside_double:
            continue
        prev = chars[i - 1] if i > 0 else " "
        nxt = chars[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch in SINGLE_OPENERS and _opens(chars, i) and (nxt.isalpha() or nxt in "…."):
                open_at = i
            continue
        if ch not in SINGLE_CLOSERS or prev.isspace() or nxt.isalnum():
            continue
        if prev == "s" and nxt == " " and i + 2 < n and chars[i + 2].islower():
            # "the nurses’ union": a plural possessive, when another mark closes later
            # and no function word follows ("called it ‘a shambles’ and said …" closes).
            following = "".join(chars[i + 2 : i + 10]).split(" ", 1)[0]
            if last_closer > i and following not in _FUNCTION_WORDS:
                continue
        chars[open_at], chars[i] = "“", "”"
        open_at = -1


_DASH_VERBS = "|".join(sorted((v for v in REPORTING_VERBS if v.isalpha()), key=len, reverse=True))
# A dialogue dash's attribution: ", he says", ", she tells me", ", Bríd Ní Fhlaithearta said".
_DASH_SPEECH = re.compile(
    rf"^[{''.join(sorted(DIALOGUE_DASHES))}]\s+(?=\w)(?P<words>[^\"“”«»]+?,)"
    rf"(?P<who>\s+(?:he|she|they|I|we|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}))"
    rf"\s+(?:{_DASH_VERBS})\b[^.!?]*[.!?](?P<rest>\s+\S.*)?$",
    re.DOTALL,
)


def _dialogue(text: str) -> tuple[str, list[int]] | None:
    """A paragraph opened by a dialogue dash with its attribution, marked as “…,” and
    the speech after the attribution's sentence as “…”; each character's offset in `text`."""
    m = _DASH_SPEECH.match(text)
    if m is None or _ANY_DOUBLE.search(text):
        return None
    chars: list[str] = ["“"]
    origin: list[int] = [0]
    chars.extend(m.group("words"))
    origin.extend(range(m.start("words"), m.end("words")))
    chars.append("”")
    origin.append(m.end("words"))
    rest = m.start("rest") if m.group("rest") else len(text)
    chars.extend(text[m.end("words") : rest])
    origin.extend(range(m.end("words"), rest))
    if m.group("rest"):
        lead = len(m.group("rest")) - len(m.group("rest").lstrip())
        chars.extend(text[rest : rest + lead])
        origin.extend(range(rest, rest + lead))
        chars.append("“")
        origin.append(rest + lead)
        chars.extend(text[rest + lead :])
        origin.extend(range(rest + lead, len(text)))
        chars.append("”")
        origin.append(len(text))
    origin.append(len(text))
    return "".join(chars), origin
