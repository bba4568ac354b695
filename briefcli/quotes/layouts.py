"""Layouts that attribute without a reporting verb: vox-pop dash lines, epigraphs, captions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefcli.people import People, Person
from briefcli.people.names import find_names
from briefcli.quotes.paragraphs import Paragraph
from briefcli.quotes.reporting import (
    CAME_FROM,
    QUOTE_WORDS,
    THAT_WAS,
    THATS_WHAT,
    VERBS,
    WORDS_OF,
    Attribution,
    attribution_before,
)

# A vox-pop or epigraph line: '“…” ― Margaret Ellis, retired teacher', or the quote alone
# in its paragraph and '— Education Secretary Laura Whitcombe, March 3, 2024' below it.
_DASH_LINE = re.compile(r"^\s*(?:[―—–]{1,2}|--|-(?=\s))\s*(?P<who>[^\"“”]{3,160}?)\s*$")


_NAME_LINE = re.compile(r"^\s*(?P<who>[A-Z][^\"“”.!?;:]{2,80}?)\s*$")


_VERB_WORDS = re.compile(rf"\b(?:{VERBS}|is|was|are|were|has|have|had|will|would)\b")


def attribution_below(after: str, alone: bool, following: Paragraph | None) -> Attribution | None:
    """The speaker of a quote on a dash line of their own after it: the rest of the
    quote's paragraph, or the next paragraph when the quote stands alone in its own."""
    m = _DASH_LINE.match(after) or _NAME_LINE.match(after)
    if m is not None and m.re is _NAME_LINE:
        # Only a name and its descriptor after the quote (the dash taken for a list
        # bullet): "Carla Reyes, Winnipeg".
        named = [n for n in find_names(m.group("who")) if n.full]
        if not named or named[0].start > 0 or _VERB_WORDS.search(m.group("who")):
            m = None
    if m is None and alone and not after.strip(" *") and following is not None:
        m = _DASH_LINE.match(following.masked)
        if m is not None and len(following.masked.split()) > 20:
            m = None
        # '"…"' then 'That's what Mark Delaney, a machinist, said outside a diner.'
        m = m or WORDS_OF.match(following.masked) or THATS_WHAT.match(following.masked)
        m = m or CAME_FROM.match(following.masked)
        that_was = THAT_WAS.match(following.masked) if m is None else None
        if that_was is not None and any(
            n.full and n.start == 0 for n in find_names(that_was.group("who"))
        ):
            m = that_was
    if m is None:
        return None
    who = m.group("who")
    names = [n for n in find_names(who) if n.full]
    if not names and (len(who.split()) > 6 or not who[:1].isupper()):
        return None
    return Attribution(who, m.start("who"))


def opening_person(p: Paragraph, people: People) -> tuple[Person | None, str | None]:
    """The person a paragraph opens with, as its subject ("Maria Gomez, a nurse, …")."""
    named = [n for n in find_names(p.plain[:120]) if n.full]
    if not named:
        return None, None
    first = named[0]
    opening = first.title_start if first.title_start >= 0 else first.start
    if p.plain[:opening].strip(" *") not in ("", "The", "the"):
        return None, None
    person = people.person(first.name)
    return (person, person.name) if person is not None else (None, None)


@dataclass(frozen=True)
class BlockIntroduction:
    """A paragraph that ends by introducing the next as someone's words: the attribution
    it names ("X said:"), or None when it names none ("Her closing words were:")."""

    attribution: Attribution | None


# "…, said:" / "Her closing words were:" closing a paragraph.
_INTRODUCES = re.compile(
    rf"\b(?:(?P<verb>{VERBS})|(?:{QUOTE_WORDS})\s+(?:were|was|are|is))\s*:\s*$"
)


def introduces_block(text: str) -> BlockIntroduction | None:
    """Whether a paragraph's last words introduce the next paragraph as a quote."""
    m = _INTRODUCES.search(text[-200:])
    if m is None:
        return None
    if m.group("verb") is None:
        return BlockIntroduction(None)
    attribution = attribution_before(text, False)
    return BlockIntroduction(attribution) if attribution is not None else None
